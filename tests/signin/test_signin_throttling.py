"""Wrong admin passwords lock one username from one address, for a while, and say so in Thai."""

import logging
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.test import Client, RequestFactory
from django.utils import timezone

from config.signin import signin_address

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "ทดสอบ-correct-horse-2569"
OFFICE = "203.0.113.7"
HOME = "198.51.100.20"
PROXY = "10.0.0.5"


def sign_in(username, password, address=OFFICE, **headers):
    """One attempt from a fresh browser, so that no earlier session hides the answer."""
    return Client().post("/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address, **headers)


def fail(username, times, address=OFFICE, **headers):
    return [sign_in(username, "wrong-password-2569", address, **headers).status_code for _ in range(times)]


@pytest.fixture
def editor(db, django_user_model):
    return django_user_model.objects.create_superuser("editor-malee", "malee@example.org", PASSWORD)


@pytest.fixture
def colleague(db, django_user_model):
    return django_user_model.objects.create_superuser("editor-somsak", "somsak@example.org", PASSWORD)


def test_after_twenty_wrong_passwords_the_right_one_is_refused_from_that_address(editor):
    answers = fail("editor-malee", 20)
    assert answers[:4] == [200] * 4  # the sign-in form again, with its error
    assert answers[4:] == [429] * 16  # the fifth wrong password locks
    response = sign_in("editor-malee", PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in response.client.session


def test_the_same_editor_still_signs_in_from_another_address(editor):
    fail("editor-malee", 20)
    assert sign_in("editor-malee", PASSWORD, address=HOME).status_code == 302


def test_another_editor_still_signs_in_from_the_same_address(editor, colleague):
    fail("editor-malee", 20)
    assert sign_in("editor-somsak", PASSWORD).status_code == 302


def test_the_lock_ends_after_the_cool_off(editor, settings):
    assert settings.ADMIN_LOGIN_COOLOFF_MINUTES == 15
    fail("editor-malee", 20)

    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=14))
    assert sign_in("editor-malee", PASSWORD).status_code == 429

    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=15, seconds=1))
    assert sign_in("editor-malee", PASSWORD).status_code == 302


def test_attempts_during_the_lock_do_not_extend_it(editor):
    fail("editor-malee", 5)
    locked_at = AccessAttempt.objects.get().attempt_time
    fail("editor-malee", 10)
    attempt = AccessAttempt.objects.get()
    assert attempt.attempt_time == locked_at
    assert attempt.failures_since_start == 5


def test_a_successful_sign_in_resets_the_count(editor):
    assert fail("editor-malee", 4) == [200] * 4
    assert sign_in("editor-malee", PASSWORD).status_code == 302
    assert not AccessAttempt.objects.exists()
    assert fail("editor-malee", 4) == [200] * 4
    assert sign_in("editor-malee", PASSWORD).status_code == 302


def test_the_locked_page_is_thai_and_does_not_show_the_username(db):
    username = '<script>alert("malee")</script>'
    fail(username, 4)
    response = sign_in(username, "wrong-password-2569")
    assert response.status_code == 429
    assert response["Retry-After"] == "900"
    assert "no-cache" in response["Cache-Control"]
    html = response.content.decode()
    assert '<html lang="th"' in html
    assert "ระงับการเข้าสู่ระบบชั่วคราว" in html
    assert "ระบบจึงระงับการเข้าสู่ระบบบัญชีนี้จากอุปกรณ์นี้เป็นเวลา 15 นาที" in html
    assert "โปรดติดต่อผู้ดูแลเว็บไซต์ของหน่วยงาน" in html
    assert "malee" not in html
    assert "<script>alert" not in html


def test_the_page_gives_the_configured_cool_off(db, settings):
    settings.ADMIN_LOGIN_COOLOFF_MINUTES = 30
    settings.AXES_COOLOFF_TIME = timedelta(minutes=30)
    assert fail("editor-malee", 5)[-1] == 429
    html = sign_in("editor-malee", PASSWORD).content.decode()
    assert "เป็นเวลา 30 นาที" in html


def test_behind_the_proxy_each_citizen_address_is_its_own_lock(editor, settings):
    settings.TRUSTED_PROXIES = [PROXY]
    fail("editor-malee", 5, address=PROXY, HTTP_X_FORWARDED_FOR=OFFICE)
    assert sign_in("editor-malee", PASSWORD, PROXY, HTTP_X_FORWARDED_FOR=OFFICE).status_code == 429
    assert sign_in("editor-malee", PASSWORD, PROXY, HTTP_X_FORWARDED_FOR=HOME).status_code == 302
    assert AccessAttempt.objects.get().ip_address == OFFICE


def test_a_client_facing_the_site_directly_cannot_dodge_the_lock_with_a_forwarded_header(editor, settings):
    settings.TRUSTED_PROXIES = []
    fail("editor-malee", 5)
    assert sign_in("editor-malee", PASSWORD, HTTP_X_FORWARDED_FOR=HOME).status_code == 429


def test_only_what_the_lock_needs_is_kept(editor, caplog):
    caplog.set_level(logging.DEBUG, logger="axes")
    fail("editor-malee", 2, HTTP_USER_AGENT="Mozilla/5.0 (Windows NT 10.0) Office-PC-12")
    assert "AXES: Repeated login failure" in caplog.text
    for private in ("editor-malee", OFFICE, "Office-PC-12"):
        assert private not in caplog.text
    attempt = AccessAttempt.objects.get()
    assert (attempt.username, attempt.ip_address, attempt.failures_since_start) == ("editor-malee", OFFICE, 2)
    assert attempt.user_agent == ""
    assert "wrong-password" not in attempt.post_data
    assert "editor-malee" not in attempt.post_data
    assert sign_in("editor-malee", PASSWORD).status_code == 302
    assert not AccessLog.objects.exists()
    assert not AccessFailureLog.objects.exists()
    assert not AccessAttempt.objects.exists()


@pytest.mark.parametrize(
    ("remote", "expected"),
    [(OFFICE, OFFICE), ("2001:db8::1", "2001:db8::1"), ("", None), ("unix:/run/gunicorn.sock", None)],
)
def test_the_stored_address_is_an_ip_address_or_nothing(settings, remote, expected):
    # PostgreSQL's inet column refuses anything else, which would make a sign-in fail.
    settings.TRUSTED_PROXIES = []
    assert signin_address(RequestFactory().post("/admin/login/", REMOTE_ADDR=remote)) == expected


def test_limit_and_cool_off_come_from_the_environment():
    code = (
        "import django; django.setup(); from django.conf import settings;"
        "print(settings.AXES_FAILURE_LIMIT, int(settings.AXES_COOLOFF_TIME.total_seconds()),"
        " settings.ADMIN_LOGIN_COOLOFF_MINUTES)"
    )
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "ADMIN_LOGIN_FAILURE_LIMIT": "3",
        "ADMIN_LOGIN_COOLOFF_MINUTES": "30",
    }
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["3", "1800", "30"]
