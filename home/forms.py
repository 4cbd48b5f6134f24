"""The homepage editor form: refuses to publish a homepage missing an ITA widget.

Why a base_form_class: drafts may be incomplete (an editor rearranging widgets saves
in between), but publishing must be refused while a widget the year's catalogue
places on the homepage is missing. The messages name the item in the editor's
language and go to the top of the form, where a StreamField's own errors are not.
"""

from __future__ import annotations

from wagtail.admin.forms import WagtailAdminPageForm

from ita_pages.core.catalogue.placement import REGIONS

from .placement import homepage_catalogue, placement_errors


class HomePageForm(WagtailAdminPageForm):
    """Publishing runs the catalogue's placement rules (see home.placement)."""

    def clean(self):
        cleaned = super().clean()
        if self.is_deferred_validation:
            return cleaned
        regions = {region: cleaned.get(region) for region in REGIONS if region in self.fields}
        if any(region in self.errors for region in regions):
            return cleaned  # a region that does not clean is shown with its own errors
        for messages in placement_errors(regions, homepage_catalogue(self.instance)).values():
            for message in messages:
                self.add_error(None, message)
        return cleaned
