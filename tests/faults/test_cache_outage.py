"""Redis down: every public page, search, the API and the citizen forms still answer.

The cache holds nothing the database cannot rebuild, so a dead Redis must cost speed,
not pages (config/cache.py). Each test points the default cache at a Redis of its own
and stops it, or at a port where nothing listens.
"""

import logging
import re
from urllib.parse import urlencode

import pytest
from django.core.cache import cache

from config.cache import DEFAULT_RETRY_SECONDS, breaker_for
from demo.factories import CorruptionComplaintPageFactory, GeneralComplaintPageFactory
from ita_pages.channels import protection
from ita_pages.channels.complaints.models import GeneralComplaint
from ita_pages.furniture.visitors import beacon
from ita_pages.furniture.visitors.models import visit_stats
from tests.accounts import give_second_factor

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36"

pytestmark = pytest.mark.django_db

CACHE_LOGGER = "config.cache"


def outage_records(caplog):
    return [r for r in caplog.records if r.name == CACHE_LOGGER and "unreachable" in r.getMessage()]


@pytest.fixture
def channel_pages(site_th):
    root = site_th.root_page.specific
    return CorruptionComplaintPageFactory(parent=root), GeneralComplaintPageFactory(parent=root)


def serve_everything(client, channel_pages):
    """What a citizen and an API client do; every answer must be a page, not an error."""
    corruption, general = channel_pages
    for url in ("/th/", "/en/", "/th/search/?q=ร้องเรียน", "/api/v2/pages/", "/api/ita/catalogues", corruption.url):
        response = client.get(url, follow=True)
        assert response.status_code == 200, (url, response.status_code)
    subject = f"ไฟถนนดับ {GeneralComplaint.objects.count()}"
    response = client.post(
        general.url, {"name": "สมศรี", "email": "s@example.org", "subject": subject, "body": "หน้าวัด"}
    )
    assert response.status_code == 200
    assert re.search(r'data-testid="receipt-code">[0-9A-Z-]+<', response.content.decode())
    assert GeneralComplaint.objects.filter(subject=subject).exists()


def test_pages_are_served_after_redis_is_killed_and_the_outage_is_logged_once(
    client, redis_cache, channel_pages, caplog
):
    caplog.set_level(logging.WARNING, logger=CACHE_LOGGER)
    serve_everything(client, channel_pages)
    # Redis really was the cache: Wagtail keeps the site root paths there.
    assert cache.get("wagtail_site_root_paths", version=2) is not None
    assert outage_records(caplog) == []

    redis_cache.stop()
    serve_everything(client, channel_pages)
    serve_everything(client, channel_pages)

    assert len(outage_records(caplog)) == 1
    assert breaker_for(redis_cache.url).down


def test_the_cache_is_used_again_once_redis_is_back(client, redis_cache, settings, caplog):
    caplog.set_level(logging.WARNING, logger=CACHE_LOGGER)
    settings.CACHE_RETRY_SECONDS = 0
    redis_cache.stop()
    cache.set("ita-faults:probe", "lost")
    assert cache.get("ita-faults:probe") is None

    redis_cache.start()
    cache.set("ita-faults:probe", "kept")
    assert cache.get("ita-faults:probe") == "kept"
    assert not breaker_for(redis_cache.url).down
    assert [r.getMessage() for r in caplog.records if r.name == CACHE_LOGGER][-1] == "The cache (Redis) answers again"


def test_while_the_breaker_is_open_no_call_reaches_redis(redis_cache, monkeypatch):
    redis_cache.stop()
    assert cache.get("anything") is None  # trips the breaker
    assert breaker_for(redis_cache.url).retry_seconds() == DEFAULT_RETRY_SECONDS

    from django_redis.client import DefaultClient

    def must_not_run(*args, **kwargs):
        raise AssertionError("a cache call went to Redis while the breaker was open")

    with monkeypatch.context() as patched:
        patched.setattr(DefaultClient, "get_client", must_not_run)
        assert cache.get("anything") is None
        assert cache.add("anything", 1) is None
        assert cache.get_many(["a", "b"]) == {}


def test_a_cache_on_a_closed_port_serves_pages_too(client, dead_cache, channel_pages, caplog):
    serve_everything(client, channel_pages)
    serve_everything(client, channel_pages)
    # Building the pages (setup) already met the dead cache: once in all.
    records = caplog.get_records("setup") + caplog.get_records("call")
    assert len([r for r in records if r.name == CACHE_LOGGER and "unreachable" in r.getMessage()]) == 1


def test_rate_limits_fail_open_without_a_cache(rf, dead_cache):
    request = rf.post("/th/general-complaints/")
    assert all(protection.allow(request, "complaint-file", limit=2) for _ in range(10))


def test_rate_limits_still_count_with_redis_up(rf, redis_cache):
    request = rf.post("/th/general-complaints/")
    assert [protection.allow(request, "complaint-file", limit=2) for _ in range(3)] == [True, True, False]


def beacon_hit(client, token):
    response = client.get("/visit/hit.gif?" + urlencode({"v": token}), HTTP_USER_AGENT=BROWSER)
    assert (response.status_code, response["Content-Type"]) == (200, "image/gif")


def test_visits_count_once_per_page_view_with_redis_up(client, redis_cache, site_th):
    token = beacon.mint(site_th.pk)
    beacon_hit(client, token)
    beacon_hit(client, token)
    assert visit_stats(site_th)["total"] == 1


def test_the_visit_counter_counts_each_view_once_without_a_cache(client, dead_cache, site_th):
    # Which views were counted is kept in the database, so a replayed token is still
    # recognised; the pixel answers, so pages look the same.
    token = beacon.mint(site_th.pk)
    for _ in range(3):
        beacon_hit(client, token)
    beacon_hit(client, beacon.mint(site_th.pk))
    assert visit_stats(site_th)["total"] == 2


def test_the_honeypot_still_refuses_bots_without_a_cache(client, dead_cache, channel_pages):
    _corruption, general = channel_pages
    response = client.post(
        general.url,
        {"name": "bot", "email": "b@example.org", "subject": "โฆษณา", "body": "spam", protection.HONEYPOT_FIELD: "x"},
    )
    assert response.status_code in (200, 302, 400)
    assert not GeneralComplaint.objects.filter(subject="โฆษณา").exists()


def test_sessions_are_kept_in_the_database(settings):
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.db"


def test_admin_sign_in_works_without_a_cache(client, dead_cache, superuser):
    response = client.post("/admin/login/", {"username": "lead-editor", "password": "password"})
    assert response.status_code == 302
    give_second_factor(client, superuser)
    assert client.get("/admin/").status_code == 200


def test_the_readiness_report_is_computed_once_per_request_without_a_cache(site_th, dead_cache, monkeypatch):
    from ita_pages.readiness import cache as report_cache

    runs = []
    real = report_cache.run_checks
    monkeypatch.setattr(report_cache, "run_checks", lambda *a: runs.append(1) or real(*a))
    report_cache.get_report(site_th, 2566)
    assert len(runs) == 1
