"""The corruption complaint officer works a case in the Wagtail admin, and the complainant sees it.

demo-officer lists the cases, opens one (the opening is written to the audit log),
replies and moves the case on; the complainant, with nothing but the receipt code,
then reads the reply and the new status on the public follow-up page. Both of the
officer's forms failed with a 403 while the case pages asked browsers for
``Origin: null``.
"""

import pytest
from playwright.sync_api import expect

OFFICER = ("demo-officer", "demo-officer-2569")
SUBJECT = "ผู้รับเหมาจ่ายเงินให้กรรมการตรวจรับงาน"


@pytest.fixture
def filed_case(stack, orm, monkeypatch):
    """A case and its receipt code, filed as the corruption form files it (the citizen
    journey files one through the browser); the server's keys, so the server reads it."""
    monkeypatch.setenv("COMPLAINT_ENCRYPTION_KEYS", stack.env["COMPLAINT_ENCRYPTION_KEYS"])
    from wagtail.models import Site

    from ita_pages.channels.complaints import services
    from ita_pages.channels.complaints.models import CorruptionComplaintPage

    site = Site.objects.get(is_default_site=True)
    page = CorruptionComplaintPage.objects.live().descendant_of(site.root_page).get()
    data = {"subject": SUBJECT, "description": "จ่ายเงินสดหลังตรวจรับงานถนน ม.4"}
    return services.file_corruption_complaint(site=site, page=page, data=data)


def submit(page, button: str, expected: int):
    with page.expect_response(lambda r: r.request.method == "POST" and r.request.resource_type == "document") as sent:
        page.get_by_role("button", name=button, exact=True).click()
    assert sent.value.status == expected, f"{sent.value.url} answered {sent.value.status}"
    page.wait_for_load_state()


def test_officer_replies_and_moves_the_case_on_and_the_complainant_sees_it(
    stack, desktop, phone, login, shot, orm, filed_case
):
    from ita_pages.channels.complaints.models import CaseAccessLog, CaseStatus, CorruptionCase

    case, code = filed_case
    login(desktop, *OFFICER)
    desktop.get_by_role("link", name="เรื่องร้องเรียนการทุจริต").first.click()
    expect(desktop.get_by_role("heading", name="เรื่องร้องเรียนการทุจริต")).to_be_visible()
    shot(desktop, "officer-case-list")

    desktop.get_by_role("link", name=f"#{case.pk}", exact=True).click()
    expect(desktop.get_by_text(SUBJECT)).to_be_visible()
    assert CaseAccessLog.objects.filter(
        case_number=case.pk, username="demo-officer", action=CaseAccessLog.Action.VIEW
    ).exists(), "opening a case is audited"

    reply = "ได้รับเรื่องแล้ว กำลังตรวจสอบเอกสารการตรวจรับงาน"
    desktop.get_by_label("ข้อความถึงผู้ร้องเรียน").fill(reply)
    submit(desktop, "ส่งถึงผู้ร้องเรียน", expected=302)
    expect(desktop.get_by_text("ส่งข้อความแล้ว")).to_be_visible()

    desktop.locator("select[name=status]").select_option(CaseStatus.IN_PROGRESS)
    submit(desktop, "บันทึก", expected=302)
    expect(desktop.get_by_text("บันทึกการเปลี่ยนแปลงเรื่องแล้ว")).to_be_visible()
    case = CorruptionCase.objects.get(pk=case.pk)
    assert case.status == CaseStatus.IN_PROGRESS
    actions = set(CaseAccessLog.objects.filter(case_number=case.pk).values_list("action", flat=True))
    assert {CaseAccessLog.Action.MESSAGE, CaseAccessLog.Action.UPDATE} <= actions
    audit = desktop.locator("table.listing")
    expect(audit).to_contain_text("เปลี่ยนสถานะ")
    expect(audit).to_contain_text("ส่งข้อความ")
    # The admin scrolls inside its own pane, so the screenshot shows what is scrolled to.
    shot(desktop, "officer-case-updated")
    desktop.get_by_text(reply).scroll_into_view_if_needed()
    shot(desktop, "officer-case-messages-and-audit")

    phone.goto("/th/corruption-complaints/follow/")
    phone.get_by_label("รหัสรับเรื่อง").fill(code)
    submit(phone, "ตรวจสอบ", expected=200)
    expect(phone.get_by_test_id("case-status")).to_have_text("อยู่ระหว่างดำเนินการ")
    expect(phone.locator(".case-messages .from-officer")).to_contain_text(reply)
    assert phone.errors == []
    shot(phone, "complainant-reads-the-reply")
