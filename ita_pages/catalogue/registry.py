"""Which catalogues this install knows, and which one applies to a site.

Why a registry: the site's assessment year (ITASettings) picks a catalogue at request
time, so all catalogue files are loaded and cross-checked against the installed page
types when Django starts (AppConfig.ready); a bad file stops start-up with a message
naming the file, item and field instead of failing later in front of an assessor.
Every part of the project asks this module, and only this module, which year applies
to a site (`assessment_year`) so that the pages, the checker, the API and the feeds
can never disagree about it.
Settings: ``ITA_CATALOGUE_DIRS`` (extra directories, searched after the built-in one)
and ``ITA_DEFAULT_YEAR`` (2566).
"""

from __future__ import annotations

from contextlib import contextmanager
from functools import cache
from pathlib import Path

from .loader import CatalogueError, load_catalogue
from .model import Catalogue
from .succession import check_all

BUILTIN_DIR = Path(__file__).resolve().parent.parent / "catalogues"
DEFAULT_YEAR = 2566

# Catalogues that stand in for the loaded file of their year (see `override_catalogue`).
_OVERRIDES: dict[int, Catalogue] = {}


def catalogue_dirs() -> list[Path]:
    from django.conf import settings

    return [BUILTIN_DIR, *(Path(p) for p in getattr(settings, "ITA_CATALOGUE_DIRS", []))]


@cache
def _loaded() -> dict[int, Catalogue]:
    found: dict[int, Catalogue] = {}
    for directory in catalogue_dirs():
        for path in sorted(directory.glob("*.toml")):
            cat = load_catalogue(path)
            if cat.year in found:
                other = found[cat.year].source
                raise CatalogueError(path.name, "catalogue", "year", f"{cat.year} is also in {other}")
            found[cat.year] = cat
    check_all(found)
    return found


def catalogues() -> dict[int, Catalogue]:
    """Every catalogue by assessment year, oldest first; a year defined twice is an error."""
    found = {**_loaded(), **_OVERRIDES}
    return dict(sorted(found.items()))


def reset() -> None:
    """Forget loaded catalogues (tests that change ITA_CATALOGUE_DIRS call this)."""
    _loaded.cache_clear()


@contextmanager
def override_catalogue(catalogue: Catalogue):
    """Use ``catalogue`` for its year until the block ends (tests renumber items with it)."""
    previous = _OVERRIDES.get(catalogue.year)
    _OVERRIDES[catalogue.year] = catalogue
    try:
        yield catalogue
    finally:
        if previous is None:
            _OVERRIDES.pop(catalogue.year, None)
        else:
            _OVERRIDES[catalogue.year] = previous


def default_year() -> int:
    """The year used when a site names none (or names one without a catalogue)."""
    from django.conf import settings

    return getattr(settings, "ITA_DEFAULT_YEAR", DEFAULT_YEAR)


def available_years() -> list[int]:
    return list(catalogues())


def get_catalogue(year: int | None = None) -> Catalogue:
    """The catalogue of ``year`` (the default year when None); KeyError for an unknown year."""
    cats = catalogues()
    year = default_year() if year is None else int(year)
    try:
        return cats[year]
    except KeyError:
        known = ", ".join(map(str, cats)) or "none"
        raise KeyError(f"no ITA catalogue for {year} (known: {known})") from None


def assessment_year(site) -> int:
    """THE year that applies to ``site``: its ITASettings year when a catalogue has it, else the default."""
    if site is not None:
        from ita_pages.models.settings import ITASettings

        year = ITASettings.for_site(site).assessment_year
        if year and int(year) in catalogues():
            return int(year)
    return default_year()


def catalogue_for_site(site) -> Catalogue:
    """The catalogue of the year that applies to ``site``."""
    return get_catalogue(assessment_year(site))


def page_model(page_type: str):
    """The page model named ``app_label.ModelName`` by a catalogue item."""
    from django.apps import apps

    app_label, _, model_name = page_type.partition(".")
    return apps.get_model(app_label, model_name)


def check_page_types() -> None:
    """Cross-check every catalogue with the installed page types.

    Each item's app must be installed and its model must be a page type that says
    where every part of the item lives (``part_specs``), for every year: a catalogue
    and the page types cannot drift apart unnoticed.
    """
    from django.apps import apps
    from wagtail.models import Page

    if default_year() not in catalogues():
        raise CatalogueError("settings", "ITA_DEFAULT_YEAR", "year", f"{default_year()} has no catalogue")
    for cat in catalogues().values():
        for item in cat.items:
            where = f"item {item.code}"
            if item.app_label not in apps.app_configs:
                raise CatalogueError(cat.source, where, "page_type", f"app {item.app_label!r} is not installed")
            try:
                model = apps.get_model(item.app_label, item.model_name)
            except LookupError:
                raise CatalogueError(cat.source, where, "page_type", "no such model") from None
            if not issubclass(model, Page):
                raise CatalogueError(cat.source, where, "page_type", "is not a page type")
            specs = getattr(model, "part_specs", None)
            if specs is None:
                continue
            from ita_pages.part_lookup import part_spec_for

            for part in item.parts:
                if part_spec_for(model, part.key) is None:
                    raise CatalogueError(
                        cat.source,
                        f"{where} part {part.key}",
                        "key",
                        f"{item.page_type} does not know this part (has: {', '.join(specs) or 'none'})",
                    )
