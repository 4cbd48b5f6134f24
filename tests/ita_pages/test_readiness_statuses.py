"""The four readiness statuses and problem messages in the requested language, on real page types."""

from __future__ import annotations

import datetime
import io
import json
import re

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageViewRestriction

from demo.ita_pages import build_page
from ita_pages.core.catalogue import registry
from ita_pages.core.parts import spec
from ita_pages.readiness import rules  # noqa: F401 - registers the rules
from ita_pages.readiness.checker import check_item
from ita_pages.readiness.context import CheckContext
from ita_pages.readiness.results import FAIL, MISSING, PASS, RESTRICTED, STATUSES, status_label
from tests.accounts import sign_in

pytestmark = pytest.mark.django_db

THAI = re.compile(r"[\u0E00-\u0E7F]")
YEAR = 2566


def item(code: str):
    return registry.get_catalogue(YEAR).item(code)


def check(site, code: str):
    return check_item(CheckContext(site, YEAR), item(code))


def executives_page(ita_index, *, live=True, drop_part=None):
    """O2 on its real page type, complete, or without one catalogue part (saved without validation)."""
    it = item("O2")
    model = registry.page_model(it.page_type)
    page = build_page(ita_index, model, it)
    page.title = "ข้อมูลผู้บริหาร"
    if drop_part:
        spec(model.part_specs[drop_part]).remove(page)
    page.live = False
    ita_index.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    return model.objects.get(pk=page.pk)


def test_statuses_are_the_four_documented_ones_with_thai_labels():
    assert STATUSES == (PASS, FAIL, MISSING, RESTRICTED) == ("pass", "fail", "missing", "restricted")
    from django.utils import translation

    with translation.override("th"):
        assert [status_label(s) for s in STATUSES] == ["ผ่าน", "ไม่ผ่าน", "ยังไม่มี", "ไม่เปิดสาธารณะ"]
    with translation.override("en"):
        assert [status_label(s) for s in STATUSES] == ["pass", "fail", "missing", "restricted"]


def test_no_page_is_missing(site_th, ita_index):
    result = check(site_th, "O2")
    assert result.status == MISSING
    assert [p.rule for p in result.problems] == ["live-page"]


def test_a_draft_only_page_is_missing_not_fail(site_th, ita_index):
    page = executives_page(ita_index, live=False)
    result = check(site_th, "O2")
    assert result.status == MISSING
    assert result.page_id == page.pk
    assert result.url is None
    assert [p.rule for p in result.problems] == ["live-page"]
    assert "is not published" in result.problems[0].message_en


def test_an_unpublished_page_is_missing(site_th, ita_index):
    page = executives_page(ita_index)
    page.unpublish()
    assert check(site_th, "O2").status == MISSING


def test_an_expired_page_is_missing(site_th, ita_index):
    page = executives_page(ita_index)
    type(page).objects.filter(pk=page.pk).update(expire_at=timezone.now() - datetime.timedelta(days=1))
    result = check(site_th, "O2")
    assert result.status == MISSING
    assert "has expired" in result.problems[0].message_en


def test_a_live_page_that_is_not_public_is_restricted(site_th, ita_index):
    page = executives_page(ita_index)
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="x")
    result = check(site_th, "O2")
    assert result.status == RESTRICTED
    assert [p.rule for p in result.problems] == ["live-page"]
    assert "password-protected" in result.problems[0].message_en


def test_a_restricted_section_makes_its_items_restricted(site_th, ita_index):
    executives_page(ita_index)
    PageViewRestriction.objects.create(page=ita_index, restriction_type=PageViewRestriction.LOGIN)
    assert check(site_th, "O2").status == RESTRICTED


def test_a_live_public_page_lacking_a_part_fails(site_th, ita_index):
    executives_page(ita_index, drop_part="photo")
    result = check(site_th, "O2")
    assert result.status == FAIL
    assert "required-parts" in [p.rule for p in result.problems]


def _part_problems(result):
    return [p for p in result.problems if p.rule == "required-parts"]


def test_part_problems_are_worded_in_each_language(site_th, ita_index):
    """The page's own publish validation words its messages when it runs; both languages still come out."""
    executives_page(ita_index, drop_part="photo")
    photo = item("O2").part("photo")
    problems = _part_problems(check(site_th, "O2"))
    assert problems
    english = " ".join(p.message_en for p in problems)
    thai = " ".join(p.message_th for p in problems)
    assert "Required part missing" in english
    assert photo.label_en in english
    assert not THAI.search(english), english
    assert photo.label_th in thai
    assert "Required part missing" not in thai


def test_ita_check_prints_problems_in_the_language_asked_for(site_th, ita_index):
    executives_page(ita_index, drop_part="photo")
    outputs = {}
    for language in ("en", "th"):
        out = io.StringIO()
        with pytest.raises(SystemExit):
            call_command("ita_check", "--format", "json", "--language", language, stdout=out)
        data = json.loads(out.getvalue())
        o2 = next(entry for entry in data["items"] if entry["code"] == "O2")
        outputs[language] = [p["message"] for p in o2["problems"] if p["rule"] == "required-parts"]
    assert outputs["en"] and outputs["th"]
    assert all(not THAI.search(m) for m in outputs["en"]), outputs["en"]
    assert all(THAI.search(m) for m in outputs["th"]), outputs["th"]

    text = io.StringIO()
    with pytest.raises(SystemExit):
        call_command("ita_check", "--language", "en", stdout=text)
    lines = [line for line in text.getvalue().splitlines() if "required-parts:" in line]
    assert lines and not any(THAI.search(line) for line in lines)
    assert "[FAIL      ] O2" in text.getvalue()
    assert "[MISSING   ] O1" in text.getvalue()


def test_the_api_words_problems_by_lang_or_accept_language(client, superuser, site_th, ita_index):
    executives_page(ita_index, drop_part="photo")
    sign_in(client, superuser)

    def o2_messages(**kwargs):
        params = kwargs.pop("params", {})
        data = client.get(f"/api/ita/status/{YEAR}", params, **kwargs).json()
        o2 = next(entry for entry in data["items"] if entry["code"] == "O2")
        assert o2["status"] == FAIL
        return [p["message"] for p in o2["problems"] if p["rule"] == "required-parts"]

    for messages in (o2_messages(params={"lang": "en"}), o2_messages(HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")):
        assert messages and not any(THAI.search(m) for m in messages), messages
    for messages in (
        o2_messages(),
        o2_messages(HTTP_ACCEPT_LANGUAGE="th"),
        o2_messages(params={"lang": "th"}, HTTP_ACCEPT_LANGUAGE="en"),
    ):
        assert messages and all(THAI.search(m) for m in messages), messages


def test_the_api_reports_restricted_and_missing(client, superuser, site_th, ita_index):
    page = executives_page(ita_index)
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="x")
    sign_in(client, superuser)
    data = client.get(f"/api/ita/status/{YEAR}").json()
    statuses = {entry["code"]: entry["status"] for entry in data["items"]}
    assert statuses["O2"] == RESTRICTED
    assert statuses["O1"] == MISSING


def test_the_admin_report_labels_statuses_in_the_editors_language(client, superuser, site_th, ita_index):
    executives_page(ita_index, live=False)
    sign_in(client, superuser)
    html = client.get("/admin/ita-readiness/", {"status": "missing"}, HTTP_ACCEPT_LANGUAGE="th").content.decode()
    assert 'data-ita-item="O2"' in html
    assert '<option value="restricted">ไม่เปิดสาธารณะ</option>' in html
    assert 'data-ita-status="missing">ยังไม่มี</span>' in html


def test_the_admin_report_of_a_year_without_catalogue_shows_the_sites_year(client, superuser, site_th, ita_index):
    sign_in(client, superuser)
    response = client.get("/admin/ita-readiness/", {"year": "2599"}, HTTP_ACCEPT_LANGUAGE="th")
    assert response.status_code == 200
    assert response.context["year"] == registry.assessment_year(site_th) == YEAR
