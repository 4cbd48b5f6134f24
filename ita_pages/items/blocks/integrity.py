"""Integrity content: risk (O34), ethics evaluation (O41), ITA analysis and measures (O42), EIT (O43)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .fields import ITAStructBlock, document, line, paragraph

RISK_LEVEL_CHOICES = [
    ("low", _("Low")),
    ("medium", _("Medium")),
    ("high", _("High")),
    ("very_high", _("Very high")),
]


class RiskBlock(ITAStructBlock):
    """O34: one corruption risk event, its level and the measures against it."""

    event = paragraph(_("Risk event"), _("The event that could lead to corruption or misconduct."), required=False)
    level = blocks.ChoiceBlock(choices=RISK_LEVEL_CHOICES, label=_("Risk level"), required=False)
    measures = paragraph(_("Measures"), _("The measures and actions that manage this risk."), required=False)

    class Meta:
        icon = "warning"
        label = _("Corruption risk")
        help_text = _("A risk event, its level and the measures to manage it.")
        preview_value = {"event": "การเรียกรับผลประโยชน์ในการอนุญาต", "level": "high"}


class EthicsEvaluationBlock(ITAStructBlock):
    """O41: ethics evaluation used in an HR process."""

    hr_process = line(_("HR process"), _("The HR process that used the ethics evaluation, e.g. promotion."))
    report = paragraph(
        _("How the evaluation was used"), _("A report of using the ethics evaluation in it."), required=False
    )
    rule = paragraph(
        _("Rule that results count"),
        _("The rule that ethical-behaviour results are considered in that process."),
        required=False,
    )
    document = document(_("Report document"))

    class Meta:
        icon = "user"
        label = _("Ethics evaluation")
        help_text = _("How ethics evaluation was used in an HR process, and the rule behind it.")
        preview_value = {"hr_process": "การเลื่อนเงินเดือน"}


class IntegrityAnalysisBlock(ITAStructBlock):
    """O42: the analysis of last year's ITA results."""

    weaknesses = paragraph(
        _("Urgent weaknesses"), _("Weaknesses in last year's results that must be fixed urgently."), required=False
    )
    improvements = paragraph(
        _("Points to improve"), _("Points that must improve, consistent with the results."), required=False
    )

    class Meta:
        icon = "search"
        label = _("Analysis of ITA results")
        help_text = _("Urgent weaknesses and points to improve from last year's ITA results.")
        preview_value = {"weaknesses": "การเปิดเผยข้อมูลไม่ครบ"}


class IntegrityMeasureBlock(ITAStructBlock):
    """O42: one measure with who, how and how it is followed up."""

    measure = line(_("Measure"))
    responsible = line(_("Responsible"), _("Who is responsible for the measure."), required=False)
    steps = paragraph(_("Steps"), _("The steps or method of carrying out the measure."), required=False)
    monitoring = paragraph(
        _("Monitoring and reporting"), _("How implementation is monitored and reported."), required=False
    )

    class Meta:
        icon = "tasks"
        label = _("Integrity measure")
        help_text = _("A measure with the people responsible, the steps and the monitoring.")
        preview_value = {"measure": "เผยแพร่ข้อมูลสาธารณะให้ครบถ้วน"}


class EITSurveyBlock(ITAStructBlock):
    """O43: the link to the EIT survey, shown as a QR code."""

    url = blocks.URLBlock(
        label=_("EIT survey link"),
        help_text=_("The EIT survey address; the site shows it as a QR code."),
        required=False,
    )
    caption = line(_("Caption"), required=False)

    class Meta:
        icon = "link"
        label = _("EIT survey QR code")
        help_text = _("A QR code to the EIT survey so that service users can take part.")
        preview_value = {"url": "https://itas.nacc.go.th/", "caption": "ร่วมประเมิน EIT"}
