"""The production stack with its Redis killed: pages keep coming, /readyz says 503.

Its own redis-server and its own gunicorn (one worker, so "logged once" is exact) on
a fresh SQLite database holding the demo agency; the shared `stack` keeps REDIS_URL.
"""

import json
import shutil
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from config import local_stack
from tests.e2e.conftest import ARTIFACTS, PROJECT, _free_port, _stack_environment, _wait_until_serving
from tests.faults.servers import RedisServer

OUTAGE_LINE = "The cache (Redis) is unreachable"


def fetch(url: str, data: dict | None = None):
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    request = urllib.request.Request(url, data=body, headers={"User-Agent": "Mozilla/5.0 e2e"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@pytest.fixture(scope="module")
def faulty_stack(tmp_path_factory):
    tmp_dir = tmp_path_factory.mktemp("faults-stack")
    redis = RedisServer()
    redis.start()
    port = _free_port()
    env = _stack_environment(f"sqlite:///{tmp_dir / 'faults.sqlite3'}", tmp_dir / "media", tmp_dir / "static", port)
    env.update({"REDIS_URL": redis.url, "WEB_CONCURRENCY": "1"})
    for args in (
        ("migrate", "--no-input"),
        ("load_demo_site", "--address", f"http://127.0.0.1:{port}"),
        ("collectstatic", "--no-input", "--verbosity", "0"),
    ):
        subprocess.run([sys.executable, "manage.py", *args], cwd=PROJECT, env=env, check=True, capture_output=True)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    log_path = ARTIFACTS / "faults-server.log"
    gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent)) or "gunicorn"
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [gunicorn, "-c", "config/gunicorn.py"], cwd=PROJECT, env=env, stdout=log, stderr=subprocess.STDOUT
        )
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_until_serving(process, url, log_path)
            yield url, redis, log_path
        finally:
            local_stack.stop_server(process)
            redis.stop()


PAGES = (
    "/th/",
    "/en/",
    "/th/search/?q=%E0%B8%A3%E0%B9%89%E0%B8%AD%E0%B8%87",
    "/api/v2/pages/",
    "/api/ita/catalogues",
    "/th/corruption-complaints/",
    "/th/general-complaints/",
)


def test_the_stack_serves_on_without_redis_and_readyz_says_so(faulty_stack):
    url, redis, log_path = faulty_stack
    for path in PAGES:
        assert fetch(url + path)[0] == 200, path
    assert fetch(f"{url}/readyz")[0] == 200

    redis.stop()
    for _round in range(3):
        for path in PAGES:
            assert fetch(url + path)[0] == 200, path
    status, body = fetch(f"{url}/readyz")
    assert status == 503 and json.loads(body)["checks"]["cache"]["status"] == "error"
    assert str(redis.port) not in body
    assert fetch(f"{url}/healthz")[0] == 200
    assert log_path.read_text().count(OUTAGE_LINE) == 1

    redis.start()
    assert fetch(f"{url}/readyz")[0] == 200
