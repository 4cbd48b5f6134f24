"""The journeys' stack: the production server command, a real database, Debian's Chromium.

The Django test client sends no Origin header, runs no JavaScript, never follows an
absolute URL and never runs gunicorn, so it cannot see what a citizen meets. These
fixtures start what production runs (`gunicorn -c config/gunicorn.py` with the
production settings and WhiteNoise) on a free 127.0.0.1 port against a freshly
migrated database holding the demo agency, and drive it with Debian's Chromium.

The database is SQLite in a temporary folder by default; with DATABASE_URL set to
PostgreSQL, a database of its own named after the configured one (``<name>_e2e_<id>``)
is created for the run and dropped afterwards. REDIS_URL, when set, is the cache of
both the server and the test process.

Tests reach the database through ``orm`` only (autocommit, so the server sees what a
test saves at once); pytest-django's transactional ``db`` fixture would hide a test's
rows from the server and is refused here.
"""

import base64
import hashlib
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import dj_database_url
import pytest
from django.conf import settings

from config import local_stack
from tests.chromium import CHROMIUM, CHROMIUM_FLAGS, require_chromium

PROJECT = Path(__file__).resolve().parents[2]
ARTIFACTS = PROJECT / "test-artifacts" / "e2e"
START_TIMEOUT = 90
SERVER_ERROR = re.compile(r"Internal Server Error|Traceback \(most recent call last\)|\[ERROR\]|\[CRITICAL\]")


def _free_port() -> int:
    return local_stack.free_port()


def _stack_database_url(tmp_dir: Path) -> str:
    """The database of this run: a new SQLite file, or a new PostgreSQL database."""
    configured = os.environ.get("DATABASE_URL", "")
    if not local_stack.is_postgres(configured):
        return f"sqlite:///{tmp_dir / 'e2e.sqlite3'}"
    parts = urlsplit(configured)
    base_name = parts.path.lstrip("/") or "postgres"
    # Several checkouts on one machine each get their own database.
    suffix = hashlib.sha256(str(PROJECT).encode()).hexdigest()[:6]
    return urlunsplit(parts._replace(path=f"/{base_name}_e2e_{suffix}"))


def _recreate_postgres(url: str, drop_only: bool = False) -> None:
    local_stack.recreate_postgres(url, os.environ["DATABASE_URL"], drop_only=drop_only)


def _point_test_process_at(url: str) -> None:
    """Make this process's ORM use the stack's database (no connection is open yet)."""
    from django.db import connections

    connections.close_all()
    database = settings.DATABASES["default"]
    parsed = dj_database_url.parse(url)
    for key in ("ENGINE", "NAME", "HOST", "PORT", "USER", "PASSWORD"):
        database[key] = parsed[key]
    if parsed["ENGINE"] == "django.db.backends.sqlite3":
        database.setdefault("OPTIONS", {}).update({"timeout": 30})
    else:
        database["OPTIONS"] = {}
    database.setdefault("TEST", {})["NAME"] = parsed["NAME"]


@dataclass
class Stack:
    """The running server: its address, its environment and its log."""

    url: str
    port: int
    env: dict
    log_path: Path
    process: subprocess.Popen = field(repr=False)

    def manage(self, *args: str) -> subprocess.CompletedProcess:
        """Run a management command as production would, against the stack's database."""
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=PROJECT,
            env=self.env,
            capture_output=True,
            text=True,
            check=True,
        )

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""


def _stack_environment(database_url: str, media_root: Path, static_root: Path, port: int) -> dict:
    env = local_stack.throwaway_environment(dict(os.environ), database_url, media_root, static_root, port)
    env.update(
        {
            "WEB_CONCURRENCY": "3",
            # The example later year, so that the rollover journey can start it.
            "ITA_CATALOGUE_DIRS": str(PROJECT / "ita_pages" / "core" / "catalogues" / "examples"),
        }
    )
    return env


def _wait_until_serving(process: subprocess.Popen, url: str, log_path: Path, timeout: float = START_TIMEOUT) -> None:
    try:
        local_stack.wait_until_serving(process, url, log_path, timeout=timeout)
    except local_stack.StackError as error:
        pytest.fail(str(error))


@pytest.fixture(scope="session")
def stack(tmp_path_factory, django_db_blocker):
    """Migrate, load the demo agency, collect static files and serve them with gunicorn."""
    tmp_dir = tmp_path_factory.mktemp("stack")
    database_url = _stack_database_url(tmp_dir)
    is_postgres = database_url.startswith(("postgres://", "postgresql://"))
    if is_postgres:
        _recreate_postgres(database_url)
    port = _free_port()
    env = _stack_environment(database_url, tmp_dir / "media", tmp_dir / "static", port)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    log_path = ARTIFACTS / "server.log"

    # The demo agency is served where this stack listens, set the way `make run` sets
    # its own address: every absolute URL, QR code and export must say so.
    try:
        local_stack.prepare_site(env, f"http://127.0.0.1:{port}")
    except local_stack.StackError as error:
        pytest.fail(str(error))

    _point_test_process_at(database_url)
    with django_db_blocker.unblock():
        from django.core.cache import cache

        cache.clear()
        from django.db import connections

        connections.close_all()

    log_file = log_path.open("w")
    process = subprocess.Popen(
        local_stack.gunicorn_command(), cwd=PROJECT, env=env, stdout=log_file, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_serving(process, url, log_path)
        yield Stack(url=url, port=port, env=env, log_path=log_path, process=process)
    finally:
        local_stack.stop_server(process)
        log_file.close()
        with django_db_blocker.unblock():
            from django.db import connections

            connections.close_all()
        if is_postgres:
            _recreate_postgres(database_url, drop_only=True)
    # A journey may pass while a page it did not look at closely failed on the server:
    # any server error in the run fails it.
    errors = [line for line in log_path.read_text(errors="replace").splitlines() if SERVER_ERROR.search(line)]
    if errors:
        pytest.fail(
            "the server logged errors during the journeys (see test-artifacts/e2e/server.log):\n"
            + "\n".join(errors[:20])
        )


@pytest.fixture(scope="session")
def django_db_setup():
    """Refuse pytest-django's transactional test database: the server would not see it."""
    pytest.fail("journeys share the server's database: use the `orm` fixture, not `db`")


@pytest.fixture
def orm(stack, django_db_blocker):
    """The stack's database through the Django ORM, in autocommit: the server sees each save."""
    with django_db_blocker.unblock():
        yield
        from django.db import connections

        connections.close_all()


@pytest.fixture(scope="session")
def browser(stack):
    require_chromium()
    # Playwright runs an event loop in this thread; ORM calls in fixtures stay synchronous.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


def _page(browser, stack, width: int, height: int, **options):
    """A Thai browser page on the stack; options (a user agent, headers) go to its context."""
    context = browser.new_context(
        base_url=stack.url,
        viewport={"width": width, "height": height},
        locale="th-TH",
        accept_downloads=True,
        **options,
    )
    context.set_default_timeout(20_000)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    # Chromium reports what the Content-Security-Policy blocked on the console; a page
    # that needs something the policy refuses is broken for real visitors.
    page.csp_violations = []
    page.on(
        "console",
        lambda message: "Content Security Policy" in message.text and page.csp_violations.append(message.text),
    )
    return context, page


def _close(context, page) -> None:
    violations = list(page.csp_violations)
    context.close()
    assert violations == [], f"blocked by the Content-Security-Policy: {violations}"


@pytest.fixture
def phone(browser, stack):
    """A citizen's phone: 375 px wide, Thai."""
    context, page = _page(browser, stack, 375, 740)
    yield page
    _close(context, page)


@pytest.fixture
def desktop(browser, stack):
    """A desktop browser: 1280 px wide, Thai."""
    context, page = _page(browser, stack, 1280, 900)
    yield page
    _close(context, page)


@pytest.fixture
def shot(request):
    """Save a full-page screenshot under test-artifacts/e2e/<module>/<name>.png."""
    folder = ARTIFACTS / Path(request.node.fspath).stem
    folder.mkdir(parents=True, exist_ok=True)

    def take(page, name: str) -> Path:
        path = folder / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


class AuthenticatorApp:
    """The phone app of each person who set up a second factor during the journeys.

    Keys are read off the set-up page as a person would type them in; a code is never
    given twice (the site refuses a used one), so a second sign-in within the same
    30 seconds uses the next period's code, which the site also accepts.
    """

    def __init__(self):
        self.keys: dict[str, bytes] = {}
        self.last_period: dict[str, int] = {}

    def add(self, username: str, typed_key: str) -> None:
        self.keys[username] = base64.b32decode(typed_key.replace(" ", ""))
        self.last_period.pop(username, None)

    def code(self, username: str) -> str:
        from django_otp.oath import TOTP

        totp = TOTP(self.keys[username])
        period = max(totp.t(), self.last_period.get(username, -1) + 1)
        while period > totp.t() + 1:
            time.sleep(1)
            totp = TOTP(self.keys[username])
        self.last_period[username] = period
        totp.time = time.time() + (period - totp.t()) * totp.step
        return f"{totp.token():06d}"


AUTHENTICATOR = AuthenticatorApp()


def give_second_factor(page, username: str) -> None:
    """At the second-factor step, do what the person would: set up the app, or give a code."""
    if "/second-factor/setup/" in page.url:
        AUTHENTICATOR.add(username, page.locator("[data-second-factor-key]").inner_text())
        page.fill("input[name=code]", AUTHENTICATOR.code(username))
        page.click("form.login-form button[type=submit]")
        page.locator("[data-backup-codes]").wait_for()
        page.get_by_role("link", name="ไปยังระบบจัดการเว็บไซต์").click()
    elif "/second-factor/verify/" in page.url:
        page.fill("input[name=code]", AUTHENTICATOR.code(username))
        page.click("form.login-form button[type=submit]")


@pytest.fixture
def login():
    """Log into the Wagtail admin as a person would: the login form, then any second factor."""

    def sign_in(page, username: str, password: str) -> None:
        page.goto("/admin/login/")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", password)
        page.click("button[type=submit]")
        page.wait_for_url(re.compile(r"/admin/(?!login)"))
        give_second_factor(page, username)
        page.wait_for_url(re.compile(r"/admin/(?!login|second-factor)"))

    return sign_in
