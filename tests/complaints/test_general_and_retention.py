"""General complaints through the page, and retention of corruption cases."""

import datetime
import io
import re

import pytest
from django.core.management import call_command
from django.utils import timezone

from ita_pages.channels.complaints.models import (
    CaseAccessLog,
    CaseStatus,
    ComplaintSettings,
    CorruptionCase,
    GeneralComplaint,
)
from tests.accounts import sign_in


@pytest.mark.django_db
def test_general_complaint_flow(client, general_page, superuser):
    response = client.post(
        general_page.url, {"name": "สมศรี", "email": "s@example.org", "subject": "ถนนชำรุด", "body": "หน้าวัด"}
    )
    assert response.status_code == 200
    code = re.search(r'data-testid="receipt-code">([0-9A-Z-]+)<', response.content.decode()).group(1)
    complaint = GeneralComplaint.objects.get()
    assert complaint.subject == "ถนนชำรุด" and code not in complaint.receipt_hash

    sign_in(client, superuser)
    edit = client.post(
        f"/admin/general-complaints/edit/{complaint.pk}/", {"status": "completed", "response": "ซ่อมเรียบร้อย"}
    )
    assert edit.status_code == 302
    client.logout()
    follow = client.post(general_page.url + "follow/", {"code": code}).content.decode()
    assert "ดำเนินการแล้วเสร็จ" in follow and "ซ่อมเรียบร้อย" in follow
    wrong = client.post(general_page.url + "follow/", {"code": "AAAA-AAAA-AAAA-AAAA-AAAA"}).content.decode()
    assert "ไม่พบเรื่องที่ตรงกับรหัสนี้" in wrong


@pytest.mark.django_db
def test_retention_is_per_site_and_extended_by_activity(make_case, site_th):
    settings = ComplaintSettings.for_site(site_th)
    settings.retention_days = 30
    settings.save()
    case, _code = make_case()
    assert case.retain_until == timezone.localdate() + datetime.timedelta(days=30)
    case.retain_until = timezone.localdate() - datetime.timedelta(days=1)
    case.save()
    from ita_pages.channels.complaints import services

    services.add_complainant_message(case, "ยังรออยู่")
    case.refresh_from_db()
    assert case.retain_until == timezone.localdate() + datetime.timedelta(days=30)


@pytest.mark.django_db
def test_purge_deletes_only_expired_completed_cases(make_case):
    expired, _ = make_case(subject="หมดอายุ")
    expired.set_status(CaseStatus.COMPLETED)
    expired.outcome = "referred"
    expired.retain_until = timezone.localdate() - datetime.timedelta(days=1)
    expired.save()
    open_case, _ = make_case(subject="ยังเปิดอยู่")
    open_case.retain_until = timezone.localdate() - datetime.timedelta(days=1)
    open_case.save()
    fresh, _ = make_case(subject="ยังไม่หมดอายุ")
    fresh.set_status(CaseStatus.COMPLETED)
    fresh.save()

    out = io.StringIO()
    call_command("purge_expired_complaints", stdout=out)
    assert "Deleted 1" in out.getvalue()
    assert set(CorruptionCase.objects.values_list("pk", flat=True)) == {open_case.pk, fresh.pk}
    log = CaseAccessLog.objects.get(action="purge")
    assert log.case_number == expired.pk and log.case is None


def test_status_changes_record_dates():
    case = CorruptionCase(retain_until=datetime.date(2030, 1, 1))
    day = datetime.date(2023, 1, 5)
    case.set_status(CaseStatus.IN_PROGRESS, today=day)
    assert case.started_on == day and case.completed_on is None
    case.set_status(CaseStatus.COMPLETED, today=day + datetime.timedelta(days=3))
    assert case.completed_on == day + datetime.timedelta(days=3)
    case.outcome = "referred"
    case.set_status(CaseStatus.IN_PROGRESS, today=day + datetime.timedelta(days=4))
    assert case.completed_on is None and case.outcome == "" and case.started_on == day
