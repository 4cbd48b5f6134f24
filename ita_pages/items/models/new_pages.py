"""A new item page starts with its title, slug and period from the catalogue.

Why a signal: Wagtail sends ``init_new_page`` before it draws the create form, for
every page type, so the pages other apps serve for an item (news, Q&A, E-Service,
complaints…) start from the catalogue as the indicator pages do, and the catalogue
stays the one place that names an item. The editor sees the values and may change
the title; an indicator page's slug is the item code whatever is typed.
"""

from __future__ import annotations

from django.dispatch import receiver
from wagtail.signals import init_new_page

from ita_pages.core.catalogue import registry
from ita_pages.core.catalogue.periods import suggested_period

from .item import ItemPage


def item_for(page_class, parent):
    """(catalogue item or None, year) for a page of ``page_class`` created under ``parent``."""
    year = ItemPage.year_for_parent(parent)
    label = f"{page_class._meta.app_label}.{page_class.__name__}"
    return registry.get_catalogue(year).item_for_page_type(label), year


@receiver(init_new_page)
def start_from_the_catalogue(sender, page, parent, **kwargs):
    item, year = item_for(type(page), parent)
    if item is None:
        return
    language = getattr(parent.locale, "language_code", "th")
    page.title = page.title or item.text("title", language)
    page.slug = page.slug or item.slug
    period = suggested_period(item.period, year)
    if period is not None and hasattr(page, "period_start") and hasattr(page, "period_end"):
        page.period_start = page.period_start or period.start
        page.period_end = page.period_end or period.end
