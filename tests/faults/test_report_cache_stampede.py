"""A missing readiness report is computed by one process while the others wait for it.

Why: a report costs seconds of CPU and the public /api/ita/status reads it; under load
every gunicorn worker computed it at once, each passed the server's 30 s timeout, was
killed, and none stored it (found by `make soak`). Without a cache, a process reuses
its own last report for a while instead of computing one per request.
"""

import threading
import time

import pytest

from ita_pages.readiness import cache as report_cache

pytestmark = pytest.mark.django_db


@pytest.fixture
def runs(monkeypatch):
    """Count run_checks calls; each "report" names the call that made it."""
    calls = []

    def fake_run_checks(site, year):
        calls.append((site.pk, year))
        return f"report {len(calls)}"

    monkeypatch.setattr(report_cache, "run_checks", fake_run_checks)
    return calls


def held_lock(site, year):
    key = report_cache._key(site.pk, year)
    assert report_cache.cache.add(report_cache._lock_key(key), 1, 60)
    return key


def test_a_request_waits_for_the_report_another_process_is_computing(site_th, runs, monkeypatch):
    monkeypatch.setattr(report_cache, "POLL_SECONDS", 0.05)
    key = held_lock(site_th, 2566)
    # The other process stores its result a moment later.
    finisher = threading.Timer(0.3, lambda: report_cache.cache.set(key, "theirs", 60))
    finisher.start()
    started = time.monotonic()
    assert report_cache.get_report(site_th, 2566) == "theirs"
    finisher.join()
    assert runs == []
    assert 0.2 < time.monotonic() - started < report_cache.WAIT_SECONDS


def test_a_request_computes_itself_when_the_other_process_never_delivers(site_th, runs, monkeypatch):
    monkeypatch.setattr(report_cache, "POLL_SECONDS", 0.05)
    monkeypatch.setattr(report_cache, "WAIT_SECONDS", 0.3)
    held_lock(site_th, 2566)
    assert report_cache.get_report(site_th, 2566) == "report 1"
    assert runs == [(site_th.pk, 2566)]


def test_the_computing_request_stores_its_report_and_releases_the_lock(site_th, runs):
    assert report_cache.get_report(site_th, 2566) == "report 1"
    assert report_cache.get_report(site_th, 2566) == "report 1"
    assert len(runs) == 1
    key = report_cache._key(site_th.pk, 2566)
    assert report_cache.cache.get(report_cache._lock_key(key)) is None


def test_without_a_cache_a_process_reuses_its_last_report_for_a_while(site_th, runs, dead_cache, monkeypatch):
    report_cache.invalidate()
    assert report_cache.get_report(site_th, 2566) == "report 1"
    assert report_cache.get_report(site_th, 2566) == "report 1"
    assert len(runs) == 1
    # Too old to stand in for the cache: computed again.
    monkeypatch.setattr(report_cache, "OUTAGE_REUSE_SECONDS", 0)
    assert report_cache.get_report(site_th, 2566) == "report 2"


def test_a_change_in_this_process_drops_its_last_report_at_once(site_th, runs, dead_cache):
    report_cache.invalidate()
    assert report_cache.get_report(site_th, 2566) == "report 1"
    report_cache.invalidate()
    assert report_cache.get_report(site_th, 2566) == "report 2"
