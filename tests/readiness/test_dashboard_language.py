"""The readiness dashboard, report, badge and `ita_check` follow the reader's language.

An editor whose admin language is English must read the catalogue's English texts
(group headings, item titles) and English problems; a Thai editor reads them in Thai.
"""

from __future__ import annotations

import dataclasses
import io
import json
import re

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils.html import escape
from wagtail.users.models import UserProfile

from demo.factories import ITAIndexPageFactory
from ita_pages.core.catalogue import registry
from ita_pages.readiness.cache import get_report
from ita_pages.readiness.context import CheckContext
from tests.accounts import sign_in
from tests.readiness.helpers import YEAR

pytestmark = pytest.mark.django_db

THAI = re.compile(r"[\u0e00-\u0e7f]")


@pytest.fixture
def english_client(client, superuser):
    """A client logged in as an editor whose admin language is English."""
    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = "en"
    profile.save()
    sign_in(client, superuser)
    return client


def between(html: str, start: str, end: str) -> str:
    """The part of `html` from `start` to `end` (both must be there)."""
    first = html.index(start)
    return html[first : html.index(end, first)]


def panel_of(client) -> str:
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    return between(html, "data-ita-score", "</ul>")


def report_of(client) -> str:
    html = client.get(reverse("readiness_report")).content.decode()
    return between(html, "data-ita-score", "</table>")


def catalogue():
    return registry.get_catalogue(YEAR)


def problems(site, code: str, language: str) -> list[str]:
    return [escape(p.message(language)) for p in get_report(site, YEAR).item(code).problems]


def test_english_editor_reads_the_dashboard_panel_in_english(english_client, report_site):
    panel = panel_of(english_client)
    assert "ITA 2566: passed 1/3" in panel
    for group in ("9.1", "9.2"):
        heading = escape(catalogue().group(group).text("heading", "en"))
        assert f'aria-label="{heading}"' in panel
    assert not THAI.search(panel), THAI.findall(panel)


def test_thai_editor_reads_the_dashboard_panel_in_thai(editor_client, report_site):
    panel = panel_of(editor_client)
    assert "ITA 2566: ผ่าน 1/3" in panel
    heading = catalogue().group("9.2").text("heading", "th")
    assert f'aria-label="{heading}"' in panel
    assert catalogue().group("9.2").text("heading", "en") not in panel


def test_english_editor_reads_titles_problems_and_statuses_in_english(english_client, report_site):
    report = report_of(english_client)
    for code in ("O3", "O14", "O15"):
        assert escape(catalogue().item(code).text("title", "en")) in report
    for code in ("O14", "O15"):
        for message in problems(report_site, code, "en"):
            assert message in report
    assert 'data-ita-status="missing">missing<' in report
    assert 'data-ita-status="fail">fail<' in report
    assert escape(catalogue().group("9.2").text("heading", "en")) in report
    assert not THAI.search(report), THAI.findall(report)


def test_thai_editor_reads_titles_problems_and_statuses_in_thai(editor_client, report_site):
    report = report_of(editor_client)
    assert catalogue().item("O15").text("title", "th") in report
    assert catalogue().item("O15").text("title", "en") not in report
    for message in problems(report_site, "O15", "th"):
        assert message in report
    assert 'data-ita-status="missing">ยังไม่มี<' in report
    assert catalogue().group("9.2").text("heading", "th") in report


def test_badge_on_a_thai_page_follows_the_editors_admin_language(english_client, report_site, ita_index):
    """The index is a Thai page; the English editor's badge is in English all the same."""
    html = english_client.get(ita_index.get_url()).content.decode()
    badge = between(html, 'data-ita-status="fail"', "</a>")
    assert ">fail" in badge
    for message in problems(report_site, "O15", "en"):
        assert message in badge
    assert not THAI.search(badge), THAI.findall(badge)


def test_badge_for_a_thai_editor_is_in_thai(editor_client, report_site, ita_index):
    html = editor_client.get(ita_index.get_url()).content.decode()
    badge = between(html, 'data-ita-status="missing"', "</a>")
    assert ">ยังไม่มี" in badge


def run_check(*args) -> str:
    out = io.StringIO()
    with pytest.raises(SystemExit):  # O14 and O15 do not pass
        call_command("ita_check", "--year", str(YEAR), *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.mark.parametrize("output", [(), ("--format", "json")])
def test_ita_check_in_english_has_no_thai_text(report_site, output):
    out = run_check("--language", "en", *output)
    assert not THAI.search(out), THAI.findall(out)
    assert get_report(report_site, YEAR).item("O15").problems[0].message_en in out.replace('\\"', '"')


def test_ita_check_in_english_words_the_score_and_titles_in_english(report_site):
    out = run_check("--language", "en")
    assert out.splitlines()[0] == "ITA 2566 (localhost): passed 1/3"
    assert catalogue().item("O14").text("title", "en") in out


def test_ita_check_in_thai_words_the_score_and_titles_in_thai(report_site):
    out = run_check("--language", "th")
    assert out.splitlines()[0] == "ITA 2566 (localhost): ผ่าน 1/3"
    assert catalogue().item("O14").text("title", "th") in out
    data = json.loads(run_check("--language", "th", "--format", "json"))
    missing = next(i for i in data["items"] if i["code"] == "O14")
    assert THAI.search(missing["problems"][0]["message"])


def test_the_checked_years_index_is_preferred_to_another_years(site_th, ita_index):
    """Pages of the year checked are looked for under that year's index, not another year's."""
    later_catalogue = dataclasses.replace(catalogue(), year=YEAR + 1)
    with registry.override_catalogue(later_catalogue):
        later = ITAIndexPageFactory(parent=ita_index.get_parent(), assessment_year=YEAR + 1)
        assert later.path > ita_index.path  # the later index comes second in the tree
        assert CheckContext(site_th, YEAR).ita_index.pk == ita_index.pk
        assert CheckContext(site_th, YEAR + 1).ita_index.pk == later.pk
