"""A real Chromium (Debian's /usr/bin/chromium) driven by Playwright.

Never downloads a browser. CI installs Debian's chromium first (.ci/run); on a
machine without it these tests fail under CI and are skipped elsewhere with the
reason printed.
"""

import os

import pytest

from tests.chromium import CHROMIUM, CHROMIUM_FLAGS, require_chromium


@pytest.fixture
def browser_page(live_server):
    require_chromium()
    from playwright.sync_api import sync_playwright

    # Playwright runs an event loop in this thread; the ORM calls made by fixtures
    # during teardown are still synchronous and safe.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS)
        context = browser.new_context(viewport={"width": 375, "height": 740}, locale="th-TH")
        page = context.new_page()
        page.base_url = live_server.url
        yield page
        context.close()
        browser.close()
