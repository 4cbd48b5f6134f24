"""The ITA catalogue: one data file per assessment framework and year.

Why a package of its own: the assessment criteria change every year, so the list of
items, their required parts and period rules are data (``ita_pages/core/catalogues/*.toml``)
read into frozen dataclasses here. This package is pure Python (no Django), so it can
be loaded and tested anywhere; ``registry`` is the only Django-aware module.
"""

from .loader import CatalogueError, load_catalogue, parse_catalogue
from .model import (
    AGENCY_KINDS,
    PERIOD_RULES,
    PLACEMENTS,
    Catalogue,
    Group,
    Indicator,
    Item,
    Part,
    Section,
)
from .periods import Period, period_problem

__all__ = [
    "AGENCY_KINDS",
    "PERIOD_RULES",
    "PLACEMENTS",
    "Catalogue",
    "CatalogueError",
    "Group",
    "Indicator",
    "Item",
    "Part",
    "Period",
    "Section",
    "load_catalogue",
    "parse_catalogue",
    "period_problem",
]
