"""What a readiness check found, as plain dataclasses.

Why dataclasses: the same result is printed by `manage.py ita_check`, emitted as
JSON for machines, cached between admin requests, drawn as the dashboard and
exported for ITAS. Keeping it free of model instances makes it picklable (the cache)
and its JSON shape a single tested function (`Report.to_dict`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

PASS = "pass"  # noqa: S105 - a status, not a password
FAIL = "fail"
MISSING = "missing"
STATUSES = (PASS, FAIL, MISSING)


@dataclass(frozen=True)
class Problem:
    """One rule that an item breaks, worded for editors in Thai and in English."""

    rule: str
    message_th: str
    message_en: str
    # Problems on the page itself stop the item; warnings (e.g. an unchecked
    # external link) are shown but do not fail it.
    blocking: bool = True

    def message(self, language: str = "th") -> str:
        return self.message_en if (language or "th").startswith("en") else self.message_th


@dataclass
class ItemResult:
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
        return self.title_en if (language or "th").startswith("en") and self.title_en else self.title_th

    @property
    def passed(self) -> bool:
        return self.status == PASS

    def add(self, problem: Problem) -> None:
        self.problems.append(problem)

    def settle(self) -> None:
        """Derive the status from the problems: missing wins, then any blocking problem."""
        if self.status == MISSING:
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
class GroupSummary:
    """Pass count of one catalogue group (the dashboard draws one bar per group)."""

    code: str
    heading_th: str
    heading_en: str
    passed: int
    total: int

    def heading(self, language: str = "th") -> str:
        return self.heading_en if (language or "th").startswith("en") and self.heading_en else self.heading_th

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
