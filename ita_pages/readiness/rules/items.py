"""Rule `signed-by-top-executive`: the No Gift declaration's signer heads the agency in office.

Why in the checker and not at publish: who heads the agency is written on another
page (the executives item, O2), so only a check over the whole site can compare
them. What the declaration page itself must show (a signer marked as the top
executive, the date within the year) is its publish rule, which the
`required-parts` rule re-runs. Who heads the agency (for a local administration,
the top executive of the political side) is `ita_pages.roles`, the same answer the
executives page's publish check uses.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from ita_pages.roles import heads_of_agency, normal_name

from ..content import struct_rows
from ..registry import Rule, register

EXECUTIVES_PAGE = "ita_pages.ExecutivesPage"
NO_GIFT_PAGE = "ita_pages.NoGiftDeclarationPage"


def people(obj) -> list[dict]:
    return [raw for _block, raw, _where in struct_rows(obj) if "role" in raw and "name" in raw]


def head_names(obj, agency_kind: str | None) -> list[str]:
    """Names of whoever heads the agency on an executives page."""
    return [p.get("name") or "" for p in heads_of_agency(people(obj), agency_kind)]


@register
class SignedByTopExecutiveRule(Rule):
    code = "signed-by-top-executive"
    page_types = (NO_GIFT_PAGE,)
    messages = {
        "no-executives": _(
            "The executives page (O2) is not published, so the signer “%(signer)s” cannot be confirmed "
            "as the top executive in office."
        ),
        "no-head": _(
            "The executives page (O2) names no one who heads the agency, so the signer “%(signer)s” "
            "cannot be confirmed as the top executive in office."
        ),
        "not-top-executive": _(
            "The declaration is signed by “%(signer)s”, but the executives page names %(top)s as top executive."
        ),
    }

    def check(self, ctx, item):
        rows = struct_rows(ctx.live_object(ctx.page_for(item)))
        signers = [raw["signer"].strip() for _b, raw, _w in rows if (raw.get("signer") or "").strip()]
        if not signers:
            return  # the page's own publish rule names a missing signer
        executives_item = ctx.catalogue.item_for_page_type(EXECUTIVES_PAGE)
        executives_page = ctx.page_for(executives_item) if executives_item else None
        executives = ctx.live_object(executives_page) if executives_page is not None else None
        heads = head_names(executives, ctx.agency_kind) if executives is not None else []
        for signer in signers:
            if executives is None:
                yield self.problem("no-executives", signer=signer)
            elif not heads:
                yield self.problem("no-head", signer=signer)
            elif normal_name(signer) not in {normal_name(h) for h in heads}:
                yield self.problem("not-top-executive", signer=signer, top=", ".join(heads))
