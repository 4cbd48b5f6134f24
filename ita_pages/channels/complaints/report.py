"""O29 report for one site: rows with Thai labels, totals and the nil statement.

Why: the page, the chart and the tests need the same numbers; this turns the pure
counting in ``statistics`` into something a template can show.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _

from ita_pages.core.fiscal import THAI_MONTHS, THAI_MONTHS_SHORT, to_be

from . import statistics
from .models import CorruptionCase


@dataclass
class ReportRow:
    label: str
    short_label: str
    total: int
    completed: int
    in_progress: int


@dataclass
class Report:
    fiscal_year: int
    kind: str
    rows: list[ReportRow]
    total: int
    completed: int
    in_progress: int
    as_of: datetime.date

    @property
    def is_nil(self) -> bool:
        return self.total == 0


def _labels(period: statistics.Period) -> tuple[str, str]:
    start, end = period.start, period.end
    if period.kind == "month":
        return f"{THAI_MONTHS[start.month - 1]} {to_be(start.year)}", THAI_MONTHS_SHORT[start.month - 1]
    first = f"{THAI_MONTHS_SHORT[start.month - 1]} {to_be(start.year)}"
    span = f"{first} – {THAI_MONTHS_SHORT[end.month - 1]} {to_be(end.year)}"
    if period.kind == "quarter":
        return _("Quarter %(number)s (%(span)s)") % {"number": period.number, "span": span}, _("Q%(number)s") % {
            "number": period.number
        }
    if period.number == 1:
        return _("First half (%(span)s)") % {"span": span}, _("First half")
    return _("Second half (%(span)s)") % {"span": span}, _("Second half")


def statistics_for_site(site, be_year: int, kind: str, as_of: datetime.date | None = None) -> Report:
    as_of = as_of or timezone.localdate()
    start, end = statistics.fiscal_bounds(be_year)
    cases = CorruptionCase.objects.filter(site=site, received_on__range=(start, end)).values_list(
        "received_on", "completed_on"
    )
    rows = statistics.compute(cases, be_year, kind, as_of)
    total, completed, in_progress = statistics.totals(rows)
    report_rows = [ReportRow(*_labels(row.period), row.total, row.completed, row.in_progress) for row in rows]
    return Report(be_year, kind, report_rows, total, completed, in_progress, as_of)
