"""Hostile input on the public forms: scripts, huge text, disguised files, bots, floods, CSRF."""

import pytest
from complaint_samples import PDF_BYTES, png_bytes
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from ita_pages.channels.complaints.models import CaseAttachment, CorruptionCase, GeneralComplaint
from tests.accounts import sign_in

SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.mark.django_db
def test_script_in_a_complaint_is_shown_escaped_to_the_officer(client, officer, corruption_page):
    client.post(corruption_page.url, {"subject": SCRIPT, "description": SCRIPT})
    case = CorruptionCase.objects.get()
    sign_in(client, officer)
    html = client.get(f"/admin/corruption-complaints/{case.pk}/").content.decode()
    assert SCRIPT not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


@pytest.mark.django_db
def test_huge_text_is_refused_with_a_thai_message_and_nothing_saved(client, corruption_page):
    response = client.post(corruption_page.url, {"subject": "ก" * 201, "description": "ข" * 10001})
    assert response.status_code == 400
    assert "ตรวจสอบให้แน่ใจว่าค่านี้มีความยาวไม่เกิน" in response.content.decode() or "ไม่เกิน" in (response.content.decode())
    assert CorruptionCase.objects.count() == 0


@pytest.mark.django_db
def test_required_fields_are_reported_in_thai(client, corruption_page):
    response = client.post(corruption_page.url, {"subject": "", "description": ""})
    assert response.status_code == 400
    assert "This field is required" not in response.content.decode()
    assert response.content.decode().count("กรุณากรอกข้อมูลในช่องนี้") == 2


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("evidence.pdf", b"<html><script>alert(1)</script></html>"),
        ("photo.jpg", b"MZ\x90\x00\x03 windows executable"),
        ("scan.png", PDF_BYTES),  # a real PDF named .png is accepted as a PDF, see below
    ],
)
def test_files_are_judged_by_content_not_name(client, corruption_page, name, data):
    upload = SimpleUploadedFile(name, data, content_type="application/pdf")
    response = client.post(corruption_page.url, {"subject": "ส", "description": "ร", "attachments": [upload]})
    if data == PDF_BYTES:
        assert response.status_code == 200
        attachment = CaseAttachment.objects.get()
        assert attachment.content_type == "application/pdf" and attachment.name == "scan.pdf"
    else:
        assert response.status_code == 400
        assert "รับเฉพาะไฟล์ PDF, JPEG หรือ PNG เท่านั้น" in response.content.decode()
        assert CorruptionCase.objects.count() == 0 and CaseAttachment.objects.count() == 0


@pytest.mark.django_db
def test_one_bad_file_among_good_ones_saves_nothing(client, corruption_page):
    good = SimpleUploadedFile("a.png", png_bytes())
    bad = SimpleUploadedFile("b.pdf", b"not a pdf at all")
    response = client.post(corruption_page.url, {"subject": "ส", "description": "ร", "attachments": [good, bad]})
    assert response.status_code == 400
    assert CorruptionCase.objects.count() == 0 and CaseAttachment.objects.count() == 0


@pytest.mark.django_db
def test_too_many_files(client, corruption_page):
    files = [SimpleUploadedFile(f"{n}.png", png_bytes()) for n in range(4)]
    response = client.post(corruption_page.url, {"subject": "ส", "description": "ร", "attachments": files})
    assert response.status_code == 400 and "แนบไฟล์ได้ไม่เกิน 3 ไฟล์" in response.content.decode()


@pytest.mark.django_db
def test_honeypot_looks_like_success_but_stores_nothing(client, corruption_page, general_page):
    response = client.post(corruption_page.url, {"subject": "ส", "description": "ร", "website": "http://spam"})
    assert response.status_code == 200 and 'data-testid="receipt-code"' in response.content.decode()
    client.post(general_page.url, {"name": "บอท", "subject": "ส", "body": "ร", "website": "x"})
    assert CorruptionCase.objects.count() == 0 and GeneralComplaint.objects.count() == 0


@pytest.mark.django_db
def test_rate_limit_per_client_in_the_cache_only(client, corruption_page, settings, private_rate_limit_cache):
    settings.CITIZEN_FORM_RATE_LIMIT = (2, 600)
    statuses = [
        client.post(corruption_page.url, {"subject": "ส", "description": "ร"}, REMOTE_ADDR="198.51.100.1").status_code
        for _ in range(3)
    ]
    assert statuses == [200, 200, 429]
    assert CorruptionCase.objects.count() == 2
    other = client.post(corruption_page.url, {"subject": "ส", "description": "ร"}, REMOTE_ADDR="198.51.100.2")
    assert other.status_code == 200
    keys = list(private_rate_limit_cache._cache.keys())
    assert keys and not any("198.51.100" in str(key) for key in keys)


@pytest.mark.django_db
def test_csrf_is_enforced(corruption_page, general_page):
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(corruption_page.url, {"subject": "ส", "description": "ร"}).status_code == 403
    assert strict.post(general_page.url, {"name": "ก", "subject": "ส", "body": "ร"}).status_code == 403
    page = strict.get(corruption_page.url)
    token = page.cookies["csrftoken"].value
    ok = strict.post(corruption_page.url, {"subject": "ส", "description": "ร", "csrfmiddlewaretoken": token})
    assert ok.status_code == 200
    assert CorruptionCase.objects.count() == 1
