"""Fixtures for the procurement tests: a real HTTP server on 127.0.0.1 playing e-GP.

The importer's failure modes (slow host, huge body, HTML error pages) are network
behaviour, so they are tested against a socket, not a mocked urlopen.
"""

import dataclasses
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclasses.dataclass
class Route:
    """What the fake host answers on one path."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/xml"
    delay: float = 0.0  # seconds before the headers
    trickle: float = 0.0  # seconds between 1-byte writes of the body
    send_length: bool = True


class FeedServer:
    """Serve `routes` (path -> Route) until stop(); `url(path)` gives the address."""

    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.hits: dict[str, int] = {}
        self.stopping = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                path = self.path.split("?")[0]
                server.hits[path] = server.hits.get(path, 0) + 1
                # A route may name the full path with its query (one per e-GP type).
                route = server.routes.get(self.path) or server.routes.get(path, Route(b"not found", 404, "text/plain"))
                if route.delay:
                    server.stopping.wait(route.delay)
                try:
                    self.send_response(route.status)
                    self.send_header("Content-Type", route.content_type)
                    if route.send_length:
                        self.send_header("Content-Length", str(len(route.body)))
                    self.end_headers()
                    if route.trickle:
                        for i in range(len(route.body)):
                            if server.stopping.wait(route.trickle):
                                return
                            self.wfile.write(route.body[i : i + 1])
                            self.wfile.flush()
                    else:
                        self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_port}{path}"


def rss(items: list[dict], encoding: str = "windows-874", countbyday: str | None = None) -> bytes:
    """An e-GP-shaped feed in `encoding` with the given items."""
    parts = [f'<?xml version="1.0" encoding="{encoding}"?>\n<rss version="2.0"><channel>']
    parts.append("<title>e-GP</title><link>http://process3.gprocurement.go.th</link>")
    if countbyday is not None:
        parts.append(f"<countbyday>{countbyday}</countbyday>")
    for item in items:
        parts.append(
            "<item><title>{title}</title><link>{link}</link>"
            "<description>{description}</description><pubDate>{date}</pubDate>"
            "<guid></guid></item>".format(**item)
        )
    parts.append("</channel></rss>")
    codec = "cp874" if encoding.lower() in ("windows-874", "tis-620") else encoding
    return "".join(parts).encode(codec)


@pytest.fixture
def feed_server():
    server = FeedServer().start()
    yield server
    server.stop()


@pytest.fixture
def make_rss():
    return rss


@pytest.fixture
def route():
    return Route
