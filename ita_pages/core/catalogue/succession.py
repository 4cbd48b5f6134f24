"""How one year's items continue the previous year's: renumbered, merged or dropped.

Why a module: the NACC renumbers, merges and drops items every year, and the rollover
carries each page's content to the item that continues it. Which item continues which
is data in the newer catalogue (``successor_of``); this module checks that data
against the previous year's file and answers the questions the rollover and its
report ask (what continues what, what was dropped, what is new). Pure Python.
"""

from __future__ import annotations

from .loader import CatalogueError
from .model import Catalogue, Item


def check_succession(current: Catalogue, previous: Catalogue) -> None:
    """Refuse ``successor_of`` codes the previous year's catalogue does not have."""
    known = {it.code.lower() for it in previous.items}
    for item in current.items:
        for code in item.successor_of:
            if code.lower() not in known:
                raise CatalogueError(
                    current.source,
                    f"item {item.code}",
                    "successor_of",
                    f"{code!r} is not an item of {previous.year} ({previous.source})",
                )


def check_all(catalogues: dict[int, Catalogue]) -> None:
    """Check every catalogue that names a previous year against that year's file."""
    for cat in catalogues.values():
        if cat.previous_year is None:
            continue
        previous = catalogues.get(cat.previous_year)
        if previous is None:
            raise CatalogueError(
                cat.source, "catalogue", "previous_year", f"there is no catalogue for {cat.previous_year}"
            )
        check_succession(cat, previous)


def predecessors(item: Item, previous: Catalogue) -> list[Item]:
    """The previous year's items ``item`` continues, primary (first named) first."""
    return [previous.item(code) for code in item.successor_of]


def dropped(current: Catalogue, previous: Catalogue) -> list[Item]:
    """Previous items no item of ``current`` continues: their pages stay only in the archive."""
    continued = {code.lower() for it in current.items for code in it.successor_of}
    return [it for it in previous.items if it.code.lower() not in continued]


def new_items(current: Catalogue) -> list[Item]:
    """Items with no predecessor: the rollover gives them an empty draft."""
    return [it for it in current.items if not it.successor_of]
