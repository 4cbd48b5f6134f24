"""A renumbered year: the demo rolled over to the example catalogue passes every item.

The example 2599 catalogue (ita_pages/core/catalogues/examples/) swaps the codes of two
items that have homepage widgets (social network O9 → O7, news O7 → O9), merges two
items (O34 + O35 → O23), drops a part (O5's map), adds a part (O2's term of office)
and a new item (O27, the generic page). After the rollover, an editor's new-year
work (dates moved to the new year, the new parts filled in, drafts published) is
all it takes: no code knows the new numbers.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from django.core.management import call_command
from wagtail.models import Site

from ita_pages.core.catalogue.periods import suggested_period
from ita_pages.core.part_lookup import PART_BLOCK
from ita_pages.core.publish import publish_validated
from ita_pages.items.models import ITAIndexPage, ITASettings
from ita_pages.readiness.checker import run_checks
from tests.ita_pages.rollover_helpers import EXAMPLE_YEAR, example_catalogue

pytestmark = pytest.mark.django_db

SHIFT = EXAMPLE_YEAR - 2566
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def moved(value):
    """Block data with every date moved by ``SHIFT`` years, as the editor updates them."""
    if isinstance(value, dict):
        return {k: moved(v) for k, v in value.items()}
    if isinstance(value, list):
        return [moved(v) for v in value]
    if isinstance(value, str) and (match := _ISO_DATE.match(value)):
        year, month, day = (int(g) for g in match.groups())
        day = min(day, 28) if month == 2 else day
        return dt.date(year + SHIFT, month, day).isoformat()
    return value


def update_for_the_new_year(page, item) -> None:
    """What an editor does with a carried-forward draft before publishing it."""
    for name in ("body",):
        if hasattr(page, name):
            stream = moved(list(getattr(page, name).raw_data))
            for child in stream:
                if child["type"] == PART_BLOCK and not child["value"].get("text"):
                    child["value"]["text"] = f"<p>{item.part(child['value']['part']).looks_for_th}</p>"
            setattr(page, name, stream)
    period = suggested_period(item.period, EXAMPLE_YEAR)
    if period is not None:
        page.period_start, page.period_end = period.start, period.end


def new_year_listings(site) -> None:
    """The listings' new-year content: a news item and procurement announcements of the
    new year, and the complaint statistics and announcements page following the site's
    assessment year."""
    from ita_pages.channels.complaints.models import ComplaintStatisticsPage
    from ita_pages.furniture.news.models import NewsPage
    from ita_pages.furniture.procurement.models import ProcurementAnnouncement, ProcurementAnnouncementPage

    news = NewsPage.objects.live().order_by("-date").first()
    fresh = news.copy(
        update_attrs={"slug": f"{news.slug}-{EXAMPLE_YEAR}", "date": moved_date(news.date)}, keep_live=False
    )
    publish_validated(fresh.specific)
    for announcement in ProcurementAnnouncement.objects.for_site(site):
        announcement.pk = None
        announcement.project_id = f"{announcement.project_id}-{EXAMPLE_YEAR}"
        announcement.date = moved_date(announcement.date)
        announcement.save()
    for listing in [*ComplaintStatisticsPage.objects.live(), *ProcurementAnnouncementPage.objects.live()]:
        listing.fiscal_year = None  # follows the site's assessment year
        publish_validated(listing)


def moved_date(value: dt.date) -> dt.date:
    return dt.date.fromisoformat(moved(value.isoformat()))


@pytest.fixture
def rolled_over_demo():
    call_command("load_demo_site", stdout=io.StringIO())
    site = Site.objects.get(is_default_site=True)
    with example_catalogue() as catalogue:
        call_command("ita_new_year", str(EXAMPLE_YEAR), stdout=io.StringIO())
        index = ITAIndexPage.objects.get(assessment_year=EXAMPLE_YEAR, locale__language_code="th")
        for child in index.get_children().specific():
            update_for_the_new_year(child, child.ita_item)
            publish_validated(child)
        publish_validated(index)
        new_year_listings(site)
        settings = ITASettings.for_site(site)
        settings.assessment_year = EXAMPLE_YEAR
        settings.save()
        yield site, catalogue


def failures(site, year, *, ignore=lambda result, problem: False) -> dict:
    report = run_checks(site, year)
    found = {}
    for result in report.items:
        problems = [f"{p.rule}: {p.message_en}" for p in result.problems if not ignore(result, p)]
        if result.status != "pass" and (problems or result.status == "missing"):
            found[result.code] = problems or [result.status]
    return found


def test_every_item_page_and_the_homepage_pass_in_the_renumbered_year(rolled_over_demo):
    """Everything but the listings' period: item pages, parts, placement, reachability."""
    site, catalogue = rolled_over_demo
    assert catalogue.item("O7").page_type == "ita_pages.SocialNetworkPage"
    assert catalogue.item("O9").page_type == "news.NewsIndexPage"
    assert catalogue.item("O23").successor_of == ("O34", "O35")
    assert "map" not in {p.key for p in catalogue.item("O5").parts}
    assert "term_of_office" in {p.key for p in catalogue.item("O2").parts}
    assert catalogue.item("O27").page_type == "ita_pages.CatalogueItemPage"
    report = run_checks(site, EXAMPLE_YEAR)
    assert [r.code for r in report.items] == [it.code for it in catalogue.items]
    assert report.item("O7").status == "pass"  # the social network banner under its new code
    # The archive: last year's pages are still public and pass for 2566 where they did.
    assert run_checks(site, 2566).item("O34").status == "pass"


def test_the_demo_passes_every_item_of_the_renumbered_year(rolled_over_demo):
    site, _catalogue = rolled_over_demo
    assert failures(site, EXAMPLE_YEAR) == {}
