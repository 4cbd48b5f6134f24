"""App configuration for the headless API (label ``ita_api``)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ItaApiConfig(AppConfig):
    """Registers the API app; it owns no database tables."""

    name = "ita_pages.api"
    label = "ita_api"
    verbose_name = _("Headless API")
    default_auto_field = "django.db.models.BigAutoField"
