"""The catalogue's publish rules for one item page, written once.

Why here: the editor's publish (``ItemPageForm``), code that publishes
(``ItemPage.publish_errors()``) and the readiness checker (its parts rule re-runs
the page's publish validation) must refuse exactly the same things. What an item
requires is read from the year's catalogue: its parts, each part's minimum count,
the period rule for the dates inside it and who must have signed it, the item's
period rule and whether it accepts a nil statement. The page type only says where
each part lives and where its period comes from (typed dates, or the fiscal year it
counts).

Messages are ``Message`` strings: they read in the active language when made (the
editor's) and render again in whichever language is active when ``str()`` is
called, so the checker can report the same problem in Thai and in English.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue

from ita_pages.core.catalogue.periods import Period, date_problem, period_problem
from ita_pages.core.part_lookup import part_spec_for
from ita_pages.core.parts import PartContext, spec

PERIOD_MESSAGES = {
    "missing": _("The period this item covers is not given."),
    "inverted": _("The period ends before it starts."),
    "not-covering-year": _("The period must cover the whole fiscal year %(year)s."),
    "outside-year": _("The period must fall within fiscal year %(year)s."),
    "not-previous-year": _("The period must be fiscal year %(previous)s (the report is on the previous year)."),
    "not-first-half": _("The period must cover the first six months of fiscal year %(year)s (October to March)."),
}
DATE_MESSAGES = {
    "after-year": _("%(part)s: the date %(date)s is after the end of fiscal year %(year)s."),
    "outside-year": _("%(part)s: the date %(date)s must fall within fiscal year %(year)s."),
    "not-previous-year": _("%(part)s: the date %(date)s must fall within fiscal year %(previous)s."),
    "not-first-half": _(
        "%(part)s: the date %(date)s must fall within the first six months of fiscal year %(year)s (October to March)."
    ),
}
NOT_SIGNED_BY_HEAD = _(
    "%(part)s: “%(signer)s” did not sign as the top executive; the ITA %(year)s requires the head of the agency "
    "to sign."
)
PART_MISSING = _("Required part missing: %(part)s (the assessor looks for: %(looks_for)s)")
TOO_FEW = _("%(part)s: at least %(minimum)s are needed; the page has %(count)s.")
NIL_REFUSED = _(
    "The ITA %(year)s does not accept a nil statement for %(code)s: remove the nil statement and publish the content."
)
NOT_AN_ITEM = _("This page type is not an item of the ITA %(year)s catalogue.")
NO_START = _("Give the first day of the period %(code)s covers.")
NO_END = _("Give the last day of the period %(code)s covers.")


def _render(value, language):
    if callable(value) and not isinstance(value, str):
        return value(language)
    return str(value)


class Message(str):
    """A message in the active language that renders again in another one via ``str()``.

    ``params`` values and ``then`` (text appended after a space) may be callables
    taking a language code, for texts the catalogue gives in Thai and English.
    """

    def __new__(cls, template, params=None, then=()):
        params, then = dict(params or {}), tuple(then)
        obj = super().__new__(cls, cls._text(template, params, then))
        obj.template, obj.params, obj.then = template, params, then
        return obj

    @staticmethod
    def _text(template, params, then) -> str:
        language = get_language()
        text = str(template)
        if params:
            text = text % {k: _render(v, language) for k, v in params.items()}
        extra = [t for t in (_render(t, language) for t in then) if t]
        return " ".join([text, *extra])

    def __str__(self) -> str:
        if "template" not in self.__dict__:
            return super().__str__()
        return self._text(self.template, self.params, self.then)


def _date_text(day: dt.date):
    def render(language):
        from ita_pages.core.fiscal import format_english_date, format_thai_date

        return format_english_date(day) if (language or "th").startswith("en") else format_thai_date(day)

    return render


def dates_inside(value) -> list[dt.date]:
    """Every date in a block value, however deeply its structs, lists and streams nest."""
    if isinstance(value, dt.datetime):
        return [value.date()]
    if isinstance(value, dt.date):
        return [value]
    if isinstance(value, (StructValue, dict)):
        return [d for child in value.values() for d in dates_inside(child)]
    if isinstance(value, (ListValue, list, tuple)):
        return [d for child in value for d in dates_inside(child)]
    if isinstance(value, StreamValue):
        return [d for child in value for d in dates_inside(child.value)]
    return []


def part_problems(part, part_spec, values: dict, ctx: PartContext) -> list[Message]:
    """What is wrong with one catalogue part on a page: missing, too few, dated outside its
    rule, or signed by someone the catalogue does not accept."""
    from ita_pages.core.roles import signed_as_head, signer_name

    label = lambda language: part.text("label", language)  # noqa: E731 - a language-taking text
    ctx = dataclasses.replace(ctx, part_dates=part.dates)
    problems = []
    present = part_spec.is_present(values, ctx)
    if not present:
        detail = getattr(part_spec, "detail", None)
        then = [lambda language: detail(values, ctx, language)] if detail else []
        looks_for = lambda language: part.text("looks_for", language)  # noqa: E731
        problems.append(Message(PART_MISSING, {"part": label, "looks_for": looks_for}, then))
    blocks = part_spec.blocks(values)
    if present and part.minimum > 1 and len(blocks) < part.minimum:
        problems.append(Message(TOO_FEW, {"part": label, "minimum": part.minimum, "count": len(blocks)}))
    if part.dates:
        seen = set()
        for day in (d for child in blocks for d in dates_inside(child.value)):
            code = date_problem(part.dates, ctx.year, day)
            if code is not None and day not in seen:
                seen.add(day)
                params = {"part": label, "date": _date_text(day), "year": ctx.year, "previous": ctx.year - 1}
                problems.append(Message(DATE_MESSAGES[code], params))
    if part.signer:
        for child in blocks:
            if not signed_as_head(child.value):
                params = {"part": label, "signer": signer_name(child.value) or "-", "year": ctx.year}
                problems.append(Message(NOT_SIGNED_BY_HEAD, params))
    return problems


def nil_statement_given(nil_path: str | None, values: dict) -> bool:
    return nil_path is not None and bool(spec(nil_path).blocks(values))


def item_publish_errors(page_cls, values: dict, item, ctx: PartContext) -> dict[str, list[Message]]:
    """{field: [messages]}: every reason the catalogue refuses to publish this page's content.

    ``values`` are typed model values (dates, StreamValues), also for a field that
    failed validation in the form (see ``ItemPageForm._value``).
    """
    errors: dict[str, list[Message]] = defaultdict(list)
    if item is None:
        errors["__all__"].append(Message(NOT_AN_ITEM, {"year": ctx.year}))
        return errors
    ctx = dataclasses.replace(ctx, nil_allowed=item.nil_allowed)
    nil_path = getattr(page_cls, "nil_path", None)
    if nil_statement_given(nil_path, values):
        if not item.nil_allowed:
            errors[spec(nil_path).field].append(Message(NIL_REFUSED, {"year": ctx.year, "code": item.code}))
    else:
        for part in item.parts_for(ctx.agency_kind):
            part_spec = part_spec_for(page_cls, part.key)
            errors[part_spec.field].extend(part_problems(part, part_spec, values, ctx))
    if page_cls.period_fields is not None:
        _period_errors(errors, page_cls.period_fields, values, item, ctx.year)
    counted_field = getattr(page_cls, "counted_year_field", None)
    if counted_field is not None:
        problem = period_problem(item.period, ctx.year, counted_year_period(values.get(counted_field), ctx.year))
        if problem is not None:
            errors[counted_field].append(period_message(problem, ctx.year))
    return {name: messages for name, messages in errors.items() if messages}


def _period_errors(errors, fields, values, item, year) -> None:
    start_field, end_field = fields
    start, end = values.get(start_field), values.get(end_field)
    if item.period != "none":
        if not start:
            errors[start_field].append(Message(NO_START, {"code": item.code}))
        if not end:
            errors[end_field].append(Message(NO_END, {"code": item.code}))
    if start and end and end < start:
        errors[end_field].append(Message(PERIOD_MESSAGES["inverted"]))
        return
    problem = period_problem(item.period, year, Period(start, end)) if start and end else None
    if problem is not None:
        errors[start_field].append(Message(PERIOD_MESSAGES[problem], {"year": year, "previous": year - 1}))


def counted_year_period(counted_year: int | None, year: int) -> Period:
    """The whole fiscal year a page counts (its field; empty: the year it is judged for)."""
    from ita_pages.core.fiscal import FiscalYear

    fiscal_year = FiscalYear(counted_year or year)
    return Period(fiscal_year.start, fiscal_year.end)


def period_message(code: str, year: int) -> Message:
    return Message(PERIOD_MESSAGES[code], {"year": year, "previous": year - 1})
