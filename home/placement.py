"""Which ITA widgets a published homepage must hold, read from the year's catalogue.

Why at publish and not in block counts: the catalogue of the site's assessment year
decides which items go on the homepage and in which region, and it changes every
year; block counts would write that a second time in the block schema (and need a
migration when a year moves an item). The editor form and seed code both call
`placement_errors`, so a homepage an editor could not publish cannot be seeded either.
"""

from __future__ import annotations

from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from ita_pages.core.catalogue.placement import BOTTOM, MAIN, REGIONS, RIGHT, region_for, widget_items

from .blocks import site_catalogue, widgets_serving

REGION_NAMES = {
    MAIN: _("main column"),
    RIGHT: _("right column"),
    BOTTOM: _("bottom section"),
    None: _("homepage"),
}


def _holds(stream, page_type: str) -> bool:
    wanted = page_type.lower()
    return any((getattr(child.block, "page_type", "") or "").lower() == wanted for child in stream or [])


def placement_errors(regions: dict, catalogue) -> dict[str, list[str]]:
    """{region field: [messages]} for each item `catalogue` places on the homepage whose
    widget `regions` (region name -> stream value) lacks; "__all__" for "anywhere"."""
    errors: dict[str, list[str]] = {}
    language = get_language()
    for item in widget_items(catalogue):
        wanted = region_for(item.placement)
        searched = [wanted] if wanted else list(REGIONS)
        if any(_holds(regions.get(region), item.page_type) for region in searched):
            continue
        names = {"code": item.code, "title": item.text("title", language), "region": REGION_NAMES[wanted]}
        names["year"] = catalogue.year
        if any(widgets_serving(item.page_type, region) for region in searched):
            message = gettext(
                "The ITA %(year)s catalogue places %(code)s “%(title)s” in the %(region)s: add its widget there."
            )
        else:
            message = gettext(
                "The ITA %(year)s catalogue places %(code)s “%(title)s” in the %(region)s, "
                "but no widget there serves it: ask the site's developers."
            )
        errors.setdefault(wanted or "__all__", []).append(message % names)
    return errors


def homepage_catalogue(page):
    """The catalogue of the homepage's site (the default year before it has a site)."""
    site = page.get_site() if page.pk and page.path else None
    return site_catalogue(site)
