"""Where each item of a year is published on a site, found without running the rules.

Why: a public client asking where an item's evidence is needs the page, not the
checker's verdict. Running every item's rules (which render pages as a citizen sees
them) for each anonymous request made the status endpoint the slowest address of the
site under load. Pages are found exactly as the checker finds them
(``CheckContext.page_for``), so the two always agree on an item's page.
"""

from __future__ import annotations

from .context import CheckContext


def item_locations(site, year: int) -> dict[str, dict]:
    """``{code: {"page_id", "url"}}``; the url only for a live page."""
    ctx = CheckContext(site, year)
    locations = {}
    for item in ctx.catalogue.items:
        page = ctx.page_for(item)
        locations[item.code] = {
            "page_id": page.pk if page is not None else None,
            "url": ctx.url_of(page) if page is not None and page.live else None,
        }
    return locations
