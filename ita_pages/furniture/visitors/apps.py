"""App config for visitor statistics."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VisitorsConfig(AppConfig):
    """Daily visit counters and the counting endpoint."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "ita_pages.furniture.visitors"
    label = "visitors"
    verbose_name = _("Visitor statistics")
