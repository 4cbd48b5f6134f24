"""One factory per item page type, its default stream a complete item for ITA 2566.

Why each stream is spelt out: what makes an item complete differs per item (O2
names a top executive and a deputy on both sides of a local administration, O21
has a row for each month of the first half-year); the defaults say it once, as
the block factories' index declarations (``body__0__person__role``), and a test
changes one of them to break exactly that part.
"""

from __future__ import annotations

import factory
import wagtail_factories

from ita_pages.items import models as m

from . import blocks as bf
from .pages import ItemPageFactory


def stream(**block_factories):
    """A StreamField factory that also offers the blocks every item has: evidence
    ``document`` and a ``nil`` statement (``body__0="nil"`` records one)."""
    children = {name: factory.SubFactory(f) for name, f in block_factories.items()}
    children.setdefault("document", factory.SubFactory(bf.EvidenceDocumentBlockFactory))
    children.setdefault("nil", factory.SubFactory(bf.NilStatementBlockFactory))
    return wagtail_factories.StreamFieldFactory(children)


class OrganisationStructurePageFactory(ItemPageFactory):
    class Meta:
        model = m.OrganisationStructurePage

    body = stream(chart=bf.StructureChartBlockFactory)
    body__0__chart__side = "political"
    body__0__chart__title = "โครงสร้างฝ่ายการเมือง"
    body__1__chart__side = "civil_service"


class ExecutivesPageFactory(ItemPageFactory):
    """O2: a top executive and a deputy on the political and the civil-service side."""

    class Meta:
        model = m.ExecutivesPage

    body = stream(person=bf.PersonBlockFactory)
    body__0__person__name = "นายสมชาย ใจดี"
    body__1__person__name = "นางสาวมาลี ศรีสุข"
    body__1__person__role = "deputy"
    body__1__person__position = "รองนายกองค์การบริหารส่วนตำบล"
    body__2__person__name = "นายประเสริฐ มั่นคง"
    body__2__person__side = "civil_service"
    body__2__person__position = "ปลัดองค์การบริหารส่วนตำบล"
    body__3__person__name = "นางวันดี ทองคำ"
    body__3__person__role = "deputy"
    body__3__person__side = "civil_service"
    body__3__person__position = "รองปลัดองค์การบริหารส่วนตำบล"


class DutiesPageFactory(ItemPageFactory):
    class Meta:
        model = m.DutiesPage

    body = stream(duty=bf.DutyBlockFactory)
    body__0 = "duty"


class StrategicPlanPageFactory(ItemPageFactory):
    class Meta:
        model = m.StrategicPlanPage

    body = stream(strategy=bf.StrategyBlockFactory)
    body__0 = "strategy"


class ContactPageFactory(ItemPageFactory):
    """O5: the facts come from the site's agency profile; built without a site, pass ``agency_facts``."""

    class Meta:
        model = m.ContactPage


class LawsPageFactory(ItemPageFactory):
    class Meta:
        model = m.LawsPage

    body = stream(law=bf.LawBlockFactory)
    body__0 = "law"


class SocialNetworkPageFactory(ItemPageFactory):
    class Meta:
        model = m.SocialNetworkPage

    body = stream(link=bf.SocialLinkBlockFactory)
    body__0 = "link"


class PrivacyPolicyPageFactory(ItemPageFactory):
    class Meta:
        model = m.PrivacyPolicyPage

    body = stream(policy=bf.PolicyBlockFactory)
    body__0__policy__title = "นโยบายคุ้มครองข้อมูลส่วนบุคคล"


class OperatingPlanPageFactory(ItemPageFactory):
    class Meta:
        model = m.OperatingPlanPage

    body = stream(plan_item=bf.PlanItemBlockFactory)
    body__0 = "plan_item"


class OperatingProgressPageFactory(ItemPageFactory):
    class Meta:
        model = m.OperatingProgressPage

    body = stream(progress=bf.ProgressRowBlockFactory)
    body__0 = "progress"


class AnnualPerformanceReportPageFactory(ItemPageFactory):
    class Meta:
        model = m.AnnualPerformanceReportPage

    body = stream(report=bf.AnnualReportBlockFactory)
    body__0 = "report"


class WorkManualPageFactory(ItemPageFactory):
    class Meta:
        model = m.WorkManualPage

    body = stream(manual=bf.WorkManualBlockFactory)
    body__0 = "manual"


class ServiceManualPageFactory(ItemPageFactory):
    class Meta:
        model = m.ServiceManualPage

    body = stream(manual=bf.ServiceManualBlockFactory)
    body__0 = "manual"


class ServiceStatisticsPageFactory(ItemPageFactory):
    class Meta:
        model = m.ServiceStatisticsPage

    body = stream(table=bf.StatisticsTableBlockFactory)
    body__0 = "table"


class SatisfactionSurveyPageFactory(ItemPageFactory):
    class Meta:
        model = m.SatisfactionSurveyPage

    body = stream(survey=bf.SurveyReportBlockFactory)
    body__0 = "survey"


class ProcurementPlanPageFactory(ItemPageFactory):
    class Meta:
        model = m.ProcurementPlanPage

    body = stream(plan=bf.ProcurementPlanBlockFactory)
    body__0 = "plan"


class MonthlyProcurementSummaryPageFactory(ItemPageFactory):
    """O21: a row for each month October to March, each with one procurement."""

    class Meta:
        model = m.MonthlyProcurementSummaryPage

    body = stream(month=bf.MonthlyProcurementBlockFactory)
    body__0__month__month = bf.FIRST_HALF[0]
    body__1__month__month = bf.FIRST_HALF[1]
    body__2__month__month = bf.FIRST_HALF[2]
    body__3__month__month = bf.FIRST_HALF[3]
    body__4__month__month = bf.FIRST_HALF[4]
    body__5__month__month = bf.FIRST_HALF[5]


class ProcurementAnnualReportPageFactory(ItemPageFactory):
    class Meta:
        model = m.ProcurementAnnualReportPage

    body = stream(report=bf.ProcurementReportBlockFactory)
    body__0 = "report"


class HRPolicyPageFactory(ItemPageFactory):
    class Meta:
        model = m.HRPolicyPage

    body = stream(policy=bf.PolicyBlockFactory)
    body__0__policy__title = "นโยบายการบริหารทรัพยากรบุคคล"


class HRProgressPageFactory(ItemPageFactory):
    class Meta:
        model = m.HRProgressPage

    body = stream(progress=bf.ProgressRowBlockFactory)
    body__0__progress__project = "โครงการพัฒนาศักยภาพบุคลากร"


class HRRulesPageFactory(ItemPageFactory):
    """O25: one rule for each of the five HR areas."""

    class Meta:
        model = m.HRRulesPage

    body = stream(rule=bf.HRRuleBlockFactory)
    body__0__rule__area = "recruitment"
    body__1__rule__area = "appointment"
    body__2__rule__area = "development"
    body__3__rule__area = "evaluation"
    body__4__rule__area = "rewards"


class HRAnnualReportPageFactory(ItemPageFactory):
    class Meta:
        model = m.HRAnnualReportPage

    body = stream(report=bf.HRReportBlockFactory)
    body__0 = "report"


class ComplaintGuidelinePageFactory(ItemPageFactory):
    class Meta:
        model = m.ComplaintGuidelinePage

    body = stream(guideline=bf.ComplaintGuidelineBlockFactory)
    body__0 = "guideline"


class ParticipationPageFactory(ItemPageFactory):
    class Meta:
        model = m.ParticipationPage

    body = stream(participation=bf.ParticipationBlockFactory)
    body__0 = "participation"


class NoGiftDeclarationPageFactory(ItemPageFactory):
    """O31: signed by the top executive the executives page (O2) names."""

    class Meta:
        model = m.NoGiftDeclarationPage

    body = stream(announcement=bf.SignedAnnouncementBlockFactory)
    body__0 = "announcement"


class NoGiftCulturePageFactory(ItemPageFactory):
    class Meta:
        model = m.NoGiftCulturePage

    body = stream(activity=bf.ActivityReportBlockFactory)
    body__0 = "activity"


class NoGiftReportPageFactory(ItemPageFactory):
    class Meta:
        model = m.NoGiftReportPage

    body = stream(report=bf.EvaluationReportBlockFactory)
    body__0 = "report"


class RiskAssessmentPageFactory(ItemPageFactory):
    class Meta:
        model = m.RiskAssessmentPage

    body = stream(risk=bf.RiskBlockFactory)
    body__0 = "risk"


class RiskActionsPageFactory(ItemPageFactory):
    class Meta:
        model = m.RiskActionsPage

    body = stream(activity=bf.ActivityReportBlockFactory)
    body__0__activity__topic = "เผยแพร่ขั้นตอนการออกใบอนุญาต"


class AntiCorruptionPlanPageFactory(ItemPageFactory):
    class Meta:
        model = m.AntiCorruptionPlanPage

    body = stream(plan_item=bf.PlanItemBlockFactory)
    body__0__plan_item__project = "โครงการอบรมคุณธรรมจริยธรรม"


class AntiCorruptionProgressPageFactory(ItemPageFactory):
    class Meta:
        model = m.AntiCorruptionProgressPage

    body = stream(progress=bf.ProgressRowBlockFactory)
    body__0__progress__project = "โครงการอบรมคุณธรรมจริยธรรม"


class AntiCorruptionAnnualReportPageFactory(ItemPageFactory):
    class Meta:
        model = m.AntiCorruptionAnnualReportPage

    body = stream(report=bf.AnnualReportBlockFactory)
    body__0 = "report"


class EthicsCodePageFactory(ItemPageFactory):
    class Meta:
        model = m.EthicsCodePage

    body = stream(code=bf.PolicyBlockFactory, agency_rules=bf.PolicyBlockFactory)
    body__0__code__title = "ประมวลจริยธรรมของพนักงานส่วนท้องถิ่น"


class EthicsPromotionPageFactory(ItemPageFactory):
    class Meta:
        model = m.EthicsPromotionPage

    body = stream(
        team_order=bf.SignedAnnouncementBlockFactory,
        guideline=bf.GuidelineBlockFactory,
        activity=bf.ActivityReportBlockFactory,
    )
    body__0__team_order__title = "คำสั่งแต่งตั้งคณะทำงานขับเคลื่อนจริยธรรม"
    body__1 = "guideline"
    body__2 = "activity"


class EthicsEvaluationPageFactory(ItemPageFactory):
    class Meta:
        model = m.EthicsEvaluationPage

    body = stream(evaluation=bf.EthicsEvaluationBlockFactory)
    body__0 = "evaluation"


class IntegrityMeasuresPageFactory(ItemPageFactory):
    class Meta:
        model = m.IntegrityMeasuresPage

    body = stream(analysis=bf.IntegrityAnalysisBlockFactory, measure=bf.IntegrityMeasureBlockFactory)
    body__0 = "analysis"
    body__1 = "measure"


class IntegrityActionsPageFactory(ItemPageFactory):
    class Meta:
        model = m.IntegrityActionsPage

    body = stream(activity=bf.ActivityReportBlockFactory, eit=bf.EITSurveyBlockFactory)
    body__0__activity__topic = "เผยแพร่ผลการจัดซื้อจัดจ้างตามมาตรการ"
    body__1 = "eit"


FACTORIES = {
    f._meta.model: f
    for f in list(globals().values())
    if isinstance(f, type) and issubclass(f, ItemPageFactory) and f is not ItemPageFactory
}
