"""Buddhist Era dates and Thai fiscal years, as small pure functions.

ITA items are judged by the Buddhist Era (BE = CE + 543) fiscal year, which runs from
1 October of the previous CE year to 30 September. Every period rule (`in-force:Y`,
`first-half:Y`, ...) and every date a citizen reads goes through this module, so the
arithmetic lives in one tested place and the assessment year stays data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

BE_OFFSET = 543

THAI_MONTHS = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
THAI_MONTHS_SHORT = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def to_be(ce_year: int) -> int:
    """Convert a Common Era year to the Buddhist Era."""
    return ce_year + BE_OFFSET


def to_ce(be_year: int) -> int:
    """Convert a Buddhist Era year to the Common Era."""
    return be_year - BE_OFFSET


def _as_date(value: dt.date | dt.datetime) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def format_thai_date(value: dt.date | dt.datetime) -> str:
    """Full Thai date, e.g. "25 พฤศจิกายน 2569"."""
    day = _as_date(value)
    return f"{day.day} {THAI_MONTHS[day.month - 1]} {to_be(day.year)}"


def format_thai_date_short(value: dt.date | dt.datetime) -> str:
    """Abbreviated Thai date with a two-digit BE year, e.g. "25 พ.ย. 69"."""
    day = _as_date(value)
    return f"{day.day} {THAI_MONTHS_SHORT[day.month - 1]} {to_be(day.year) % 100:02d}"


def format_english_date(value: dt.date | dt.datetime) -> str:
    """English pages show Common Era dates, e.g. "25 November 2026"."""
    day = _as_date(value)
    return f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}"


def format_thai_month(year_ce: int, month: int) -> str:
    """A month as Thai readers name it, e.g. "ตุลาคม 2565"."""
    return f"{THAI_MONTHS[month - 1]} {to_be(year_ce)}"


def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


@dataclass(frozen=True, order=True)
class Period:
    """A closed range of days, such as a quarter or a plan's validity."""

    start: dt.date
    end: dt.date

    def __post_init__(self):
        if self.end < self.start:
            raise ValueError(f"Period ends ({self.end}) before it starts ({self.start})")

    def __contains__(self, day: dt.date) -> bool:
        return self.start <= _as_date(day) <= self.end

    def covers(self, other: Period) -> bool:
        """True when every day of `other` lies inside this period."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end

    def months(self) -> list[tuple[int, int]]:
        """Every (CE year, month) this period touches, in order."""
        result = []
        year, month = self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            result.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return result


@dataclass(frozen=True, order=True)
class FiscalYear:
    """A Thai government fiscal year, named by its Buddhist Era year.

    Fiscal year 2566 runs from 1 October 2022 to 30 September 2023 (CE).
    """

    be_year: int

    def __post_init__(self):
        if not 2400 <= self.be_year <= 2800:
            raise ValueError(f"{self.be_year} is not a plausible Buddhist Era year")

    @classmethod
    def of(cls, value: dt.date | dt.datetime) -> FiscalYear:
        """The fiscal year a date falls in: October starts the next year."""
        day = _as_date(value)
        ce = day.year + 1 if day.month >= 10 else day.year
        return cls(to_be(ce))

    @classmethod
    def from_ce(cls, ce_year: int) -> FiscalYear:
        """The fiscal year that ends in the given CE year."""
        return cls(to_be(ce_year))

    @property
    def ce_year(self) -> int:
        """The CE year in which this fiscal year ends."""
        return to_ce(self.be_year)

    @property
    def start(self) -> dt.date:
        return dt.date(self.ce_year - 1, 10, 1)

    @property
    def end(self) -> dt.date:
        return dt.date(self.ce_year, 9, 30)

    @property
    def period(self) -> Period:
        return Period(self.start, self.end)

    @property
    def first_half(self) -> Period:
        """October to March: the "first six months" the ITA asks about."""
        return Period(self.start, dt.date(self.ce_year, 3, 31))

    @property
    def second_half(self) -> Period:
        return Period(dt.date(self.ce_year, 4, 1), self.end)

    def quarter(self, number: int) -> Period:
        """Fiscal quarter 1 (Oct–Dec) to 4 (Jul–Sep)."""
        if number not in (1, 2, 3, 4):
            raise ValueError("A fiscal year has quarters 1 to 4")
        first_month = 10 + 3 * (number - 1)
        year = self.ce_year - 1
        if first_month > 12:
            first_month -= 12
            year += 1
        last_month = first_month + 2
        return Period(dt.date(year, first_month, 1), _month_end(year, last_month))

    def quarters(self) -> list[Period]:
        return [self.quarter(n) for n in (1, 2, 3, 4)]

    def months(self) -> list[tuple[int, int]]:
        """The twelve (CE year, month) pairs, October first."""
        return self.period.months()

    def first_half_months(self) -> list[tuple[int, int]]:
        return self.first_half.months()

    def previous(self) -> FiscalYear:
        return FiscalYear(self.be_year - 1)

    def next(self) -> FiscalYear:
        return FiscalYear(self.be_year + 1)

    def __contains__(self, day: dt.date) -> bool:
        return _as_date(day) in self.period

    def __str__(self) -> str:
        return f"ปีงบประมาณ พ.ศ. {self.be_year}"


def format_thai_period(period: Period) -> str:
    """A period by its months, e.g. "ตุลาคม 2565 – มีนาคม 2566"."""
    start = format_thai_month(period.start.year, period.start.month)
    end = format_thai_month(period.end.year, period.end.month)
    return start if start == end else f"{start} – {end}"


def span_in_year(dates, year: FiscalYear) -> tuple[dt.date, dt.date] | None:
    """First and last of `dates` inside `year`; failing that, of all `dates`; else None.

    Listing pages (news, procurement announcements) are judged on what they hold for
    the assessment year. When nothing falls inside it, the whole span is returned so
    that the readiness check can say which years the page does cover.
    """
    dates = [_as_date(day) for day in dates]
    if not dates:
        return None
    chosen = [day for day in dates if day in year] or dates
    return min(chosen), max(chosen)
