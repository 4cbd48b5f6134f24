"""Queries per page and in-process requests per second for the public pages.

The baseline is /healthz (no database, no template) measured in the same run, so
the ratio shows what a page costs relative to the cheapest request Django serves.
"""

import time

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

PAGES = ["/th/", "/en/"]
BASELINE = "/healthz"
REQUESTS = 200


def requests_per_second(client: Client, url: str, count: int = REQUESTS) -> float:
    client.get(url)  # warm caches and template loading
    started = time.perf_counter()
    for _ in range(count):
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
    return count / (time.perf_counter() - started)


def pages_to_measure() -> list[str]:
    from wagtail.models import Page

    urls = list(PAGES)
    for page in Page.objects.live().public().filter(depth__gte=3).specific()[:20]:
        url = page.get_url()
        if url and url not in urls:
            urls.append(url)
    return urls


def run(report) -> None:
    client = Client()
    report.section("public pages (in-process test client, SQLite unless DATABASE_URL)")
    baseline = requests_per_second(client, BASELINE)
    report.row(f"{BASELINE} (baseline)", f"{baseline:,.0f}", "req/s")
    for url in pages_to_measure():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        query_count = len(queries.captured_queries)
        if response.status_code != 200:
            report.row(url, response.status_code, "status")
            continue
        rate = requests_per_second(client, url, count=50)
        report.row(url, query_count, "queries")
        report.row(f"{url} rate", f"{rate:,.0f}", f"req/s ({rate / baseline:.1%} of baseline)")
