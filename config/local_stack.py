"""The production settings run on this machine over plain HTTP, and what starts them.

`make serve`, the journeys' stack and `make soak` all serve the shipped gunicorn
configuration on the loopback address, without TLS or a proxy in front. What that needs
beyond the production defaults (the environment, a free port, a fresh PostgreSQL
database, a private redis-server, waiting for the first answer) is written here once.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
# Secrets of throwaway stacks only (journeys, soak); production refuses to start without real ones.
THROWAWAY_SECRET_KEY = "e2e-stack-only-" + "k" * 50
THROWAWAY_COMPLAINT_KEY = "ZTJlLXN0YWNrLW9ubHkta2V5LW5vdC1mb3ItdXNlISE="


class StackError(RuntimeError):
    """A local service did not start or a setup command failed."""


def loopback_environment(host: str, port: int | str, database_url: str, media_root, static_root) -> dict[str, str]:
    """Production settings served on host:port over HTTP, with local database and media."""
    return {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media_root),
        "STATIC_ROOT": str(static_root),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        # No proxy in front to serve uploaded images; a host with nginx leaves it off.
        "SERVE_MEDIA": "true",
        # Plain HTTP on this machine: there is no TLS to redirect to.
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
        "WAGTAILADMIN_BASE_URL": f"http://{host}:{port}",
        "HOST": host,
        "PORT": str(port),
    }


def throwaway_environment(base: dict, database_url: str, media_root, static_root, port: int) -> dict[str, str]:
    """A stack for measuring and testing: fixed throwaway secrets, behind a "proxy" on 127.0.0.1.

    TRUSTED_PROXIES=127.0.0.1 makes the client address come from X-Forwarded-For, as
    behind the host's proxy, so a journey or a soak client can have an address of its own.
    """
    env = {key: value for key, value in base.items() if not key.startswith("PYTEST")}
    env.update(loopback_environment("127.0.0.1", port, database_url, media_root, static_root))
    env.update(
        {
            "DJANGO_SECRET_KEY": THROWAWAY_SECRET_KEY,
            "COMPLAINT_ENCRYPTION_KEYS": THROWAWAY_COMPLAINT_KEY,
            "PYTHONUNBUFFERED": "1",
            "TRUSTED_PROXIES": "127.0.0.1",
        }
    )
    return env


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def is_postgres(url: str) -> bool:
    return url.startswith(("postgres://", "postgresql://"))


def recreate_postgres(url: str, maintenance_url: str, drop_only: bool = False) -> None:
    """Drop the database `url` names (if any) and create it empty, connected through maintenance_url."""
    import dj_database_url
    import psycopg

    name = dj_database_url.parse(url)["NAME"]
    if not re.fullmatch(r"[A-Za-z0-9_]+", name):
        raise ValueError(f"unexpected database name {name!r}")
    maintenance = dj_database_url.parse(maintenance_url)
    with psycopg.connect(
        host=maintenance["HOST"] or None,
        port=maintenance["PORT"] or None,
        user=maintenance["USER"] or None,
        password=maintenance["PASSWORD"] or None,
        dbname=maintenance["NAME"] if maintenance["NAME"] != name else "postgres",
        autocommit=True,
    ) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if not drop_only:
            connection.execute(f'CREATE DATABASE "{name}"')


def manage(env: dict, *args: str) -> subprocess.CompletedProcess:
    """manage.py as production runs it; a failure raises StackError with its output."""
    result = subprocess.run([sys.executable, "manage.py", *args], cwd=PROJECT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise StackError(f"manage.py {' '.join(args)} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return result


def prepare_site(env: dict, address: str) -> None:
    """Migrate, collect the static files and load the demo agency served at `address`."""
    manage(env, "migrate", "--no-input")
    # Before the demo: its readiness check renders pages, which name hashed static files.
    manage(env, "collectstatic", "--no-input", "--verbosity", "0")
    # Every absolute URL, QR code and export of the demo names where the stack listens.
    manage(env, "load_demo_site", "--address", address)


def stop_server(process: subprocess.Popen, timeout: float = 30) -> None:
    """TERM, as an operator stops gunicorn (workers finish their requests); KILL if it hangs."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()


def gunicorn_command() -> list[str]:
    gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent)) or "gunicorn"
    return [gunicorn, "-c", "config/gunicorn.py"]


def wait_until_serving(process: subprocess.Popen, url: str, log_path: Path, timeout: float = 90) -> None:
    """Return once /healthz answers 200; StackError with the log's end if it never does."""
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=5) as response:
                if response.status == 200:
                    return
        except OSError as exc:
            last_error = exc
        time.sleep(0.3)
    tail = log_path.read_text(errors="replace")[-4000:] if log_path.exists() else ""
    raise StackError(f"the production server did not start on {url} ({last_error}); its log ends:\n{tail}")


class RedisServer:
    """A private redis-server on a free port, without persistence: killed and restarted at will.

    Why not the host's Redis: stopping it would break every other user of the machine.
    """

    def __init__(self, db: int = 0) -> None:
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/{db}"
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 20) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise StackError("redis-server is needed (apt-get install redis-server)")
        self.process = subprocess.Popen(
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)
        raise StackError(f"redis-server did not start on port {self.port}")

    def stop(self) -> None:
        """SIGKILL, as a crash: nothing is flushed, nothing is said to the clients."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)
        self.process = None
