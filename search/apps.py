"""App configuration for site search."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Citizen-facing Thai-aware search over public pages and documents."""

    name = "search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Keep the Thai index in step with publishing, privacy and uploads.
        from . import signals

        signals.connect()
