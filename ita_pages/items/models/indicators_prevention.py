"""Indicator pages of 10.1 prevention actions and 10.2 internal measures (O31–O43)."""

from django.utils.translation import gettext_lazy as _

from ita_pages.core.parts import all_of
from ita_pages.items import blocks as b

from .base import BodyIndicatorPage, body_field
from .indicators_operations import ANNUAL_REPORT_SPECS, PLAN_SPECS, PROGRESS_SPECS


class NoGiftDeclarationPage(BodyIndicatorPage):
    """O31: the No Gift declaration signed by the top executive in office."""

    body = body_field(("announcement", b.SignedAnnouncementBlock()))
    part_specs = {
        "declaration": "body.announcement.text",
        "signed_by_top_executive": "body.announcement",
        "signed_document": "body.announcement.document",
    }
    icon = "doc-full"

    class Meta:
        verbose_name = _("No Gift Policy declaration")


class NoGiftCulturePage(BodyIndicatorPage):
    """O32: an activity building the No Gift culture."""

    body = body_field(("activity", b.ActivityReportBlock()))
    part_specs = {"activity": all_of("body.activity.topic", "body.activity.date")}
    icon = "group"

    class Meta:
        verbose_name = _("No Gift Policy culture activity")


class NoGiftReportPage(BodyIndicatorPage):
    """O33: the six-month No Gift evaluation."""

    body = body_field(("report", b.EvaluationReportBlock()))
    part_specs = {"evaluation": "body.report.results"}
    icon = "pick"

    class Meta:
        verbose_name = _("No Gift Policy report")


class RiskAssessmentPage(BodyIndicatorPage):
    """O34: the annual corruption risk assessment."""

    body = body_field(("risk", b.RiskBlock()))
    part_specs = {"events": all_of("body.risk.event", "body.risk.level"), "measures": "body.risk.measures"}
    icon = "warning"

    class Meta:
        verbose_name = _("Corruption risk assessment")


class RiskActionsPage(BodyIndicatorPage):
    """O35: actions taken against the assessed risks."""

    body = body_field(("activity", b.ActivityReportBlock()))
    part_specs = {"actions": all_of("body.activity.topic", "body.activity.results")}
    icon = "tasks"

    class Meta:
        verbose_name = _("Corruption risk management actions")


class AntiCorruptionPlanPage(BodyIndicatorPage):
    """O36: the anti-corruption action plan."""

    body = body_field(("plan_item", b.PlanItemBlock()))
    part_specs = PLAN_SPECS
    icon = "tasks"

    class Meta:
        verbose_name = _("Anti-corruption action plan")


class AntiCorruptionProgressPage(BodyIndicatorPage):
    """O37: six-month progress on the anti-corruption plan."""

    body = body_field(("progress", b.ProgressRowBlock()))
    part_specs = PROGRESS_SPECS
    icon = "time"

    class Meta:
        verbose_name = _("Six-month anti-corruption progress report")


class AntiCorruptionAnnualReportPage(BodyIndicatorPage):
    """O38: last year's anti-corruption report."""

    body = body_field(("report", b.AnnualReportBlock()))
    part_specs = ANNUAL_REPORT_SPECS
    icon = "doc-full-inverse"

    class Meta:
        verbose_name = _("Annual anti-corruption report")


class EthicsCodePage(BodyIndicatorPage):
    """O39: the code of ethics, plus the agency's own ethics rules if any."""

    body = body_field(("code", b.PolicyBlock()), ("agency_rules", b.PolicyBlock()))
    part_specs = {"code": "body.code.text"}
    icon = "doc-full"

    class Meta:
        verbose_name = _("Code of ethics")


class EthicsPromotionPage(BodyIndicatorPage):
    """O40: ethics team order, Dos & Don'ts guideline and ethics activities."""

    body = body_field(
        ("team_order", b.SignedAnnouncementBlock()),
        ("guideline", b.GuidelineBlock()),
        ("activity", b.ActivityReportBlock()),
    )
    part_specs = {
        "ethics_team": "body.team_order.document",
        "dos_and_donts": "body.guideline.text",
        "training": all_of("body.activity.topic", "body.activity.date"),
    }
    icon = "group"

    class Meta:
        verbose_name = _("Ethics promotion")


class EthicsEvaluationPage(BodyIndicatorPage):
    """O41: ethics evaluation used in an HR process."""

    body = body_field(("evaluation", b.EthicsEvaluationBlock()))
    part_specs = {"report": "body.evaluation.report", "rule": "body.evaluation.rule"}
    icon = "user"

    class Meta:
        verbose_name = _("Ethics evaluation")


class IntegrityMeasuresPage(BodyIndicatorPage):
    """O42: analysis of last year's ITA results and the measures that follow."""

    body = body_field(
        ("analysis", b.IntegrityAnalysisBlock()),
        ("measure", b.IntegrityMeasureBlock()),
    )
    part_specs = {
        "weaknesses": "body.analysis.weaknesses",
        "improvements": "body.analysis.improvements",
        "responsible": "body.measure.responsible",
        "steps": "body.measure.steps",
        "monitoring": "body.measure.monitoring",
    }
    icon = "search"

    class Meta:
        verbose_name = _("Internal integrity measures")


class IntegrityActionsPage(BodyIndicatorPage):
    """O43: implementing the O42 measures, and the EIT survey QR code."""

    body = body_field(
        ("activity", b.ActivityReportBlock()),
        ("eit", b.EITSurveyBlock()),
    )
    part_specs = {"implementation": all_of("body.activity.topic", "body.activity.results"), "eit_qr": "body.eit.url"}
    icon = "link"

    class Meta:
        verbose_name = _("Implementing the integrity measures")

    def eit_url(self) -> str:
        for child in self.body:
            if child.block_type == "eit":
                return child.value.get("url") or ""
        return ""
