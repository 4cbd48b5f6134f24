"""App config: connects the cache invalidation to publishing signals."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReadinessConfig(AppConfig):
    """ITA readiness checks, dashboard, export and frozen submissions."""

    name = "ita_pages.readiness"
    label = "readiness"
    verbose_name = _("ITA readiness")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import (
            rules,  # noqa: F401  (registers the built-in rules)
            signals,
        )

        signals.connect()
