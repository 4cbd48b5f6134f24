"""Every rule, at least one passing and one failing case, through `run_checks`, on real pages."""

from __future__ import annotations

import pytest
from wagtail.models import PageViewRestriction

from demo.factories.blocks import FIRST_HALF, MonthlyProcurementBlockFactory, NilStatementBlockFactory
from ita_pages.readiness.checker import run_checks
from tests.readiness.helpers import YEAR, fy_dates

pytestmark = pytest.mark.django_db


def check(site, code="O3"):
    return run_checks(site, YEAR).item(code)


def rules_of(result):
    return [p.rule for p in result.problems]


def messages(result, rule=None, language="en"):
    return " | ".join(getattr(p, f"message_{language}") for p in result.problems if rule in (None, p.rule))


# --- live-page -------------------------------------------------------------------
def test_live_public_page_passes(site_th, use_catalogue, add_page):
    use_catalogue("O3")
    page = add_page()
    result = check(site_th)
    assert result.status == "pass", result.problems
    assert result.url == page.get_full_url()
    assert result.page_id == page.pk


def test_no_page_is_missing(site_th, use_catalogue, ita_index):
    use_catalogue("O3")
    result = check(site_th)
    assert result.status == "missing"
    assert rules_of(result) == ["live-page"]
    assert "ยังไม่มีหน้า" in result.problems[0].message_th


def test_draft_page_is_missing(site_th, use_catalogue, add_page):
    use_catalogue("O3")
    add_page(publish=False, title="ร่างอำนาจหน้าที่")
    result = check(site_th)
    assert result.status == "missing"
    assert rules_of(result) == ["live-page"]
    assert "ร่างอำนาจหน้าที่" in result.problems[0].message_th


def test_password_protected_page_is_restricted(site_th, use_catalogue, add_page):
    use_catalogue("O3")
    page = add_page()
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")
    result = check(site_th)
    assert result.status == "restricted"
    assert "password" in result.problems[0].message_en


def test_expired_page_is_missing(site_th, use_catalogue, add_page):
    use_catalogue("O3")
    page = add_page(title="อำนาจหน้าที่ของ อบต.")
    page.expired = True
    page.save()
    assert check(site_th).status == "missing"
    assert check(site_th).problems[0].message_en.startswith("The page “อำนาจหน้าที่ของ อบต.” has expired")


# --- required-parts --------------------------------------------------------------
def test_live_revision_missing_a_required_block_fails_naming_it(site_th, use_catalogue, add_page):
    use_catalogue("O3")
    add_page(body=[], validate=False)
    result = check(site_th)
    assert result.status == "fail"
    assert set(rules_of(result)) == {"required-parts"}
    assert "อำนาจหน้าที่" in messages(result, language="th")


def test_nested_required_field_is_named_by_its_path(site_th, use_catalogue, add_page):
    use_catalogue("O3")
    add_page(body__0="duty", body__1__document__title="", validate=False)
    result = check(site_th)
    assert result.status == "fail"
    assert rules_of(result) == ["required-parts"]
    assert "content › Evidence document 1 › Document title" in messages(result)


def test_page_publish_errors_are_rerun_on_the_live_revision(site_th, use_catalogue, add_page):
    """Five HR rules pass the block counts, but with no rule on rewards the catalogue part is missing."""
    use_catalogue("O25")
    add_page("O25", body__4__rule__area="recruitment", validate=False)
    result = check(site_th, "O25")
    assert result.status == "fail"
    assert set(rules_of(result)) == {"required-parts"}
    assert "การให้คุณให้โทษและการสร้างขวัญกำลังใจ" in messages(result, language="th")


def test_checks_the_live_revision_not_a_newer_draft(site_th, use_catalogue, add_page):
    use_catalogue("O3")
    page = add_page()
    page.body = []
    page.save_revision()  # a broken draft does not affect what the public sees
    assert check(site_th).status == "pass"


# --- period ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("code", "start", "end"),
    [
        ("O4", "2021-10-01", "2025-09-30"),  # in-force:Y
        ("O30", "2022-10-01", "2023-09-30"),  # during:Y
        ("O13", "2021-10-01", "2022-09-30"),  # report:Y-1
        ("O12", "2022-10-01", "2023-03-31"),  # first-half:Y
    ],
)
def test_period_that_fits_passes(site_th, use_catalogue, add_page, code, start, end):
    use_catalogue(code)
    add_page(code, **fy_dates(start, end))
    assert check(site_th, code).status == "pass"


@pytest.mark.parametrize(
    ("code", "start", "end", "words"),
    [
        ("O4", "2022-10-01", "2023-06-30", "must cover the whole fiscal year 2566"),
        ("O30", "2021-10-01", "2022-09-30", "must fall within fiscal year 2566"),
        ("O13", "2022-10-01", "2023-09-30", "must be fiscal year 2565 (the report is on the previous year)"),
        ("O12", "2022-10-01", "2023-02-28", "first six months of fiscal year 2566"),
    ],
)
def test_period_that_does_not_fit_fails(site_th, use_catalogue, add_page, code, start, end, words):
    """The checker reports the publish rule on the period (one rule, run by both)."""
    use_catalogue(code)
    add_page(code, validate=False, **fy_dates(start, end))
    result = check(site_th, code)
    assert result.status == "fail"
    assert rules_of(result) == ["required-parts"]
    assert words in result.problems[0].message_en


def test_period_message_in_thai_names_the_months(site_th, use_catalogue, add_page):
    use_catalogue("O12")
    add_page("O12", validate=False, **fy_dates("2022-10-01", "2023-02-28"))
    assert "6 เดือนแรกของปีงบประมาณ พ.ศ. 2566 (ตุลาคมถึงมีนาคม)" in check(site_th, "O12").problems[0].message_th


def test_missing_period_fails(site_th, use_catalogue, add_page):
    use_catalogue("O30")
    add_page("O30", period_start=None, period_end=None, validate=False)
    result = check(site_th, "O30")
    assert result.status == "fail"
    assert "Give the first day of the period O30 covers." in messages(result, "required-parts")
    assert "Give the last day of the period O30 covers." in messages(result, "required-parts")


def test_first_half_months_all_present_with_nil_months(site_th, use_catalogue, add_page):
    use_catalogue("O21")
    nil = {"nil_statement": "ไม่มีการจัดซื้อจัดจ้างในเดือนนี้", "procurements": []}
    add_page("O21", **{f"body__4__month__{name}": value for name, value in nil.items()})
    assert check(site_th, "O21").status == "pass"


def test_first_half_month_missing_fails_naming_the_month(site_th, use_catalogue, add_page):
    use_catalogue("O21")
    months = [("month", MonthlyProcurementBlockFactory(month=day)) for day in FIRST_HALF[:5]]
    add_page("O21", body=months, validate=False)
    result = check(site_th, "O21")
    assert result.status == "fail"
    assert "มีนาคม 2566" in " ".join(p.message_th for p in result.problems)


# --- nil statements --------------------------------------------------------------
def test_nil_statement_only_where_allowed(site_th, use_catalogue, add_page):
    use_catalogue("O3")
    add_page(body=[("nil", NilStatementBlockFactory())], validate=False)
    result = check(site_th)
    assert result.status == "fail"
    assert "does not accept a nil statement for O3" in messages(result, "required-parts")


def test_nil_statement_counts_where_allowed(site_th, use_catalogue, add_page):
    use_catalogue("O19")
    add_page("O19", body=[("nil", NilStatementBlockFactory())])
    assert check(site_th, "O19").status == "pass"
