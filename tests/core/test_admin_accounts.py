"""Admin accounts: sign-in sessions that end, and password rules an editor reads in Thai."""

from datetime import timedelta

import pytest
from django.contrib.auth.password_validation import validate_password
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from tests.accounts import give_second_factor

STRONG = "ทดสอบ-correct-horse-2569"


def sign_in(client, username, password):
    return client.post("/admin/login/", {"username": username, "password": password})


@pytest.fixture
def officer(db, django_user_model):
    return django_user_model.objects.create_user("officer-somchai", "somchai@example.org", STRONG, is_superuser=True)


def test_a_sign_in_lasts_for_the_browser_session_only(client, officer):
    response = sign_in(client, "officer-somchai", STRONG)
    assert response.status_code == 302
    cookie = response.cookies["sessionid"]
    assert not cookie["expires"] and not cookie["max-age"]


def test_a_sign_in_ends_after_four_idle_hours_and_each_request_extends_it(client, officer):
    sign_in(client, "officer-somchai", STRONG)
    give_second_factor(client, officer)
    session = Session.objects.get()
    remaining = session.expire_date - timezone.now()
    assert timedelta(hours=3, minutes=59) < remaining <= timedelta(hours=4)

    Session.objects.update(expire_date=timezone.now() + timedelta(minutes=5))
    assert client.get("/admin/").status_code == 200
    assert Session.objects.get().expire_date - timezone.now() > timedelta(hours=3, minutes=59)

    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.mark.parametrize(
    ("password", "thai"),
    [
        ("short-1", "รหัสผ่านนี้สั้นเกินไป ต้องมีอย่างน้อย 12 ตัวอักษร"),
        ("123456789012", "รหัสผ่านนี้เป็นตัวเลขทั้งหมด"),
        ("password1234", "รหัสผ่านนี้เป็นรหัสผ่านที่ใช้กันทั่วไป เดาได้ง่าย"),
    ],
)
def test_weak_passwords_are_refused_in_thai(password, thai):
    with translation.override("th"), pytest.raises(ValidationError) as refused:
        validate_password(password)
    assert thai in refused.value.messages


def test_a_password_like_the_username_is_refused_in_the_admins_user_form(editor_client, django_user_model):
    response = editor_client.post(
        "/admin/users/new/",
        {
            "username": "korakot.saengthong",
            "email": "korakot@example.org",
            "first_name": "กรกต",
            "last_name": "แสงทอง",
            "password1": "korakot.saengthong1",
            "password2": "korakot.saengthong1",
        },
    )
    assert response.status_code == 200
    assert "รหัสผ่านคล้ายกับ" in response.content.decode()
    assert not django_user_model.objects.filter(username="korakot.saengthong").exists()
