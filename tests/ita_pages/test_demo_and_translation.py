"""The demo fills every item this app serves; translation leaves codes and numbers alone."""

import io

import pytest
from wagtail.models import Page

from demo import ita_pages as demo
from ita_pages.items.models import ExecutivesPage, IndicatorPage, ITAIndexPage

pytestmark = pytest.mark.django_db


def _indicator_pages(locale_code):
    pages = Page.objects.live().filter(locale__language_code=locale_code).specific()
    return [p for p in pages if isinstance(p, IndicatorPage)]


def test_demo_publishes_every_item_in_both_languages_and_is_idempotent(site_th, client):
    out = io.StringIO()
    demo.load(site_th, out)
    demo.load(site_th, out)
    assert len(_indicator_pages("th")) == 37
    assert len(_indicator_pages("en")) == 37
    assert ITAIndexPage.objects.count() == 2
    assert all(p.period_warning() is None for p in _indicator_pages("th"))
    html = client.get("/th/ita/2566/").content.decode()
    assert html.count('href="/th/ita/2566/o') == 37
    assert html.count("ยังไม่เผยแพร่") == 6  # O7, O8, O18, O20, O28, O29 come from other apps
    english = client.get("/en/ita/2566/").content.decode()
    assert "Executives" in english
    assert 'href="/en/ita/2566/o2/"' in english


def test_codes_roles_numbers_and_dates_are_not_sent_to_translators(site_th):
    from wagtail_localize.segments.extract import extract_segments

    demo.load(site_th, io.StringIO())
    page = ExecutivesPage.objects.get(locale__language_code="th")
    segments = extract_segments(page)
    strings = [s.string.data for s in segments if hasattr(s, "string")]
    assert "นายสมชาย ใจดี" in strings
    assert not {"top", "deputy", "political", "civil_service"} & set(strings)
    assert not any(s.startswith("2022-") for s in strings)
