"""The admin's second sign-in step: who must take it, setting it up, giving it, losing it."""

import re
from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from ita_pages.channels.complaints.models import OFFICER_GROUP_NAME, ComplaintSettings
from tests.accounts import admin_person, authenticator_app, current_code

pytestmark = pytest.mark.django_db

SETUP = "/admin/second-factor/setup/"
VERIFY = "/admin/second-factor/verify/"


def _person(django_user_model, username, *, superuser=False, groups=()):
    return admin_person(username, superuser=superuser, groups=groups, language="th")


def signed_in_with_password(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def superuser_account(django_user_model, site_th):
    return _person(django_user_model, "somchai.admin", superuser=True)


@pytest.fixture
def officer_account(django_user_model, site_th):
    return _person(django_user_model, "kittipong.k", groups=[Group.objects.get(name=OFFICER_GROUP_NAME)])


@pytest.fixture
def editor_account(django_user_model, site_th):
    return _person(django_user_model, "malee.editor", groups=[Group.objects.get(name="Editors")])


def confirmed_app(user) -> TOTPDevice:
    return authenticator_app(user)


@pytest.mark.parametrize("who", ["superuser_account", "officer_account"])
def test_superusers_and_officers_are_held_at_setup_until_they_have_a_second_factor(request, who):
    client = signed_in_with_password(request.getfixturevalue(who))
    for path in ("/admin/", "/admin/pages/", "/django-admin/"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith(SETUP + "?next="), path
    assert client.get(SETUP).status_code == 200


def test_an_officer_of_a_group_chosen_in_the_settings_must_use_it_too(django_user_model, site_th):
    reviewers = Group.objects.create(name="Integrity reviewers")
    settings = ComplaintSettings.for_site(site_th)
    settings.officer_group = reviewers
    settings.save()
    reviewer = _person(django_user_model, "prasert.r", groups=[reviewers])
    assert signed_in_with_password(reviewer).get("/admin/")["Location"].startswith(SETUP)


def test_an_editor_may_go_without_and_may_turn_it_on(editor_account):
    client = signed_in_with_password(editor_account)
    assert client.get("/admin/").status_code == 200
    account = client.get("/admin/account/")
    assert SETUP in account.content.decode()

    confirmed_app(editor_account)
    held = signed_in_with_password(editor_account).get("/admin/pages/")
    assert held["Location"].startswith(VERIFY + "?next=")


def test_setting_up_checks_one_code_then_shows_ten_backup_codes_once(officer_account):
    client = signed_in_with_password(officer_account)
    page = client.get(SETUP + "?next=/admin/pages/")
    html = page.content.decode()
    assert 'src="data:image/svg+xml;base64,' in html
    assert "ตั้งค่าการยืนยันตัวตนขั้นที่สอง" in html
    device = TOTPDevice.objects.get(user=officer_account, confirmed=False)
    key = re.search(r"data-second-factor-key>([A-Z2-7 ]+)<", html).group(1)
    assert key.replace(" ", "") == __import__("base64").b32encode(device.bin_key).decode()

    wrong = client.post(
        SETUP + "?next=/admin/pages/", {"code": f"{(int(current_code(device)) + 500_000) % 1_000_000:06d}"}
    )
    assert wrong.status_code == 400
    assert "รหัสไม่ถูกต้อง" in wrong.content.decode()
    assert not TOTPDevice.objects.get(pk=device.pk).confirmed
    assert client.get("/admin/").status_code == 302

    device.refresh_from_db()
    device.throttle_reset()
    done = client.post(SETUP + "?next=/admin/pages/", {"code": current_code(device)})
    assert done.status_code == 200
    codes = re.findall(r"<li><code>([a-z0-9]+)</code></li>", done.content.decode())
    assert len(codes) == 10 and len(set(codes)) == 10
    assert sorted(StaticToken.objects.filter(device__user=officer_account).values_list("token", flat=True)) == sorted(
        codes
    )
    assert TOTPDevice.objects.get(pk=device.pk).confirmed
    assert 'href="/admin/pages/"' in done.content.decode()
    assert client.get("/admin/").status_code == 200


def test_each_new_sign_in_asks_for_a_new_code(officer_account):
    device = confirmed_app(officer_account)
    client = signed_in_with_password(officer_account)
    response = client.get("/admin/reports/")
    assert response["Location"] == VERIFY + "?next=%2Fadmin%2Freports%2F"
    form = client.get(response["Location"])
    assert "ขั้นที่สองของการเข้าสู่ระบบ" in form.content.decode()

    code = current_code(device)
    answer = client.post(response["Location"], {"code": code})
    assert answer.status_code == 302 and answer["Location"] == "/admin/reports/"
    assert client.get("/admin/").status_code == 200

    # Someone who saw that code, in another browser with the password: refused.
    replay = signed_in_with_password(officer_account)
    refused = replay.post(VERIFY, {"code": code})
    assert refused.status_code == 400
    assert replay.get("/admin/").status_code == 302


def test_wrong_codes_slow_down_the_next_tries(officer_account):
    device = confirmed_app(officer_account)
    client = signed_in_with_password(officer_account)
    wrong = f"{(int(current_code(device)) + 500_000) % 1_000_000:06d}"
    for _ in range(5):
        assert client.post(VERIFY, {"code": wrong}).status_code == 400
    # Even the right code waits out the delay the wrong ones earned.
    assert client.post(VERIFY, {"code": current_code(device)}).status_code == 400
    # Once the delay has passed, the right code works.
    from datetime import timedelta

    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=timezone.now() - timedelta(minutes=5))
    assert client.post(VERIFY, {"code": current_code(device)})["Location"] == "/admin/"


def test_a_backup_code_signs_in_once(officer_account):
    confirmed_app(officer_account)
    backup = StaticDevice.objects.create(user=officer_account, name="backup codes", confirmed=True)
    backup.token_set.create(token="k4p7q2xa")
    client = signed_in_with_password(officer_account)
    assert client.post(VERIFY, {"code": "k4p7 q2xa"})["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    again = signed_in_with_password(officer_account)
    assert again.post(VERIFY, {"code": "k4p7q2xa"}).status_code == 400


def test_a_stolen_password_cannot_replace_the_phone(officer_account):
    device = confirmed_app(officer_account)
    thief = signed_in_with_password(officer_account)
    response = thief.get(SETUP)
    assert response["Location"].startswith(VERIFY)
    assert thief.post(SETUP, {"code": "123456"})["Location"].startswith(VERIFY)
    assert list(TOTPDevice.objects.filter(user=officer_account)) == [device]


def test_a_verified_person_replaces_the_phone_and_the_old_app_stops_working(officer_account):
    old = confirmed_app(officer_account)
    client = signed_in_with_password(officer_account)
    client.post(VERIFY, {"code": current_code(old)})
    client.get(SETUP)
    new = TOTPDevice.objects.get(user=officer_account, confirmed=False)
    assert client.post(SETUP, {"code": current_code(new)}).status_code == 200
    assert list(TOTPDevice.objects.filter(user=officer_account)) == [TOTPDevice.objects.get(pk=new.pk)]


def test_after_the_step_it_goes_only_to_this_site(officer_account):
    device = confirmed_app(officer_account)
    client = signed_in_with_password(officer_account)
    answer = client.post(VERIFY + "?next=https://attacker.example/", {"code": current_code(device)})
    assert answer["Location"] == "/admin/"


def test_an_administrator_resets_a_lost_phone(officer_account):
    confirmed_app(officer_account)
    StaticDevice.objects.create(user=officer_account, name="backup codes", confirmed=True)
    out = StringIO()
    call_command("reset_second_factor", "kittipong.k", stdout=out)
    assert "removed 2" in out.getvalue()
    assert not TOTPDevice.objects.filter(user=officer_account).exists()
    assert signed_in_with_password(officer_account).get("/admin/")["Location"].startswith(SETUP)


def test_signing_out_stays_possible_at_the_step(officer_account):
    client = signed_in_with_password(officer_account)
    response = client.post("/admin/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_the_step_pages_get_the_admins_icons_and_translations(officer_account):
    client = signed_in_with_password(officer_account)
    for path in ("/admin/sprite/", "/admin/jsi18n/"):
        assert client.get(path).status_code == 200, path
