"""App config for the two-way Q&A channel (ITA O8)."""

from django.apps import AppConfig


class QaConfig(AppConfig):
    name = "ita_pages.channels.qa"
    label = "qa"
    verbose_name = "Q&A"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from ita_pages.channels.permissions import NoAddPermissionPolicy

        from .models import Question

        # Questions come only from the public form, which issues the follow-up code.
        register_permission_policy(Question, NoAddPermissionPolicy(Question), exact_class=True)
