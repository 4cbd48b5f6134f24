"""What a real browser adds to the complaint forms: a referrer policy and an Origin header.

Django's test client sends no ``Origin``, so these tests send the one Chromium sends:
the site's own origin while the page's policy is ``same-origin`` ("http://testserver"
here), ``null`` under ``no-referrer``. Every form citizens and the officer use must pass
CSRF with the site's origin and fail with a foreign or null one, and every page must
keep its address from other sites without making browsers post ``Origin: null``.
"""

import re

import pytest
from django.test import Client

from ita_pages.channels.complaints.models import (
    CaseAccessLog,
    CaseMessage,
    CaseStatus,
    CorruptionCase,
    GeneralComplaint,
)
from tests.accounts import sign_in

SITE_ORIGIN = "http://testserver"
REFUSED_ORIGINS = ("https://attacker.example", "null")
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
RECEIPT = re.compile(r'data-testid="receipt-code">([0-9A-Z-]+)<')


def token_of(response) -> str:
    match = TOKEN.search(response.content.decode())
    assert match, "the page carries a CSRF token in its form"
    return match.group(1)


def post_from(client, page_url, action_url, data, origin=SITE_ORIGIN, **extra):
    """Open the page like a browser, then send its form with the browser's Origin header."""
    page = client.get(page_url)
    assert page.status_code == 200
    return client.post(action_url, {**data, "csrfmiddlewaretoken": token_of(page)}, HTTP_ORIGIN=origin, **extra)


def receipt_of(response) -> str:
    match = RECEIPT.search(response.content.decode())
    assert match, response.content.decode()[:500]
    return match.group(1)


def assert_same_origin_policy(response):
    assert response["Referrer-Policy"] == "same-origin"
    # A page-level policy would override the header, in either direction.
    assert 'name="referrer"' not in response.content.decode()


@pytest.fixture
def strict():
    return Client(enforce_csrf_checks=True)


GENERAL = {"name": "สมศรี", "subject": "ไฟทางดับ", "body": "หน้าโรงเรียน", "website": ""}
CORRUPTION = {"subject": "เรียกรับเงิน", "description": "รายละเอียด", "website": ""}


@pytest.mark.django_db
def test_every_confidential_citizen_page_keeps_its_address_from_other_sites(strict, corruption_page, general_page):
    for url in (
        corruption_page.url,
        corruption_page.url + "follow/",
        general_page.url,
        general_page.url + "follow/",
    ):
        response = strict.get(url)
        assert response.status_code == 200, url
        assert_same_origin_policy(response)
    received = post_from(strict, corruption_page.url, corruption_page.url, CORRUPTION)
    assert_same_origin_policy(received)
    acknowledgement = post_from(
        strict, corruption_page.url, corruption_page.url + "acknowledgement/", {"code": receipt_of(received)}
    )
    assert acknowledgement["Referrer-Policy"] == "same-origin"
    assert_same_origin_policy(post_from(strict, general_page.url, general_page.url, GENERAL))


@pytest.mark.django_db
def test_citizens_file_and_follow_both_channels_with_the_sites_origin(strict, corruption_page, general_page):
    general = post_from(strict, general_page.url, general_page.url, GENERAL)
    assert general.status_code == 200
    general_code = receipt_of(general)
    followed = post_from(strict, general_page.url + "follow/", general_page.url + "follow/", {"code": general_code})
    assert 'data-testid="case-status"' in followed.content.decode() and "ไฟทางดับ" in followed.content.decode()

    filed = post_from(strict, corruption_page.url, corruption_page.url, CORRUPTION)
    code = receipt_of(filed)
    assert CorruptionCase.objects.count() == 1
    download = post_from(strict, corruption_page.url, corruption_page.url + "acknowledgement/", {"code": code})
    assert download.status_code == 200 and "attachment" in download["Content-Disposition"]
    assert code in download.content.decode("utf-8-sig")

    follow_url = corruption_page.url + "follow/"
    status = post_from(strict, follow_url, follow_url, {"code": code})
    assert 'data-testid="case-status"' in status.content.decode()
    sent = post_from(strict, follow_url, follow_url, {"code": code, "body": "ขอเพิ่มหลักฐาน"})
    assert sent.status_code == 200 and "ขอเพิ่มหลักฐาน" in sent.content.decode()
    assert CaseMessage.objects.filter(author=CaseMessage.Author.COMPLAINANT).count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize("origin", REFUSED_ORIGINS)
def test_forms_refuse_a_foreign_or_null_origin_with_the_thai_page(strict, corruption_page, general_page, origin):
    for page_url, action_url, data in (
        (general_page.url, general_page.url, GENERAL),
        (corruption_page.url, corruption_page.url, CORRUPTION),
        (corruption_page.url, corruption_page.url + "follow/", {"code": "AAAA-BBBB-CCCC-DDDD-EEEE"}),
        (corruption_page.url, corruption_page.url + "acknowledgement/", {"code": "AAAA-BBBB-CCCC-DDDD-EEEE"}),
        (general_page.url, general_page.url + "follow/", {"code": "AAAA-BBBB-CCCC-DDDD-EEEE"}),
    ):
        response = post_from(strict, page_url, action_url, data, origin=origin)
        assert response.status_code == 403, action_url
        assert "ส่งแบบฟอร์มไม่สำเร็จ" in response.content.decode()
    assert not CorruptionCase.objects.exists() and not GeneralComplaint.objects.exists()


@pytest.fixture
def officer_strict(strict, officer):
    sign_in(strict, officer)
    return strict


@pytest.mark.django_db
def test_officer_pages_keep_the_origin_for_their_own_forms(officer_strict, make_case):
    case, _code = make_case()
    for url in ("/admin/corruption-complaints/", f"/admin/corruption-complaints/{case.pk}/"):
        response = officer_strict.get(url)
        assert response.status_code == 200
        assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.django_db
def test_officer_replies_and_sets_the_status_with_the_sites_origin(officer_strict, make_case):
    case, _code = make_case()
    url = f"/admin/corruption-complaints/{case.pk}/"
    reply = post_from(officer_strict, url, url, {"body": "รับเรื่องแล้ว"})
    assert reply.status_code == 302
    assert case.messages.get().author == CaseMessage.Author.OFFICER
    update = post_from(officer_strict, url, url, {"status": CaseStatus.IN_PROGRESS, "outcome": "", "outcome_note": ""})
    assert update.status_code == 302
    case.refresh_from_db()
    assert case.status == CaseStatus.IN_PROGRESS
    actions = set(CaseAccessLog.objects.filter(case_number=case.pk).values_list("action", flat=True))
    assert {CaseAccessLog.Action.MESSAGE, CaseAccessLog.Action.UPDATE} <= actions


@pytest.mark.django_db
@pytest.mark.parametrize("origin", REFUSED_ORIGINS)
def test_officer_forms_refuse_a_foreign_or_null_origin(officer_strict, make_case, origin):
    case, _code = make_case()
    url = f"/admin/corruption-complaints/{case.pk}/"
    assert post_from(officer_strict, url, url, {"body": "ปลอม"}, origin=origin).status_code == 403
    refused = post_from(officer_strict, url, url, {"status": CaseStatus.COMPLETED}, origin=origin)
    assert refused.status_code == 403
    case.refresh_from_db()
    assert case.status == CaseStatus.RECEIVED and not case.messages.exists()
