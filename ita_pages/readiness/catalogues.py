"""Which catalogue and which assessment year a check uses.

Why here: the year is data (ITASettings per site, else the newest catalogue file),
and other apps may not be installed yet; every lookup is lazy and tolerant so the
checker runs on whatever subset of the project exists.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from django.apps import apps

from ita_pages.catalogue import Catalogue, load_catalogue

CATALOGUE_DIR = Path(__file__).resolve().parent.parent / "catalogues"
_FILE_RE = re.compile(r"^ita-(\d{4})\.toml$")


def available_years() -> list[int]:
    """Years that have a catalogue file, oldest first."""
    years = []
    for path in CATALOGUE_DIR.glob("ita-*.toml"):
        match = _FILE_RE.match(path.name)
        if match:
            years.append(int(match.group(1)))
    return sorted(years)


@lru_cache(maxsize=8)
def _load(year: int) -> Catalogue:
    return load_catalogue(CATALOGUE_DIR / f"ita-{year}.toml")


# Catalogues that replace the installed ones for a year (tests use `override_catalogue`).
_OVERRIDES: dict[int, Catalogue] = {}


@contextmanager
def override_catalogue(catalogue: Catalogue):
    """Check against `catalogue` instead of the installed file for its year."""
    previous = _OVERRIDES.get(catalogue.year)
    _OVERRIDES[catalogue.year] = catalogue
    try:
        yield catalogue
    finally:
        if previous is None:
            _OVERRIDES.pop(catalogue.year, None)
        else:
            _OVERRIDES[catalogue.year] = previous


def get_catalogue(year: int) -> Catalogue:
    """The catalogue of assessment year `year` (BE); KeyError when there is none."""
    if year in _OVERRIDES:
        return _OVERRIDES[year]
    try:
        from ita_pages.catalogue import registry  # issue 3's Django-aware registry, when present
    except ImportError:
        registry = None
    getter = getattr(registry, "get_catalogue", None)
    if getter is not None:
        return getter(year)
    if year not in available_years():
        raise KeyError(f"no ITA catalogue for {year}")
    return _load(year)


def default_year(site) -> int:
    """The site's assessment year (ITASettings), else the newest catalogue."""
    try:
        settings_model = apps.get_model("ita_pages", "ITASettings")
    except LookupError:
        settings_model = None
    if settings_model is not None and site is not None:
        year = getattr(settings_model.for_site(site), "assessment_year", None)
        if year:
            return int(year)
    years = available_years()
    if not years:
        raise KeyError("no ITA catalogue installed")
    return years[-1]


def get_model(page_type: str):
    """The model class for ``app_label.ModelName``, or None when it is not installed."""
    app_label, _, model_name = page_type.partition(".")
    try:
        return apps.get_model(app_label, model_name)
    except (LookupError, ValueError):
        return None
