"""The production stack itself: it serves the Thai homepage, its static files and its font."""

import re
import urllib.request

from playwright.sync_api import expect


def test_homepage_is_served_by_the_production_stack_in_thai(stack, phone, shot):
    response = phone.goto("/th/")
    assert response.status == 200
    assert phone.locator("html").get_attribute("lang") == "th"
    # The Thai web font is the project's own, served by WhiteNoise under a hashed name.
    font_family = phone.evaluate("getComputedStyle(document.body).fontFamily")
    assert "Sarabun" in font_family
    phone.wait_for_function("document.fonts.status === 'loaded'")
    assert phone.evaluate("document.fonts.check('16px Sarabun', 'สวัสดี')")
    stylesheet = phone.locator("link[rel=stylesheet]").first.get_attribute("href")
    assert re.search(r"\.[0-9a-f]{12}\.css$", stylesheet), stylesheet
    with urllib.request.urlopen(stack.url + stylesheet) as static:
        assert static.status == 200
        assert "max-age=315360000" in static.headers["Cache-Control"]
    expect(phone.locator("main")).to_be_visible()
    assert phone.errors == []
    shot(phone, "homepage-th")


def test_the_server_keeps_no_access_log(stack, phone):
    phone.goto("/th/")
    assert "GET /th/" not in stack.log_text()


def test_an_editor_signs_in_to_the_thai_admin_over_the_stack(stack, desktop, login, shot):
    # Secure session and CSRF cookies must still work on the loopback address the
    # journeys use, or no admin journey could run.
    outside = []
    desktop.on("request", lambda request: outside.append(request.url) if stack.url not in request.url else None)
    login(desktop, "demo-editor", "demo-editor-2569")
    expect(desktop.locator("html")).to_have_attribute("lang", "th")
    assert desktop.title()
    # Thai in the admin renders in the project's font even where the machine has none.
    desktop.wait_for_function("document.fonts.status === 'loaded'")
    assert desktop.evaluate("document.fonts.check('16px Sarabun', 'หน้าหลัก')")
    assert "Sarabun" in desktop.evaluate("getComputedStyle(document.body).fontFamily")
    # No admin screen calls a third party (Gravatar avatars would).
    assert [url for url in outside if not url.startswith(("data:", "blob:"))] == []
    shot(desktop, "admin-dashboard")
