"""App config for e-GP procurement announcements (ITA item O20)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProcurementConfig(AppConfig):
    """Procurement announcements: the e-GP importer, the admin and the O20 page."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "ita_pages.furniture.procurement"
    label = "procurement"
    verbose_name = _("Procurement announcements")
