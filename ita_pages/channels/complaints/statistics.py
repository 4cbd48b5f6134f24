"""O29 statistics computed from the cases themselves.

Why: ITA O29 asks for the number of corruption complaints, completed and in
progress, per month, quarter or half of the Buddhist-Era fiscal year. Typing the
numbers in is what makes them wrong; here they are counted from the cases. Only
these three counts are published (no categories or units), so that a small number
cannot single out a complainant.

Rule: a case belongs to the period in which it was received; it counts as
completed if it was completed on or before ``as_of`` (normally today), otherwise as
in progress.
"""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

PERIOD_KINDS = ("month", "quarter", "half")


@dataclass(frozen=True)
class Period:
    kind: str
    number: int  # 1-based within the fiscal year
    start: datetime.date
    end: datetime.date  # inclusive


@dataclass(frozen=True)
class Row:
    period: Period
    total: int
    completed: int
    in_progress: int


def fiscal_bounds(be_year: int) -> tuple[datetime.date, datetime.date]:
    """First and last day of a Buddhist-Era fiscal year (2566: 1 Oct 2022 - 30 Sep 2023)."""
    ce_year = be_year - 543
    return datetime.date(ce_year - 1, 10, 1), datetime.date(ce_year, 9, 30)


def _add_months(day: datetime.date, months: int) -> datetime.date:
    month_index = day.month - 1 + months
    return datetime.date(day.year + month_index // 12, month_index % 12 + 1, 1)


def periods(be_year: int, kind: str) -> list[Period]:
    """The months, quarters or halves of a fiscal year, in order."""
    if kind not in PERIOD_KINDS:
        raise ValueError(f"unknown period kind {kind!r}")
    length = {"month": 1, "quarter": 3, "half": 6}[kind]
    start, _end = fiscal_bounds(be_year)
    result = []
    for number in range(1, 12 // length + 1):
        first = _add_months(start, (number - 1) * length)
        last = _add_months(first, length) - datetime.timedelta(days=1)
        result.append(Period(kind, number, first, last))
    return result


def compute(
    cases: Iterable[tuple[datetime.date, datetime.date | None]],
    be_year: int,
    kind: str,
    as_of: datetime.date,
) -> list[Row]:
    """Counts per period for (received_on, completed_on) pairs."""
    buckets = periods(be_year, kind)
    counts = {bucket.number: [0, 0] for bucket in buckets}
    for received_on, completed_on in cases:
        for bucket in buckets:
            if bucket.start <= received_on <= bucket.end:
                done = completed_on is not None and completed_on <= as_of
                counts[bucket.number][0 if done else 1] += 1
                break
    return [Row(bucket, sum(counts[bucket.number]), *counts[bucket.number]) for bucket in buckets]


def totals(rows: list[Row]) -> tuple[int, int, int]:
    """(total, completed, in progress) over all rows."""
    return (
        sum(row.total for row in rows),
        sum(row.completed for row in rows),
        sum(row.in_progress for row in rows),
    )
