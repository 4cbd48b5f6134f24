"""`make serve` on a fresh state directory: the shipped stack comes up and a citizen sees the site.

The launcher is run as `make serve` runs it (`scripts/serve.py`, with nothing configured
but a port and where to keep its state), then a phone opens the homepage. Its output is
read afterwards: gunicorn logs no request line, so no citizen's address or browser.
"""

import os
import signal
import subprocess
import sys
import urllib.error
import urllib.request

import pytest

from tests.e2e.conftest import ARTIFACTS, PROJECT, _free_port, _wait_until_serving

LAUNCH_TIMEOUT = 600

PHONE_AGENT = "Mozilla/5.0 (Linux; Android 14) serve-journey"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    state = tmp_path_factory.mktemp("serve-state")
    port = _free_port()
    # Only what a person on a fresh clone has: no secrets, no database settings.
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTEST", "DJANGO_", "DATABASE"))}
    env.update({"SERVE_STATE_DIR": str(state), "PORT": str(port), "WEB_CONCURRENCY": "2", "PYTHONUNBUFFERED": "1"})
    env.pop("REDIS_URL", None)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    log_path = ARTIFACTS / "serve.log"
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [sys.executable, "scripts/serve.py"], cwd=PROJECT, env=env, stdout=log, stderr=subprocess.STDOUT
        )
        url = f"http://127.0.0.1:{port}"
        try:
            # The launcher migrates, collects static files and loads the demo before it
            # serves: minutes on a busy machine, not the stack's start-up time.
            _wait_until_serving(process, url, log_path, timeout=LAUNCH_TIMEOUT)
            yield url, state, process, log_path
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=60)


def test_make_serve_brings_up_the_demo_agency_on_gunicorn(served, browser, shot):
    url, state, process, log_path = served
    context = browser.new_context(viewport={"width": 375, "height": 740}, locale="th-TH", user_agent=PHONE_AGENT)
    page = context.new_page()
    response = page.goto(f"{url}/th/")
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == "th"
    # Static files come hashed from the manifest, so they can be cached for ever.
    stylesheets = page.eval_on_selector_all("link[rel=stylesheet]", "links => links.map(l => l.href)")
    assert stylesheets and all(".css" in href and "/static/" in href for href in stylesheets)
    with urllib.request.urlopen(stylesheets[0], timeout=10) as css:
        assert "immutable" in css.headers["Cache-Control"]
    shot(page, "homepage-375")
    context.close()

    # The secrets it generated are kept private, and what it served did not go to its log.
    assert oct((state / "secrets.env").stat().st_mode & 0o777) == "0o600"
    assert "Serving " in log_path.read_text()
    assert PHONE_AGENT not in log_path.read_text()
    assert "GET /th/" not in log_path.read_text()


def test_the_application_serves_uploaded_images_but_not_documents_by_their_path(served):
    url, state, _, _ = served
    document = next((state / "media" / "documents").iterdir()).name
    image = next(path for path in (state / "media" / "original_images").iterdir() if path.is_file()).name
    with urllib.request.urlopen(f"{url}/media/original_images/{image}", timeout=10) as response:
        assert response.status == 200
    # A document in a private collection would leak by its path; Wagtail's view checks.
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{url}/media/documents/{document}", timeout=10)
    assert refused.value.code == 404
