"""Rules as small named objects, kept in one ordered registry.

Why a registry: each thing an assessor checks (a live page, every required part,
the right year, placement, evidence, reachability, item-specific rules) is a rule
with its own name and bilingual messages, so a result can say exactly which rule
failed, tests can exercise one rule at a time, and a new year's rule is one class.
Messages are English msgids with the Thai in the project catalogue; a problem
carries both renderings so the admin (Thai) and the JSON (either) agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.utils import translation

from .results import Problem

if TYPE_CHECKING:
    from ita_pages.core.catalogue import Item

    from .context import CheckContext


class Rule:
    """One named check over one catalogue item.

    Subclasses set `code` (a stable name in the JSON output), `messages` (a dict of
    lazily translated templates using %(name)s placeholders) and implement `check`,
    yielding `Problem`s made with `self.problem(key, **params)`.
    """

    code: str = ""
    messages: dict = {}
    # Most rules read the live revision, so they only run once a live page exists.
    needs_live_page: bool = True
    # Page types (``app_label.ModelName``) an item-specific rule is about; empty = every item.
    page_types: tuple[str, ...] = ()

    def applies(self, ctx: CheckContext, item: Item) -> bool:
        if self.page_types:
            return item.page_type.lower() in {p.lower() for p in self.page_types}
        return True

    def check(self, ctx: CheckContext, item: Item) -> Iterable[Problem]:
        raise NotImplementedError

    def problem(self, key: str, *, blocking: bool = True, **params) -> Problem:
        template = self.messages[key]
        return Problem(
            rule=self.code,
            message_th=_render(template, "th", params),
            message_en=_render(template, "en", params),
            blocking=blocking,
        )


def _render(template, language: str, params: dict) -> str:
    with translation.override(language):
        text = str(template)
        rendered = {k: _in_language(v, language) for k, v in params.items()}
        return text % rendered if rendered else text


def _in_language(value, language: str):
    """Parameters may be (th, en) pairs, lazy strings or plain values."""
    if isinstance(value, tuple) and len(value) == 2:
        return value[1] if language == "en" and value[1] else value[0]
    return str(value)


_RULES: list[Rule] = []


def register(rule_class: type[Rule]) -> type[Rule]:
    """Class decorator: add one instance of the rule to the registry (once)."""
    if not rule_class.code:
        raise ValueError(f"{rule_class.__name__} needs a code")
    if any(r.code == rule_class.code for r in _RULES):
        raise ValueError(f"a rule named {rule_class.code!r} is already registered")
    _RULES.append(rule_class())
    return rule_class


def rules() -> list[Rule]:
    """Every registered rule, in registration order (the order problems are listed)."""
    return list(_RULES)


def get_rule(code: str) -> Rule:
    return next(r for r in _RULES if r.code == code)
