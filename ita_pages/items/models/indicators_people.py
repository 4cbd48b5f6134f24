"""Indicator pages of 9.4 human resources and 9.5 transparency (O28, O29 belong to other apps)."""

from django.utils.translation import gettext_lazy as _

from ita_pages.items import blocks as b

from .base import BodyIndicatorPage, body_field
from .indicators_operations import PROGRESS_SPECS


class HRPolicyPage(BodyIndicatorPage):
    """O23: the HR policy or plan in force."""

    body = body_field(("policy", b.PolicyBlock()))
    part_specs = {"policy": "body.policy.text"}
    icon = "user"

    class Meta:
        verbose_name = _("HR policy")


class HRProgressPage(BodyIndicatorPage):
    """O24: six-month progress on the HR policy."""

    body = body_field(("progress", b.ProgressRowBlock()))
    part_specs = PROGRESS_SPECS
    icon = "time"

    class Meta:
        verbose_name = _("HR policy progress report")


class HRRulesPage(BodyIndicatorPage):
    """O25: the rules of all five HR areas."""

    body = body_field(("rule", b.HRRuleBlock()))
    part_specs = {
        area: f"body.rule[area={area}]"
        for area in ("recruitment", "appointment", "development", "evaluation", "rewards")
    }
    icon = "clipboard-list"

    class Meta:
        verbose_name = _("HR rules")


class HRAnnualReportPage(BodyIndicatorPage):
    """O26: last year's HR report."""

    body = body_field(("report", b.HRReportBlock()))
    part_specs = {
        "results": "body.report.results",
        "statistics": "body.report.statistics",
        "problems": "body.report.problems",
        "recommendations": "body.report.recommendations",
    }
    icon = "doc-full-inverse"

    class Meta:
        verbose_name = _("Annual HR report")


class ComplaintGuidelinePage(BodyIndicatorPage):
    """O27: how corruption complaints are handled."""

    body = body_field(("guideline", b.ComplaintGuidelineBlock()))
    part_specs = {
        "how_to_complain": "body.guideline.how_to_complain",
        "steps": "body.guideline.steps",
        "responsible_unit": "body.guideline.responsible_unit",
        "time_frame": "body.guideline.time_frame",
    }
    icon = "help"

    class Meta:
        verbose_name = _("Corruption complaint handling guideline")


class ParticipationPage(BodyIndicatorPage):
    """O30: outsiders' participation and what came of it."""

    body = body_field(("participation", b.ParticipationBlock()))
    part_specs = {
        "topic": "body.participation.topic",
        "participants": "body.participation.participants",
        "results": "body.participation.results",
        "improvements": "body.participation.improvements",
    }
    icon = "group"

    class Meta:
        verbose_name = _("Participation")
