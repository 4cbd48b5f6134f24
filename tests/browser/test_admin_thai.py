"""The admin's JavaScript-rendered parts read in Thai in a real browser.

Why: the React parts (wagtail-localize's translation editor, Draftail, the
side panels) take their strings from the JavaScript catalogues at run time and
some from hard-coded English that admin_th rewrites; only a browser shows
what an editor actually reads.
"""

import pytest

from tests.accounts import authenticator_app, current_code
from tests.i18n.detector import _phrase_patterns, english_msgids

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def english_lines(text):
    english, phrases = english_msgids(), _phrase_patterns()
    hits = set()
    for line in text.splitlines():
        line = " ".join(line.split())
        if line in english or line.rstrip(":") in english:
            hits.add(line)
        hits.update(msgid for msgid, pattern in phrases if pattern.search(line))
    return sorted(hits)


def log_in(page, superuser):
    app = authenticator_app(superuser)
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(page.base_url + "/admin/login/")
    page.fill("#id_username", superuser.get_username())
    page.fill("#id_password", "password")
    page.click("button[type=submit]")
    # A superuser's second sign-in step, with the code their app would show.
    page.wait_for_url("**/admin/second-factor/**")
    page.fill("input[name=code]", current_code(app))
    page.click("form.login-form button[type=submit]")
    page.wait_for_url("**/admin/")


def test_translation_editor_reads_in_thai(site_th, superuser, locale_en, browser_page):
    from wagtail_localize.models import Translation, TranslationSource

    home = site_th.root_page.specific
    source, _ = TranslationSource.get_or_create_from_instance(home)
    Translation.objects.get_or_create(source=source, target_locale=locale_en)[0].save_target(publish=True)
    english_page = home.get_translation(locale_en)

    page = browser_page
    log_in(page, superuser)
    page.goto(f"{page.base_url}/admin/pages/{english_page.id}/edit/")
    heading = page.locator(".js-translation-editor h3").first
    heading.wait_for()
    page.wait_for_function(
        "() => !document.querySelector('.js-translation-editor h3').textContent.endsWith(' translation')"
    )
    assert heading.inner_text() == "แปล ไทย → English"
    text = page.evaluate("document.body.innerText")
    assert "ดาวน์โหลดไฟล์ PO" in text
    assert english_lines(text) == []
    sr_labels = page.evaluate(
        "[...document.querySelectorAll('.js-translation-editor .w-sr-only')].map(e => e.textContent)"
    )
    assert "More actions" not in sr_labels


def test_page_editor_and_dashboard_read_in_thai(site_th, superuser, browser_page):
    page = browser_page
    log_in(page, superuser)
    for url in ("/admin/", f"/admin/pages/{site_th.root_page.id}/edit/"):
        page.goto(page.base_url + url)
        page.wait_for_load_state("networkidle")
        assert english_lines(page.evaluate("document.body.innerText")) == [], url
