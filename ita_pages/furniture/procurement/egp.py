"""Fetch and parse the Comptroller General's e-GP announcement RSS feeds (O20).

The e-GP host is slow, often down, serves Windows-874 and bends RSS in several
ways (bare dates, empty guids, a packed description, a non-standard
<countbyday>). Pages must never fetch it on a request, so this module is used only
by the background import; it knows nothing about Django so it can be tested
against a plain HTTP server and reused by the offline demo import.
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime
import email.utils
import hashlib
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

FEED_BASE_URL = "http://process3.gprocurement.go.th/EPROCRssFeedWeb/egpannouncerss.xml"
DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_BYTES = 2 * 1024 * 1024
DEFAULT_ENCODING = "cp874"

_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_DECL_STRIP = re.compile(r"^\s*<\?xml[^>]*\?>")
# e-GP labels its Thai encoding in several ways; all mean the Windows superset.
_THAI_ALIASES = {
    "tis-620",
    "tis620",
    "iso-8859-11",
    "windows-874",
    "x-windows-874",
    "cp874",
}


class FeedError(Exception):
    """A feed could not be fetched or understood; `kind` is a stable short code."""

    TIMEOUT = "timeout"
    TOO_LARGE = "too_large"
    HTTP = "http"
    NETWORK = "network"
    MALFORMED = "malformed"
    NOT_A_FEED = "not_a_feed"

    def __init__(self, kind: str, detail: str):
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.detail = detail


@dataclasses.dataclass(frozen=True)
class FeedItem:
    """One announcement as the feed states it, already cleaned and typed."""

    project_id: str
    type_code: str
    type_name: str
    title: str
    link: str
    date: datetime.date
    method: str


@dataclasses.dataclass(frozen=True)
class FeedResult:
    """A parsed feed: its items (possibly none: an empty channel is normal)."""

    items: tuple[FeedItem, ...]
    count_by_day: int | None = None
    skipped: int = 0


def build_feed_url(dept_id: str, type_code: str, base_url: str = FEED_BASE_URL) -> str:
    """The feed URL for one department and one announcement type."""
    # "anounceType" is the real (misspelt) parameter name.
    query = urllib.parse.urlencode({"deptId": dept_id, "anounceType": type_code})
    return f"{base_url}?{query}"


def fetch(url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Download a feed body within `timeout` seconds overall and `max_bytes`.

    The deadline is
    total, not per socket read, so a server trickling bytes cannot hold a worker.
    """
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise FeedError(FeedError.NETWORK, f"unsupported URL scheme in {url!r}")
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(url, headers={"User-Agent": "ita-cms e-GP importer"})  # noqa: S310 - scheme checked above
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - http(s) only
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FeedError(FeedError.TOO_LARGE, f"Content-Length {length} > {max_bytes}")
            chunks, size = [], 0
            while True:
                if time.monotonic() > deadline:
                    raise FeedError(FeedError.TIMEOUT, f"no complete answer in {timeout}s")
                chunk = response.read1(16384)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise FeedError(FeedError.TOO_LARGE, f"body over {max_bytes} bytes")
                chunks.append(chunk)
            return b"".join(chunks)
    except FeedError:
        raise
    except urllib.error.HTTPError as exc:
        raise FeedError(FeedError.HTTP, f"HTTP {exc.code}") from exc
    except TimeoutError as exc:
        raise FeedError(FeedError.TIMEOUT, f"no answer in {timeout}s") from exc
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, (TimeoutError, socket.timeout)):
            raise FeedError(FeedError.TIMEOUT, f"no answer in {timeout}s") from exc
        raise FeedError(FeedError.NETWORK, str(exc.reason)) from exc
    except OSError as exc:
        raise FeedError(FeedError.NETWORK, str(exc)) from exc


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().lower()
    if name in _THAI_ALIASES:
        return DEFAULT_ENCODING
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(body: bytes) -> str:
    """Decode a feed body by its XML declaration, else as Windows-874.

    The HTTP charset is ignored on purpose: e-GP's servers have labelled Thai
    bodies inconsistently, while the declaration travels with the bytes.
    """
    if body.startswith(b"\xef\xbb\xbf"):
        return body[3:].decode("utf-8", errors="replace")
    match = _XML_DECL.match(body)
    codec = (_codec(match.group(1).decode("ascii")) if match else None) or DEFAULT_ENCODING
    return body.decode(codec, errors="replace")


def _text(element, tag: str) -> str:
    found = element.find(tag)
    if found is None or found.text is None:
        return ""
    return " ".join(found.text.split())


def parse_date(value: str) -> datetime.date | None:
    """e-GP sends a bare YYYY-MM-DD; accept RFC 822 too in case it is ever fixed."""
    value = value.strip()
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


def _safe_link(value: str) -> str:
    # Only web links: a javascript: URL from a broken feed must never reach an href.
    value = value.strip()
    return value if urllib.parse.urlsplit(value).scheme in ("http", "https") else ""


def _split_description(description: str) -> tuple[str, str, str]:
    """ "<project id>, <method>, <type name>"; the method may itself hold commas."""
    parts = [part.strip() for part in description.split(",")]
    if len(parts) >= 3:
        return parts[0], ", ".join(parts[1:-1]), parts[-1]
    if len(parts) == 2:
        return parts[0], parts[1], ""
    return parts[0], "", ""


def _int_or_none(value: str) -> int | None:
    value = value.strip()
    return int(value) if value.isdigit() else None


def parse(text: str, type_code: str) -> FeedResult:
    """Parse decoded feed text into typed items; raise FeedError if it is not RSS."""
    text = _DECL_STRIP.sub("", text, count=1)
    try:
        root = SafeET.fromstring(text)
    except (SafeET.ParseError, DefusedXmlException) as exc:
        raise FeedError(FeedError.MALFORMED, str(exc)) from exc
    channel = root.find("channel") if root.tag == "rss" else None
    if channel is None:
        raise FeedError(FeedError.NOT_A_FEED, f"root element <{root.tag}> is not an RSS feed")
    count_by_day = _int_or_none(_text(channel, "countbyday"))
    items, skipped, seen = [], 0, set()
    for node in channel.findall("item"):
        title = _text(node, "title")
        date = parse_date(_text(node, "pubDate"))
        if not title or date is None:
            skipped += 1
            continue
        project_id, method, type_name = _split_description(_text(node, "description"))
        if not project_id:
            # Without an id the title is the only stable key for deduplication.
            project_id = "T" + hashlib.sha256(title.encode()).hexdigest()[:15]
        item = FeedItem(
            project_id=project_id[:64],
            type_code=type_code,
            type_name=type_name[:255],
            title=title,
            link=_safe_link(_text(node, "link")),
            date=date,
            method=method[:255],
        )
        key = (item.project_id, item.type_code, item.date)
        if key in seen:
            skipped += 1
            continue
        seen.add(key)
        items.append(item)
        if count_by_day is None:
            count_by_day = _int_or_none(_text(node, "countbyday"))
    return FeedResult(items=tuple(items), count_by_day=count_by_day, skipped=skipped)


def fetch_and_parse(
    url: str,
    type_code: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> FeedResult:
    """Download, decode and parse one feed."""
    return parse(decode(fetch(url, timeout=timeout, max_bytes=max_bytes)), type_code)
