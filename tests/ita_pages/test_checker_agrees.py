"""The checker runs the page's own publish rules and adds only what needs the whole site.

Pages are the real page types under the real 2566 index, published as code can
publish them (without the editor's validation), so the live revision may hold what
the editor would refuse; the checker must then report the same problem, in Thai and
in English.
"""

from __future__ import annotations

import datetime as dt

import pytest

from demo.ita_pages import ensure_indicator
from ita_pages.core.catalogue import registry
from ita_pages.items.models import (
    ExecutivesPage,
    MonthlyProcurementSummaryPage,
    NoGiftDeclarationPage,
    StrategicPlanPage,
)
from ita_pages.readiness.checker import check_item
from ita_pages.readiness.context import CheckContext
from ita_pages.readiness.registry import rules

pytestmark = pytest.mark.django_db

YEAR = 2566
CATALOGUE = registry.get_catalogue(YEAR)


def live(index, model):
    item = CATALOGUE.item_for_page_type(model.page_type_label)
    return ensure_indicator(index, model, item).specific, item


def republish_unchecked(page):
    """Publish ``page`` as it is, as code that skips the editor's validation would."""
    page.save_revision().publish()


def verdict(site, item):
    return check_item(CheckContext(site, YEAR, catalogue=CATALOGUE), item)


def problems(result, rule=None):
    return [p for p in result.problems if rule is None or p.rule == rule]


def test_duplicate_rules_are_gone():
    codes = {rule.code for rule in rules()}
    assert {"executive-roles", "all-six-months", "period"}.isdisjoint(codes)
    assert {"live-page", "required-parts", "signed-by-top-executive", "evidence"} <= codes


def test_a_date_inside_a_part_is_reported_by_the_parts_rule_in_both_languages(site_th, ita_index):
    ensure_indicator(ita_index, ExecutivesPage, CATALOGUE.item("O2"))
    page, item = live(ita_index, NoGiftDeclarationPage)
    assert problems(verdict(site_th, item), "required-parts") == []
    page.body[0].value["signed_on"] = dt.date(2021, 10, 3)
    republish_unchecked(page)
    result = verdict(site_th, item)
    assert result.status == "fail"
    [problem] = problems(result, "required-parts")
    assert "3 ตุลาคม 2564" in problem.message_th
    assert "3 October 2021 must fall within fiscal year 2566" in problem.message_en


def test_a_period_that_does_not_fit_is_reported_by_the_parts_rule(site_th, ita_index):
    page, item = live(ita_index, StrategicPlanPage)
    page.period_start, page.period_end = dt.date(2018, 10, 1), dt.date(2022, 9, 30)
    republish_unchecked(page)
    result = verdict(site_th, item)
    assert result.status == "fail"
    assert "the whole fiscal year 2566" in " ".join(p.message_en for p in problems(result, "required-parts"))


def test_a_missing_month_is_reported_by_the_parts_rule(site_th, ita_index):
    page, item = live(ita_index, MonthlyProcurementSummaryPage)
    page.body[0].value["nil_statement"] = ""  # October: neither rows nor a nil statement
    republish_unchecked(page)
    messages = " ".join(p.message_th for p in problems(verdict(site_th, item), "required-parts"))
    assert "เดือนที่ยังไม่มีข้อมูล: ตุลาคม 2565" in messages


def test_the_no_gift_signer_must_be_the_political_top_executive_of_a_local_administration(site_th, ita_index):
    ensure_indicator(ita_index, ExecutivesPage, CATALOGUE.item("O2"))
    page, item = live(ita_index, NoGiftDeclarationPage)
    assert problems(verdict(site_th, item), "signed-by-top-executive") == []
    # The permanent secretary is marked "top" on the civil-service side: not the head of a LAO.
    page.body[0].value["signer"] = "นายประเสริฐ มั่นคง"
    republish_unchecked(page)
    [problem] = problems(verdict(site_th, item), "signed-by-top-executive")
    assert "นายสมชาย ใจดี" in problem.message_th
    assert problem.message_en.endswith("the executives page names นายสมชาย ใจดี as top executive.")


def test_another_agencys_top_executive_may_sign(site_th, ita_index):
    from ita_pages.core.models import AgencyProfile

    profile = AgencyProfile.for_site(site_th)
    profile.kind = "department"
    profile.save()
    ensure_indicator(ita_index, ExecutivesPage, CATALOGUE.item("O2"))
    page, item = live(ita_index, NoGiftDeclarationPage)
    page.body[0].value["signer"] = "นายประเสริฐ มั่นคง"
    republish_unchecked(page)
    assert problems(verdict(site_th, item), "signed-by-top-executive") == []


def test_executives_without_a_head_of_agency_cannot_confirm_the_signer(site_th, ita_index):
    executives, _item = live(ita_index, ExecutivesPage)
    for child in executives.body:
        if child.value.get("side") == "political" and child.value.get("role") == "top":
            child.value["role"] = "other"
    republish_unchecked(executives)
    _page, item = live(ita_index, NoGiftDeclarationPage)
    [problem] = problems(verdict(site_th, item), "signed-by-top-executive")
    assert "names no one who heads the agency" in problem.message_en
    # The executives page itself fails its own publish rule for the same reason.
    assert verdict(site_th, CATALOGUE.item("O2")).status == "fail"
