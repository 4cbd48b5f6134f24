"""App configuration for the core: agency profile, site-wide settings, publish validation."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Owns the per-site settings that every feature reads (label `core`)."""

    name = "ita_pages.core"
    label = "core"
    verbose_name = _("Agency")
    default_auto_field = "django.db.models.BigAutoField"
