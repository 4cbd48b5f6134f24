"""A complaint officer's first and second sign-in, with the second factor, in Chromium.

A new officer signs in with a password and lands on the set-up page (in Thai): a QR
code and the key to type into an authenticator app. A wrong code is refused with a
Thai message; the right one turns the step on and shows ten backup codes once. On the
next sign-in the site asks for a code again, and a backup code works instead.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import AUTHENTICATOR

OFFICER = "somsri.officer"
PASSWORD = "somsri-officer-correct-2569"

CREATE = f"""
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django_otp import devices_for_user
from ita_pages.channels.complaints.models import OFFICER_GROUP_NAME
user, _ = get_user_model().objects.get_or_create(username={OFFICER!r})
user.set_password({PASSWORD!r})
user.save()
user.groups.add(Group.objects.get(name=OFFICER_GROUP_NAME))
user.user_permissions.add(Permission.objects.get(codename="access_admin"))
for device in devices_for_user(user, confirmed=None):
    device.delete()
"""


@pytest.fixture
def new_officer(stack):
    stack.manage("shell", "-c", CREATE)
    return OFFICER


def password_step(page, username: str) -> None:
    page.goto("/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/second-factor/"))


def test_an_officer_sets_up_the_second_factor_then_needs_it_at_each_sign_in(stack, desktop, new_officer, shot):
    password_step(desktop, new_officer)
    expect(desktop.get_by_role("heading", name="ตั้งค่าการยืนยันตัวตนขั้นที่สอง")).to_be_visible()
    qr = desktop.locator("[data-second-factor-qr]")
    expect(qr).to_be_visible()
    assert qr.evaluate("image => image.naturalWidth") > 0, "the QR code image draws"
    # Everything else in the admin waits for the second step.
    desktop.goto("/admin/pages/")
    assert "/admin/second-factor/setup/" in desktop.url
    shot(desktop, "setup-page")

    key = desktop.locator("[data-second-factor-key]").inner_text()
    AUTHENTICATOR.add(new_officer, key)
    right = AUTHENTICATOR.code(new_officer)
    desktop.fill("input[name=code]", f"{(int(right) + 500_000) % 1_000_000:06d}")
    desktop.click("form.login-form button[type=submit]")
    expect(desktop.locator(".messages .error")).to_be_visible()
    expect(desktop.locator(".messages .error")).to_contain_text("รหัสไม่ถูกต้อง")
    shot(desktop, "setup-wrong-code")

    desktop.wait_for_timeout(2_500)  # the delay one wrong code earns
    desktop.fill("input[name=code]", right)
    desktop.click("form.login-form button[type=submit]")
    codes = desktop.locator("[data-backup-codes] code")
    expect(codes).to_have_count(10)
    backup_code = codes.first.inner_text()
    shot(desktop, "backup-codes")
    desktop.get_by_role("link", name="ไปยังระบบจัดการเว็บไซต์").click()
    desktop.wait_for_url(re.compile(r"/admin/(pages/)?$"))
    desktop.goto("/admin/")
    expect(desktop.get_by_role("link", name="เรื่องร้องเรียนการทุจริต").first).to_be_visible()

    # A new sign-in: the code is asked again; a backup code stands in for the phone.
    desktop.context.clear_cookies()
    password_step(desktop, new_officer)
    expect(desktop.get_by_role("heading", name="ขั้นที่สองของการเข้าสู่ระบบ")).to_be_visible()
    shot(desktop, "verify-page")
    desktop.fill("input[name=code]", backup_code)
    desktop.click("form.login-form button[type=submit]")
    desktop.wait_for_url(re.compile(r"/admin/$"))
    expect(desktop.get_by_role("link", name="เรื่องร้องเรียนการทุจริต").first).to_be_visible()
    assert desktop.errors == []
