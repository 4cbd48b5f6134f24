"""Database down: a Thai 503 page with Retry-After, an RFC 7807 problem under /api/.

In-process tests make a view, or a middleware, meet the connection error a dead
database raises; the last test runs the real gunicorn against a PostgreSQL port where
nothing listens, so every query fails as it would in production.
"""

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import psycopg
import pytest
from django.db import OperationalError
from django.test import Client
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

from config import errors, outage
from ita_pages.core.outage import is_database_outage
from tests.faults.servers import free_port

PROJECT = Path(__file__).resolve().parents[2]
THAI_HEADING = "ขออภัย เว็บไซต์ไม่พร้อมให้บริการชั่วคราว"
ENGLISH_HEADING = "Sorry, the website is temporarily unavailable"


def refuse(*args, **kwargs):
    raise OperationalError('connection to server at "db.internal" (10.0.0.5), port 5432 failed')


def assert_thai_503(status, headers, html):
    assert status == 503
    assert headers["Retry-After"] == str(outage.DEFAULT_RETRY_AFTER)
    assert "no-cache" in headers["Cache-Control"] or "no-store" in headers["Cache-Control"]
    assert '<html lang="th">' in html
    # Thai first, English after it.
    assert html.index(THAI_HEADING) < html.index(ENGLISH_HEADING)
    assert "db.internal" not in html and "Server Error" not in html


@pytest.mark.django_db
def test_a_view_meeting_a_dead_database_answers_the_thai_503(site_th, monkeypatch):
    monkeypatch.setattr(Site, "find_for_request", refuse)
    response = Client(raise_request_exception=False).get("/th/")
    assert_thai_503(response.status_code, response, response.content.decode())


@pytest.mark.django_db
def test_the_api_answers_a_problem_with_retry_after(site_th, monkeypatch):
    monkeypatch.setattr(Site, "find_for_request", refuse)
    response = Client(raise_request_exception=False).get("/api/v2/pages/")
    assert response.status_code == 503
    assert response["Content-Type"] == "application/problem+json"
    assert response["Retry-After"] == str(outage.DEFAULT_RETRY_AFTER)
    problem = response.json()
    assert problem["status"] == 503 and problem["instance"] == "/api/v2/pages/"
    assert problem["detail"] == "ระบบไม่พร้อมให้บริการชั่วคราว กรุณาลองใหม่อีกครั้งในอีกสักครู่"
    assert "db.internal" not in response.content.decode()


@pytest.mark.django_db
def test_a_middleware_meeting_a_dead_database_answers_the_thai_503_too(site_th, monkeypatch):
    # The redirect middleware queries the database for every 404, after the view.
    monkeypatch.setattr(Redirect, "get_for_site", refuse)
    response = Client(raise_request_exception=False).get("/th/no-such-page/")
    assert_thai_503(response.status_code, response, response.content.decode())


def test_the_503_page_needs_no_database(rf):
    # No django_db mark: any query would raise here.
    response = outage.outage_response(rf.get("/th/"))
    assert_thai_503(response.status_code, response, response.content.decode())


def test_other_crashes_stay_the_500_page(rf):
    try:
        raise ValueError("a bug")
    except ValueError:
        response = errors.server_error(rf.get("/th/"))
    assert response.status_code == 500


def test_driver_errors_count_as_an_outage_wrapped_or_not():
    assert is_database_outage(psycopg.OperationalError("no route"))
    assert is_database_outage(psycopg.InterfaceError("closed"))
    try:
        try:
            raise psycopg.OperationalError("refused")
        except psycopg.OperationalError as inner:
            raise RuntimeError("while rendering") from inner
    except RuntimeError as outer:
        assert is_database_outage(outer)
    assert not is_database_outage(ValueError("a bug"))


def fetch(url: str):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


@pytest.fixture
def gunicorn_without_database(tmp_path):
    """The real server with DATABASE_URL on a closed port: every query fails."""
    port, db_port = free_port(), free_port()
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTEST")}
    env.update(
        {
            # The test settings serve static files from the finders, so no collectstatic.
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": f"postgres://postgres:s3cret-password@127.0.0.1:{db_port}/x",
            "REDIS_URL": "",
            "PORT": str(port),
            "HOST": "127.0.0.1",
            "WEB_CONCURRENCY": "1",
            "PYTHONUNBUFFERED": "1",
        }
    )
    gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent)) or "gunicorn"
    log_path = tmp_path / "server.log"
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [gunicorn, "-c", "config/gunicorn.py"], cwd=PROJECT, env=env, stdout=log, stderr=subprocess.STDOUT
        )
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 90
            while True:
                try:
                    if fetch(f"{url}/healthz")[0] == 200:
                        break
                except OSError:
                    pass
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"gunicorn did not start:\n{log_path.read_text()[-3000:]}")
                time.sleep(0.3)
            yield url, log_path
        finally:
            process.terminate()
            process.wait(timeout=30)


def test_gunicorn_with_the_database_down_answers_503_and_stays_alive(gunicorn_without_database):
    url, log_path = gunicorn_without_database
    status, headers, html = fetch(f"{url}/th/")
    assert_thai_503(status, headers, html)

    status, headers, body = fetch(f"{url}/api/v2/pages/")
    assert status == 503 and headers["Content-Type"] == "application/problem+json"
    assert headers["Retry-After"] == str(outage.DEFAULT_RETRY_AFTER)
    assert json.loads(body)["status"] == 503

    status, _headers, body = fetch(f"{url}/readyz")
    assert status == 503
    report = json.loads(body)
    assert report["checks"]["database"]["status"] == "error"
    assert "s3cret-password" not in body and "127.0.0.1" not in body and "postgres" not in body

    # Liveness says the process is up: the database is not its business.
    assert fetch(f"{url}/healthz")[:1] == (200,)
    assert "s3cret-password" not in log_path.read_text()
