"""O28 end to end through the real request path: file, follow, message, officer, O29.

Also inspects the whole database after a submission for the client's address, user
agent, referrer, the receipt code and the complaint text in clear.
"""

import logging
import re

import pytest
from complaint_samples import PDF_BYTES, png_bytes
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.utils import timezone

from ita_pages.channels import receipts
from ita_pages.channels.complaints.models import CaseAccessLog, CaseAttachment, CaseMessage, CaseStatus, CorruptionCase
from tests.accounts import sign_in

IP = "203.0.113.77"
UA = "Mozilla/5.0 UniqueAgentMarker/9.9"
REFERER = "https://referrer-marker.example/secret-page"
SUBJECT = "ปลัดเทศบาลเรียกรับสินบนXYZ"
DESCRIPTION = "รายละเอียดที่ระบุตัวผู้ร้องได้ABC"
NAME = "สมชาย ผู้แจ้งเบาะแส"

CLIENT_META = {"REMOTE_ADDR": IP, "HTTP_USER_AGENT": UA, "HTTP_REFERER": REFERER, "HTTP_X_FORWARDED_FOR": IP}


def receipt_from(response) -> str:
    match = re.search(r'data-testid="receipt-code">([0-9A-Z-]+)<', response.content.decode())
    assert match, "the receipt code is shown once on the response"
    return match.group(1)


def dump_database() -> str:
    """Every value of every table, as text (covers tables without a Django model)."""
    chunks = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            for row in cursor.fetchall():
                for value in row:
                    if isinstance(value, bytes | memoryview):
                        value = bytes(value).decode("latin-1")
                    chunks.append(str(value))
    return "\n".join(chunks)


def file_complaint(client, page, **extra):
    data = {"subject": SUBJECT, "description": DESCRIPTION, "complainant_name": NAME, "website": "", **extra}
    return client.post(page.url, data, **CLIENT_META)


@pytest.mark.django_db
def test_filing_stores_no_network_identifiers_no_clear_receipt_and_no_clear_text(client, corruption_page, caplog):
    caplog.set_level(logging.DEBUG)
    upload = SimpleUploadedFile("หลักฐาน.pdf", PDF_BYTES, content_type="application/pdf")
    response = file_complaint(client, corruption_page, attachments=[upload])
    assert response.status_code == 200
    code = receipt_from(response)
    assert "no-store" in response["Cache-Control"]
    assert CorruptionCase.objects.count() == 1
    assert CaseAttachment.objects.count() == 1

    dump = dump_database()
    for secret in (IP, UA, "UniqueAgentMarker", REFERER, "referrer-marker", SUBJECT, DESCRIPTION, NAME):
        assert secret not in dump, secret
    normalized = receipts.normalize(code)
    assert code not in dump and normalized not in dump
    assert PDF_BYTES.decode("latin-1") not in dump  # attachment encrypted too
    from django.contrib.sessions.models import Session

    assert Session.objects.count() == 0  # no session, so nothing ties the browser to the case
    for record in caplog.records:
        text = record.getMessage() + repr(getattr(record, "request", ""))
        assert IP not in text and "UniqueAgentMarker" not in text and SUBJECT not in text

    case = CorruptionCase.objects.get()
    assert case.subject == SUBJECT and case.complainant_name == NAME
    assert case.status == CaseStatus.RECEIVED


@pytest.mark.django_db
def test_anonymous_by_default(client, corruption_page):
    response = client.post(corruption_page.url, {"subject": "เรื่อง", "description": "รายละเอียด"})
    assert response.status_code == 200
    case = CorruptionCase.objects.get()
    assert case.complainant_name == "" and case.complainant_contact == ""


@pytest.mark.django_db
def test_full_flow_follow_message_officer_reply_and_close(client, officer, corruption_page, statistics_page):
    code = receipt_from(file_complaint(client, corruption_page))
    case = CorruptionCase.objects.get()

    # The complainant follows the case and writes to the officer, anonymously.
    follow = client.post(corruption_page.url + "follow/", {"code": code.lower().replace("-", " ")})
    assert follow.status_code == 200
    assert 'data-testid="case-status">ได้รับเรื่องแล้ว<' in follow.content.decode()
    sent = client.post(corruption_page.url + "follow/", {"code": code, "body": "มีหลักฐานเพิ่มเติม"})
    assert "มีหลักฐานเพิ่มเติม" in sent.content.decode()
    assert CaseMessage.objects.get().author == CaseMessage.Author.COMPLAINANT

    # The officer reads (audited), replies and closes the case with an outcome.
    sign_in(client, officer)
    detail = client.get(f"/admin/corruption-complaints/{case.pk}/")
    assert detail.status_code == 200 and SUBJECT in detail.content.decode()
    assert CaseAccessLog.objects.filter(case_number=case.pk, user=officer, action="view").count() == 1
    client.post(f"/admin/corruption-complaints/{case.pk}/", {"body": "รับทราบ กำลังตรวจสอบ"})
    incomplete = client.post(f"/admin/corruption-complaints/{case.pk}/", {"status": "completed", "outcome": ""})
    assert incomplete.status_code == 200
    case.refresh_from_db()
    assert case.status == CaseStatus.RECEIVED  # completing needs an outcome

    statistics_before = client.get(statistics_page.url)
    assert statistics_before.status_code == 200
    client.post(f"/admin/corruption-complaints/{case.pk}/", {"status": "in_progress"})
    case.refresh_from_db()
    assert case.status == CaseStatus.IN_PROGRESS and case.started_on is not None
    client.post(
        f"/admin/corruption-complaints/{case.pk}/",
        {"status": "completed", "outcome": "substantiated", "outcome_note": "ลงโทษทางวินัยแล้ว"},
    )
    case.refresh_from_db()
    assert case.status == CaseStatus.COMPLETED and case.completed_on is not None
    assert CaseAccessLog.objects.filter(case_number=case.pk, action="update").count() == 2
    assert CaseAccessLog.objects.filter(case_number=case.pk, action="message").count() == 1
    client.logout()

    # The complainant sees the outcome and the officer's message without the officer's name.
    follow = client.post(corruption_page.url + "follow/", {"code": code}).content.decode()
    assert "ลงโทษทางวินัยแล้ว" in follow and "รับทราบ กำลังตรวจสอบ" in follow
    assert officer.get_username() not in follow


@pytest.mark.django_db
def test_statistics_change_when_an_officer_closes_a_case(client, officer, corruption_page, site_th):
    from ita_pages.channels.complaints.models import ComplaintStatisticsPage
    from ita_pages.core.fiscal import FiscalYear

    this_year = FiscalYear.of(timezone.localdate()).be_year
    # Counting the year the case is filed in, not the assessment year: publishing would
    # refuse that period, so the page is added as code adds it, past the publish rules.
    stats = site_th.root_page.specific.add_child(
        instance=ComplaintStatisticsPage(title="สถิติ", slug="stats-now", fiscal_year=this_year)
    )
    file_complaint(client, corruption_page)
    case = CorruptionCase.objects.get()

    def counts():
        html = client.get(stats.url).content.decode()
        return [
            re.search(rf'data-testid="{name}">(\d+)<', html).group(1) for name in ("total", "completed", "in-progress")
        ]

    assert counts() == ["1", "0", "1"]
    sign_in(client, officer)
    client.post(f"/admin/corruption-complaints/{case.pk}/", {"status": "completed", "outcome": "referred"})
    client.logout()
    assert counts() == ["1", "1", "0"]


@pytest.mark.django_db
def test_acknowledgement_download(client, corruption_page):
    code = receipt_from(file_complaint(client, corruption_page))
    response = client.post(corruption_page.url + "acknowledgement/", {"code": code})
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    text = response.content.decode("utf-8-sig")
    assert code in text
    assert "no-store" in response["Cache-Control"]
    wrong = client.post(corruption_page.url + "acknowledgement/", {"code": receipts.display(receipts.new_code())})
    assert "Content-Disposition" not in wrong


@pytest.mark.django_db
def test_attachment_served_only_to_officers_with_safe_headers(client, officer, outsider_superuser, corruption_page):
    upload = SimpleUploadedFile("photo.png", png_bytes(), content_type="image/png")
    file_complaint(client, corruption_page, attachments=[upload])
    case = CorruptionCase.objects.get()
    attachment = case.attachments.get()
    url = f"/admin/corruption-complaints/{case.pk}/attachments/{attachment.pk}/"
    sign_in(client, outsider_superuser)
    refused = client.get(url, follow=True)
    assert refused.status_code == 404 and png_bytes() not in refused.content
    sign_in(client, officer)
    response = client.get(url)
    assert response.status_code == 200
    assert response.content == png_bytes()
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "attachment" in response["Content-Disposition"]
    assert CaseAccessLog.objects.filter(case_number=case.pk, action="download", user=officer).exists()


def test_confidential_requests_are_dropped_from_log_records(rf):
    from ita_pages.channels.confidential import DropConfidentialRequest, mark_confidential

    request = rf.post("/th/corruption-complaints/", {"subject": SUBJECT}, REMOTE_ADDR=IP)
    mark_confidential(request)
    record = logging.LogRecord("django.request", logging.ERROR, __file__, 1, "Internal Server Error", (), None)
    record.request = request
    assert DropConfidentialRequest().filter(record) is True
    assert record.request is None
    api_request = rf.post("/api/complaints/corruption", REMOTE_ADDR=IP)
    record.request = api_request
    DropConfidentialRequest().filter(record)
    assert record.request is None
    ordinary = rf.get("/th/news/")
    record.request = ordinary
    DropConfidentialRequest().filter(record)
    assert record.request is ordinary
    assert request.sensitive_post_parameters == "__ALL__"


@pytest.mark.django_db
def test_server_error_report_does_not_carry_the_complainant(client, corruption_page, monkeypatch, caplog):
    from ita_pages.channels.complaints import services

    def explode(**kwargs):
        raise RuntimeError("storage failed")

    monkeypatch.setattr(services, "file_corruption_complaint", explode)
    client.raise_request_exception = False
    caplog.set_level(logging.ERROR, logger="django.request")
    response = file_complaint(client, corruption_page)
    assert response.status_code == 500
    records = [record for record in caplog.records if record.name == "django.request"]
    assert records and all(getattr(record, "request", None) is None for record in records)
    assert CorruptionCase.objects.count() == 0
