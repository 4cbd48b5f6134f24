"""External link checks against a real HTTP server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from ita_pages.readiness.links import check_url, check_urls


class Handler(BaseHTTPRequestHandler):
    requests: list[tuple[str, str]] = []
    active = 0
    peak = 0
    lock = threading.Lock()

    def _answer(self, method):
        cls = type(self)
        with cls.lock:
            cls.requests.append((method, self.path))
            cls.active += 1
            cls.peak = max(cls.peak, cls.active)
        if self.path.startswith("/slow"):
            time.sleep(0.2)  # long enough for the workers to overlap if unbounded
        # Leave the count before answering: once the client has its answer it may
        # send its next request before this thread would reach a `finally`.
        with cls.lock:
            cls.active -= 1
        if self.path == "/no-head" and method == "HEAD":
            self.send_response(405)
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/ok")
        elif self.path == "/gone":
            self.send_response(404)
        else:
            self.send_response(200)
        self.end_headers()

    def do_HEAD(self):
        self._answer("HEAD")

    def do_GET(self):
        self._answer("GET")

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    Handler.requests, Handler.active, Handler.peak = [], 0, 0
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_ok_link_is_one_head_request(server):
    result = check_url(f"{server}/ok")
    assert result.ok and result.status == 200
    assert Handler.requests == [("HEAD", "/ok")]


def test_broken_link_is_not_retried(server):
    result = check_url(f"{server}/gone")
    assert not result.ok
    assert result.reason == "HTTP 404"
    assert Handler.requests == [("HEAD", "/gone")]


def test_server_refusing_head_gets_one_get(server):
    assert check_url(f"{server}/no-head").ok
    assert Handler.requests == [("HEAD", "/no-head"), ("GET", "/no-head")]


def test_redirect_is_followed(server):
    assert check_url(f"{server}/moved").ok
    assert Handler.requests == [("HEAD", "/moved"), ("HEAD", "/ok")]


def test_unanswering_host_times_out():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)  # accepts the connection but never answers
    try:
        result = check_url(f"http://127.0.0.1:{listener.getsockname()[1]}/", timeout=0.3)
    finally:
        listener.close()
    assert not result.ok
    assert result.status is None


def test_refused_connection_and_non_http_urls_fail():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert not check_url(f"http://127.0.0.1:{port}/").ok
    assert check_url("ftp://example.org/file").reason == "not an http(s) address"


def test_each_url_once_and_bounded_concurrency(server):
    urls = [f"{server}/slow/{n}" for n in range(8)] * 2
    seen = []
    results = check_urls(urls, workers=2, progress=lambda done, total, url: seen.append((done, total)))
    assert len(results) == 8
    assert all(r.ok for r in results.values())
    assert len(Handler.requests) == 8
    assert Handler.peak <= 2
    assert seen[-1] == (8, 8)
