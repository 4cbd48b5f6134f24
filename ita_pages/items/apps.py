"""App configuration for the ITA indicator pages."""

from django.apps import AppConfig
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _


class ItaPagesConfig(AppConfig):
    """The ITA section: every indicator page type and its catalogue."""

    name = "ita_pages.items"
    # The label the app had before it moved into its folder: migrations, content types,
    # permissions and the catalogue's page_type strings all name it.
    label = "ita_pages"
    verbose_name = _("ITA indicators")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Load and cross-check every catalogue now: a malformed file must stop start-up
        # with a message naming the file, item and field, not fail in front of an assessor.
        from ita_pages.core.catalogue import CatalogueError
        from ita_pages.core.catalogue.registry import check_page_types, reset

        reset()
        try:
            check_page_types()
        except CatalogueError as exc:
            raise ImproperlyConfigured(f"ITA catalogue: {exc}") from exc
