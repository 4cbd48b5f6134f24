"""Reports: progress rows, annual reports, survey and evaluation reports, HR rules."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .fields import ITAStructBlock, baht, count, document, line, paragraph

HR_AREA_CHOICES = [
    ("recruitment", _("Recruitment and selection")),
    ("appointment", _("Appointment")),
    ("development", _("Staff development")),
    ("evaluation", _("Performance evaluation")),
    ("rewards", _("Rewards, discipline and morale")),
]


class ProgressRowBlock(ITAStructBlock):
    """O12, O24, O37: progress and money spent on one project in the first half-year."""

    project = line(_("Project or activity"), required=False)
    progress = paragraph(_("Progress"), _("What has been done so far on this project or activity."), required=False)
    percent = blocks.IntegerBlock(label=_("Progress (%)"), required=False, min_value=0, max_value=100)
    budget_spent = baht(
        _("Budget spent (baht)"), _("The money spent on this project or activity so far."), required=False
    )

    class Meta:
        icon = "time"
        label = _("Progress of a project")
        help_text = _("Progress and budget spent for one project or activity.")
        preview_value = {"project": "โครงการอบรมคุณธรรม", "progress": "ดำเนินการแล้ว", "budget_spent": "12000.00"}


def _problems():
    return paragraph(_("Problems/obstacles"), _("The problems and obstacles met during the year."), required=False)


def _recommendations():
    return paragraph(_("Recommendations"), _("Recommendations for the next year."), required=False)


class AnnualReportBlock(ITAStructBlock):
    """O13, O38: results, budget spending, problems and recommendations."""

    results = paragraph(_("Results"), _("The results of each project or activity."), required=False)
    budget = paragraph(_("Budget spending"), _("How much was spent, against the budget."), required=False)
    problems = _problems()
    recommendations = _recommendations()
    document = document(_("Full report"))

    class Meta:
        icon = "doc-full-inverse"
        label = _("Annual report")
        help_text = _("Results, budget spending, problems and recommendations.")
        preview_value = {"results": "ดำเนินการครบทุกโครงการ", "budget": "เบิกจ่ายร้อยละ 92"}


class ProcurementReportBlock(ITAStructBlock):
    """O22: the annual procurement report."""

    budget = paragraph(
        _("Budget used for procurement"), _("The total budget used for procurement in the year."), required=False
    )
    summary = paragraph(_("Summary of procurements"), _("A summary of what was procured and how."), required=False)
    problems = _problems()
    recommendations = _recommendations()
    document = document(_("Full report"))

    class Meta:
        icon = "doc-full-inverse"
        label = _("Annual procurement report")
        help_text = _("Budget used, summary of procurements, problems and recommendations.")
        preview_value = {"budget": "3,250,000 บาท", "summary": "จัดซื้อจัดจ้าง 48 รายการ"}


class HRReportBlock(ITAStructBlock):
    """O26: the annual HR report."""

    results = paragraph(
        _("Results against the HR policy"), _("Results against the HR policy or plan."), required=False
    )
    statistics = paragraph(
        _("HR statistics"),
        _("Headcount, appointments and transfers, training and development figures."),
        required=False,
    )
    problems = _problems()
    recommendations = _recommendations()
    document = document(_("Full report"))

    class Meta:
        icon = "doc-full-inverse"
        label = _("Annual HR report")
        help_text = _("Results, HR statistics, problems and recommendations.")
        preview_value = {"results": "ดำเนินการตามแผน", "statistics": "อัตรากำลัง 42 อัตรา"}


class SurveyReportBlock(ITAStructBlock):
    """O17: the satisfaction survey of the previous year."""

    summary = paragraph(_("Survey results"), _("A summary of the satisfaction survey results."), required=False)
    respondents = count(_("Respondents"), required=False)
    satisfaction = blocks.DecimalBlock(
        label=_("Satisfaction (%)"), required=False, min_value=0, max_value=100, decimal_places=2
    )
    document = document(_("Full report"))

    class Meta:
        icon = "pick"
        label = _("Satisfaction survey report")
        help_text = _("The results of the service satisfaction survey.")
        preview_value = {"summary": "ผู้รับบริการพึงพอใจในระดับมาก", "satisfaction": "89.50"}


class EvaluationReportBlock(ITAStructBlock):
    """O33: the six-month No Gift Policy evaluation."""

    results = paragraph(_("Evaluation results"), _("The evaluation of the policy and what it found."), required=False)
    gifts_reported = count(_("Gifts reported or refused"), required=False)
    recommendations = paragraph(_("Recommendations"), required=False)
    document = document(_("Full report"))

    class Meta:
        icon = "pick"
        label = _("Evaluation report")
        help_text = _("The evaluation and report on a policy.")
        preview_value = {"results": "ไม่พบการรับของขวัญ"}


class HRRuleBlock(ITAStructBlock):
    """O25: the rules of one HR area (all five areas are required)."""

    area = blocks.ChoiceBlock(
        choices=HR_AREA_CHOICES,
        label=_("HR area"),
        help_text=_("All five areas are required: add one rule block per area."),
    )
    summary = paragraph(_("Rules"), _("The rules for this area, or the central personnel body's rules."))
    document = document(_("Rules document"))

    class Meta:
        icon = "clipboard-list"
        label = _("HR rules")
        help_text = _("The rules for one area of HR management.")
        preview_value = {"area": "recruitment", "summary": "ตามประกาศคณะกรรมการพนักงานส่วนตำบล"}
