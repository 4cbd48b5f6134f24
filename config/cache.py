"""A Redis cache client that lets the site go on serving when Redis is down.

Why: the cache holds nothing the site cannot rebuild from the database (Wagtail's
site root paths, readiness reports, rate-limit counters), so losing Redis must cost
speed, not pages. django-redis can ignore connection errors
(``DJANGO_REDIS_IGNORE_EXCEPTIONS``), but it still tries Redis on every call and,
when told to log, logs every failed call: a busy site would fill its log and pay a
connection attempt per cache call. This client adds what it lacks, a circuit
breaker: after a failure, calls fail at once, without touching the network, for
``CACHE_RETRY_SECONDS``; then one call tries Redis again. The outage is logged once
when it starts (per process) and once when Redis answers again.
"""

from __future__ import annotations

import functools
import logging
import threading
import time

from django.conf import settings
from django_redis.client import DefaultClient
from django_redis.exceptions import ConnectionInterrupted

logger = logging.getLogger(__name__)

DEFAULT_RETRY_SECONDS = 15


class CacheUnavailable(Exception):
    """Raised instead of a network call while the breaker is open."""


class Breaker:
    """Whether one Redis server is believed down, shared by the threads of a process."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.down_since: float | None = None
        self.retry_at = 0.0

    def retry_seconds(self) -> float:
        return float(getattr(settings, "CACHE_RETRY_SECONDS", DEFAULT_RETRY_SECONDS))

    def is_open(self) -> bool:
        """True while calls should fail without trying Redis."""
        with self.lock:
            if self.down_since is None:
                return False
            now = time.monotonic()
            if now >= self.retry_at:
                # One caller tries again; the others keep failing fast meanwhile.
                self.retry_at = now + self.retry_seconds()
                return False
            return True

    def failed(self, cause: str) -> None:
        with self.lock:
            first = self.down_since is None
            now = time.monotonic()
            if first:
                self.down_since = now
            self.retry_at = now + self.retry_seconds()
        if first:
            logger.warning(
                "The cache (Redis) is unreachable (%s): serving from the database without it, trying again every %s s",
                cause,
                int(self.retry_seconds()),
            )

    def succeeded(self) -> None:
        if self.down_since is None:
            return
        with self.lock:
            was_down = self.down_since is not None
            self.down_since = None
            self.retry_at = 0.0
        if was_down:
            logger.warning("The cache (Redis) answers again")

    @property
    def down(self) -> bool:
        return self.down_since is not None


_breakers: dict[str, Breaker] = {}
_breakers_lock = threading.Lock()


def breaker_for(server: str) -> Breaker:
    """The breaker of one Redis location: cache instances are per thread, outages are not."""
    with _breakers_lock:
        return _breakers.setdefault(server, Breaker())


def reset_breakers() -> None:
    """Forget every outage (tests start each case with Redis presumed up)."""
    with _breakers_lock:
        _breakers.clear()


def cause_name(error: BaseException) -> str:
    """The error's class only: redis-py's messages name the host and port, never needed here."""
    return type(error.__cause__ or error).__name__


# Client methods call one another (``add`` calls ``set``): only the outermost call of a
# thread consults the breaker, so a retry is not refused by its own inner call.
_depth = threading.local()


def _guarded(method):
    @functools.wraps(method)
    def call(self, *args, **kwargs):
        depth = getattr(_depth, "value", 0)
        if depth:
            return method(self, *args, **kwargs)
        breaker = self.breaker
        if breaker.is_open():
            raise ConnectionInterrupted(connection=None) from CacheUnavailable("cache breaker open")
        _depth.value = 1
        try:
            result = method(self, *args, **kwargs)
        except ConnectionInterrupted as error:
            breaker.failed(cause_name(error))
            raise
        finally:
            _depth.value = 0
        breaker.succeeded()
        return result

    return call


# Every client call that talks to Redis; `close` is left alone (it only drops sockets).
GUARDED_METHODS = (
    "set",
    "add",
    "get",
    "get_many",
    "set_many",
    "delete",
    "delete_many",
    "delete_pattern",
    "clear",
    "incr",
    "decr",
    "incr_version",
    "has_key",
    "keys",
    "iter_keys",
    "ttl",
    "pttl",
    "persist",
    "expire",
    "expire_at",
    "pexpire",
    "pexpire_at",
    "touch",
    "lock",
)


class ResilientClient(DefaultClient):
    """django-redis's default client behind a per-process circuit breaker (see above)."""

    def __init__(self, server, params, backend) -> None:
        super().__init__(server, params, backend)
        self.breaker = breaker_for(str(server))

    def ping(self) -> bool:
        """Ask Redis directly, past the breaker: the readiness probe wants the truth now."""
        try:
            answered = bool(self.get_client(write=False).ping())
        except Exception as error:
            self.breaker.failed(type(error).__name__)
            return False
        self.breaker.succeeded()
        return answered


for _name in GUARDED_METHODS:
    if hasattr(DefaultClient, _name):
        setattr(ResilientClient, _name, _guarded(getattr(DefaultClient, _name)))
