"""Every rule, at least one passing and one failing case, through `run_checks`."""

from __future__ import annotations

import pytest
from wagtail.models import PageViewRestriction

from ita_pages.readiness.checker import run_checks
from tests.readiness.helpers import YEAR, body, item

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
