"""Check external links: one HEAD each, a timeout, a few at a time, no retries.

Why so careful: government hosts are often slow or down, and a check that retries
or opens hundreds of connections at once would hammer them and take forever. Each
distinct URL is asked once (HEAD; GET only when the server refuses HEAD), with a
short timeout and bounded concurrency; the result is a plain value per URL.
Only `manage.py ita_check --check-links` calls this: the admin never waits on it.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

DEFAULT_TIMEOUT = 5.0
DEFAULT_WORKERS = 4
USER_AGENT = "ita-readiness-check/1.0 (+link check before the ITA assessment)"


@dataclass(frozen=True)
class LinkResult:
    url: str
    ok: bool
    status: int | None = None
    reason: str = ""


class _KeepMethodRedirects(urllib.request.HTTPRedirectHandler):
    """Follow at most 5 redirects and keep asking HEAD (urllib would switch to GET)."""

    max_redirections = 5

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and req.get_method() == "HEAD":
            new.method = "HEAD"
        return new


def _request(url: str, method: str, timeout: float) -> int:
    request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})  # noqa: S310
    opener = urllib.request.build_opener(_KeepMethodRedirects())
    with opener.open(request, timeout=timeout) as response:  # http(s) only, checked below
        return response.status


def check_url(url: str, timeout: float = DEFAULT_TIMEOUT) -> LinkResult:
    """One attempt: HEAD, or GET once if the server does not allow HEAD."""
    if not url.startswith(("http://", "https://")):
        return LinkResult(url, False, None, "not an http(s) address")
    try:
        try:
            status = _request(url, "HEAD", timeout)
        except urllib.error.HTTPError as exc:
            if exc.code not in (405, 501):
                raise
            status = _request(url, "GET", timeout)
    except urllib.error.HTTPError as exc:
        return LinkResult(url, False, exc.code, f"HTTP {exc.code}")
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        return LinkResult(url, False, None, str(reason) or type(exc).__name__)
    return LinkResult(url, 200 <= status < 400, status, "" if status < 400 else f"HTTP {status}")


def check_urls(
    urls, *, timeout: float = DEFAULT_TIMEOUT, workers: int = DEFAULT_WORKERS, progress=None
) -> dict[str, LinkResult]:
    """Check each distinct URL once with at most `workers` connections at a time."""
    distinct = list(dict.fromkeys(urls))
    results: dict[str, LinkResult] = {}
    if not distinct:
        return results
    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(distinct)))) as pool:
        for done, result in enumerate(pool.map(lambda u: check_url(u, timeout), distinct), start=1):
            results[result.url] = result
            if progress is not None:
                progress(done, len(distinct), result.url)
    return results
