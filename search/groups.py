"""ITA groups (หมวด) for the search filter, and how a page tells us its group.

Why this exists: citizens and assessors narrow results to one part of the ITA
checklist ("procurement", "human resources", ...). The search app must work
with whatever page types exist, so a page's group is found by duck typing
(see ``group_for``) rather than by importing the ITA page models.
The groups follow /shared/ita-2566.md (assessment year 2566); a later year that
renumbers items only needs this table and the pages' codes to change.
"""

from __future__ import annotations

import re

from django.utils.translation import pgettext_lazy

# key, label, indicator numbers (O1..O43). The labels carry a context of their own:
# other apps translate the same English words ("Procurement") differently.
GROUPS: list[tuple[str, object, range]] = [
    ("basic", pgettext_lazy("ITA group", "Basic information"), range(1, 7)),
    ("public-relations", pgettext_lazy("ITA group", "Public relations"), range(7, 8)),
    ("interaction", pgettext_lazy("ITA group", "Interaction"), range(8, 11)),
    ("operations", pgettext_lazy("ITA group", "Operations"), range(11, 14)),
    ("work-standards", pgettext_lazy("ITA group", "Work standards"), range(14, 15)),
    ("services", pgettext_lazy("ITA group", "Services"), range(15, 19)),
    ("procurement", pgettext_lazy("ITA group", "Procurement"), range(19, 23)),
    ("human-resources", pgettext_lazy("ITA group", "Human resources"), range(23, 27)),
    ("complaints", pgettext_lazy("ITA group", "Corruption complaint handling"), range(27, 30)),
    ("participation", pgettext_lazy("ITA group", "Participation"), range(30, 31)),
    ("no-gift", pgettext_lazy("ITA group", "No Gift Policy"), range(31, 34)),
    ("risk", pgettext_lazy("ITA group", "Corruption risk assessment"), range(34, 36)),
    ("anti-corruption-plan", pgettext_lazy("ITA group", "Anti-corruption plan"), range(36, 39)),
    ("ethics", pgettext_lazy("ITA group", "Ethics"), range(39, 42)),
    ("integrity", pgettext_lazy("ITA group", "Internal integrity measures"), range(42, 44)),
]
GROUP_LABELS = {key: label for key, label, _numbers in GROUPS}
_CODE = re.compile(r"^\s*[oO]\s*(\d{1,2})\s*$")
# Attributes that ITA page types are likely to carry their indicator code in.
CODE_ATTRIBUTES = ("indicator_code", "ita_code", "code", "indicator")


def group_for_code(code: str | None) -> str:
    """ "O20" -> "procurement"; unknown or empty codes give ""."""
    match = _CODE.match(str(code or ""))
    if not match:
        return ""
    number = int(match.group(1))
    for key, _label, numbers in GROUPS:
        if number in numbers:
            return key
    return ""


def group_for(obj) -> str:
    """The ITA group of a page: its ``search_ita_group`` if defined, else from its code."""
    explicit = getattr(obj, "search_ita_group", None)
    if callable(explicit):
        explicit = explicit()
    if explicit:
        return str(explicit)
    for attribute in CODE_ATTRIBUTES:
        value = getattr(obj, attribute, None)
        if isinstance(value, str):
            group = group_for_code(value)
            if group:
                return group
    return ""
