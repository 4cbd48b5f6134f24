"""The fault tests' own services: a free port, a Redis server, caches pointed at one.

Why our own redis-server and not REDIS_URL: these tests stop Redis, and the shared one
serves every other test run on the machine.
"""

import pytest

from config import local_stack

free_port = local_stack.free_port


def redis_cache_settings(url: str) -> dict:
    """CACHES as base.py builds them for REDIS_URL=url."""
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "ita-faults",
            "OPTIONS": {
                "CLIENT_CLASS": "config.cache.ResilientClient",
                "SOCKET_CONNECT_TIMEOUT": 0.25,
                "SOCKET_TIMEOUT": 0.5,
            },
        }
    }


class RedisServer(local_stack.RedisServer):
    """The stack's private redis-server; a failure to start fails the test."""

    def start(self, timeout: float = 20) -> None:
        try:
            super().start(timeout)
        except local_stack.StackError as error:
            pytest.fail(str(error))
