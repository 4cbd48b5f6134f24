"""ITA groups (หมวด) for the search filter: the sections of the site's year's catalogue.

Why from the catalogue: citizens and assessors narrow results to one part of the
ITA checklist ("procurement", "human resources", ...), and the NACC renumbers and
regroups items every year. The groups, their labels and their order are the
catalogue's sections; a page's group is the section of the catalogue item it serves,
so a new year's file changes the filter without a code change.
"""

from __future__ import annotations

from django.utils.translation import get_language

from ita_pages.items.models.item import ItemPage


def group_choices(catalogue, language: str | None = None) -> list[tuple[str, str]]:
    """(key, label) of every section of `catalogue`, in catalogue order."""
    language = language or get_language()
    return [(section.key, section.text("heading", language)) for section in catalogue.sections]


def group_for(page) -> str:
    """The section key of the catalogue item `page` serves in its year; "" for other pages."""
    page = page.specific
    if not isinstance(page, ItemPage):
        return ""
    item = page.ita_item
    return item.section if item is not None else ""
