"""App config for admin_th: patches Wagtail labels that skip gettext."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AdminThConfig(AppConfig):
    """Applies the label patch once Wagtail's admin forms are importable."""

    name = "admin_th"
    label = "admin_th"
    verbose_name = _("Thai admin")

    def ready(self):
        from wagtail.admin.forms.workflows import WorkflowPageForm

        # Wagtail 8.0.1 declares WorkflowPageForm.page without a label, so Django
        # shows pretty_name("page") == "Page" untranslated (screen-reader label
        # of the workflow's page list). "Page" is a Wagtail msgid, so it is Thai.
        WorkflowPageForm.base_fields["page"].label = _("Page")
