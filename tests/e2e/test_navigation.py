"""A citizen finds their way: the main menu, the header's search box, the agency's contact facts."""

import re

import pytest
from playwright.sync_api import expect

SERVICES = [
    # (link text in the menu, where it lands, a heading the page shows)
    ("ถาม-ตอบ (Q&A)", "/th/qa/", "ถาม-ตอบ (Q&A)"),
    ("E-Service บริการออนไลน์", "/th/e-service/", "E-Service บริการออนไลน์"),
    ("ร้องเรียนทั่วไป", "/th/general-complaints/", "ร้องเรียนทั่วไป"),
]


def _services_menu(page):
    summary = page.locator(".site-nav summary", has_text="บริการประชาชน")
    return summary, page.locator(".site-nav details[data-menu-role=public_services] .submenu__list")


@pytest.fixture(params=["phone", "desktop"])
def screen(request):
    """The same journey at 375 px and at 1280 px."""
    return request.param, request.getfixturevalue(request.param)


def test_main_menu_opens_by_tap_and_keyboard_and_closes_by_escape_and_tap_outside(stack, screen, shot):
    name, page = screen
    page.goto("/th/")
    summary, links = _services_menu(page)
    expect(summary).to_have_attribute("aria-expanded", "false")
    expect(links).to_be_hidden()

    summary.click()  # a tap
    expect(summary).to_have_attribute("aria-expanded", "true")
    for label, _path, _heading in SERVICES:
        expect(links.get_by_role("link", name=label, exact=True)).to_be_visible()
    links_box = links.bounding_box()
    assert links_box["x"] >= 0 and links_box["x"] + links_box["width"] <= page.viewport_size["width"]
    page.mouse.click(5, page.viewport_size["height"] - 5)  # a tap outside the menu
    expect(summary).to_have_attribute("aria-expanded", "false")
    expect(links).to_be_hidden()

    summary.focus()
    page.keyboard.press("Enter")
    expect(summary).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Escape")
    expect(summary).to_have_attribute("aria-expanded", "false")
    expect(summary).to_be_focused()
    page.keyboard.press("Space")
    expect(summary).to_have_attribute("aria-expanded", "true")
    expect(links).to_be_visible()
    assert page.errors == []
    shot(page, f"menu-open-{name}")


@pytest.mark.parametrize(("label", "path", "heading"), SERVICES, ids=["qa", "e-service", "general-complaint"])
def test_each_public_service_is_reached_from_the_menu(stack, screen, shot, label, path, heading):
    name, page = screen
    page.goto("/th/")
    summary, links = _services_menu(page)
    summary.click()
    with page.expect_navigation():
        links.get_by_role("link", name=label, exact=True).click()
    assert page.url == stack.url + path
    expect(page.locator("main h1").first).to_contain_text(heading)
    shot(page, f"service-{path.strip('/').split('/')[-1]}-{name}")


def test_search_from_the_header_box_and_open_a_result(stack, screen, shot):
    name, page = screen
    page.goto("/th/news/")
    box = page.locator("header form[role=search] input[name=q]")
    expect(box).to_be_visible()
    box.fill("จริยธรรม")
    with page.expect_navigation():
        box.press("Enter")
    assert re.search(r"/th/search/\?q=", page.url), page.url
    results = page.locator(".search-result h2 a")
    expect(results.first).to_be_visible()
    pages = results.evaluate_all("links => links.map(a => a.getAttribute('href'))")
    target = next(href for href in pages if href.startswith("/th/"))
    shot(page, f"search-results-{name}")
    with page.expect_navigation():
        page.locator(f'.search-result h2 a[href="{target}"]').first.click()
    assert page.url == stack.url + target
    expect(page.locator("main")).to_contain_text("จริยธรรม")
    assert page.errors == []
    shot(page, f"search-result-opened-{name}")


def _text(locator) -> str:
    return " ".join(locator.inner_text().split())


def test_the_o5_page_and_the_footer_give_the_same_contact_facts(stack, desktop, shot):
    desktop.goto("/th/ita/2566/o5/")
    contact = desktop.locator("main .ita-contact")
    footer = desktop.locator("footer.site-footer")
    for fact in ("agency-address", "agency-phone", "agency-email"):
        on_page, in_footer = contact.locator(f".{fact}"), footer.locator(f".{fact}")
        assert _text(on_page) and _text(on_page) == _text(in_footer), fact
    assert contact.locator(".agency-phone").get_attribute("href") == footer.locator(".agency-phone").get_attribute(
        "href"
    )
    email = _text(contact.locator(".agency-email"))
    shot(desktop, "o5-and-footer")
    # Every other page's footer says the same.
    desktop.goto("/th/qa/")
    assert _text(desktop.locator("footer .agency-email")) == email
