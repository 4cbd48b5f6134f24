"""Liveness and readiness endpoints for hosts' load balancers and uptime monitors.

``/healthz`` is liveness: it answers without touching the database or templates, so
a process that can answer at all says "ok" (and it is the cheapest baseline in
``make bench``). ``/readyz`` is readiness: whether this process can serve real pages
now. It asks the database and the cache and reports the task worker and the e-GP
feeds. It answers 503 when the database or the cache does not answer, 200 otherwise;
stale feeds are a warning only, because pages do not wait for e-GP (docs/production.md,
"When a service fails"). It names no host, user, password or error message: only the
state of each part and the class of what failed.
"""

from __future__ import annotations

import uuid

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


@never_cache
@require_GET
def healthz(request):
    return HttpResponse("ok", content_type="text/plain")


def check_database() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:
        # A broken connection must not be reused by the next check or request.
        connection.close_if_unusable_or_obsolete()
        return {"status": "error", "error": type(error).__name__}
    return {"status": "ok", "vendor": connection.vendor}


def check_cache() -> dict:
    """Ask Redis itself (past the client's outage breaker), or round-trip a key."""
    client = getattr(cache, "client", None)
    backend = "redis" if client is not None else type(cache).__name__
    try:
        if hasattr(client, "ping"):
            answered = client.ping()
        else:
            key, token = "ita-readyz:probe", uuid.uuid4().hex
            cache.set(key, token, 10)
            answered = cache.get(key) == token
    except Exception as error:
        return {"status": "error", "backend": backend, "error": type(error).__name__}
    return {"status": "ok" if answered else "error", "backend": backend}


def check_tasks() -> dict:
    """What runs background work. django-tasks 0.12 ships no backend that records a
    worker's last run (only "immediate" and "dummy"), so any other backend is "unknown"."""
    from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends

    kind = type(task_backends[DEFAULT_TASK_BACKEND_ALIAS])
    backend = f"{kind.__module__}.{kind.__name__}"
    if backend.endswith("immediate.ImmediateBackend"):
        return {"status": "inline", "backend": backend}
    if backend.endswith("dummy.DummyBackend"):
        return {"status": "not run", "backend": backend}
    return {"status": "unknown", "backend": backend}


def check_feeds(now=None) -> dict:
    """Each followed e-GP feed, stale when its last success is older than
    `EGP_STALE_AFTER_HOURS` (or never happened)."""
    from ita_pages.furniture.procurement.models import EGPFeed

    now = now or timezone.now()
    followed, stale = 0, []
    try:
        for feed in EGPFeed.objects.exclude(dept_id=""):
            for status in feed.statuses():
                followed += 1
                if status.is_stale(now):
                    stale.append({"site": feed.site_id, "type": status.type_code})
    except Exception as error:
        return {"status": "unknown", "error": type(error).__name__}
    if not followed:
        return {"status": "none", "followed": 0}
    return {"status": "stale" if stale else "ok", "followed": followed, "stale": stale}


@never_cache
@require_GET
def readyz(request):
    database = check_database()
    cache_state = check_cache()
    checks = {
        "database": database,
        "cache": cache_state,
        "tasks": check_tasks(),
        "feeds": check_feeds() if database["status"] == "ok" else {"status": "unknown"},
    }
    ready = database["status"] == "ok" and cache_state["status"] == "ok"
    if not ready:
        status = "unavailable"
    elif checks["feeds"]["status"] == "stale":
        status = "degraded"
    else:
        status = "ok"
    return JsonResponse({"status": status, "checks": checks}, status=200 if ready else 503)
