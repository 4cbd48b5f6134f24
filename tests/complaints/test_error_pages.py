"""The error pages people meet: Thai, in the site's design, never Django's English ones.

400, 403, 404 and the CSRF refusal render inside base.html (header, menu, footer);
429 is the rate limit of the HTML lookups, while /api/ keeps its RFC 7807 answer; the
500 page needs neither the database nor the request, and every other page falls back
to it (keeping its own status) when the design cannot be rendered.
"""

import logging

import pytest
from django.http import Http404
from django.test import Client

from config import errors
from ita_pages.channels import protection

DESIGN = 'class="site-header"'
DJANGO_ENGLISH = ("CSRF verification failed", "Forbidden", "Origin checking failed", "Bad Request", "Server Error")


def assert_thai_page(response, status, heading):
    assert response.status_code == status
    html = response.content.decode()
    assert '<html lang="th">' in html and heading in html
    for english in DJANGO_ENGLISH:
        assert english not in html
    return html


@pytest.mark.django_db
def test_unknown_address_is_the_thai_404_in_the_site_design(client, site_th):
    html = assert_thai_page(client.get("/th/no-such-page/"), 404, "ไม่พบหน้าที่ต้องการ")
    assert DESIGN in html and "กลับไปหน้าแรก" in html and 'href="/th/search/"' in html


@pytest.mark.django_db
@pytest.mark.urls("error_page_urls")
def test_permission_denied_is_the_thai_403(client, site_th):
    html = assert_thai_page(client.get("/error-test/403/"), 403, "ไม่มีสิทธิ์เข้าถึง")
    assert DESIGN in html


@pytest.mark.django_db
@pytest.mark.urls("error_page_urls")
def test_a_malformed_request_is_the_thai_400(client, site_th):
    html = assert_thai_page(client.get("/error-test/400/"), 400, "ระบบไม่เข้าใจคำขอนี้")
    assert DESIGN in html


@pytest.mark.django_db
@pytest.mark.urls("error_page_urls")
def test_a_crash_is_the_thai_500(site_th):
    client = Client(raise_request_exception=False)
    assert_thai_page(client.get("/error-test/500/"), 500, "ขออภัย ระบบขัดข้องชั่วคราว")


def test_the_500_page_needs_no_database_and_no_request_context(rf):
    # No django_db mark: any query would raise here.
    response = errors.server_error(rf.get("/th/"))
    assert_thai_page(response, 500, "ขออภัย ระบบขัดข้องชั่วคราว")


def test_an_error_page_that_cannot_be_designed_falls_back_and_keeps_its_status(rf):
    # Without the database the header and footer cannot be read: the plain page answers.
    response = errors.page_not_found(rf.get("/th/somewhere/"), Http404())
    assert_thai_page(response, 404, "ขออภัย ระบบขัดข้องชั่วคราว")


@pytest.mark.django_db
def test_a_refused_form_gets_the_thai_csrf_page_not_djangos(general_page):
    strict = Client(enforce_csrf_checks=True)
    # No cookie at all: what a browser that lost its cookies sends.
    response = strict.post(general_page.url, {"name": "ก", "subject": "ส", "body": "ร"})
    html = assert_thai_page(response, 403, "ส่งแบบฟอร์มไม่สำเร็จ")
    assert DESIGN in html
    assert "ข้อความที่ท่านกรอกยังไม่ได้ถูกส่งหรือบันทึก" in html
    assert f'href="{general_page.url}"' in html, "a link opens the form again"
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_the_csrf_page_does_not_echo_the_refusal_reason(general_page):
    strict = Client(enforce_csrf_checks=True)
    token = strict.get(general_page.url).cookies["csrftoken"].value
    response = strict.post(
        general_page.url, {"csrfmiddlewaretoken": token, "subject": "ส"}, HTTP_ORIGIN="https://attacker.example"
    )
    html = assert_thai_page(response, 403, "ส่งแบบฟอร์มไม่สำเร็จ")
    assert "attacker.example" not in html and "does not match" not in html


@pytest.fixture
def limited(monkeypatch):
    monkeypatch.setattr(protection, "allow", lambda *args, **kwargs: False)


@pytest.mark.django_db
@pytest.mark.parametrize("action", ["follow/", "acknowledgement/"])
def test_rate_limited_corruption_lookups_get_the_thai_429_page(client, corruption_page, limited, action):
    response = client.post(corruption_page.url + action, {"code": "AAAA-BBBB-CCCC-DDDD-EEEE"})
    html = assert_thai_page(response, 429, "ส่งคำขอบ่อยเกินไป")
    assert DESIGN in html and "กรุณารอสักครู่" in html
    assert f'href="{corruption_page.url}follow/"' in html
    assert response["Referrer-Policy"] == "same-origin" and "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_rate_limited_general_lookup_gets_the_thai_429_page(client, general_page, limited):
    response = client.post(general_page.url + "follow/", {"code": "AAAA-BBBB-CCCC-DDDD-EEEE"})
    assert DESIGN in assert_thai_page(response, 429, "ส่งคำขอบ่อยเกินไป")


@pytest.mark.django_db
def test_a_rate_limited_complaint_keeps_what_the_citizen_wrote(client, general_page, limited):
    response = client.post(general_page.url, {"name": "สมศรี", "subject": "ถนนพังหน้าวัด", "body": "หลุมลึกมาก"})
    html = assert_thai_page(response, 429, "กรุณารอสักครู่")
    assert "ถนนพังหน้าวัด" in html and "หลุมลึกมาก" in html


@pytest.mark.django_db
def test_the_api_keeps_its_problem_answer_when_rate_limited(client, site_th, limited):
    response = client.post("/api/complaints/general/check", {"receipt_code": "AAAA"}, content_type="application/json")
    assert response.status_code == 429
    assert response["Content-Type"].startswith("application/problem+json")
    assert "กรุณารอสักครู่" in response.json()["detail"]


@pytest.mark.django_db
def test_a_refused_corruption_complaint_leaves_no_request_in_the_log(corruption_page, caplog):
    caplog.set_level(logging.WARNING, logger="django.security.csrf")
    strict = Client(enforce_csrf_checks=True)
    strict.post(corruption_page.url, {"subject": "ลับ", "description": "ลับ"}, REMOTE_ADDR="203.0.113.9")
    refusals = [record for record in caplog.records if record.name == "django.security.csrf"]
    assert refusals and all(getattr(record, "request", None) is None for record in refusals)
    assert "203.0.113.9" not in caplog.text


@pytest.mark.django_db
def test_a_rate_limited_message_to_the_officer_is_shown_back_for_copying(client, corruption_page, limited):
    code = "AAAA-BBBB-CCCC-DDDD-EEEE"
    response = client.post(corruption_page.url + "follow/", {"code": code, "body": "หลักฐานเพิ่มเติม<b>ตัวหนา</b>"})
    html = assert_thai_page(response, 429, "ข้อความของท่านยังไม่ได้ส่ง")
    assert "หลักฐานเพิ่มเติม&lt;b&gt;ตัวหนา&lt;/b&gt;</textarea>" in html
    assert code not in html, "the receipt code is never echoed"
