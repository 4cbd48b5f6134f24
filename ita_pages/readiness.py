"""Per-item readiness of one ITA index, for the readiness check and dashboards.

Why here: what "ready" means (live, every part present, period fits the year) is
the catalogue's and the page types' business; a readiness report elsewhere should
call ``index_readiness(index)`` instead of re-implementing the rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ita_pages.models import IndicatorPage, ITAIndexPage


@dataclass
class ItemReadiness:
    code: str
    title: str
    url: str | None
    published: bool
    problems: list[str] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        return self.published and not self.problems


def index_readiness(index: ITAIndexPage) -> list[ItemReadiness]:
    """One entry per catalogue item, in order: live page, period warning, missing parts."""
    pages = index.item_pages()
    result = []
    for item in index.catalogue.items:
        page = pages.get(item.code)
        entry = ItemReadiness(item.code, item.text("title", "th"), page.url if page else None, page is not None)
        if page is not None:
            specific = page.specific
            if isinstance(specific, IndicatorPage):
                warning = specific.period_warning()
                if warning:
                    entry.problems.append(str(warning))
                for messages in specific.publish_errors().values():
                    entry.problems.extend(str(m) for m in messages)
        result.append(entry)
    return result
