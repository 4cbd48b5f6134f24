"""English pages come from wagtail-localize: validated, marked while pending, switchable."""

import pytest
from django.core.exceptions import ValidationError
from wagtail_localize.models import Translation, TranslationSource

from demo.translation import translate
from ita_pages.core.publish import publish_validated

pytestmark = pytest.mark.django_db

ENGLISH = {"บริการออนไลน์": "Online services", "แจ้งซ่อม": "Report a repair", "ออนไลน์": "Online"}


def test_translate_makes_a_wagtail_localize_translation(eservice_th, locale_en, client):
    english = translate(eservice_th, locale_en, ENGLISH)
    assert english.live and english.title == "Online services"
    assert Translation.objects.filter(source__object_id=eservice_th.translation_key, target_locale=locale_en).exists()
    html = client.get("/en/e-service/").content.decode()
    assert "Report a repair" in html
    assert "translation-notice" not in html
    assert '<div class="layout__content">' in html


def test_a_thai_edit_reaches_english_as_a_pending_translation(eservice_th, locale_en, client):
    translate(eservice_th, locale_en, ENGLISH)
    eservice_th.intro = "<p>ข้อความใหม่ที่ยังไม่ได้แปล</p>"
    publish_validated(eservice_th)
    # What the admin's "sync translated pages" does.
    source, _created = TranslationSource.update_or_create_from_instance(eservice_th)
    Translation.objects.get(source=source, target_locale=locale_en).save_target()
    html = client.get("/en/e-service/").content.decode()
    assert 'class="translation-notice"' in html
    assert "4 of 5" in html  # title, slug, service name and description translated; the new intro not
    assert '<div class="layout__content" lang="th">' in html
    assert "ข้อความใหม่ที่ยังไม่ได้แปล" in html
    assert 'href="/th/e-service/" hreflang="th"' in html  # the notice links the Thai original


def test_translated_demo_content_is_validated_like_an_editors(eservice_th, locale_en):
    # A service name over the block's 200 characters: saving a draft lets it through,
    # the editor's publish button (and so the demo) refuses it.
    with pytest.raises(ValidationError):
        translate(eservice_th, locale_en, {**ENGLISH, "แจ้งซ่อม": "x" * 201})
    assert not eservice_th.get_translations().filter(locale=locale_en, live=True).exists()


def test_language_switch_lands_on_the_same_page(eservice_th, locale_en, client):
    thai = client.get("/th/e-service/").content.decode()
    assert "ยังไม่ได้แปล" in thai.split('class="language-switcher"')[1].split("</ul>")[0]
    assert 'href="/en/e-service/"' not in thai
    translate(eservice_th, locale_en, ENGLISH)
    thai = client.get("/th/e-service/").content.decode()
    assert '<a href="/en/e-service/" hreflang="en" lang="en">English</a>' in thai
    english = client.get("/en/e-service/").content.decode()
    assert '<a href="/th/e-service/" hreflang="th" lang="th">ไทย</a>' in english


def test_language_switch_on_search_keeps_the_query(site_th, client):
    html = client.get("/th/search/", {"q": "ขยะ"}).content.decode()
    switch = html.split('class="language-switcher"')[1].split("</ul>")[0]
    assert 'href="/en/search/?q=%E0%B8%82%E0%B8%A2%E0%B8%B0"' in switch
