"""App configuration for the ITA indicator pages."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ItaPagesConfig(AppConfig):
    """The ITA section: every indicator page type and its catalogue."""

    name = "ita_pages"
    verbose_name = _("ITA indicators")
    default_auto_field = "django.db.models.BigAutoField"
