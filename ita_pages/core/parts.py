"""How each catalogue part is found on a page, checked at publish and removed in tests.

Why a spec language: the catalogue says *what* an assessor looks for (part keys and
labels, per year); the page type says *where* it lives in its fields and blocks. A
spec such as ``"body.person[role=top]"`` or ``"body.person.photo"`` serves three uses
from one declaration: the publish check (naming the part by its catalogue label), the
start-up cross-check against the catalogue, and the tests that remove each part.

Path semantics: ``field`` is a plain model field that must not be empty.
``field.block`` needs at least one stream child of that type (optionally filtered,
``[child=value|value]``); every further segment walks struct children (lists are
walked item by item) and every value reached must be non-empty.

Every spec also names the stream children the part lives in (``blocks()``), so the
catalogue's part data (a minimum count, the period rule for dates inside the part)
is judged the same way whatever the spec; ``ita_pages.core.publish_rules`` does that.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wagtail.blocks import StreamValue
from wagtail.blocks.list_block import ListValue
from wagtail.rich_text import RichText

_SEGMENT = re.compile(r"^(?P<name>[a-z_][a-z0-9_]*)(\[(?P<key>[a-z_]+)=(?P<values>[a-z_|]+)\])?$")


@dataclass(frozen=True)
class PartContext:
    """What a rule may depend on: the assessment year and the agency kind."""

    year: int
    agency_kind: str | None = None
    # Whether the item's catalogue accepts a nil statement (e.g. a month with no procurement).
    nil_allowed: bool = False
    # The part's own ``dates`` rule, for specs that judge dates themselves (``Dated``).
    part_dates: str = ""


def is_empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, RichText):
        return not re.sub(r"<[^>]*>|&nbsp;|\s", "", value.source or "")
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, tuple, ListValue)):
        return len(value) == 0
    return False


def _parse(segment: str) -> tuple[str, tuple[str, set[str]] | None]:
    match = _SEGMENT.match(segment)
    if not match:
        raise ValueError(f"bad part path segment {segment!r}")
    if match["key"]:
        return match["name"], (match["key"], set(match["values"].split("|")))
    return match["name"], None


def _matches(value, flt) -> bool:
    return flt is None or (hasattr(value, "get") and value.get(flt[0]) in flt[1])


def _stream_children(stream, block_name, flt):
    if not isinstance(stream, (StreamValue, list)):
        return []
    return [c for c in stream if c.block_type == block_name and _matches(c.value, flt)]


def _union(lists) -> list:
    seen, result = set(), []
    for children in lists:
        for child in children:
            if id(child) not in seen:
                seen.add(id(child))
                result.append(child)
    return result


@dataclass(frozen=True)
class Path:
    """A part that lives at one path (see the module docstring)."""

    path: str

    def __post_init__(self):
        for segment in self.path.split("."):
            _parse(segment)

    @property
    def field(self) -> str:
        return self.path.split(".")[0]

    def blocks(self, values: dict) -> list:
        """The stream children this part lives in (none for a plain field)."""
        segments = self.path.split(".")
        if len(segments) == 1:
            return []
        name, flt = _parse(segments[1])
        return _stream_children(values.get(segments[0]), name, flt)

    def is_present(self, values: dict, ctx: PartContext) -> bool:
        segments = self.path.split(".")
        value = values.get(segments[0])
        if len(segments) == 1:
            return not is_empty(value)
        name, flt = _parse(segments[1])
        current = [c.value for c in _stream_children(value, name, flt)]
        if not current:
            return False
        walked_list = False
        for segment in segments[2:]:
            name, flt = _parse(segment)
            nxt = []
            for struct in current:
                if isinstance(struct, (ListValue, list)):
                    walked_list = True
                    nxt.extend(v.get(name) for v in struct if hasattr(v, "get") and _matches(v, flt))
                else:
                    nxt.append(struct.get(name) if hasattr(struct, "get") else None)
            current = nxt
        if not current:
            return walked_list
        return not any(is_empty(v) for v in current)

    def remove(self, page) -> None:
        """Make this part missing on ``page`` (tests use it to prove the check works)."""
        segments = self.path.split(".")
        if len(segments) == 1:
            field = page._meta.get_field(segments[0])
            setattr(page, field.attname, None if field.null else "")
            return
        stream = getattr(page, segments[0])
        name, flt = _parse(segments[1])
        if len(segments) == 2:
            keep = [
                (c.block_type, c.value, c.id) for c in stream if not (c.block_type == name and _matches(c.value, flt))
            ]
            setattr(page, segments[0], StreamValue(stream.stream_block, keep))
            return
        targets = [c.value for c in _stream_children(stream, name, flt)]
        *middle, last = segments[2:]
        for segment in middle:
            nxt = []
            for struct in targets:
                child = struct.get(segment)
                nxt.extend(child if isinstance(child, (ListValue, list)) else [child])
            targets = nxt
        for struct in targets:
            current = struct.get(last)
            if isinstance(current, ListValue):
                struct[last] = current.__class__(current.list_block, values=[])
            elif isinstance(current, RichText):
                struct[last] = RichText("")
            elif isinstance(current, str):
                struct[last] = ""
            else:
                struct[last] = None
        rebuilt = [(c.block_type, c.value, c.id) for c in stream]
        setattr(page, segments[0], StreamValue(stream.stream_block, rebuilt))


@dataclass(frozen=True)
class AnyOf:
    """A part satisfied by any one of several paths (e.g. a plan or a nil statement)."""

    alternatives: tuple[Path, ...]

    @property
    def field(self) -> str:
        return self.alternatives[0].field

    def blocks(self, values: dict) -> list:
        return _union(p.blocks(values) for p in self.alternatives)

    def is_present(self, values: dict, ctx: PartContext) -> bool:
        return any(p.is_present(values, ctx) for p in self.alternatives)

    def remove(self, page) -> None:
        for p in self.alternatives:
            p.remove(page)


@dataclass(frozen=True)
class AllOf:
    """A part made of several paths that must all be present (e.g. start and end)."""

    paths: tuple[Path, ...]

    @property
    def field(self) -> str:
        return self.paths[0].field

    def blocks(self, values: dict) -> list:
        return _union(p.blocks(values) for p in self.paths)

    def is_present(self, values: dict, ctx: PartContext) -> bool:
        return all(p.is_present(values, ctx) for p in self.paths)

    def remove(self, page) -> None:
        self.paths[0].remove(page)


def month_names(months, language: str | None) -> str:
    """ "ตุลาคม 2565, พฤศจิกายน 2565" (English admin: "October 2022, November 2022")."""
    from ita_pages.core.fiscal import ENGLISH_MONTHS, format_thai_month

    if (language or "th").startswith("en"):
        return ", ".join(f"{ENGLISH_MONTHS[m - 1]} {y}" for y, m in months)
    return ", ".join(format_thai_month(y, m) for y, m in months)


@dataclass(frozen=True)
class Months:
    """A part that must report every month of the first half-year (O21's rows, O16's table).

    ``path`` (``"body.month"``) names the stream children that carry the months;
    ``months_of(values, ctx)`` lists the (CE year, month) each piece of content
    reports, once per piece; with ``once_each`` a month may appear only once (one row
    per month). ``nil_months_of(values)`` lists the months stated to have nothing to
    report: they count only where the catalogue accepts a nil statement. The months
    wanted come from the assessment year, so the message names each month that is
    missing, repeated or stated nil where that is not accepted.
    """

    path: str
    months_of: Callable[[dict, PartContext], list[tuple[int, int]]]
    remover: Callable[[Any], None]
    once_each: bool = False
    nil_months_of: Callable[[dict], list[tuple[int, int]]] | None = None

    @property
    def field(self) -> str:
        return self.path.split(".")[0]

    def blocks(self, values: dict) -> list:
        return Path(self.path).blocks(values)

    def _reported(self, values: dict, ctx: PartContext) -> list[tuple[int, int]]:
        nil = self.nil_months_of(values) if self.nil_months_of and ctx.nil_allowed else []
        return [*self.months_of(values, ctx), *nil]

    def missing(self, values: dict, ctx: PartContext) -> list[tuple[int, int]]:
        from ita_pages.core.fiscal import FiscalYear

        reported = set(self._reported(values, ctx))
        return [m for m in FiscalYear(ctx.year).first_half_months() if m not in reported]

    def repeated(self, values: dict, ctx: PartContext) -> list[tuple[int, int]]:
        if not self.once_each:
            return []
        reported = self._reported(values, ctx)
        return sorted({m for m in reported if reported.count(m) > 1})

    def refused_nil(self, values: dict, ctx: PartContext) -> list[tuple[int, int]]:
        if self.nil_months_of is None or ctx.nil_allowed:
            return []
        return sorted(set(self.nil_months_of(values)))

    def is_present(self, values: dict, ctx: PartContext) -> bool:
        return not self.missing(values, ctx) and not self.repeated(values, ctx)

    def detail(self, values: dict, ctx: PartContext, language: str | None) -> str:
        from django.utils.translation import gettext

        notes = []
        if missing := self.missing(values, ctx):
            notes.append(gettext("Months missing: %(months)s.") % {"months": month_names(missing, language)})
        if repeated := self.repeated(values, ctx):
            notes.append(
                gettext("Months given more than once: %(months)s.") % {"months": month_names(repeated, language)}
            )
        if refused := self.refused_nil(values, ctx):
            notes.append(
                gettext("This item does not accept a nil statement; months stated nil: %(months)s.")
                % {"months": month_names(refused, language)}
            )
        return " ".join(notes)

    def remove(self, page) -> None:
        self.remover(page)


@dataclass(frozen=True)
class HeadOfAgency:
    """The executive who heads the agency is listed (``path`` names the people blocks).

    A local administration's head is the top executive of its political side; a
    "top" civil-service executive does not make up for a missing one (see
    ``ita_pages.core.roles``).
    """

    path: str

    @property
    def field(self) -> str:
        return self.path.split(".")[0]

    def blocks(self, values: dict) -> list:
        return Path(f"{self.path}[role=top]").blocks(values)

    def is_present(self, values: dict, ctx: PartContext) -> bool:
        from ita_pages.core.roles import heads_of_agency

        return bool(heads_of_agency([c.value for c in Path(self.path).blocks(values)], ctx.agency_kind))

    def detail(self, values: dict, ctx: PartContext, language: str | None) -> str:
        from django.utils.translation import gettext

        from ita_pages.core.roles import LOCAL_ADMINISTRATION

        if ctx.agency_kind != LOCAL_ADMINISTRATION:
            return ""
        return gettext("A local administration's top executive is the one on the political side.")

    def remove(self, page) -> None:
        Path(f"{self.path}[role=top]").remove(page)


@dataclass(frozen=True)
class Dated:
    """A part made of dated entries kept outside the page's fields (news under the index,
    announcements in the site's table).

    A listing keeps other years' entries as its public archive, so not every date must
    fit: the part is present when at least one entry is dated inside the part's
    ``dates`` rule (``ita_pages.core.catalogue.periods.date_problem``; without a rule any
    entry counts). ``dates_of(values, ctx)`` gives the entries' dates, or None while
    they cannot be known (a page not yet in the tree has no site): the readiness
    check then judges the live page.
    """

    field: str
    dates_of: Callable[[dict, PartContext], list | None]
    remover: Callable[[Any], None]

    def blocks(self, values: dict) -> list:
        return []

    def counted(self, values: dict, ctx: PartContext) -> list | None:
        """The entry dates that count for the year, or None when they cannot be known yet."""
        from ita_pages.core.catalogue.periods import date_problem

        dates = self.dates_of(values, ctx)
        if dates is None:
            return None
        if not ctx.part_dates:
            return list(dates)
        return [day for day in dates if date_problem(ctx.part_dates, ctx.year, day) is None]

    def is_present(self, values: dict, ctx: PartContext) -> bool:
        counted = self.counted(values, ctx)
        return counted is None or bool(counted)

    def detail(self, values: dict, ctx: PartContext, language: str | None) -> str:
        from django.utils.translation import gettext

        from ita_pages.core.fiscal import format_english_date, format_thai_date

        dates = self.dates_of(values, ctx) or []
        if not dates:
            return ""
        latest = max(dates)
        text = format_english_date(latest) if (language or "th").startswith("en") else format_thai_date(latest)
        return gettext("None is dated within the period the year asks for; the latest is dated %(date)s.") % {
            "date": text
        }

    def remove(self, page) -> None:
        self.remover(page)


@dataclass(frozen=True)
class Custom:
    """A part whose presence needs code of its own (e.g. a fact kept in the agency profile).

    ``content`` gives what the part shows when that is not a field of the page (counts
    computed from records): the API serves it under the part's catalogue key.
    """

    field: str
    check: Callable[[dict, PartContext], bool]
    remover: Callable[[Any], None]
    content: Callable[[dict, PartContext], list[dict]] | None = None

    def blocks(self, values: dict) -> list:
        return []

    def is_present(self, values: dict, ctx: PartContext) -> bool:
        return self.check(values, ctx)

    def remove(self, page) -> None:
        self.remover(page)


def spec(value) -> Path | AnyOf | AllOf | Months | HeadOfAgency | Dated | Custom:
    """Accept a bare path string as shorthand for ``Path(...)``."""
    return Path(value) if isinstance(value, str) else value


def any_of(*paths: str) -> AnyOf:
    return AnyOf(tuple(Path(p) for p in paths))


def all_of(*paths: str) -> AllOf:
    return AllOf(tuple(Path(p) for p in paths))
