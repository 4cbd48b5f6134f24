"""The rollover on a bilingual site: the English tree gets the new year as translations."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue

from demo.translation import translate
from ita_pages.core.assessment import ITASettings
from ita_pages.core.publish import publish_validated
from ita_pages.items.models import ExecutivesPage, ITAIndexPage, ITASectionPage, NoGiftDeclarationPage
from tests.ita_pages.rollover_helpers import EXAMPLE_YEAR, example_catalogue, publish_2566

pytestmark = pytest.mark.django_db

ENGLISH_NAME = "Mr Somchai Jaidee, Mayor"


@pytest.fixture
def example():
    with example_catalogue() as catalogue:
        yield catalogue


def _texts(page) -> list[str]:
    """The page's translatable texts other than its title and slug."""
    return [
        s.string.render_text()
        for s in extract_segments(page)
        if isinstance(s, StringSegmentValue) and s.path not in ("title", "slug")
    ]


@pytest.fixture
def bilingual(ita_index, locale_en):
    """2566 in Thai and English: O2 translated (one body text in English), O31 only in Thai."""
    section = ita_index.get_parent().specific
    translate(section, locale_en, {section.title: "ITA"})
    translate(ita_index, locale_en, {ita_index.title: "Open data 2566"})
    executives = publish_2566(ita_index, "O2")
    thai_text = _texts(executives)[0]
    translate(executives, locale_en, {executives.title: "Executives 2566", thai_text: ENGLISH_NAME})
    declaration = publish_2566(ita_index, "O31")
    return {"section": section, "index": ita_index, "O2": executives, "O31": declaration, "thai_text": thai_text}


def roll(language="en"):
    out = io.StringIO()
    call_command("ita_new_year", str(EXAMPLE_YEAR), "--language", language, stdout=out)
    return out.getvalue()


def test_the_english_tree_gets_the_new_year_as_draft_translations(example, bilingual, locale_en):
    english_2566 = bilingual["index"].get_translation(locale_en)
    english_before = english_2566.live_revision_id
    out = roll()

    thai = ITAIndexPage.objects.get(assessment_year=EXAMPLE_YEAR, locale__language_code="th")
    english = ITAIndexPage.objects.get(assessment_year=EXAMPLE_YEAR, locale=locale_en)
    assert english.translation_key == thai.translation_key and not english.live
    assert english.get_parent().pk == bilingual["section"].get_translation(locale_en).pk
    assert english.title == example.title_en
    assert Translation.objects.filter(source__object_id=thai.translation_key, target_locale=locale_en).exists()

    # The item whose predecessor had an English page starts from its English text.
    executives_th = ExecutivesPage.objects.child_of(thai).get()
    executives_en = ExecutivesPage.objects.child_of(english).get()
    assert executives_en.translation_key == executives_th.translation_key and not executives_en.live
    assert executives_en.title == "Executives"
    assert ENGLISH_NAME in str(executives_en.body.raw_data)
    assert bilingual["thai_text"] not in str(executives_en.body.raw_data)
    assert executives_en.ita_rollover_note.entries[-1] == {"kind": "language", "language": "en", "carried": True}

    # The item without one falls back to the Thai text, and its note says to translate it.
    declaration_th = NoGiftDeclarationPage.objects.child_of(thai).get()
    declaration_en = NoGiftDeclarationPage.objects.child_of(english).get()
    assert declaration_en.title == "No Gift Policy declaration"
    assert _texts(declaration_en) == _texts(declaration_th) != []
    with translation.override("en"):
        assert declaration_en.ita_rollover_note.lines()[-1] == (
            "Last year's page had no English version: translate this draft in the translation editor."
        )

    # The report names the English drafts with their edit links; last year's English pages stay public.
    assert (
        f"English: Executives — http://testserver{reverse('wagtailadmin_pages:edit', args=[executives_en.pk])}" in out
    )
    english_2566.refresh_from_db()
    assert english_2566.live and english_2566.live_revision_id == english_before
    assert bilingual["O2"].get_translation(locale_en).live


def test_running_again_adds_missing_translations_without_overwriting(example, bilingual, locale_en):
    roll()
    english = ITAIndexPage.objects.get(assessment_year=EXAMPLE_YEAR, locale=locale_en)
    executives_en = ExecutivesPage.objects.child_of(english).get()
    revisions = executives_en.revisions.count()
    roll()
    assert ExecutivesPage.objects.child_of(english).count() == 1
    assert executives_en.revisions.count() == revisions
    assert TranslationSource.objects.filter(object_id=executives_en.translation_key).count() == 1


def test_english_visitors_follow_the_new_year_once_it_is_published(example, bilingual, locale_en, site_th, client):
    roll()
    for language in ("th", "en"):
        index = ITAIndexPage.objects.get(assessment_year=EXAMPLE_YEAR, locale__language_code=language)
        publish_validated(index.get_latest_revision_as_object())
    settings = ITASettings.for_site(site_th)
    settings.assessment_year = EXAMPLE_YEAR
    settings.save()

    english_section = ITASectionPage.objects.get(locale=locale_en)
    assert english_section.current_index(site_th).locale == locale_en
    response = client.get(english_section.url)
    assert response.status_code == 302 and response["Location"].endswith(f"/en/ita/{EXAMPLE_YEAR}/")
    home = client.get("/en/").content.decode()
    assert f"/en/ita/{EXAMPLE_YEAR}/" in home
    # Last year's English section stays public as the archive.
    assert client.get("/en/ita/2566/").status_code == 200
    assert Locale.objects.get(language_code="en") == locale_en
