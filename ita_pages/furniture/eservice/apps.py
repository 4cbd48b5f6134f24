"""App config for E-Service (ITA item O18)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EServiceConfig(AppConfig):
    """The E-Service page."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "ita_pages.furniture.eservice"
    label = "eservice"
    verbose_name = _("E-Service")
