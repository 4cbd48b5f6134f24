"""Which catalogues this install knows, loaded once at start-up.

Why a registry: the site's assessment year (ITASettings) picks a catalogue at request
time, so all catalogue files are loaded and cross-checked against the installed page
types when Django starts (AppConfig.ready); a bad file stops start-up with a message
naming the file, item and field instead of failing later in front of an assessor.
Settings: ``ITA_CATALOGUE_DIRS`` (extra directories, searched after the built-in one)
and ``ITA_DEFAULT_YEAR`` (2566).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from .loader import CatalogueError, load_catalogue
from .model import Catalogue
from .succession import check_all

BUILTIN_DIR = Path(__file__).resolve().parent.parent / "catalogues"
DEFAULT_YEAR = 2566


def catalogue_dirs() -> list[Path]:
    from django.conf import settings

    return [BUILTIN_DIR, *(Path(p) for p in getattr(settings, "ITA_CATALOGUE_DIRS", []))]


@cache
def catalogues() -> dict[int, Catalogue]:
    """Every catalogue by assessment year; a year defined twice is an error."""
    found: dict[int, Catalogue] = {}
    for directory in catalogue_dirs():
        for path in sorted(directory.glob("*.toml")):
            cat = load_catalogue(path)
            if cat.year in found:
                other = found[cat.year].source
                raise CatalogueError(path.name, "catalogue", "year", f"{cat.year} is also in {other}")
            found[cat.year] = cat
    check_all(found)
    return dict(sorted(found.items()))


def reset() -> None:
    """Forget loaded catalogues (tests that change ITA_CATALOGUE_DIRS call this)."""
    catalogues.cache_clear()


def default_year() -> int:
    from django.conf import settings

    return getattr(settings, "ITA_DEFAULT_YEAR", DEFAULT_YEAR)


def available_years() -> list[int]:
    return list(catalogues())


def get_catalogue(year: int | None = None) -> Catalogue:
    """The catalogue for ``year``, or the default year's when there is none."""
    cats = catalogues()
    if year in cats:
        return cats[year]
    return cats[default_year()]


def check_page_types() -> None:
    """Cross-check every catalogue with the installed page types.

    An item whose app is not installed (another team's app not merged yet) is
    skipped; an installed app without the model, a model that is not a page, or a
    page type that does not say how to find one of the item's parts is an error.
    """
    from django.apps import apps
    from wagtail.models import Page

    for cat in catalogues().values():
        for item in cat.items:
            if item.app_label not in apps.app_configs:
                continue
            try:
                model = apps.get_model(item.app_label, item.model_name)
            except LookupError:
                raise CatalogueError(cat.source, f"item {item.code}", "page_type", "no such model") from None
            if not issubclass(model, Page):
                raise CatalogueError(cat.source, f"item {item.code}", "page_type", "is not a page type")
            specs = getattr(model, "part_specs", None)
            if specs is None:
                continue
            from ita_pages.part_lookup import part_spec_for

            for part in item.parts:
                if part_spec_for(model, part.key) is None:
                    raise CatalogueError(
                        cat.source,
                        f"item {item.code} part {part.key}",
                        "key",
                        f"{item.page_type} does not know this part (has: {', '.join(specs)})",
                    )
