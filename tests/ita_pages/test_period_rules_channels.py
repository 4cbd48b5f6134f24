"""The listing and channel items (news, procurement announcements, complaint statistics)
are judged by the catalogue's period rules through the one implementation.

Each test changes the catalogue's rule, not the code, and the verdict follows: at
publish where the editor can fix it (the year a page lists or counts), and in the
checker where it needs site data (news and announcements dated inside the year).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Site

from demo.factories.channels import NewsIndexPageFactory, NewsPageFactory
from ita_pages.channels.complaints.models import ComplaintStatisticsPage
from ita_pages.core.catalogue import registry
from ita_pages.core.publish import add_validated_child, publish_validated
from ita_pages.furniture.procurement.models import ProcurementAnnouncement, ProcurementAnnouncementPage
from ita_pages.readiness.checker import check_item
from ita_pages.readiness.context import CheckContext

pytestmark = pytest.mark.django_db

YEAR = 2566


def with_rule(code, *, period=None, **part_changes):
    """The 2566 catalogue with item ``code``'s period and/or its first part changed."""
    catalogue = registry.get_catalogue(YEAR)
    item = catalogue.item(code)
    parts = (dataclasses.replace(item.parts[0], **part_changes), *item.parts[1:]) if part_changes else item.parts
    changed = dataclasses.replace(item, period=period or item.period, parts=parts)
    items = tuple(changed if it.code == code else it for it in catalogue.items)
    return registry.override_catalogue(dataclasses.replace(catalogue, items=items))


def required_parts(site, code) -> str:
    ctx = CheckContext(Site.objects.get(pk=site.pk), YEAR)
    result = check_item(ctx, ctx.catalogue.item(code))
    return " ".join(p.message_en for p in result.problems if p.rule == "required-parts")


# ---- O7: news under the index ------------------------------------------------------------------


def test_news_count_only_when_dated_inside_the_parts_rule(site_th):
    index = NewsIndexPageFactory(parent=site_th.root_page, news=[], publish=False)
    NewsPageFactory(parent=index, date=dt.date(2021, 12, 1))  # fiscal 2565: the archive
    with pytest.raises(ValidationError) as refused:
        publish_validated(index)
    message = " ".join(refused.value.messages)
    assert "ข่าวประชาสัมพันธ์" in message and "1 ธันวาคม 2564" in message  # the part, and the latest date
    # The catalogue, not the code, says which dates count: last year's news then do.
    with with_rule("O7", dates="report:Y-1"):
        assert publish_validated(type(index).objects.get(pk=index.pk)).live


def test_the_checker_reports_a_news_index_left_with_last_years_news(site_th):
    index = NewsIndexPageFactory(parent=site_th.root_page, news=[], publish=False)
    news = NewsPageFactory(parent=index, date=dt.date(2023, 5, 1))
    publish_validated(index)
    assert required_parts(site_th, "O7") == ""
    type(news).objects.filter(pk=news.pk).update(date=dt.date(2022, 9, 30))  # the day before fiscal 2566
    assert "Required part missing: News items" in required_parts(site_th, "O7")
    assert "30 September 2022" in required_parts(site_th, "O7")


# ---- O20: procurement announcements in the site's table ----------------------------------------


def announce(site, day):
    ProcurementAnnouncement.objects.create(site=site, project_id=str(day), type_code="D0", date=day, title="ประกาศ")


def test_an_announcements_page_listing_another_year_is_refused_at_publish(site_th):
    announce(site_th, dt.date(2022, 3, 1))  # fiscal 2565
    announce(site_th, dt.date(2023, 3, 1))  # fiscal 2566
    page = ProcurementAnnouncementPage(title="ประกาศ", slug="procurement", fiscal_year=2565)
    with pytest.raises(ValidationError) as refused:
        add_validated_child(site_th.root_page, page)
    assert "ปีงบประมาณ พ.ศ. 2566" in " ".join(refused.value.message_dict["fiscal_year"])
    page = ProcurementAnnouncementPage.objects.get(slug="procurement")
    page.fiscal_year = None  # the site's assessment year
    assert publish_validated(page).live


def test_the_checker_needs_announcements_of_the_year_the_page_lists(site_th):
    announce(site_th, dt.date(2023, 3, 1))
    add_validated_child(site_th.root_page, ProcurementAnnouncementPage(title="ประกาศ", slug="procurement"))
    assert required_parts(site_th, "O20") == ""
    ProcurementAnnouncement.objects.update(date=dt.date(2023, 10, 1))  # fiscal 2567
    assert "Required part missing: Announcements" in required_parts(site_th, "O20")
    # Listing the year they are in instead, published in code: the period is then wrong.
    page = ProcurementAnnouncementPage.objects.get(slug="procurement")
    page.fiscal_year = 2567
    page.save_revision().publish()
    problems = required_parts(site_th, "O20")
    assert "Announcements" in problems and "must fall within fiscal year 2566" in problems


# ---- O29: complaint statistics ---------------------------------------------------------------


def test_statistics_counting_another_year_are_refused_at_publish_and_in_the_checker(site_th):
    page = add_validated_child(
        site_th.root_page, ComplaintStatisticsPage(title="สถิติ", slug="statistics", fiscal_year=YEAR)
    )
    assert required_parts(site_th, "O29") == ""
    page.fiscal_year = YEAR - 1
    with pytest.raises(ValidationError) as refused:
        publish_validated(page)
    assert "6 เดือนแรกของปีงบประมาณ พ.ศ. 2566" in " ".join(refused.value.message_dict["fiscal_year"])
    page.save_revision().publish()  # published in code, past the editor's check
    assert "first six months of fiscal year 2566" in required_parts(site_th, "O29")
    # The rule is the catalogue's: a catalogue asking for last year's report accepts it.
    with with_rule("O29", period="report:Y-1"):
        assert required_parts(site_th, "O29") == ""


def test_the_statistics_parts_are_the_counts_the_page_shows(site_th):
    page = add_validated_child(site_th.root_page, ComplaintStatisticsPage(title="สถิติ", slug="statistics"))
    item = registry.get_catalogue(YEAR).item("O29")
    ctx = ComplaintStatisticsPage.part_context(site_th.root_page)
    assert ComplaintStatisticsPage.collect_publish_errors(page.field_values(), item, ctx) == {}
    values = {**page.field_values(), "period_kind": ""}  # no breakdown: no table of counts
    errors = " ".join(ComplaintStatisticsPage.collect_publish_errors(values, item, ctx)["__all__"])
    for part in item.parts:
        assert part.label_th in errors
