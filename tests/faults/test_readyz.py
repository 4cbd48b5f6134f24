"""/readyz: 200 while the database and the cache answer, 503 otherwise, and no secrets.

/healthz stays liveness and touches neither; stale e-GP feeds are reported as a
warning without failing readiness, because pages never wait for e-GP.
"""

import datetime as dt

import pytest
from django.utils import timezone

from ita_pages.furniture.procurement.models import EGPFeed, EGPFeedStatus

pytestmark = pytest.mark.django_db


def test_ready_with_the_database_and_redis_up(client, redis_cache):
    response = client.get("/readyz")
    assert response.status_code == 200
    report = response.json()
    assert report["status"] == "ok"
    assert report["checks"]["database"]["status"] == "ok"
    assert report["checks"]["cache"] == {"status": "ok", "backend": "redis"}
    assert report["checks"]["tasks"]["status"] == "inline"
    assert "no-cache" in response["Cache-Control"]


def test_not_ready_once_redis_is_killed_and_ready_again_when_it_is_back(client, redis_cache):
    assert client.get("/readyz").status_code == 200
    redis_cache.stop()
    response = client.get("/readyz")
    assert response.status_code == 503
    report = response.json()
    assert report["status"] == "unavailable"
    assert report["checks"]["cache"]["status"] == "error"
    body = response.content.decode()
    assert str(redis_cache.port) not in body and "127.0.0.1" not in body
    # Pages still answer meanwhile; readiness tells the balancer, it is not an outage.
    assert client.get("/healthz").status_code == 200

    redis_cache.start()
    assert client.get("/readyz").status_code == 200


def test_not_ready_with_the_cache_on_a_closed_port(client, dead_cache):
    assert client.get("/readyz").status_code == 503


def test_the_database_check_fails_readiness(client, monkeypatch):
    from config import health

    monkeypatch.setattr(health, "check_database", lambda: {"status": "error", "error": "OperationalError"})
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["feeds"] == {"status": "unknown"}


def test_a_stale_feed_is_a_warning_not_unreadiness(client, site_th):
    feed = EGPFeed.for_site(site_th)
    feed.dept_id = "0307"
    feed.types = ["P0", "15"]
    feed.save()
    now = timezone.now()
    EGPFeedStatus.objects.create(site=site_th, type_code="P0", last_success=now - dt.timedelta(hours=2))
    EGPFeedStatus.objects.create(site=site_th, type_code="15", last_success=now - dt.timedelta(days=2))

    response = client.get("/readyz")
    assert response.status_code == 200
    report = response.json()
    assert report["status"] == "degraded"
    assert report["checks"]["feeds"] == {
        "status": "stale",
        "followed": 2,
        "stale": [{"site": site_th.pk, "type": "15"}],
    }


def test_fresh_feeds_are_ok(client, site_th):
    feed = EGPFeed.for_site(site_th)
    feed.dept_id = "0307"
    feed.types = ["P0"]
    feed.save()
    EGPFeedStatus.objects.create(site=site_th, type_code="P0", last_success=timezone.now())
    report = client.get("/readyz").json()
    assert report["status"] == "ok" and report["checks"]["feeds"]["status"] == "ok"


def test_the_stale_limit_is_egp_stale_after_hours(client, site_th, settings):
    feed = EGPFeed.for_site(site_th)
    feed.dept_id = "0307"
    feed.types = ["P0"]
    feed.save()
    EGPFeedStatus.objects.create(site=site_th, type_code="P0", last_success=timezone.now() - dt.timedelta(hours=3))
    assert client.get("/readyz").json()["checks"]["feeds"]["status"] == "ok"
    settings.EGP_STALE_AFTER_HOURS = 2
    assert client.get("/readyz").json()["checks"]["feeds"]["stale"] == [{"site": site_th.pk, "type": "P0"}]


def test_a_backend_that_never_runs_tasks_is_reported(client, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    assert client.get("/readyz").json()["checks"]["tasks"]["status"] == "not run"


def test_healthz_never_touches_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert client.get("/healthz").status_code == 200
