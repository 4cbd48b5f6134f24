"""The last report per site and year, kept until content changes.

Why: the dashboard sits on the admin home page that every editor opens; running
43 items' rules on every visit would be slow. A report is cached under a
"generation" key that any publish, unpublish, move, deletion or change of a
document, menu or setting replaces, so every cached report is dropped at once and
the next visit recomputes it (see `signals.py`).
"""

from __future__ import annotations

import uuid

from django.core.cache import cache

from ita_pages.core.catalogue.registry import assessment_year

from .checker import run_checks
from .results import Report

GENERATION_KEY = "ita-readiness:generation"
UNCACHED = "uncached"
TIMEOUT = 60 * 60  # an hour at most, so expiry dates passing are noticed too


def _generation() -> str:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = uuid.uuid4().hex
        if not cache.add(GENERATION_KEY, generation, None):
            # Another process started one first, or the cache is unreachable: then one
            # fixed generation, so that a report is not computed twice per request.
            generation = cache.get(GENERATION_KEY) or UNCACHED
    return generation


def _key(site_id: int, year: int) -> str:
    return f"ita-readiness:report:{site_id}:{year}:{_generation()}"


def get_report(site, year: int | None = None, *, refresh: bool = False) -> Report:
    """The cached report for `site` and `year`, computed when missing or stale."""
    year = int(year or assessment_year(site))
    key = _key(site.pk, year)
    report = None if refresh else cache.get(key)
    if report is None:
        for _attempt in range(2):
            report = run_checks(site, year)
            # A check can itself save a watched row (a site's settings are created on
            # first use), which starts a new generation; a report computed across a
            # change is stale, so compute once more against the settled generation.
            settled = _key(site.pk, year)
            if settled == key:
                break
            key = settled
        cache.set(key, report, TIMEOUT)
    return report


def get_locations(site, year: int) -> dict[str, dict]:
    """Each item's page and address (``locations.item_locations``), cached like reports."""
    from .locations import item_locations

    key = f"{_key(site.pk, int(year))}:locations"
    locations = cache.get(key)
    if locations is None:
        locations = item_locations(site, int(year))
        cache.set(key, locations, TIMEOUT)
    return locations


def invalidate() -> None:
    """Forget every cached report (a new generation makes all old keys unreachable)."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)
