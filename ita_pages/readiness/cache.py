"""The last report per site and year, kept until content changes.

Why: the dashboard sits on the admin home page that every editor opens; running
43 items' rules on every visit would be slow. A report is cached under a
"generation" key that any publish, unpublish, move, deletion or change of a
document, menu or setting replaces, so every cached report is dropped at once and
the next visit recomputes it (see `signals.py`).

A report takes seconds of CPU to compute, and the public `/api/ita/status/{year}`
reads it too, so a missing report must not be computed by every process at once: under
load each of them would pass the server's timeout and none would ever store it. One
process computes while the others wait for its result (a lock in the cache); with the
cache unreachable, each process reuses the report it computed last for a minute.
"""

from __future__ import annotations

import threading
import time
import uuid

from django.core.cache import cache

from ita_pages.core.catalogue.registry import assessment_year

from .checker import run_checks
from .results import Report

GENERATION_KEY = "ita-readiness:generation"
UNCACHED = "uncached"
TIMEOUT = 60 * 60  # an hour at most, so expiry dates passing are noticed too
# Longer than a computation takes on a busy host; a process that dies holding it only
# delays the next one by this much.
LOCK_TIMEOUT = 120
# How long a request waits for another process's computation before doing its own: well
# within the server's request timeout (GUNICORN_TIMEOUT, 30 s), with time left to compute.
WAIT_SECONDS = 10
POLL_SECONDS = 0.2
# With the cache down, how long a process reuses its own last report.
OUTAGE_REUSE_SECONDS = 60

_recent: dict[tuple[int, int], tuple[float, Report]] = {}
_recent_lock = threading.Lock()


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
    lock = None
    if not refresh:
        report = cache.get(key) if not key.endswith(UNCACHED) else _recent_report(site.pk, year)
        if report is not None:
            return report
        if not key.endswith(UNCACHED):
            lock = _lock_key(key)
            if cache.add(lock, 1, LOCK_TIMEOUT) is False:
                # Another process is computing this report: its result is worth the wait.
                lock = None
                report = _wait_for(key)
                if report is not None:
                    return report
    try:
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
    finally:
        if lock is not None:
            cache.delete(lock)
    with _recent_lock:
        _recent[(site.pk, year)] = (time.monotonic(), report)
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


def _lock_key(key: str) -> str:
    return f"{key}:computing"


def _wait_for(key: str) -> Report | None:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        time.sleep(POLL_SECONDS)
        report = cache.get(key)
        if report is not None:
            return report
        if cache.get(_lock_key(key)) is None:
            return None  # the computing process gave up or died, or the cache went away
    return None


def _recent_report(site_id: int, year: int) -> Report | None:
    """This process's last report, while young enough to stand in for the unreachable cache."""
    with _recent_lock:
        recent = _recent.get((site_id, year))
    if recent is None or time.monotonic() - recent[0] > OUTAGE_REUSE_SECONDS:
        return None
    return recent[1]


def invalidate() -> None:
    """Forget every cached report (a new generation makes all old keys unreachable)."""
    with _recent_lock:
        _recent.clear()
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)
