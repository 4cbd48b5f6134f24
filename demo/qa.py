"""Demo content for O8: a Thai Q&A page with answered, published questions.

Idempotent: the page is found by slug and questions by their text.
"""

import datetime

from django.utils import timezone

from demo.factories import QAPageFactory, QuestionFactory
from demo.translation import english_locale, translate
from demo.utils import child_by_slug
from ita_pages.channels.qa.models import QAPage, QuestionStatus

DEMO_ORDER = 20

SAMPLE_QUESTIONS = (
    # (display name, question, answer, days ago asked, hours to answer)
    (
        "ชาวบ้านหมู่ 3",
        "ขอทราบกำหนดการจัดเก็บขยะในหมู่ที่ 3 ช่วงเดือนนี้ครับ",
        "รถจัดเก็บขยะเข้าหมู่ที่ 3 ทุกวันอังคารและวันศุกร์ เวลา 06.00–09.00 น. "
        "หากพลาดรอบสามารถแจ้งกองสาธารณสุขฯ ได้ที่โทร 0 5391 0000 ต่อ 12",
        20,
        26,
    ),
    (
        "ผู้ประกอบการร้านค้า",
        "การขอใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพต้องใช้เอกสารอะไรบ้าง",
        "ใช้สำเนาบัตรประชาชน สำเนาทะเบียนบ้าน แผนที่ตั้งสถานประกอบการ และคำขอตามแบบ อภ.1 "
        "ยื่นได้ที่กองสาธารณสุขฯ หรือผ่านระบบ E-Service",
        12,
        50,
    ),
    (
        "ผู้สูงอายุ",
        "เบี้ยยังชีพผู้สูงอายุเดือนนี้จะโอนเข้าบัญชีวันที่เท่าไร",
        "โอนเข้าบัญชีภายในวันที่ 10 ของทุกเดือน หากตรงกับวันหยุดจะโอนในวันทำการก่อนหน้า",
        5,
        8,
    ),
)


ENGLISH = {
    "ถาม-ตอบ (Q&A)": "Questions and answers (Q&A)",
    "ถามเรื่องที่สงสัยเกี่ยวกับงานของหน่วยงาน เจ้าหน้าที่จะตอบและเผยแพร่คำตอบบนหน้านี้": (
        "Ask about the agency's work: an officer answers and publishes the answer on this page."
    ),
    "เราเก็บชื่อที่ท่านเลือกแสดงและคำถามเพื่อเผยแพร่พร้อมคำตอบ อีเมล (ถ้ามี) ใช้แจ้งเมื่อตอบแล้วเพียงครั้งเดียวแล้วลบทิ้ง": (
        "We keep the name you choose to show and your question, to publish them with the answer. "
        "Your e-mail (if given) is used once to tell you the answer is out, then deleted."
    ),
}


def ensure_qa_page(site) -> QAPage:
    home = site.root_page.specific
    page = child_by_slug(home, "qa")
    if page is None:
        page = QAPageFactory(
            parent=home,
            title="ถาม-ตอบ (Q&A)",
            slug="qa",
            intro="<p>ถามเรื่องที่สงสัยเกี่ยวกับงานของหน่วยงาน เจ้าหน้าที่จะตอบและเผยแพร่คำตอบบนหน้านี้</p>",
            privacy_notice=(
                "<p>เราเก็บชื่อที่ท่านเลือกแสดงและคำถามเพื่อเผยแพร่พร้อมคำตอบ อีเมล (ถ้ามี) ใช้แจ้งเมื่อตอบแล้วเพียงครั้งเดียวแล้วลบทิ้ง</p>"
            ),
        )
    translate(page, english_locale(), ENGLISH)
    return page


def load(site, stdout) -> None:
    page = ensure_qa_page(site)
    now = timezone.now()
    for name, text, answer, days_ago, hours in SAMPLE_QUESTIONS:
        if page.questions.filter(question=text).exists():
            continue
        asked_at = now - datetime.timedelta(days=days_ago)
        QuestionFactory(
            page=page,
            display_name=name,
            question=text,
            answer=answer,
            asked_at=asked_at,
            answered_at=asked_at + datetime.timedelta(hours=hours),
        )
    waiting = "ศูนย์พัฒนาเด็กเล็กเปิดรับสมัครนักเรียนใหม่เมื่อไหร่คะ"
    if not page.questions.filter(question=waiting).exists():
        QuestionFactory(page=page, display_name="ผู้ปกครอง", question=waiting, answer="", status=QuestionStatus.NEW)
    stdout.write(f"Q&A (O8): {page.url}")
