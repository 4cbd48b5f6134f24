"""Rule `period`: what the page covers fits the item's period rule for year Y.

Why: the most common reason an item fails is the wrong year (last year's plan, a
report about the current year instead of Y-1, a half-year missing March). The rule
reads the period the page declares and judges it with the catalogue's pure
`period_problem`; for monthly data it also checks that every month from October to
March is present, counting a month's nil statement where the item allows one.

The page tells its period through, in order of preference: a method
`ita_period()` returning `ita_pages.catalogue.Period` (or a (start, end) pair), or
fields `period_start`/`period_end`. Monthly data: a method `ita_months()` returning
the (CE year, month) pairs covered (nil months included); a nil statement page:
`ita_is_nil()` or a truthy `is_nil_statement` field.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from ita_pages.catalogue import Period, period_problem
from ita_pages.catalogue import periods as codes
from ita_pages.fiscal import ENGLISH_MONTHS, FiscalYear, format_thai_month, format_thai_period
from ita_pages.fiscal import Period as FiscalPeriod

from ..registry import Rule, register

_FIELD_PAIRS = (("period_start", "period_end"), ("start_date", "end_date"), ("covers_from", "covers_until"))


def page_period(obj) -> Period | None:
    """The period the page says it covers, or None when its type records none."""
    getter = getattr(obj, "ita_period", None)
    if callable(getter):
        value = getter()
        if value is None or isinstance(value, Period):
            return value or Period(None, None)
        start, end = value
        return Period(start, end)
    for start, end in _FIELD_PAIRS:
        if hasattr(obj, start) and hasattr(obj, end):
            return Period(getattr(obj, start), getattr(obj, end))
    return None


def page_months(obj) -> set[tuple[int, int]] | None:
    getter = getattr(obj, "ita_months", None)
    if callable(getter):
        return {(int(y), int(m)) for y, m in getter()}
    return None


def is_nil(obj) -> bool:
    getter = getattr(obj, "ita_is_nil", None)
    if callable(getter):
        return bool(getter())
    return bool(getattr(obj, "is_nil_statement", False))


def english_month(year: int, month: int) -> str:
    return f"{ENGLISH_MONTHS[month - 1]} {year}"


def english_period(period: FiscalPeriod) -> str:
    start = english_month(period.start.year, period.start.month)
    end = english_month(period.end.year, period.end.month)
    return start if start == end else f"{start} – {end}"


def both(period: FiscalPeriod) -> tuple[str, str]:
    return format_thai_period(period), english_period(period)


def months_text(months) -> tuple[str, str]:
    return (
        ", ".join(format_thai_month(y, m) for y, m in months),
        ", ".join(english_month(y, m) for y, m in months),
    )


@register
class PeriodRule(Rule):
    code = "period"
    messages = {
        "no-period": _("This page type does not record which period it covers, so the year cannot be checked."),
        codes.MISSING: _("The page does not say which period it covers: fill in its start and end dates."),
        codes.INVERTED: _("The period on the page ends before it starts."),
        codes.NOT_COVERING_YEAR: _(
            "The period on the page (%(period)s) must be in force for the whole fiscal year %(year)s (%(expected)s)."
        ),
        codes.OUTSIDE_YEAR: _(
            "The period on the page (%(period)s) must fall within fiscal year %(year)s (%(expected)s)."
        ),
        codes.NOT_PREVIOUS_YEAR: _(
            "This report must be about the previous fiscal year %(previous)s (%(expected)s), "
            "but the page covers %(period)s."
        ),
        codes.NOT_FIRST_HALF: _(
            "The data must cover the first six months of fiscal year %(year)s (%(expected)s), "
            "but the page covers %(period)s."
        ),
        "missing-months": _("These months of %(expected)s have neither data nor a nil statement: %(months)s."),
        "nil-not-allowed": _("This item does not accept a nil statement: publish the content itself."),
    }

    def check(self, ctx, item):
        obj = ctx.live_object(ctx.page_for(item))
        if is_nil(obj) and not item.nil_allowed:
            yield self.problem("nil-not-allowed")
        if item.period == "none":
            return
        period = page_period(obj)
        if period is None:
            yield self.problem("no-period")
            return
        fiscal = FiscalYear(ctx.year)
        code = period_problem(item.period, ctx.year, period)
        if code is not None:
            yield self._period_problem(code, item.period, fiscal, period)
        if item.period == "first-half:Y":
            months = page_months(obj)
            if months is not None:
                missing = [m for m in fiscal.first_half_months() if m not in months]
                if missing:
                    yield self.problem("missing-months", expected=both(fiscal.first_half), months=months_text(missing))

    def _period_problem(self, code, rule, fiscal, period):
        if code in (codes.MISSING, codes.INVERTED):
            return self.problem(code)
        shown = both(FiscalPeriod(period.start, period.end))
        if rule == "report:Y-1":
            previous = fiscal.previous()
            return self.problem(code, previous=previous.be_year, expected=both(previous.period), period=shown)
        expected = fiscal.first_half if rule == "first-half:Y" else fiscal.period
        return self.problem(code, year=fiscal.be_year, expected=both(expected), period=shown)
