"""App config for the two-way Q&A channel (ITA O8)."""

from django.apps import AppConfig


class QaConfig(AppConfig):
    name = "ita_pages.qa"
    label = "qa"
    verbose_name = "Q&A"
    default_auto_field = "django.db.models.BigAutoField"
