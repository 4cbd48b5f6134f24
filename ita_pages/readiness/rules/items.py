"""Item-specific rules from the ITA text, keyed by page type (codes change yearly).

- `executive-roles` (O2): a top executive and a deputy; for local administrations
  executives on both the political and the civil-service side.
- `signed-by-top-executive` (O31): the No Gift declaration is signed by the person
  the executives page names as top executive.
- `all-six-months` (O21): a row for every month October–March, each with its
  procurements or (where allowed) a nil statement.

They read the raw block data (`content.struct_rows`) by child names (`role`,
`side`, `signer`, `signer_role`, `month`, `procurements`, `nil_statement`), which is
how the block library names them.
"""

from __future__ import annotations

import datetime as dt
import re

from django.utils.translation import gettext_lazy as _

from ita_pages.fiscal import FiscalYear

from ..content import struct_rows
from ..registry import Rule, register
from .period import months_text

EXECUTIVES_PAGE = "ita_pages.ExecutivesPage"
NO_GIFT_PAGE = "ita_pages.NoGiftDeclarationPage"
MONTHLY_PROCUREMENT_PAGE = "ita_pages.MonthlyProcurementSummaryPage"

_HONORIFICS = re.compile(r"^(นางสาว|นาง|นาย|ว่าที่\s*ร\.?\s*ต\.?|ดร\.|mr\.?|mrs\.?|ms\.?|miss|dr\.?)\s*", re.IGNORECASE)


def normal_name(name: str) -> str:
    """Compare names without honorifics, spaces or case ("นาย สมชาย ใจดี" == "สมชาย ใจดี")."""
    name = (name or "").strip()
    while True:
        stripped = _HONORIFICS.sub("", name, count=1)
        if stripped == name:
            break
        name = stripped.strip()
    return re.sub(r"\s+", "", name).lower()


def people(obj) -> list[dict]:
    return [raw for _block, raw, _where in struct_rows(obj) if "role" in raw and "name" in raw]


def top_executives(obj) -> list[str]:
    return [p.get("name") or "" for p in people(obj) if p.get("role") == "top"]


@register
class ExecutiveRolesRule(Rule):
    code = "executive-roles"
    page_types = (EXECUTIVES_PAGE,)
    messages = {
        "no-top": _("The page names no top executive (role “top executive”)."),
        "no-deputy": _("The page names no deputy executive (role “deputy executive”)."),
        "no-political": _("A local administration must list executives on the political side; there are none."),
        "no-civil-service": _(
            "A local administration must list executives on the civil-service side; there are none."
        ),
    }

    def check(self, ctx, item):
        persons = people(ctx.live_object(ctx.page_for(item)))
        roles = {p.get("role") for p in persons}
        if "top" not in roles:
            yield self.problem("no-top")
        if "deputy" not in roles:
            yield self.problem("no-deputy")
        if ctx.agency_kind == "lao":
            sides = {p.get("side") for p in persons}
            if "political" not in sides:
                yield self.problem("no-political")
            if "civil_service" not in sides:
                yield self.problem("no-civil-service")


@register
class SignedByTopExecutiveRule(Rule):
    code = "signed-by-top-executive"
    page_types = (NO_GIFT_PAGE,)
    messages = {
        "no-signer": _("The declaration does not say who signed it."),
        "not-top-role": _("The declaration must be signed by the top executive, not by “%(signer)s” (%(role)s)."),
        "no-executives": _(
            "The executives page (O2) is not published, so the signer “%(signer)s” cannot be confirmed "
            "as the top executive in office."
        ),
        "not-top-executive": _(
            "The declaration is signed by “%(signer)s”, but the executives page names %(top)s as top executive."
        ),
    }

    def check(self, ctx, item):
        rows = [raw for _b, raw, _w in struct_rows(ctx.live_object(ctx.page_for(item))) if "signer" in raw]
        signers = [r for r in rows if (r.get("signer") or "").strip()]
        if not signers:
            yield self.problem("no-signer")
            return
        executives_item = next(
            (i for t in ExecutiveRolesRule.page_types if (i := ctx.catalogue.item_for_page_type(t))), None
        )
        executives_page = ctx.page_for(executives_item) if executives_item else None
        executives = ctx.live_object(executives_page) if executives_page is not None else None
        tops = top_executives(executives) if executives is not None else []
        for row in signers:
            signer = row["signer"].strip()
            role = row.get("signer_role")
            if role and role != "top":
                yield self.problem("not-top-role", signer=signer, role=role)
                continue
            if not tops:
                yield self.problem("no-executives", signer=signer)
            elif normal_name(signer) not in {normal_name(t) for t in tops}:
                yield self.problem("not-top-executive", signer=signer, top=", ".join(tops))


def _month_of(value) -> tuple[int, int] | None:
    if isinstance(value, dt.date):
        return value.year, value.month
    try:
        day = dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
    return day.year, day.month


@register
class AllSixMonthsRule(Rule):
    code = "all-six-months"
    page_types = (MONTHLY_PROCUREMENT_PAGE,)
    messages = {
        "missing": _("Months of the first half of %(year)s without a summary or a nil statement: %(months)s."),
        "nil-not-allowed": _("Nil statements are not accepted for this item (%(months)s)."),
    }

    def check(self, ctx, item):
        covered, nil_months = set(), []
        for _block, raw, _where in struct_rows(ctx.live_object(ctx.page_for(item))):
            if "month" not in raw:
                continue
            month = _month_of(raw.get("month"))
            if month is None:
                continue
            if raw.get("procurements"):
                covered.add(month)
            elif (raw.get("nil_statement") or "").strip():
                nil_months.append(month)
                if item.nil_allowed:
                    covered.add(month)
        fiscal = FiscalYear(ctx.year)
        missing = [m for m in fiscal.first_half_months() if m not in covered]
        if missing:
            yield self.problem("missing", year=fiscal.be_year, months=months_text(missing))
        if nil_months and not item.nil_allowed:
            yield self.problem("nil-not-allowed", months=months_text(sorted(nil_months)))
