"""Who heads the agency, read from the executives an item page lists.

Why one function: the executives page (O2) must show the head of the agency, and
declarations such as the No Gift Policy (O31) must be signed by that person. A
local administration lists a political side (the elected mayor or chief
executive) and a civil-service side (the permanent secretary), and both may have a
"top" executive; the head of the agency is the political side's. Publishing and
the checker both ask here, so they cannot disagree about who that is.

Which declarations the head must sign is the catalogue's (a part's ``signer``); a
signed block names its signer in ``signer`` and the role they signed in as in
``signer_role``.
"""

from __future__ import annotations

import re

LOCAL_ADMINISTRATION = "lao"

_HONORIFICS = re.compile(r"^(นางสาว|นาง|นาย|ว่าที่\s*ร\.?\s*ต\.?|ดร\.|mr\.?|mrs\.?|ms\.?|miss|dr\.?)\s*", re.IGNORECASE)


def heads_of_agency(people, agency_kind: str | None) -> list:
    """The executives (struct values or dicts with ``role`` and ``side``) who head the agency.

    For a local administration: the top executive of the political side; for any
    other agency: the top executive (whatever side, if sides are given at all).
    """
    tops = [p for p in people if p.get("role") == "top"]
    if agency_kind == LOCAL_ADMINISTRATION:
        return [p for p in tops if p.get("side") == "political"]
    return tops


def signed_as_head(signed) -> bool:
    """Whether a signed block (``signer_role``) was signed by the head of the agency.

    A signed block names no side, so for a local administration the role is only the
    first half of the answer: the checker then requires the signer's name to be the
    political side's top executive on the executives item (``heads_of_agency``).
    """
    return signed.get("signer_role") == "top" and bool((signed.get("signer") or "").strip())


def signer_name(signed) -> str:
    return (signed.get("signer") or "").strip()


def normal_name(name: str) -> str:
    """Compare names without honorifics, spaces or case ("นาย สมชาย ใจดี" == "สมชาย ใจดี")."""
    name = (name or "").strip()
    while True:
        stripped = _HONORIFICS.sub("", name, count=1)
        if stripped == name:
            break
        name = stripped.strip()
    return re.sub(r"\s+", "", name).lower()
