"""Indicator pages of 9.2 administration and 9.3 procurement (O18, O20 belong to other apps)."""

from django.utils.translation import gettext_lazy as _

from ita_pages.core.fiscal import Period as FiscalPeriod
from ita_pages.core.parts import Months, Path, all_of
from ita_pages.items import blocks as b

from .base import BodyIndicatorPage, body_field

PLAN_SPECS = {
    "projects": "body.plan_item.project",
    "budget": "body.plan_item.budget",
    "timeframe": all_of("body.plan_item.start", "body.plan_item.end"),
}
PROGRESS_SPECS = {
    "progress": all_of("body.progress.project", "body.progress.progress"),
    "budget_spent": "body.progress.budget_spent",
}
ANNUAL_REPORT_SPECS = {
    "results": "body.report.results",
    "budget": "body.report.budget",
    "problems": "body.report.problems",
    "recommendations": "body.report.recommendations",
}


class OperatingPlanPage(BodyIndicatorPage):
    """O11: the annual operating and budget plan."""

    body = body_field(("plan_item", b.PlanItemBlock()))
    part_specs = PLAN_SPECS
    icon = "tasks"

    class Meta:
        verbose_name = _("Annual operating plan")


class OperatingProgressPage(BodyIndicatorPage):
    """O12: six-month progress on the operating plan."""

    body = body_field(("progress", b.ProgressRowBlock()))
    part_specs = PROGRESS_SPECS
    icon = "time"

    class Meta:
        verbose_name = _("Six-month operating progress report")


class AnnualPerformanceReportPage(BodyIndicatorPage):
    """O13: last year's performance report."""

    body = body_field(("report", b.AnnualReportBlock()))
    part_specs = ANNUAL_REPORT_SPECS
    icon = "doc-full-inverse"

    class Meta:
        verbose_name = _("Annual performance report")


class WorkManualPage(BodyIndicatorPage):
    """O14: staff operating manuals (at least one)."""

    body = body_field(("manual", b.WorkManualBlock()))
    part_specs = {"mission": "body.manual.mission", "positions": "body.manual.positions", "steps": "body.manual.steps"}
    icon = "list-ol"

    class Meta:
        verbose_name = _("Staff operating manual")


class ServiceManualPage(BodyIndicatorPage):
    """O15: public service manuals (at least one)."""

    body = body_field(("manual", b.ServiceManualBlock()))
    part_specs = {"service": "body.manual.service", "steps": "body.manual.steps"}
    icon = "list-ol"

    class Meta:
        verbose_name = _("Public service manual")


def _statistics_months(values, ctx) -> list[tuple[int, int]]:
    """Every month an O16 row counts (a quarter's row covers three months)."""
    months = []
    for child in values.get("body") or []:
        if child.block_type != "table":
            continue
        for row in child.value.get("rows") or []:
            start, end = row.get("start"), row.get("end")
            if start and end and start <= end:
                months.extend(FiscalPeriod(start, end).months())
    return months


class ServiceStatisticsPage(BodyIndicatorPage):
    """O16: service statistics for the first half-year."""

    body = body_field(("table", b.StatisticsTableBlock()))
    part_specs = {"statistics": Months("body.table", _statistics_months, Path("body.table.rows").remove)}
    icon = "table"

    class Meta:
        verbose_name = _("Service statistics")


class SatisfactionSurveyPage(BodyIndicatorPage):
    """O17: last year's satisfaction survey."""

    body = body_field(("survey", b.SurveyReportBlock()))
    part_specs = {"results": "body.survey.summary"}
    icon = "pick"

    class Meta:
        verbose_name = _("Service satisfaction survey report")


class ProcurementPlanPage(BodyIndicatorPage):
    """O19: the procurement plan (or, where the catalogue accepts one, a nil statement)."""

    body = body_field(("plan", b.ProcurementPlanBlock()))
    part_specs = {"plan": "body.plan.document"}
    icon = "doc-full"

    class Meta:
        verbose_name = _("Procurement plan")


def _month_rows(values, *, nil: bool | None = None) -> list[tuple[int, int]]:
    """The month each O21 row reports, once per row (only nil rows, only others, or all)."""
    months = []
    for c in values.get("body") or []:
        if c.block_type != "month" or not c.value.get("month"):
            continue
        is_nil = not c.value.get("procurements") and bool((c.value.get("nil_statement") or "").strip())
        if nil is None or nil == is_nil:
            months.append((c.value["month"].year, c.value["month"].month))
    return months


def _procurement_months(values, ctx) -> list[tuple[int, int]]:
    """Months whose row lists procurements (a nil row counts only where the catalogue accepts it)."""
    return [
        (c.value["month"].year, c.value["month"].month)
        for c in values.get("body") or []
        if c.block_type == "month" and c.value.get("month") and c.value.get("procurements")
    ]


def _nil_months(values) -> list[tuple[int, int]]:
    return _month_rows(values, nil=True)


def _drop_first_month(page) -> None:
    from wagtail.blocks import StreamValue

    first = min(_month_rows({"body": page.body}))
    keep = [
        (c.block_type, c.value, c.id)
        for c in page.body
        if not (c.block_type == "month" and (c.value["month"].year, c.value["month"].month) == first)
    ]
    page.body = StreamValue(page.body.stream_block, keep)


def _procurement(column):
    return f"body.month.procurements.{column}"


class MonthlyProcurementSummaryPage(BodyIndicatorPage):
    """O21: one row per month of the first half-year, procurements or a nil statement."""

    body = body_field(("month", b.MonthlyProcurementBlock()))
    part_specs = {
        "months": Months(
            "body.month", _procurement_months, _drop_first_month, once_each=True, nil_months_of=_nil_months
        ),
        "item": _procurement("item"),
        "budget": _procurement("budget"),
        "median_price": _procurement("median_price"),
        "method": _procurement("method"),
        "bidders": _procurement("bidders"),
        "winner": _procurement("winner"),
        "reason": _procurement("reason"),
        "contract": all_of(_procurement("contract_number"), _procurement("contract_date")),
    }
    icon = "date"

    class Meta:
        verbose_name = _("Monthly procurement summary")


class ProcurementAnnualReportPage(BodyIndicatorPage):
    """O22: last year's procurement report."""

    body = body_field(("report", b.ProcurementReportBlock()))
    part_specs = {
        "budget": "body.report.budget",
        "summary": "body.report.summary",
        "problems": "body.report.problems",
        "recommendations": "body.report.recommendations",
    }
    icon = "doc-full-inverse"

    class Meta:
        verbose_name = _("Annual procurement report")
