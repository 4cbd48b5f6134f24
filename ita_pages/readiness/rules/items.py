"""Rule `signed-by-top-executive`: whoever signed a part the catalogue wants signed by the head
of the agency is the person heading the agency in office.

Why in the checker and not at publish: who heads the agency is written on another
item's page (the executives item), so only a check over the whole site can compare
them. Which parts must be signed so is the catalogue's (a part's `signer`); what the
signed page itself must show (a signer who signed as the top executive, the date
within the year) is its publish rule, which the `required-parts` rule re-runs. The
executives item is the one whose page type lists the head of the agency
(a `HeadOfAgency` part spec), and who heads the agency (for a local administration,
the top executive of the political side) is `ita_pages.core.roles`, the same answer the
executives page's publish check uses.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from ita_pages.core.catalogue.registry import page_model
from ita_pages.core.part_lookup import part_spec_for
from ita_pages.core.parts import HeadOfAgency
from ita_pages.core.roles import heads_of_agency, normal_name, signer_name

from ..content import struct_rows
from ..registry import Rule, register


def people(obj) -> list[dict]:
    return [raw for _block, raw, _where in struct_rows(obj) if "role" in raw and "name" in raw]


def head_names(obj, agency_kind: str | None) -> list[str]:
    """Names of whoever heads the agency on an executives page."""
    return [p.get("name") or "" for p in heads_of_agency(people(obj), agency_kind)]


def _model(item):
    try:
        return page_model(item.page_type)
    except LookupError:
        return None


def executives_item(catalogue, agency_kind: str | None):
    """The item whose page type lists the head of the agency (a ``HeadOfAgency`` part), if any."""
    for item in catalogue.items:
        model = _model(item)
        if model is None:
            continue
        if any(isinstance(part_spec_for(model, p.key), HeadOfAgency) for p in item.parts_for(agency_kind)):
            return item
    return None


def signers(obj, item, agency_kind: str | None) -> list[str]:
    """The names signed on the live page in the parts the catalogue wants signed."""
    values = obj.field_values() if hasattr(obj, "field_values") else {}
    names = []
    for part in item.signed_parts(agency_kind):
        part_spec = part_spec_for(type(obj), part.key)
        for child in part_spec.blocks(values) if part_spec is not None else []:
            name = signer_name(child.value)
            if name and name not in names:
                names.append(name)
    return names


@register
class SignedByTopExecutiveRule(Rule):
    code = "signed-by-top-executive"
    messages = {
        "no-executives-item": _(
            "The ITA %(year)s has no item listing the executives, so the signer “%(signer)s” cannot be confirmed "
            "as the top executive in office."
        ),
        "no-executives-page": _(
            "The executives page (%(code)s) is not published, so the signer “%(signer)s” cannot be confirmed "
            "as the top executive in office."
        ),
        "no-head-of-agency": _(
            "The executives page (%(code)s) names no one who heads the agency, so the signer “%(signer)s” "
            "cannot be confirmed as the top executive in office."
        ),
        "not-top-executive": _(
            "The declaration is signed by “%(signer)s”, but the executives page names %(top)s as top executive."
        ),
    }

    def applies(self, ctx, item):
        return bool(item.signed_parts(ctx.agency_kind))

    def check(self, ctx, item):
        names = signers(ctx.live_object(ctx.page_for(item)), item, ctx.agency_kind)
        if not names:
            return  # the page's own publish rule names a missing signer
        source = executives_item(ctx.catalogue, ctx.agency_kind)
        page = ctx.page_for(source) if source is not None else None
        executives = ctx.live_object(page)
        heads = head_names(executives, ctx.agency_kind) if executives is not None else []
        for signer in names:
            if source is None:
                yield self.problem("no-executives-item", year=ctx.year, signer=signer)
            elif executives is None:
                yield self.problem("no-executives-page", code=source.code, signer=signer)
            elif not heads:
                yield self.problem("no-head-of-agency", code=source.code, signer=signer)
            elif normal_name(signer) not in {normal_name(h) for h in heads}:
                yield self.problem("not-top-executive", signer=signer, top=", ".join(heads))
