"""The admin sign-in lock, in Chromium against the production stack.

An account guessed at from this browser is locked after ADMIN_LOGIN_FAILURE_LIMIT wrong
passwords: even the right password then shows the Thai lock page (429). Another account
still signs in from the same browser, so a guesser cannot lock real editors out.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

GUESSED = "lock-journey"
PASSWORD = "lock-journey-correct-2569"
EDITOR = ("demo-editor", "demo-editor-2569")

CREATE = f"""
from django.contrib.auth import get_user_model
user, _ = get_user_model().objects.get_or_create(username={GUESSED!r}, defaults={{"is_staff": True}})
user.is_superuser = True
user.set_password({PASSWORD!r})
user.save()
"""


@pytest.fixture
def guessed_account(stack):
    stack.manage("shell", "-c", CREATE)
    yield GUESSED
    # Later journeys sign in from the same address: leave no lock behind.
    stack.manage("axes_reset_username", GUESSED)


def submit(page, username: str, password: str):
    page.goto("/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    with page.expect_response(lambda r: r.url.endswith("/admin/login/") and r.request.method == "POST") as answer:
        page.click("button[type=submit]")
    return answer.value


def test_wrong_passwords_lock_one_account_from_this_browser_only(stack, desktop, login, shot, guessed_account):
    for _attempt in range(5):
        submit(desktop, guessed_account, "not-the-password")
    refused = submit(desktop, guessed_account, PASSWORD)
    assert refused.status == 429
    expect(desktop.locator("h1")).to_have_text("ระงับการเข้าสู่ระบบชั่วคราว")
    expect(desktop.locator("main")).to_contain_text("มีการใส่รหัสผ่านผิดหลายครั้งเกินไปสำหรับบัญชีนี้จากอุปกรณ์นี้")
    expect(desktop.locator("main")).to_contain_text("15 นาที")
    shot(desktop, "signin-locked")
    # Another account signs in from the same browser.
    login(desktop, *EDITOR)
    expect(desktop).to_have_url(f"{stack.url}/admin/")
