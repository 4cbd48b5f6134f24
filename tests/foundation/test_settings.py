"""Every settings module loads, and production refuses to start insecurely."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD_KEY = "k" * 20 + "-production-secret-for-tests-" + "x" * 20


def run_manage(settings_module, *args, **env):
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL"))}
    environment.update({"DJANGO_SETTINGS_MODULE": settings_module, **env})
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("module", ["config.settings.dev", "config.settings.test"])
def test_settings_load(module):
    result = run_manage(module, "check")
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_a_missing_secret_key():
    result = run_manage("config.settings.production", "check")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_production_refuses_the_default_secret_key():
    result = run_manage(
        "config.settings.production", "check", DJANGO_SECRET_KEY="django-insecure-dev-only-key-change-me"
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_production_passes_deploy_checks_without_warnings():
    result = run_manage(
        "config.settings.production",
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SECRET_KEY=GOOD_KEY,
        ALLOWED_HOSTS="agency.example.go.th",
        # Required in production by ita_pages.channels.complaints (check complaints.E001).
        COMPLAINT_ENCRYPTION_KEYS="dGVzdC1vbmx5LWtleS1ub3QtZm9yLXByb2R1Y3Rpb24=",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_database_and_cache_come_from_the_environment():
    code = (
        "from django.conf import settings;"
        "print(settings.DATABASES['default']['ENGINE']);"
        "print(settings.CACHES['default']['BACKEND'])"
    )
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/anything",
        "REDIS_URL": "redis://127.0.0.1:6379/15",
    }
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup();" + code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    engine, cache_backend = result.stdout.split()
    assert engine == "django.db.backends.postgresql"
    assert cache_backend == "django_redis.cache.RedisCache"


def test_language_and_time_zone(settings):
    assert settings.LANGUAGE_CODE == "th"
    assert [code for code, _ in settings.LANGUAGES] == ["th", "en"]
    assert settings.TIME_ZONE == "Asia/Bangkok"
    assert "wagtail_localize.locales" in settings.INSTALLED_APPS
    assert "wagtail.locales" not in settings.INSTALLED_APPS
    assert "django.middleware.locale.LocaleMiddleware" in settings.MIDDLEWARE
