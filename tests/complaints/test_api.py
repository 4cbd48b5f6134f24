"""The JSON API: OpenAPI document, submissions with the same protections, checks by receipt."""

import base64

import pytest
from complaint_samples import PDF_BYTES

from ita_pages.channels.complaints.models import CaseMessage, CorruptionCase, GeneralComplaint

META = {"REMOTE_ADDR": "203.0.113.9", "HTTP_USER_AGENT": "ApiAgentMarker/1.0"}


def post(client, path, data, **extra):
    return client.post(path, data, content_type="application/json", **{**META, **extra})


@pytest.mark.django_db
def test_openapi_describes_the_endpoints(client):
    schema = client.get("/api/openapi.json").json()
    for path in (
        "/api/qa/questions",
        "/api/qa/questions/check",
        "/api/complaints/general",
        "/api/complaints/general/check",
        "/api/complaints/corruption",
        "/api/complaints/corruption/check",
        "/api/complaints/corruption/messages",
    ):
        assert path in schema["paths"], path


@pytest.mark.django_db
def test_corruption_complaint_through_the_api(client, corruption_page):
    attachment = {"filename": "หลักฐาน.pdf", "content_base64": base64.b64encode(PDF_BYTES).decode()}
    response = post(
        client,
        "/api/complaints/corruption",
        {"page_id": corruption_page.pk, "subject": "สินบน", "description": "รายละเอียด", "attachments": [attachment]},
    )
    assert response.status_code == 201
    assert "no-store" in response["Cache-Control"]
    code = response.json()["receipt_code"]
    case = CorruptionCase.objects.get()
    assert case.attachments.count() == 1 and case.subject == "สินบน"
    dump = " ".join(str(v) for v in CorruptionCase.objects.values_list().get())
    assert "203.0.113.9" not in dump and "ApiAgentMarker" not in dump and code not in dump

    message = post(client, "/api/complaints/corruption/messages", {"receipt_code": code, "body": "ข้อมูลเพิ่ม"})
    assert message.status_code == 201
    assert message.json()["messages"] == [
        {"from_officer": False, "body": "ข้อมูลเพิ่ม", "sent_on": case.received_on.isoformat()}
    ]
    assert CaseMessage.objects.get().author == "complainant"
    check = post(client, "/api/complaints/corruption/check", {"receipt_code": code})
    assert check.json()["found"] is True and check.json()["status"] == "received"


@pytest.mark.django_db
def test_api_applies_the_form_rules_in_thai(client, corruption_page):
    response = post(
        client,
        "/api/complaints/corruption",
        {"page_id": corruption_page.pk, "subject": "ก" * 201, "description": ""},
    )
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert "ไม่เกิน 200 ตัวอักษร" in errors["subject"][0]
    assert errors["description"] == ["กรุณากรอกข้อมูลในช่องนี้"]
    assert CorruptionCase.objects.count() == 0


@pytest.mark.django_db
def test_api_refuses_disguised_attachments_and_saves_nothing(client, corruption_page):
    fake = {"filename": "x.pdf", "content_base64": base64.b64encode(b"<script>alert(1)</script>").decode()}
    response = post(
        client,
        "/api/complaints/corruption",
        {"page_id": corruption_page.pk, "subject": "ส", "description": "ร", "attachments": [fake]},
    )
    assert response.status_code == 400
    assert response.json()["errors"]["attachments"] == ["รับเฉพาะไฟล์ PDF, JPEG หรือ PNG เท่านั้น"]
    assert CorruptionCase.objects.count() == 0


@pytest.mark.django_db
def test_api_honeypot_rate_limit_and_unknown_page(client, corruption_page, general_page, settings):
    bot = post(
        client,
        "/api/complaints/corruption",
        {"page_id": corruption_page.pk, "subject": "ส", "description": "ร", "website": "x"},
    )
    assert bot.status_code == 201 and CorruptionCase.objects.count() == 0
    wrong_page = post(
        client, "/api/complaints/corruption", {"page_id": general_page.pk, "subject": "ส", "description": "ร"}
    )
    assert wrong_page.status_code == 400 and "page_id" in wrong_page.json()["errors"]
    settings.CITIZEN_FORM_RATE_LIMIT = (1, 600)
    data = {"page_id": general_page.pk, "name": "ก", "subject": "ส", "body": "ร"}
    assert post(client, "/api/complaints/general", data, REMOTE_ADDR="192.0.2.50").status_code == 201
    limited = post(client, "/api/complaints/general", data, REMOTE_ADDR="192.0.2.50")
    assert limited.status_code == 429 and "กรุณารอสักครู่" in limited.json()["detail"]
    assert GeneralComplaint.objects.count() == 1


@pytest.mark.django_db
def test_general_complaint_through_the_api(client, general_page):
    response = post(
        client,
        "/api/complaints/general",
        {"page_id": general_page.pk, "name": "สมศรี", "subject": "ไฟดับ", "body": "ซอย 5"},
    )
    assert response.status_code == 201
    code = response.json()["receipt_code"]
    complaint = GeneralComplaint.objects.get()
    complaint.status = "completed"
    complaint.response = "ซ่อมแล้ว"
    complaint.save()
    check = post(client, "/api/complaints/general/check", {"receipt_code": code}).json()
    assert check["found"] is True and check["status"] == "completed" and check["response"] == "ซ่อมแล้ว"
    assert check["completed_on"]
    wrong = ("1" if code[0] != "1" else "2") + code[1:]
    assert post(client, "/api/complaints/general/check", {"receipt_code": wrong}).json() == {
        "found": False,
        "detail": "ไม่พบเรื่องที่ตรงกับรหัสนี้ กรุณาตรวจสอบรหัสแล้วลองใหม่อีกครั้ง",
        "status": "",
        "status_label": "",
        "received_on": None,
        "completed_on": None,
        "response": "",
    }
