"""App config for admin_th: patches Wagtail / wagtail-localize labels that skip gettext."""

from django.apps import AppConfig
from django.utils.functional import lazy
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

capfirst_lazy = lazy(capfirst, str)


class AdminThConfig(AppConfig):
    """Applies the label patches once the admin modules are importable."""

    name = "admin_th"
    label = "admin_th"
    verbose_name = _("Thai admin")

    def ready(self):
        patch_workflow_page_label()
        patch_site_columns()
        patch_translation_verbose_names()


def patch_workflow_page_label():
    from wagtail.admin.forms.workflows import WorkflowPageForm

    # Wagtail 8.0.1 declares WorkflowPageForm.page without a label, so Django
    # shows pretty_name("page") == "Page" untranslated (screen-reader label
    # of the workflow's page list). "Page" is a Wagtail msgid, so it is Thai.
    WorkflowPageForm.base_fields["page"].label = _("Page")


def patch_site_columns():
    from wagtail.models import Site
    from wagtail.sites.views import IndexView

    # Wagtail 8.0.1's sites listing builds Column("port"), Column("site_name"),
    # Column("root_page") without labels, so their headers are capfirst of the
    # attribute name ("Site name"), never translated. Use the (translated)
    # verbose names of the model fields instead.
    for column in IndexView.columns:
        try:
            field = Site._meta.get_field(column.name)
        except Exception:  # noqa: S112 - columns that are not model fields keep their label
            continue
        if str(column.label) == capfirst(column.name.replace("_", " ")):
            column.label = capfirst_lazy(field.verbose_name)


def patch_translation_verbose_names():
    from wagtail_localize.models import Translation

    # wagtail-localize 1.14.5's Translation has no verbose_name, so listings
    # count it as "1 translation" in English. Only _meta is changed, not
    # original_attrs, so migrations are unaffected.
    Translation._meta.verbose_name = _("translation")
    Translation._meta.verbose_name_plural = _("translations")
