"""Citizens use the channels of the demo agency in Chromium: Q&A, general and corruption complaints.

Each journey fills the forms as a person does and reads the answer pages; a form the
server refuses (a 403 from CSRF, as when the pages asked browsers for ``Origin: null``)
fails the journey at that step with its status. The last journey shows what a refused
form looks like: the site's own Thai page.
"""

import io

import pytest
from PIL import Image
from playwright.sync_api import expect

QA = "/th/qa/"
GENERAL = "/th/general-complaints/"
CORRUPTION = "/th/corruption-complaints/"


def submit(page, button: str):
    """Click a form's button and return the server's answer to that POST."""
    with page.expect_response(lambda r: r.request.method == "POST" and r.request.resource_type == "document") as sent:
        page.get_by_role("button", name=button, exact=True).click()
    response = sent.value
    assert response.status == 200, f"{response.url} answered {response.status}"
    page.wait_for_load_state()
    return response


def receipt_code(page) -> str:
    code = page.get_by_test_id("receipt-code").inner_text().strip()
    assert len(code) >= 20, code
    return code


def evidence_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "orange").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_ask_a_question_and_follow_it_with_its_code(stack, request, shot, device):
    page = request.getfixturevalue(device)
    page.goto(QA)
    question = f"รถเก็บขยะเข้าซอยวัดใหม่วันไหน ({device})"
    page.get_by_label("ชื่อที่ต้องการแสดง").fill("ชาวบ้านซอยวัด")
    page.get_by_label("คำถามของท่าน").fill(question)
    submit(page, "ส่งคำถาม")
    expect(page.get_by_role("heading", name="ได้รับคำถามของท่านแล้ว")).to_be_visible()
    code = receipt_code(page)

    page.get_by_role("link", name="กลับไปหน้าถาม-ตอบ").click()
    page.get_by_role("link", name="ติดตามคำถามด้วยรหัสติดตาม").click()
    page.get_by_label("รหัสรับเรื่อง").fill(code)
    submit(page, "ตรวจสอบ")
    expect(page.get_by_test_id("case-status")).to_have_text("รอคำตอบ")
    expect(page.get_by_text(question)).to_be_visible()
    assert page.errors == []
    shot(page, f"qa-followed-{device}")


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_file_a_general_complaint_and_follow_it(stack, request, shot, device):
    page = request.getfixturevalue(device)
    page.goto(GENERAL)
    subject = f"ไฟทางดับหน้าตลาดสด ({device})"
    page.get_by_label("ชื่อ-นามสกุล").fill("สมศรี ใจดี")
    page.locator("[name=subject]").fill(subject)
    page.get_by_label("รายละเอียด").fill("ไฟทางดับสามต้นติดกันตั้งแต่สัปดาห์ก่อน")
    submit(page, "ส่งเรื่องร้องเรียน")
    expect(page.get_by_role("heading", name="ได้รับเรื่องร้องเรียนของท่านแล้ว")).to_be_visible()
    code = receipt_code(page)
    shot(page, f"general-received-{device}")

    page.get_by_role("link", name="ติดตามเรื่องร้องเรียน").click()
    page.get_by_label("รหัสรับเรื่อง").fill(code)
    submit(page, "ตรวจสอบ")
    expect(page.get_by_test_id("case-status")).to_be_visible()
    expect(page.get_by_text(subject)).to_be_visible()
    assert page.errors == []
    shot(page, f"general-followed-{device}")


@pytest.fixture
def stack_keys(stack, monkeypatch):
    """The server's complaint keys in this process, so `orm` reads and writes what it does."""
    monkeypatch.setenv("COMPLAINT_ENCRYPTION_KEYS", stack.env["COMPLAINT_ENCRYPTION_KEYS"])


def officer_replies(code: str, body: str) -> None:
    """The officer's side, which tests/e2e/test_officer.py walks through in the admin."""
    from django.contrib.auth import get_user_model

    from ita_pages.channels.complaints import services
    from ita_pages.channels.complaints.models import CorruptionCase

    case = CorruptionCase.find_by_receipt(code)
    assert case is not None, "the receipt shown to the citizen finds the case"
    services.add_officer_message(case, get_user_model().objects.get(username="demo-officer"), body)


def test_anonymous_corruption_complaint_with_evidence_acknowledgement_and_messages(
    stack, phone, shot, orm, stack_keys, tmp_path
):
    phone.goto(CORRUPTION)
    phone.locator("[name=subject]").fill("เจ้าหน้าที่เรียกรับเงินค่าอนุญาตก่อสร้าง")
    phone.get_by_label("รายละเอียดเหตุการณ์").fill("เรียกรับเงินสองพันบาทเพื่อให้ได้ใบอนุญาตเร็วขึ้น")
    phone.locator("[name=attachments]").set_input_files(
        [{"name": "หลักฐาน.png", "mimeType": "image/png", "buffer": evidence_png()}]
    )
    shot(phone, "corruption-form-filled")
    submit(phone, "ส่งเรื่องร้องเรียน")
    expect(phone.get_by_role("heading", name="ได้รับเรื่องร้องเรียนของท่านแล้ว")).to_be_visible()
    code = receipt_code(phone)
    shot(phone, "corruption-received")

    with phone.expect_download() as downloading:
        phone.get_by_role("button", name="ดาวน์โหลดใบตอบรับ").click()
    download = downloading.value
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    acknowledgement = saved.read_text(encoding="utf-8-sig")
    assert code in acknowledgement and f"{stack.url}{CORRUPTION}follow/" in acknowledgement

    phone.get_by_role("link", name="ติดตามเรื่อง", exact=True).click()
    phone.get_by_label("รหัสรับเรื่อง").fill(code)
    submit(phone, "ตรวจสอบ")
    expect(phone.get_by_test_id("case-status")).to_have_text("ได้รับเรื่องแล้ว")
    expect(phone.get_by_text("ยังไม่มีข้อความ")).to_be_visible()

    reply = "ได้รับเรื่องแล้ว ขอทราบวันที่เกิดเหตุเพิ่มเติม"
    officer_replies(code, reply)

    phone.goto(CORRUPTION + "follow/")
    phone.get_by_label("รหัสรับเรื่อง").fill(code)
    submit(phone, "ตรวจสอบ")
    expect(phone.locator(".case-messages .from-officer")).to_contain_text(reply)
    answer = "เกิดเหตุวันที่ 3 พฤศจิกายน ช่วงบ่าย"
    phone.get_by_label("ข้อความถึงเจ้าหน้าที่").fill(answer)
    submit(phone, "ส่งข้อความ")
    expect(phone.get_by_role("status")).to_have_text("ส่งข้อความของท่านแล้ว")
    expect(phone.locator(".case-messages .from-complainant")).to_contain_text(answer)
    assert phone.errors == []
    shot(phone, "corruption-answered")


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_a_form_sent_without_the_sites_cookie_shows_the_thai_403_page(stack, request, shot, device):
    page = request.getfixturevalue(device)
    page.goto(GENERAL)
    page.get_by_label("ชื่อ-นามสกุล").fill("สมชาย")
    page.locator("[name=subject]").fill("ถนนชำรุด")
    page.get_by_label("รายละเอียด").fill("หลุมใหญ่กลางถนน")
    page.context.clear_cookies()
    with page.expect_response(lambda r: r.request.method == "POST") as sent:
        page.get_by_role("button", name="ส่งเรื่องร้องเรียน").click()
    assert sent.value.status == 403
    expect(page.get_by_role("heading", name="ส่งแบบฟอร์มไม่สำเร็จ")).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "th")
    expect(page.locator(".site-header")).to_be_visible()
    assert "CSRF" not in page.content()
    shot(page, f"csrf-refused-{device}")
    page.get_by_role("link", name="เปิดแบบฟอร์มอีกครั้ง").click()
    expect(page.get_by_label("ชื่อ-นามสกุล")).to_be_visible()
    shot(page, f"csrf-form-again-{device}")
