"""An editor panel that shows which ITA item the page is and what the assessor checks.

Why: editors are not ITA specialists; the page must say, in Thai, the item code and
title, every part the assessor looks for, and warn (visibly, before publishing) when
the period does not fit the item's rule for the assessment year.
"""

from wagtail.admin.panels import Panel


class ItemHelpPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "ita_pages/admin/item_help_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            parent = getattr(self.form, "parent_page", None) or (page.get_parent() if page.path else None)
            item, year = type(page).item_for_parent(parent)
            context["item"] = item
            context["year"] = year
            if item is not None:
                from ita_pages.core.models import AgencyProfile

                site = parent.get_site() if parent is not None else None
                kind = AgencyProfile.for_site(site).kind if site is not None else None
                context["parts"] = item.parts_for(kind)
                page._ita_parent = parent
                page.__dict__.pop("ita_item_and_year", None)
                context["period_warning"] = page.period_warning() if page.pk else None
            return context
