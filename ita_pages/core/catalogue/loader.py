"""Read a catalogue TOML file and refuse anything malformed.

Why strict: a typo in a catalogue (an unknown period rule, a part without a label, a
misspelt key) would silently weaken what editors must publish. Every error names the
file, the item and the field so that whoever edits next year's file can fix it.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from .model import (
    AGENCY_KINDS,
    GENERIC_PAGE_TYPE,
    PERIOD_RULES,
    PLACEMENTS,
    SIGNERS,
    Catalogue,
    Group,
    Indicator,
    Item,
    Part,
    Section,
)

SCHEMA_VERSION = 1
_CODE_RE = re.compile(r"^[A-Z]{1,3}[0-9]{1,3}$")
_KEY_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_SECTION_RE = re.compile(r"^[a-z][a-z0-9-]*$")
_PAGE_TYPE_RE = re.compile(r"^[a-z][a-z0-9_]*\.[A-Z][A-Za-z0-9]*$")

_TOP_KEYS = {
    "schema",
    "framework",
    "year",
    "title_th",
    "title_en",
    "indicators",
    "groups",
    "sections",
    "items",
    "previous_year",
}
_ITEM_KEYS = {
    "code",
    "group",
    "section",
    "title_th",
    "title_en",
    "link_th",
    "link_en",
    "description_th",
    "description_en",
    "period",
    "nil_allowed",
    "placement",
    "page_type",
    "parts",
    "successor_of",
}
_PART_KEYS = {
    "key",
    "label_th",
    "label_en",
    "looks_for_th",
    "looks_for_en",
    "agency_kinds",
    "minimum",
    "dates",
    "signer",
}
_DATE_RULES = tuple(rule for rule in PERIOD_RULES if rule != "none")


class CatalogueError(ValueError):
    """A catalogue file is malformed; the message names file, item and field."""

    def __init__(self, source: str, where: str, field: str, problem: str):
        self.source, self.where, self.field, self.problem = source, where, field, problem
        super().__init__(f"{source}: {where}: field '{field}': {problem}")


class _Reader:
    """Typed access to one TOML table with errors that say where they happened."""

    def __init__(self, source: str, where: str, table: object, allowed: set[str]):
        self.source, self.where = source, where
        if not isinstance(table, dict):
            raise CatalogueError(source, where, "-", "must be a table")
        self.table, self.allowed = table, allowed

    def reject_unknown(self):
        unknown = sorted(set(self.table) - self.allowed)
        if unknown:
            self.fail(unknown[0], "unknown field (typo?)")
        return self

    def fail(self, field: str, problem: str):
        raise CatalogueError(self.source, self.where, field, problem)

    def text(self, field: str, *, required: bool = True, pattern=None) -> str:
        value = self.table.get(field)
        if value is None:
            if required:
                self.fail(field, "missing")
            return ""
        if not isinstance(value, str):
            self.fail(field, f"must be text, got {type(value).__name__}")
        value = value.strip()
        if required and not value:
            self.fail(field, "must not be empty")
        if pattern is not None and not pattern.match(value):
            self.fail(field, f"{value!r} does not match {pattern.pattern}")
        return value

    def choice(self, field: str, choices: tuple[str, ...]) -> str:
        value = self.text(field)
        if value not in choices:
            self.fail(field, f"{value!r} is not one of {', '.join(choices)}")
        return value

    def boolean(self, field: str) -> bool:
        value = self.table.get(field)
        if not isinstance(value, bool):
            self.fail(field, "missing or not true/false")
        return value

    def integer(self, field: str, low: int, high: int) -> int:
        value = self.table.get(field)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            self.fail(field, f"must be a whole number from {low} to {high}")
        return value

    def tables(self, field: str, *, minimum: int = 1) -> list:
        value = self.table.get(field, [])
        if not isinstance(value, list) or len(value) < minimum:
            self.fail(field, f"needs at least {minimum} entr{'y' if minimum == 1 else 'ies'}")
        return value


def _unique(source: str, where: str, field: str, values: list[str]) -> None:
    seen: set[str] = set()
    for value in values:
        low = value.lower()
        if low in seen:
            raise CatalogueError(source, where, field, f"duplicate {value!r}")
        seen.add(low)


def _part(source: str, code: str, index: int, table: object) -> Part:
    r = _Reader(source, f"item {code} part {index + 1}", table, _PART_KEYS)
    key = r.text("key", pattern=_KEY_RE)
    r.where = f"item {code} part {key}"
    r.reject_unknown()
    kinds = r.table.get("agency_kinds", [])
    if not isinstance(kinds, list) or any(k not in AGENCY_KINDS for k in kinds):
        r.fail("agency_kinds", f"must be a list of {', '.join(AGENCY_KINDS)}")
    return Part(
        key=key,
        label_th=r.text("label_th"),
        label_en=r.text("label_en"),
        looks_for_th=r.text("looks_for_th"),
        looks_for_en=r.text("looks_for_en"),
        agency_kinds=tuple(kinds),
        minimum=r.integer("minimum", 1, 100) if "minimum" in r.table else 1,
        dates=r.choice("dates", _DATE_RULES) if "dates" in r.table else "",
        signer=r.choice("signer", SIGNERS) if "signer" in r.table else "",
    )


def _item(source: str, index: int, table: object, groups: set, sections: set) -> Item:
    r = _Reader(source, f"item #{index + 1}", table, _ITEM_KEYS)
    code = r.text("code", pattern=_CODE_RE)
    r.where = f"item {code}"
    r.reject_unknown()
    group = r.text("group")
    if group not in groups:
        r.fail("group", f"{group!r} is not a declared group")
    section = r.text("section")
    if section not in sections:
        r.fail("section", f"{section!r} is not a declared section")
    parts = tuple(_part(source, code, i, t) for i, t in enumerate(r.tables("parts")))
    _unique(source, f"item {code}", "parts.key", [p.key for p in parts])
    successor_of = r.table.get("successor_of", [])
    if not isinstance(successor_of, list) or not all(isinstance(c, str) and _CODE_RE.match(c) for c in successor_of):
        r.fail("successor_of", 'must be a list of item codes of the previous year, such as ["O12"]')
    _unique(source, f"item {code}", "successor_of", successor_of)
    return Item(
        code=code,
        group=group,
        section=section,
        title_th=r.text("title_th"),
        title_en=r.text("title_en"),
        link_th=r.text("link_th"),
        link_en=r.text("link_en"),
        description_th=r.text("description_th"),
        description_en=r.text("description_en"),
        period=r.choice("period", PERIOD_RULES),
        nil_allowed=r.boolean("nil_allowed"),
        placement=r.choice("placement", PLACEMENTS),
        page_type=r.text("page_type", pattern=_PAGE_TYPE_RE),
        parts=parts,
        successor_of=tuple(successor_of),
    )


def parse_catalogue(data: dict, source: str) -> Catalogue:
    """Validate already-parsed TOML data; ``source`` names the file in errors."""
    top = _Reader(source, "catalogue", data, _TOP_KEYS).reject_unknown()
    if top.table.get("schema") != SCHEMA_VERSION:
        top.fail("schema", f"must be {SCHEMA_VERSION}")
    indicators = []
    for i, t in enumerate(top.tables("indicators")):
        r = _Reader(source, f"indicator #{i + 1}", t, {"code", "heading_th", "heading_en"}).reject_unknown()
        indicators.append(Indicator(r.text("code"), r.text("heading_th"), r.text("heading_en")))
    _unique(source, "catalogue", "indicators.code", [x.code for x in indicators])
    known_indicators = {x.code for x in indicators}
    groups = []
    for i, t in enumerate(top.tables("groups")):
        r = _Reader(source, f"group #{i + 1}", t, {"code", "indicator", "heading_th", "heading_en"}).reject_unknown()
        group = Group(r.text("code"), r.text("indicator"), r.text("heading_th"), r.text("heading_en"))
        if group.indicator not in known_indicators:
            r.fail("indicator", f"{group.indicator!r} is not a declared indicator")
        groups.append(group)
    _unique(source, "catalogue", "groups.code", [g.code for g in groups])
    sections = []
    for i, t in enumerate(top.tables("sections")):
        r = _Reader(source, f"section #{i + 1}", t, {"key", "heading_th", "heading_en"}).reject_unknown()
        sections.append(Section(r.text("key", pattern=_SECTION_RE), r.text("heading_th"), r.text("heading_en")))
    _unique(source, "catalogue", "sections.key", [s.key for s in sections])
    items = tuple(
        _item(source, i, t, {g.code for g in groups}, {s.key for s in sections})
        for i, t in enumerate(top.tables("items"))
    )
    _unique(source, "catalogue", "items.code", [it.code for it in items])
    _unique(
        source, "catalogue", "items.page_type", [it.page_type for it in items if it.page_type != GENERIC_PAGE_TYPE]
    )
    year = top.integer("year", 2500, 2700)
    previous_year = None
    if "previous_year" in top.table:
        previous_year = top.integer("previous_year", 2500, year - 1)
    if previous_year is None and any(it.successor_of for it in items):
        top.fail("previous_year", "missing: items name predecessors (successor_of), so say which year they are from")
    return Catalogue(
        framework=top.text("framework", pattern=re.compile(r"^[A-Z][A-Z0-9]*$")),
        year=year,
        title_th=top.text("title_th"),
        title_en=top.text("title_en"),
        source=source,
        indicators=tuple(indicators),
        groups=tuple(groups),
        sections=tuple(sections),
        items=items,
        previous_year=previous_year,
    )


def load_catalogue(path: str | Path) -> Catalogue:
    """Load and validate one catalogue file."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(path.name, "catalogue", "-", f"not valid TOML: {exc}") from exc
    except OSError as exc:
        raise CatalogueError(str(path), "catalogue", "-", f"cannot read: {exc}") from exc
    return parse_catalogue(data, path.name)
