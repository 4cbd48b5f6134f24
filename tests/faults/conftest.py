"""Fixtures for the fault tests: a Redis server of the test's own, and caches pointed at it."""

import pytest

from config.cache import reset_breakers
from tests.faults.servers import RedisServer, free_port, redis_cache_settings


@pytest.fixture
def redis_server():
    server = RedisServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def redis_cache(settings, redis_server):
    """The default cache on the test's own Redis, through the project's client."""
    reset_breakers()
    settings.CACHES = redis_cache_settings(redis_server.url)
    yield redis_server
    reset_breakers()


@pytest.fixture
def dead_cache(settings):
    """The default cache on a port where nothing listens."""
    reset_breakers()
    settings.CACHES = redis_cache_settings(f"redis://127.0.0.1:{free_port()}/0")
    yield
    reset_breakers()
