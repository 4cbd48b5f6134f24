"""An editor panel that shows which ITA item the page is and what the assessor checks.

Why: editors are not ITA specialists; the page must say, in Thai, the item code and
title, every part the assessor looks for, and warn (visibly, before publishing) when
the period does not fit the item's rule for the assessment year.
"""

from django.utils.translation import gettext as _
from wagtail.admin.panels import Panel

from ita_pages.core.catalogue.periods import date_window
from ita_pages.core.fiscal import format_thai_date


def part_notes(part, year: int) -> list[str]:
    """What the catalogue adds to a part beyond its presence: a count and the dates' window."""
    notes = []
    if part.minimum > 1:
        notes.append(_("at least %(minimum)s") % {"minimum": part.minimum})
    if part.dates:
        first, last = date_window(part.dates, year)
        if first is None:
            notes.append(_("dates no later than %(last)s") % {"last": format_thai_date(last)})
        else:
            notes.append(
                _("dates from %(first)s to %(last)s")
                % {"first": format_thai_date(first), "last": format_thai_date(last)}
            )
    return notes


class ItemHelpPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "ita_pages/admin/item_help_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            parent = getattr(self.form, "parent_page", None) or (page.get_parent() if page.path else None)
            item, year = page.item_and_year_for(parent)
            context["item"] = item
            context["year"] = year
            if item is not None:
                from ita_pages.core.models import AgencyProfile

                site = parent.get_site() if parent is not None else None
                kind = AgencyProfile.for_site(site).kind if site is not None else None
                context["parts"] = item.parts_for(kind)
                context["part_rows"] = [(part, part_notes(part, year)) for part in context["parts"]]
                page.use_parent(parent)
                context["period_warning"] = page.period_warning() if page.pk else None
            return context
