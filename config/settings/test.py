"""Test settings: fast password hashing, in-memory mail, a throwaway media root."""

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

# Test-only page types for the readiness checker's tests (never installed elsewhere).
INSTALLED_APPS = [*INSTALLED_APPS, "tests.readiness.testapp"]  # noqa: F405
