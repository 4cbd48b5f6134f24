"""App config for the complaint channels (general complaints, O28, O29)."""

from django.apps import AppConfig


class ComplaintsConfig(AppConfig):
    name = "ita_pages.channels.complaints"
    label = "complaints"
    verbose_name = "Complaints"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from ita_pages.channels.confidential import install_log_filter

        from . import checks  # noqa: F401  (registers the key configuration check)

        install_log_filter()

        from . import officer_audit

        officer_audit.connect()

        from wagtail.permissions import register_permission_policy

        from ita_pages.channels.permissions import NoAddPermissionPolicy

        from .models import GeneralComplaint

        # General complaints come only from the public form, which issues the receipt.
        register_permission_policy(GeneralComplaint, NoAddPermissionPolicy(GeneralComplaint), exact_class=True)
