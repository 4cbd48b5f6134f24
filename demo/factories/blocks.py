"""Block factories: one per ITA block, each a complete value an assessor would accept.

Why complete defaults: a page factory lists only which blocks its stream holds, and
a test overrides the one child it breaks (``body__0__person__photo=None``). Dates
fall in fiscal year 2566 (October 2022 to September 2023), the year the defaults
are built for; other years pass their own dates.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import factory
import wagtail_factories
from wagtail import blocks as wagtail_blocks

from ita_pages.items import blocks as b

from .media import DocumentFactory, ImageFactory

IN_YEAR = dt.date(2023, 1, 16)
YEAR_START = dt.date(2022, 10, 1)
FIRST_HALF = [dt.date(2022, 10, 1), dt.date(2022, 11, 1), dt.date(2022, 12, 1)] + [
    dt.date(2023, month, 1) for month in (1, 2, 3)
]


def month_end(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


class StructFactory(wagtail_factories.StructBlockFactory):
    """Base of the ITA block factories (abstract: each names its block in Meta)."""

    class Meta:
        abstract = True


class ImageChooserFactory(wagtail_factories.ImageChooserBlockFactory):
    image = factory.SubFactory(ImageFactory)


class DocumentChooserFactory(wagtail_factories.DocumentChooserBlockFactory):
    document = factory.SubFactory(DocumentFactory)


def image():
    return factory.SubFactory(ImageChooserFactory)


def document():
    return factory.SubFactory(DocumentChooserFactory)


class EvidenceDocumentBlockFactory(StructFactory):
    class Meta:
        model = b.EvidenceDocumentBlock

    title = "เอกสารประกอบ"
    date = IN_YEAR
    document = document()


class NilStatementBlockFactory(StructFactory):
    class Meta:
        model = b.NilStatementBlock

    statement = "ไม่มีข้อมูลที่ต้องเผยแพร่"
    explanation = "ในรอบปีงบประมาณนี้ไม่มีรายการที่ต้องเผยแพร่ตามหลักเกณฑ์"
    date = IN_YEAR


class StructureChartBlockFactory(StructFactory):
    class Meta:
        model = b.StructureChartBlock

    title = "โครงสร้างส่วนราชการ"
    side = "civil_service"
    image = image()
    units = "ปลัด สำนักปลัด กองคลัง กองช่าง"


class PersonBlockFactory(StructFactory):
    class Meta:
        model = b.PersonBlock

    name = factory.Sequence(lambda n: f"นายผู้บริหาร ลำดับ{n}")
    position = "นายกองค์การบริหารส่วนตำบล"
    role = "top"
    side = "political"
    photo = image()
    contact = "0-4321-0001"


class DutyBlockFactory(StructFactory):
    class Meta:
        model = b.DutyBlock

    law = "พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537"
    duties = factory.LazyFunction(
        lambda: wagtail_blocks.RichTextBlock().to_python("<p>จัดให้มีและบำรุงรักษาทางน้ำและทางบก</p>")
    )


class StrategyBlockFactory(StructFactory):
    class Meta:
        model = b.StrategyBlock

    strategy = "ยุทธศาสตร์การพัฒนาโครงสร้างพื้นฐาน"
    goals = "ถนนทุกสายได้มาตรฐาน"
    indicators = "ร้อยละ 90 ของถนนเป็นถนนลาดยาง"


class LawBlockFactory(StructFactory):
    class Meta:
        model = b.LawBlock

    title = "พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540"
    summary = ""
    url = ""
    document = None


class SocialLinkBlockFactory(StructFactory):
    class Meta:
        model = b.SocialLinkBlock

    network = "facebook"
    url = "https://www.facebook.com/agency.example"
    name = "หน่วยงานสาธิต"


class PolicyBlockFactory(StructFactory):
    class Meta:
        model = b.PolicyBlock

    title = "นโยบาย"
    text = factory.LazyFunction(lambda: wagtail_blocks.RichTextBlock().to_python("<p>ข้อความนโยบาย</p>"))
    issued_by = "นายก"
    issued_on = YEAR_START
    document = None


class GuidelineBlockFactory(StructFactory):
    class Meta:
        model = b.GuidelineBlock

    title = "แนวทางปฏิบัติ"
    text = "ควรปฏิเสธของขวัญทุกชนิด"
    document = None


class SignedAnnouncementBlockFactory(StructFactory):
    class Meta:
        model = b.SignedAnnouncementBlock

    title = "ประกาศเจตนารมณ์"
    text = "ข้าพเจ้าจะไม่รับของขวัญจากการปฏิบัติหน้าที่"
    signer = "นายสมชาย ใจดี"
    signer_position = "นายกองค์การบริหารส่วนตำบล"
    signer_role = "top"
    signed_on = dt.date(2022, 10, 3)
    document = document()


class PlanItemBlockFactory(StructFactory):
    class Meta:
        model = b.PlanItemBlock

    project = "โครงการพัฒนาถนน"
    budget = Decimal("100000")
    start = dt.date(2022, 11, 1)
    end = dt.date(2023, 3, 31)
    responsible = "กองช่าง"


class ProgressRowBlockFactory(StructFactory):
    class Meta:
        model = b.ProgressRowBlock

    project = "โครงการพัฒนาถนน"
    progress = "ดำเนินการแล้วครึ่งหนึ่ง"
    percent = 50
    budget_spent = Decimal("50000")


class AnnualReportBlockFactory(StructFactory):
    class Meta:
        model = b.AnnualReportBlock

    results = "ดำเนินการตามแผนครบทุกโครงการ"
    budget = "เบิกจ่ายร้อยละ 95 ของงบประมาณ"
    problems = "งบประมาณล่าช้า"
    recommendations = "วางแผนเบิกจ่ายล่วงหน้า"
    document = None


class ProcurementReportBlockFactory(StructFactory):
    class Meta:
        model = b.ProcurementReportBlock

    budget = "ใช้งบประมาณจัดซื้อจัดจ้าง 1,000,000 บาท"
    summary = "จัดซื้อจัดจ้าง 20 รายการ"
    problems = "ผู้เสนอราคาน้อยราย"
    recommendations = "ประชาสัมพันธ์ให้กว้างขวางขึ้น"
    document = None


class HRReportBlockFactory(StructFactory):
    class Meta:
        model = b.HRReportBlock

    results = "ดำเนินการตามแผนครบ"
    statistics = "อัตรากำลัง 40 อัตรา"
    problems = "สรรหายาก"
    recommendations = "ใช้บัญชีผู้สอบได้ของหน่วยงานอื่น"
    document = None


class SurveyReportBlockFactory(StructFactory):
    class Meta:
        model = b.SurveyReportBlock

    summary = "ผู้รับบริการพึงพอใจระดับมาก"
    respondents = 200
    satisfaction = Decimal("90.00")
    document = None


class EvaluationReportBlockFactory(StructFactory):
    class Meta:
        model = b.EvaluationReportBlock

    results = "ไม่พบการรับของขวัญ"
    gifts_reported = 0
    recommendations = ""
    document = None


class HRRuleBlockFactory(StructFactory):
    class Meta:
        model = b.HRRuleBlock

    area = "recruitment"
    summary = "ตามประกาศคณะกรรมการพนักงานส่วนตำบล"
    document = None


class WorkManualBlockFactory(StructFactory):
    class Meta:
        model = b.WorkManualBlock

    title = "คู่มือการปฏิบัติงาน"
    mission = "การจัดเก็บรายได้"
    positions = "นักวิชาการจัดเก็บรายได้"
    steps = factory.LazyFunction(lambda: ["รับเรื่อง", "ตรวจสอบ", "แจ้งผล"])
    document = None


class ServiceManualBlockFactory(StructFactory):
    class Meta:
        model = b.ServiceManualBlock

    title = "คู่มือสำหรับประชาชน"
    service = "การขออนุญาตก่อสร้างอาคาร"
    steps = factory.LazyFunction(lambda: ["ยื่นคำขอ", "ตรวจสอบ", "รับใบอนุญาต"])
    duration = "45 วัน"
    fees = ""
    document = None


class ComplaintGuidelineBlockFactory(StructFactory):
    class Meta:
        model = b.ComplaintGuidelineBlock

    how_to_complain = "ร้องเรียนทางเว็บไซต์หรือด้วยตนเอง"
    steps = factory.LazyFunction(lambda: ["รับเรื่อง", "ตรวจสอบข้อเท็จจริง", "แจ้งผล"])
    responsible_unit = "สำนักปลัด"
    time_frame = "ภายใน 30 วัน"
    document = None


class StatisticsTableBlockFactory(StructFactory):
    """One row per month of the first half-year (October to March)."""

    class Meta:
        model = b.StatisticsTableBlock

    title = "สถิติการให้บริการ"
    unit = "ราย"
    rows = factory.LazyFunction(
        lambda: [{"start": d, "end": month_end(d), "label": "ชำระภาษี", "count": 30} for d in FIRST_HALF]
    )


class ProcurementPlanBlockFactory(StructFactory):
    class Meta:
        model = b.ProcurementPlanBlock

    title = "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2566"
    published_on = dt.date(2022, 10, 20)
    summary = ""
    document = document()


def procurement_row(day: dt.date) -> dict:
    return {
        "item": "จัดซื้อวัสดุสำนักงาน",
        "budget": Decimal("25000"),
        "median_price": Decimal("25000"),
        "method": "specific",
        "bidders": "ร้านสาธิตพาณิชย์ 24,500 บาท",
        "winner": "ร้านสาธิตพาณิชย์ 24,500 บาท",
        "reason": "ราคาต่ำสุด",
        "contract_number": f"{day.month}/2566",
        "contract_date": day + dt.timedelta(days=14),
    }


class MonthlyProcurementBlockFactory(StructFactory):
    """One month with one procurement (pass ``nil_statement`` and ``procurements=[]`` for a nil month)."""

    class Meta:
        model = b.MonthlyProcurementBlock

    month = FIRST_HALF[0]
    nil_statement = ""
    procurements = factory.LazyAttribute(lambda o: [procurement_row(o.month)])


class ActivityReportBlockFactory(StructFactory):
    class Meta:
        model = b.ActivityReportBlock

    topic = "อบรมคุณธรรมจริยธรรม"
    date = IN_YEAR
    participants = "เจ้าหน้าที่ 40 คน"
    results = "ผู้เข้าอบรมผ่านแบบทดสอบ"
    photos = factory.LazyFunction(list)
    document = None


class ParticipationBlockFactory(StructFactory):
    class Meta:
        model = b.ParticipationBlock

    topic = "ประชาคมตำบล"
    date = dt.date(2023, 2, 15)
    participants = "ผู้แทนหมู่บ้าน 150 คน"
    results = "ได้โครงการ 25 โครงการ"
    improvements = "บรรจุโครงการลงในแผนพัฒนา"
    photos = factory.LazyFunction(list)


class RiskBlockFactory(StructFactory):
    class Meta:
        model = b.RiskBlock

    event = "การเรียกรับผลประโยชน์ในการออกใบอนุญาต"
    level = "high"
    measures = "เผยแพร่ขั้นตอนและผลการอนุญาต"


class EthicsEvaluationBlockFactory(StructFactory):
    class Meta:
        model = b.EthicsEvaluationBlock

    hr_process = "การเลื่อนขั้นเงินเดือน"
    report = "นำผลการประเมินจริยธรรมประกอบการเลื่อนขั้น"
    rule = "ผลการประเมินจริยธรรมมีน้ำหนักร้อยละ 10"
    document = None


class IntegrityAnalysisBlockFactory(StructFactory):
    class Meta:
        model = b.IntegrityAnalysisBlock

    weaknesses = "การเปิดเผยข้อมูลไม่ครบ"
    improvements = "การสื่อสารช่องทางร้องเรียน"


class IntegrityMeasureBlockFactory(StructFactory):
    class Meta:
        model = b.IntegrityMeasureBlock

    measure = "เผยแพร่ข้อมูลทุกเดือน"
    responsible = "กองคลัง"
    steps = "รวบรวมและเผยแพร่ภายในวันที่ 5"
    monitoring = "ปลัดตรวจสอบทุกเดือน"


class EITSurveyBlockFactory(StructFactory):
    class Meta:
        model = b.EITSurveyBlock

    url = "https://itas.nacc.go.th/go/eit/"
    caption = "สแกนเพื่อร่วมประเมิน EIT"
