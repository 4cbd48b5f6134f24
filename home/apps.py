"""App configuration for the homepage and agency profile."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """Homepage, agency profile and the demo-site loader."""

    name = "home"
    verbose_name = _("Home")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from config import checks  # noqa: F401  (registers the site address check)
