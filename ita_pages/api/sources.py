"""What the ITA endpoints read from the rest of the project: readiness verdicts and public pages.

Why an adapter: the endpoints serve the readiness checker's verdicts in the shape of
``manage.py ita_check --format json`` plus each item's page id, and only pages an
anonymous visitor may see; both needs are answered here, once, for every endpoint.
"""

from __future__ import annotations

from wagtail.models import Page, PageViewRestriction

from ita_pages.readiness.cache import get_locations, get_report
from ita_pages.readiness.checker import site_label

__all__ = ["item_locations", "public_site_pages", "readiness_report", "site_label"]


def readiness_report(site, year: int, language: str = "th") -> dict:
    """The readiness checker's report for ``site`` and ``year``, problems in ``language``.

    ``{"site", "year", "items": [{"code", "status", "url", "page_id", "problems":
    [{"rule", "message"}]}]}``.
    """
    report = get_report(site, year)
    data = report.to_dict(language)
    for entry, item in zip(data["items"], report.items, strict=True):
        entry["page_id"] = item.page_id
    return data


def item_locations(site, year: int) -> dict[str, dict]:
    """Each item's page id and address on ``site``, without the checker's verdicts."""
    return get_locations(site, year)


def public_site_pages(site):
    """Live pages of `site` (every language tree) that anonymous visitors may see."""
    root = site.root_page
    queryset = Page.objects.live().descendant_of(root, inclusive=True)
    for translation in root.get_translations():
        queryset |= Page.objects.live().descendant_of(translation, inclusive=True)
    for restriction in PageViewRestriction.objects.select_related("page"):
        queryset = queryset.not_descendant_of(restriction.page, inclusive=True)
    return queryset
