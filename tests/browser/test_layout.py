"""The homepage reads well on a phone: Thai font from the project, no sideways scroll."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_homepage_on_a_phone_uses_the_thai_font(site_th, browser_page):
    page = browser_page
    page.goto(page.base_url + "/th/")
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").inner_text().startswith("องค์การบริหารส่วนตำบล")
    family = page.evaluate("getComputedStyle(document.body).fontFamily")
    assert family.startswith('"Sarabun"') or family.startswith("Sarabun")
    assert page.evaluate("document.fonts.check('16px Sarabun', 'ภาษาไทย')")
    loaded = page.evaluate(
        "[...document.fonts].filter(f => f.family.includes('Sarabun') && f.status === 'loaded').length"
    )
    assert loaded >= 1
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0


def test_skip_link_is_the_first_keyboard_stop(site_th, browser_page):
    page = browser_page
    page.goto(page.base_url + "/th/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main"
