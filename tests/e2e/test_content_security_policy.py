"""Pages work under the Content-Security-Policy, and the policy stops what it is for.

Every journey already fails on anything the policy blocks (the page fixtures collect
Chromium's reports). This one shows that the public policy holds: script injected into
a citizen's page does not run, while the site's own scripts (the menu, search
suggestions) do; the admin's block editor and the API's Swagger page work under theirs.
"""

import re

from playwright.sync_api import expect

INJECTED = "window.injectedByAttacker = true;"


def _policy(response) -> str:
    return response.headers["content-security-policy"]


def test_injected_script_does_not_run_on_a_citizens_phone_but_the_sites_own_do(stack, phone, shot):
    response = phone.goto("/th/search/?q=ข่าว")
    assert "script-src 'self'" in _policy(response)
    assert "unsafe-inline" not in _policy(response)

    # What a stored injection would be: an inline script and an event handler in the page.
    phone.evaluate(
        """code => {
            const script = document.createElement("script");
            script.textContent = code;
            document.body.appendChild(script);
            const image = document.createElement("img");
            image.setAttribute("onerror", code);
            image.src = "/no-such-image.png";
            document.body.appendChild(image);
        }""",
        INJECTED,
    )
    phone.wait_for_timeout(500)
    assert phone.evaluate("() => window.injectedByAttacker === undefined")
    blocked = list(phone.csp_violations)
    assert any("inline script" in text for text in blocked), blocked
    assert any("inline event handler" in text for text in blocked), blocked
    phone.csp_violations.clear()  # expected here; any other would fail the journey

    # The site's own script files still run: suggestions arrive while typing.
    box = phone.locator("#search-q")
    box.fill("")
    with phone.expect_response(re.compile(r"/search/autocomplete")) as answer:
        box.press_sequentially("จริย", delay=50)
    assert answer.value.ok
    expect(phone.locator("#search-suggestions option").first).to_be_attached()

    phone.goto("/th/")
    summary = phone.locator(".site-nav summary").first
    summary.click()
    expect(summary).to_have_attribute("aria-expanded", "true")
    assert phone.errors == []
    shot(phone, "menu-open-under-policy")


def test_the_block_editor_works_under_the_admin_policy(stack, desktop, login, shot):
    login(desktop, "demo-editor", "demo-editor-2569")
    response = desktop.goto("/admin/pages/")
    assert "'unsafe-inline'" in _policy(response)
    assert "object-src 'none'" in _policy(response)
    desktop.goto("/admin/pages/search/?q=%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7")
    desktop.locator("a[href*='/edit/']").first.click()
    desktop.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    # The editor's own scripts ran: the form is drawn and its side panels open.
    expect(desktop.locator("form#page-edit-form")).to_be_visible()
    desktop.get_by_role("button", name=re.compile("ตัวอย่าง|Preview")).first.click()
    # The live preview draws the public page, under the public policy, inside the admin.
    expect(desktop.frame_locator("#w-preview-iframe").locator("main h1").first).to_be_visible(timeout=60_000)
    assert desktop.errors == []
    shot(desktop, "page-editor-under-policy")


def test_the_api_reference_renders_from_this_sites_files(stack, desktop, shot):
    requested = []
    desktop.on("request", lambda request: requested.append(request.url))
    response = desktop.goto("/api/docs")
    assert response.ok
    expect(desktop.locator(".swagger-ui .opblock").first).to_be_visible()
    assert all(url.startswith(stack.url) or url.startswith("data:") for url in requested), requested
    shot(desktop, "api-docs-under-policy")
