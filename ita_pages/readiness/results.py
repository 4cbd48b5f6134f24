"""What a readiness check found, as plain dataclasses, and what each status means.

Why dataclasses: the same result is printed by `manage.py ita_check`, emitted as
JSON for machines, cached between admin requests, drawn as the dashboard and
exported for ITAS. Keeping it free of model instances makes it picklable (the cache)
and its JSON shape a single tested function (`Report.to_dict`).

The statuses are defined here and nowhere else (docs/readiness.md explains them):

- ``pass``: a live, public page serves the item and no rule blocks it;
- ``fail``: the live, public page breaks at least one rule;
- ``missing``: no live page serves the item (none at all, only a draft, or an
  expired one): to an assessor it does not exist;
- ``restricted``: the page is live but not public (private or password-protected),
  so an assessor who does not log in cannot open it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

# The catalogue's Thai/English picker, so that a result reads a language as the catalogue does.
from ita_pages.core.catalogue.model import _Bilingual

PASS = "pass"  # noqa: S105 - a status, not a password
FAIL = "fail"
MISSING = "missing"
RESTRICTED = "restricted"
STATUSES = (PASS, FAIL, MISSING, RESTRICTED)
STATUS_LABELS = {PASS: _("pass"), FAIL: _("fail"), MISSING: _("missing"), RESTRICTED: _("restricted")}
# Statuses decided by where the page stands, before any rule reads its content.
PAGE_STATUSES = (MISSING, RESTRICTED)


def status_label(status: str) -> str:
    """The status as editors read it (in the active language)."""
    return str(STATUS_LABELS.get(status, status))


def page_status(page, *, restricted: bool, expired: bool) -> str | None:
    """``missing`` or ``restricted`` when the page's state decides the verdict, else None."""
    if page is None or not page.live or expired:
        return MISSING
    if restricted:
        return RESTRICTED
    return None


@dataclass(frozen=True)
class Problem(_Bilingual):
    """One rule that an item breaks, worded for editors in Thai and in English."""

    rule: str
    message_th: str
    message_en: str
    # Problems on the page itself stop the item; warnings (e.g. an unchecked
    # external link) are shown but do not fail it.
    blocking: bool = True

    def message(self, language: str = "th") -> str:
        return self.text("message", language)


@dataclass
class ItemResult(_Bilingual):
    """The verdict on one catalogue item for one site and year."""

    code: str
    group: str
    title_th: str
    title_en: str
    status: str = PASS
    url: str | None = None
    page_id: int | None = None
    revision_id: int | None = None
    problems: list[Problem] = field(default_factory=list)

    def title(self, language: str = "th") -> str:
        return self.text("title", language)

    @property
    def status_label(self) -> str:
        return status_label(self.status)

    @property
    def passed(self) -> bool:
        return self.status == PASS

    def add(self, problem: Problem) -> None:
        self.problems.append(problem)

    def messages(self, language: str = "th") -> list[str]:
        return [p.message(language) for p in self.problems]

    def settle(self) -> None:
        """Derive the status: the page's state (missing, restricted) wins, then any blocking problem."""
        if self.status in PAGE_STATUSES:
            return
        self.status = FAIL if any(p.blocking for p in self.problems) else PASS

    def to_dict(self, language: str = "th") -> dict:
        return {
            "code": self.code,
            "status": self.status,
            "url": self.url,
            "problems": [{"rule": p.rule, "message": p.message(language)} for p in self.problems],
        }


@dataclass(frozen=True)
class GroupSummary(_Bilingual):
    """Pass count of one catalogue group (the dashboard draws one bar per group)."""

    code: str
    heading_th: str
    heading_en: str
    passed: int
    total: int

    def heading(self, language: str = "th") -> str:
        return self.text("heading", language)

    @property
    def percent(self) -> int:
        return round(100 * self.passed / self.total) if self.total else 0


@dataclass
class Report:
    """Every item's verdict for one site and assessment year, in catalogue (ITAS) order."""

    site: str
    site_id: int
    year: int
    items: list[ItemResult] = field(default_factory=list)
    groups: list[tuple[str, str, str]] = field(default_factory=list)  # (code, heading_th, heading_en)
    checked_at: str = ""
    checked_links: bool = False

    @property
    def passed(self) -> int:
        return sum(1 for item in self.items if item.passed)

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def all_pass(self) -> bool:
        return bool(self.items) and self.passed == self.total

    def item(self, code: str) -> ItemResult | None:
        return next((it for it in self.items if it.code.lower() == code.lower()), None)

    def group_summaries(self) -> list[GroupSummary]:
        summaries = []
        for code, heading_th, heading_en in self.groups:
            members = [it for it in self.items if it.group == code]
            summaries.append(
                GroupSummary(code, heading_th, heading_en, sum(1 for it in members if it.passed), len(members))
            )
        return summaries

    def count(self, status: str) -> int:
        return sum(1 for item in self.items if item.status == status)

    def to_dict(self, language: str = "th") -> dict:
        """The machine shape: {"site", "year", "items": [{"code", "status", "url", "problems"}]}."""
        return {
            "site": self.site,
            "year": self.year,
            "items": [item.to_dict(language) for item in self.items],
        }
