"""A reader switches language on every page type and lands on the same page in English."""

import re

import pytest
from playwright.sync_api import expect

# One page of each public page type (the ITA indicator pages are added from the index).
PAGES = [
    "/th/",
    "/th/ita/2566/",
    "/th/news/",
    "/th/news/no-gift-week/",
    "/th/qa/",
    "/th/general-complaints/",
    "/th/corruption-complaints/",
    "/th/complaint-statistics/",
    "/th/e-service/",
    "/th/procurement-announcements/",
    "/th/search/?q=ITA",
]


def _name(thai_path: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", thai_path.removeprefix("/th/")).strip("-") or "home"


def _english_link(page):
    return page.locator("header .language-switcher a[hreflang=en]")


def _switch_to_english(stack, page, thai_path: str) -> None:
    response = page.goto(thai_path)
    assert response.status == 200, thai_path
    link = _english_link(page)
    expect(link).to_have_count(1)
    with page.expect_navigation() as navigation:
        link.click()
    assert navigation.value.status == 200, thai_path
    assert page.url == stack.url + "/en/" + thai_path.removeprefix("/th/"), (thai_path, page.url)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    menu_links = page.locator("nav.site-nav a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert menu_links and not [href for href in menu_links if href.startswith("/th/")], (thai_path, menu_links)


def _check_pending_translation_is_marked(page) -> None:
    """Thai text on an English page comes with a notice and lang="th"; else the page is English."""
    notice = page.locator("main .translation-notice")
    content = page.locator("main .layout__content")
    if notice.count():
        expect(content).to_have_attribute("lang", "th")
    else:
        assert content.get_attribute("lang") is None
        title = page.locator("main h1").first.inner_text()
        assert not re.search(r"[\u0e00-\u0e7f]", title), title


@pytest.mark.parametrize("thai_path", PAGES, ids=[_name(p) for p in PAGES])
def test_language_switch_lands_on_the_same_page_in_english(stack, desktop, shot, thai_path):
    _switch_to_english(stack, desktop, thai_path)
    _check_pending_translation_is_marked(desktop)
    # And back: the Thai link of the English page is the page we came from.
    expect(desktop.locator("header .language-switcher a[hreflang=th]")).to_have_attribute("href", thai_path)
    assert desktop.errors == []
    shot(desktop, f"en-{_name(thai_path)}")


def test_every_indicator_page_switches_to_its_english_page(stack, desktop, shot):
    desktop.goto("/th/ita/2566/")
    indicator_paths = sorted(
        set(
            desktop.locator("main a[href^='/th/ita/2566/o']").evaluate_all(
                "links => links.map(a => a.getAttribute('href'))"
            )
        )
    )
    assert len(indicator_paths) == 37
    for path in indicator_paths:
        _switch_to_english(stack, desktop, path)
        _check_pending_translation_is_marked(desktop)
    shot(desktop, "en-indicator-last")


def test_the_english_ita_index_lists_every_item_as_published(stack, phone, shot):
    phone.goto("/en/ita/2566/")
    expect(phone.locator("html")).to_have_attribute("lang", "en")
    expect(phone.locator(".ita-checklist__unpublished")).to_have_count(0)
    links = phone.locator("main table a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert links and all(href.startswith("/en/") for href in links), links
    shot(phone, "en-ita-index-phone")


def test_english_menu_reaches_the_english_services_on_a_phone(stack, phone, shot):
    phone.goto("/en/")
    summary = phone.locator(".site-nav summary", has_text="Public services")
    summary.click()
    links = phone.locator(".site-nav details[data-menu-role=public_services] a")
    hrefs = links.evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert {"/en/qa/", "/en/e-service/", "/en/general-complaints/"} <= set(hrefs), hrefs
    for href in hrefs:
        response = phone.request.get(href)
        assert response.status == 200, href
    shot(phone, "en-menu-phone")
