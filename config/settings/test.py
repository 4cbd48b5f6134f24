"""Test settings: fast password hashing, in-memory mail, a throwaway media root."""

import os
import tempfile

from .base import *  # noqa: F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="ita-test-media-")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
ALLOWED_HOSTS = ["*"]
WAGTAILADMIN_BASE_URL = "http://testserver"
# A page type for the API tests (tests/api/testapp); never installed outside tests.
INSTALLED_APPS = [*INSTALLED_APPS, "tests.api.testapp"]

# Parallel workers (pytest-xdist) each get their own Redis database, because the
# per-test cache.clear() flushes a whole Redis database and would wipe a neighbour's.
_worker = os.environ.get("PYTEST_XDIST_WORKER", "")
if REDIS_URL and _worker.startswith("gw"):
    _base, _, _db = REDIS_URL.rpartition("/")
    _db_number = int(_db) if _db.isdigit() else 0
    CACHES["default"]["LOCATION"] = f"{_base}/{(_db_number - int(_worker[2:])) % 16}"

# Static files come from the finders through the live test server; WhiteNoise looks
# them up per request instead of scanning a STATIC_ROOT that tests never collect.
WHITENOISE_AUTOREFRESH = True

# On SQLite the test database is a file, as in production: an in-memory shared-cache
# database answers concurrent writers "database table is locked" at once instead of
# letting them wait out the busy timeout, which live-server tests would hit.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"] = {
        "NAME": os.path.join(tempfile.gettempdir(), f"ita-test-{os.getpid()}.sqlite3"),
    }
