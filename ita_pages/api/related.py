"""What an ITA page shows beyond its own fields, for API clients.

Why: O7 (news), O8 (Q&A) and O20 (procurement announcements) are lists of other
records, and O29 counts complaint cases; their page fields hold only an
introduction. A client that renders an item from the API alone must reach that
content by following links the API gives, so the detail of these pages carries
`listings` (absolute links to the API listing of what the page lists) or
`statistics` (O29's counts, as the page shows them). Links are on the site's public
address (config.addresses), like every other absolute URL.
"""

from __future__ import annotations

from urllib.parse import urlencode

from wagtail.models import Site

from config.addresses import absolute_url


def _news(page, site) -> dict:
    query = urlencode({"descendant_of": page.pk, "type": "news.NewsPage", "fields": "date,summary", "order": "-date"})
    return {"listings": {"news": absolute_url(site, f"/api/v2/pages/?{query}")}}


def _questions(page, site) -> dict:
    return {"listings": {"questions": absolute_url(site, f"/api/qa/pages/{page.pk}/questions")}}


def _announcements(page, site) -> dict:
    query = urlencode({"fiscal_year": page.get_fiscal_year(site).be_year, "limit": 100})
    return {"listings": {"announcements": absolute_url(site, f"/api/ita/announcements?{query}")}}


def _statistics(page, site) -> dict:
    report = page.get_statistics(site=site)
    return {
        "statistics": {
            "fiscal_year": report.fiscal_year,
            "period_kind": report.kind,
            "as_of": report.as_of.isoformat(),
            "total": report.total,
            "completed": report.completed,
            "in_progress": report.in_progress,
            "rows": [
                {"label": row.label, "total": row.total, "completed": row.completed, "in_progress": row.in_progress}
                for row in report.rows
            ],
        }
    }


BUILDERS = {
    "news.newsindexpage": _news,
    "qa.qapage": _questions,
    "procurement.procurementannouncementpage": _announcements,
    "complaints.complaintstatisticspage": _statistics,
}


def related(page, request) -> dict:
    """The extra keys of `page`'s API detail ({} for most page types)."""
    builder = BUILDERS.get(page._meta.label_lower)
    if builder is None:
        return {}
    site = Site.find_for_request(request) or page.get_site()
    return builder(page, site)
