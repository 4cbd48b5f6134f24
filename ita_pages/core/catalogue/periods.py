"""Period rules: does what an item covers fit its rule for assessment year Y?

Why pure: assessors fail an item for the wrong year, so the check runs in the
editor warning, the page listing and the readiness check alike; keeping it free of
Django makes it one function for all three and easy to test exhaustively.
Years are Buddhist Era fiscal years (ita_pages.core.fiscal.FiscalYear, also pure).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ita_pages.core.fiscal import BE_OFFSET, FiscalYear

# Problem codes returned by period_problem(); the Django side turns them into Thai.
MISSING = "missing"
INVERTED = "inverted"
NOT_COVERING_YEAR = "not-covering-year"
OUTSIDE_YEAR = "outside-year"
NOT_PREVIOUS_YEAR = "not-previous-year"
NOT_FIRST_HALF = "not-first-half"
AFTER_YEAR = "after-year"


def fiscal_year_bounds(year_be: int) -> tuple[dt.date, dt.date]:
    """First and last day of fiscal year ``year_be`` (BE)."""
    fy = FiscalYear(year_be)
    return fy.start, fy.end


def first_half_bounds(year_be: int) -> tuple[dt.date, dt.date]:
    """1 October to 31 March of fiscal year ``year_be``."""
    half = FiscalYear(year_be).first_half
    return half.start, half.end


def first_half_months(year_be: int) -> list[dt.date]:
    """The first day of each of the six months October … March of ``year_be``."""
    return [dt.date(y, m, 1) for y, m in FiscalYear(year_be).first_half_months()]


@dataclass(frozen=True)
class Period:
    """What a page says it covers; either bound may still be empty in a draft."""

    start: dt.date | None
    end: dt.date | None

    @property
    def is_complete(self) -> bool:
        return self.start is not None and self.end is not None

    def fiscal_years(self) -> tuple[int, int] | None:
        """(first, last) BE fiscal year when the period is whole fiscal years."""
        if not self.is_complete:
            return None
        if (self.start.month, self.start.day) != (10, 1) or (self.end.month, self.end.day) != (9, 30):
            return None
        first = self.start.year + 1 + BE_OFFSET
        last = self.end.year + BE_OFFSET
        return (first, last) if last >= first else None


def period_problem(rule: str, year_be: int, period: Period) -> str | None:
    """None when ``period`` fits ``rule`` for assessment year ``year_be``, else a code."""
    if rule == "none":
        return None
    if not period.is_complete:
        return MISSING
    start, end = period.start, period.end
    if end < start:
        return INVERTED
    fy_start, fy_end = fiscal_year_bounds(year_be)
    if rule == "in-force:Y":
        return None if start <= fy_start and end >= fy_end else NOT_COVERING_YEAR
    if rule == "during:Y":
        return None if fy_start <= start and end <= fy_end else OUTSIDE_YEAR
    if rule == "report:Y-1":
        prev_start, prev_end = fiscal_year_bounds(year_be - 1)
        return None if prev_start <= start and end <= prev_end else NOT_PREVIOUS_YEAR
    if rule == "first-half:Y":
        half_start, half_end = first_half_bounds(year_be)
        ok = start <= half_start and end >= half_end and fy_start <= start and end <= fy_end
        return None if ok else NOT_FIRST_HALF
    raise ValueError(f"unknown period rule {rule!r}")


def date_window(rule: str, year_be: int) -> tuple[dt.date | None, dt.date]:
    """(first, last) day a date inside a part may carry under ``rule``; first None = no lower bound.

    A plan or policy in force for year Y may have been signed or started before it,
    but not after it ends; the other rules keep every date inside their period.
    """
    if rule == "in-force:Y":
        return None, fiscal_year_bounds(year_be)[1]
    if rule == "during:Y":
        return fiscal_year_bounds(year_be)
    if rule == "report:Y-1":
        return fiscal_year_bounds(year_be - 1)
    if rule == "first-half:Y":
        return first_half_bounds(year_be)
    raise ValueError(f"unknown date rule {rule!r}")


def date_problem(rule: str, year_be: int, day: dt.date) -> str | None:
    """None when a date inside a part fits ``rule`` for year ``year_be``, else a problem code."""
    if rule == "none":
        return None
    first, last = date_window(rule, year_be)
    if (first is None or first <= day) and day <= last:
        return None
    return {
        "in-force:Y": AFTER_YEAR,
        "during:Y": OUTSIDE_YEAR,
        "report:Y-1": NOT_PREVIOUS_YEAR,
        "first-half:Y": NOT_FIRST_HALF,
    }[rule]


def suggested_period(rule: str, year_be: int) -> Period | None:
    """The period an editor most likely means for ``rule`` (used as the default)."""
    if rule in ("in-force:Y", "during:Y"):
        return Period(*fiscal_year_bounds(year_be))
    if rule == "report:Y-1":
        return Period(*fiscal_year_bounds(year_be - 1))
    if rule == "first-half:Y":
        return Period(*first_half_bounds(year_be))
    return None
