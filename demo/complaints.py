"""Demo content for O28/O29: complaint pages, the statistics page and sample cases.

Idempotent: pages are found by slug; sample cases are created only when the site has
none. An officer account shows the case views; demo-admin (a superuser outside
the officer group) sees counts only, as the ITA requires.
"""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from demo.factories import (
    ComplaintStatisticsPageFactory,
    CorruptionComplaintPageFactory,
    GeneralComplaintPageFactory,
)
from demo.translation import english_locale, translate
from demo.utils import child_by_slug
from ita_pages.channels.complaints import services
from ita_pages.channels.complaints.models import (
    OFFICER_GROUP_NAME,
    CaseOutcome,
    CaseStatus,
    CorruptionCase,
    GeneralComplaint,
)

DEMO_ORDER = 20
OFFICER_ACCOUNT = ("demo-officer", "demo-officer-2569")

SAMPLE_CASES = (
    # (days before the anchor date, status, outcome, subject)
    (50, CaseStatus.COMPLETED, CaseOutcome.UNSUBSTANTIATED, "เจ้าหน้าที่เรียกรับเงินค่าดำเนินการนอกระบบ"),
    (35, CaseStatus.COMPLETED, CaseOutcome.SUBSTANTIATED, "การตรวจรับงานก่อสร้างถนนไม่เป็นไปตามสัญญา"),
    (12, CaseStatus.IN_PROGRESS, CaseOutcome.NONE, "ใช้รถราชการไปธุระส่วนตัวในวันหยุด"),
    (3, CaseStatus.RECEIVED, CaseOutcome.NONE, "ลงเวลาปฏิบัติงานแทนกัน"),
)


ENGLISH = {
    "ร้องเรียนทั่วไป": "General complaints",
    "แจ้งปัญหาการให้บริการ ถนนชำรุด ไฟฟ้าสาธารณะดับ หรือเรื่องเดือดร้อนอื่น ๆ": (
        "Report a problem with a service, a damaged road, a street light that is out, or any other trouble."
    ),
    "เราเก็บชื่อและช่องทางติดต่อเพื่อแจ้งผลการดำเนินการเท่านั้น": (
        "We keep your name and contact details only to tell you what was done."
    ),
    "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ": "Report corruption or misconduct",
    "ช่องทางนี้แยกจากเรื่องร้องเรียนทั่วไป เพื่อคุ้มครองข้อมูลของผู้ร้องเรียน": (
        "This channel is separate from general complaints, to protect the complainant."
    ),
    "ไม่ต้องระบุชื่อ ระบบไม่บันทึกหมายเลข IP และข้อมูลเบราว์เซอร์ ข้อมูลที่แจ้งถูกเข้ารหัสและเปิดอ่านได้เฉพาะเจ้าหน้าที่ผู้รับผิดชอบ": (
        "You need not give your name. The system records no IP address and no browser details. "
        "What you report is encrypted and only the responsible officer can read it."
    ),
    "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบประจำปี": "Annual statistics of corruption and misconduct complaints",
    "นับจากเรื่องร้องเรียนที่ได้รับจริง แยกรายเดือนในปีงบประมาณ": (
        "Counted from the complaints actually received, month by month in the fiscal year."
    ),
}


def _pages(site):
    home = site.root_page.specific
    general = child_by_slug(home, "general-complaints") or GeneralComplaintPageFactory(
        parent=home,
        title="ร้องเรียนทั่วไป",
        slug="general-complaints",
        intro="<p>แจ้งปัญหาการให้บริการ ถนนชำรุด ไฟฟ้าสาธารณะดับ หรือเรื่องเดือดร้อนอื่น ๆ</p>",
        privacy_notice="<p>เราเก็บชื่อและช่องทางติดต่อเพื่อแจ้งผลการดำเนินการเท่านั้น</p>",
    )
    corruption = child_by_slug(home, "corruption-complaints") or CorruptionComplaintPageFactory(
        parent=home,
        title="แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
        slug="corruption-complaints",
        intro="<p>ช่องทางนี้แยกจากเรื่องร้องเรียนทั่วไป เพื่อคุ้มครองข้อมูลของผู้ร้องเรียน</p>",
        protection_notice=(
            "<p>ไม่ต้องระบุชื่อ ระบบไม่บันทึกหมายเลข IP และข้อมูลเบราว์เซอร์ ข้อมูลที่แจ้งถูกเข้ารหัสและเปิดอ่านได้เฉพาะเจ้าหน้าที่ผู้รับผิดชอบ</p>"
        ),
    )
    statistics = child_by_slug(home, "complaint-statistics") or ComplaintStatisticsPageFactory(
        parent=home,
        title="สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบประจำปี",
        slug="complaint-statistics",
        intro="<p>นับจากเรื่องร้องเรียนที่ได้รับจริง แยกรายเดือนในปีงบประมาณ</p>",
    )
    en = english_locale()
    for page in (general, corruption, statistics):
        translate(page, en, ENGLISH)
    return general, corruption, statistics


def _officer(site):
    group, _ = Group.objects.get_or_create(name=OFFICER_GROUP_NAME)
    access_admin = Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin").first()
    if access_admin:
        group.permissions.add(access_admin)
    User = get_user_model()
    username, password = OFFICER_ACCOUNT
    user, created = User.objects.get_or_create(username=username, defaults={"is_staff": True})
    if created:
        user.set_password(password)
        user.save()
    user.groups.add(group)
    return user, password


def _sample_cases(site, page, statistics_page, officer):
    if CorruptionCase.objects.filter(site=site).exists():
        return
    from ita_pages.core.fiscal import FiscalYear

    fiscal_year = FiscalYear(statistics_page.effective_fiscal_year(site))
    # Inside the year the O29 page shows, so the statistics are not empty.
    anchor = min(timezone.localdate(), fiscal_year.end)
    for days_before, status, outcome, subject in SAMPLE_CASES:
        received = max(anchor - datetime.timedelta(days=days_before), fiscal_year.start)
        case, _code = services.file_corruption_complaint(
            site=site,
            page=page,
            data={"subject": subject, "description": "ข้อมูลตัวอย่างสำหรับสาธิตระบบ (สมมติ)"},
        )
        case.received_on = received
        if status != CaseStatus.RECEIVED:
            case.set_status(CaseStatus.IN_PROGRESS, today=min(received + datetime.timedelta(days=2), anchor))
        if status == CaseStatus.COMPLETED:
            case.set_status(status, today=min(received + datetime.timedelta(days=20), anchor))
            case.outcome = outcome
            case.outcome_note = "ดำเนินการตรวจสอบข้อเท็จจริงแล้วเสร็จ"
        case.save()
        services.add_officer_message(case, officer, "ได้รับเรื่องแล้ว อยู่ระหว่างตรวจสอบข้อเท็จจริง")


def load(site, stdout) -> None:
    general, corruption, statistics_page = _pages(site)
    officer, password = _officer(site)
    _sample_cases(site, corruption, statistics_page, officer)
    if not GeneralComplaint.objects.filter(site=site).exists():
        services.file_general_complaint(
            site=site,
            page=general,
            data={"name": "ผู้ใช้ถนนสายหลัก", "subject": "ไฟทางดับหน้าโรงเรียน", "body": "ไฟทางดับ 3 ต้นติดกัน (ตัวอย่าง)"},
        )
    stdout.write(f"demo account: {officer.get_username()} / {password} (corruption complaint officer)")
    stdout.write(f"Complaints (O28/O29): {corruption.url} {statistics_page.url}")
