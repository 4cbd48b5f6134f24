"""Every rule, at least one passing and one failing case, through `run_checks`."""

from __future__ import annotations

import datetime as dt

import pytest
from wagtail.models import PageViewRestriction

from ita_pages.readiness.checker import run_checks
from tests.readiness.helpers import YEAR, body, fy_dates, item

pytestmark = pytest.mark.django_db


def check(site, code="T1"):
    return run_checks(site, YEAR).item(code)


def rules_of(result):
    return [p.rule for p in result.problems]


# --- live-page -------------------------------------------------------------------
def test_live_public_page_passes(site_th, use_catalogue, add_page):
    use_catalogue(item("T1", "ItemPage"))
    page = add_page()
    result = check(site_th)
    assert result.status == "pass", result.problems
    assert result.url == page.get_full_url()
    assert result.page_id == page.pk


def test_no_page_is_missing(site_th, use_catalogue, ita_index):
    use_catalogue(item("T1", "ItemPage"))
    result = check(site_th)
    assert result.status == "missing"
    assert rules_of(result) == ["live-page"]
    assert "ยังไม่มีหน้า" in result.problems[0].message_th


def test_draft_page_fails(site_th, use_catalogue, add_page):
    use_catalogue(item("T1", "ItemPage"))
    add_page(live=False, title="ร่างโครงสร้าง")
    result = check(site_th)
    assert result.status == "fail"
    assert rules_of(result) == ["live-page"]
    assert "ร่างโครงสร้าง" in result.problems[0].message_th


def test_password_protected_page_fails(site_th, use_catalogue, add_page):
    use_catalogue(item("T1", "ItemPage"))
    page = add_page()
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")
    result = check(site_th)
    assert result.status == "fail"
    assert "password" in result.problems[0].message_en


def test_expired_page_fails(site_th, use_catalogue, add_page):
    use_catalogue(item("T1", "ItemPage"))
    page = add_page()
    page.expired = True
    page.save()
    assert check(site_th).problems[0].message_en.startswith("The page “Page t1” has expired")


# --- required-parts --------------------------------------------------------------
def test_live_revision_missing_a_required_block_fails_naming_it(site_th, use_catalogue, add_page):
    use_catalogue(item("T1", "ItemPage"))
    add_page(body=body(("text", "<p>ข้อความ</p>"), summary=None))
    result = check(site_th)
    assert result.status == "fail"
    assert rules_of(result) == ["required-parts"]
    assert "Summary" in result.problems[0].message_en


def test_nested_required_field_is_named_by_its_path(site_th, use_catalogue, add_page):
    use_catalogue(item("T1", "ItemPage"))
    person = ("person", {"name": "นายสมชาย ใจดี", "role": "top", "side": "", "contact": ""})
    add_page(body=body(person))
    problem = check(site_th).problems[0]
    assert problem.rule == "required-parts"
    assert "Content › Person 1 › Contact channel" in problem.message_en


def test_page_publish_errors_are_rerun_on_the_live_revision(site_th, use_catalogue, add_page):
    use_catalogue(item("T1", "ItemPage"))
    add_page(require_intro=True)
    problem = check(site_th).problems[0]
    assert problem.rule == "required-parts"
    assert "The introduction is required." in problem.message_en


def test_checks_the_live_revision_not_a_newer_draft(site_th, use_catalogue, add_page):
    use_catalogue(item("T1", "ItemPage"))
    page = add_page()
    page.body = body(summary=None)
    page.save_revision()  # a broken draft does not affect what the public sees
    assert check(site_th).status == "pass"


# --- period ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("rule", "start", "end"),
    [
        ("in-force:Y", "2021-10-01", "2025-09-30"),
        ("during:Y", "2022-10-01", "2023-09-30"),
        ("report:Y-1", "2021-10-01", "2022-09-30"),
        ("first-half:Y", "2022-10-01", "2023-03-31"),
    ],
)
def test_period_that_fits_passes(site_th, use_catalogue, add_page, rule, start, end):
    use_catalogue(item("T1", "ItemPage", period=rule))
    add_page(**fy_dates(start, end))
    assert check(site_th).status == "pass"


@pytest.mark.parametrize(
    ("rule", "start", "end", "words"),
    [
        ("in-force:Y", "2022-10-01", "2023-06-30", "in force for the whole fiscal year 2566"),
        ("during:Y", "2021-10-01", "2022-09-30", "within fiscal year 2566"),
        ("report:Y-1", "2022-10-01", "2023-09-30", "previous fiscal year 2565"),
        ("first-half:Y", "2022-10-01", "2023-02-28", "first six months of fiscal year 2566"),
    ],
)
def test_period_that_does_not_fit_fails(site_th, use_catalogue, add_page, rule, start, end, words):
    use_catalogue(item("T1", "ItemPage", period=rule))
    add_page(**fy_dates(start, end))
    result = check(site_th)
    assert result.status == "fail"
    assert rules_of(result) == ["period"]
    assert words in result.problems[0].message_en


def test_period_message_in_thai_uses_thai_months(site_th, use_catalogue, add_page):
    use_catalogue(item("T1", "ItemPage", period="first-half:Y"))
    add_page(**fy_dates("2022-10-01", "2023-02-28"))
    assert "ตุลาคม 2565 – มีนาคม 2566" in check(site_th).problems[0].message_th


def test_missing_period_fails(site_th, use_catalogue, add_page):
    use_catalogue(item("T1", "ItemPage", period="during:Y"))
    add_page()
    assert "start and end dates" in check(site_th).problems[0].message_en


def test_page_type_without_period_cannot_pass_a_period_rule(site_th, use_catalogue, ita_index):
    use_catalogue(item("T1", "IndexPage", period="during:Y"))
    result = run_checks(site_th, YEAR).item("T1")
    assert rules_of(result) == ["period"]


def test_nil_statement_only_where_allowed(site_th, use_catalogue, add_page):
    use_catalogue(item("T1", "ItemPage", period="during:Y", nil_allowed=False))
    add_page(is_nil_statement=True, **fy_dates("2022-10-01", "2023-09-30"))
    assert "does not accept a nil statement" in check(site_th).problems[0].message_en


def test_nil_statement_counts_where_allowed(site_th, use_catalogue, add_page):
    use_catalogue(item("T1", "ItemPage", period="during:Y", nil_allowed=True))
    add_page(is_nil_statement=True, **fy_dates("2022-10-01", "2023-09-30"))
    assert check(site_th).status == "pass"


def _month(day, nil="", rows=()):
    return ("month", {"month": dt.date.fromisoformat(day), "nil_statement": nil, "procurements": list(rows)})


FIRST_HALF = ["2022-10-01", "2022-11-01", "2022-12-01", "2023-01-01", "2023-02-01", "2023-03-01"]


def test_first_half_months_all_present_with_nil_months(site_th, use_catalogue, add_page):
    use_catalogue(item("T1", "MonthlyPage", period="first-half:Y", nil_allowed=True))
    months = [_month(d, rows=["ซื้อวัสดุ"]) for d in FIRST_HALF[:5]] + [_month(FIRST_HALF[5], nil="ไม่มี")]
    add_page("MonthlyPage", body=body(*months), **fy_dates("2022-10-01", "2023-03-31"))
    assert check(site_th).status == "pass"


def test_first_half_month_missing_fails_naming_the_month(site_th, use_catalogue, add_page):
    use_catalogue(item("T1", "MonthlyPage", period="first-half:Y", nil_allowed=True))
    months = [_month(d, rows=["ซื้อวัสดุ"]) for d in FIRST_HALF[:5]]
    add_page("MonthlyPage", body=body(*months), **fy_dates("2022-10-01", "2023-03-31"))
    result = check(site_th)
    assert result.status == "fail"
    assert "มีนาคม 2566" in " ".join(p.message_th for p in result.problems)
