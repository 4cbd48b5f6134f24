"""Visitor statistics: only page views' tokens count, once each; Bangkok days; exactness under load."""

import datetime
import re
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from html import unescape
from types import SimpleNamespace
from urllib.parse import urlencode

import pytest
from django.core import signing
from django.db import OperationalError, connection
from django.template.loader import render_to_string
from django.utils import timezone
from wagtail.models import Site

from ita_pages.furniture.visitors import beacon, views
from ita_pages.furniture.visitors.models import DailyVisits, record_visit, visit_stats
from ita_pages.furniture.visitors.views import PIXEL

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36"


def utc(*args):
    return datetime.datetime(*args, tzinfo=datetime.UTC)


def beacon_src(client, path="/th/") -> str:
    """The pixel address a rendered page carries, as the browser would request it."""
    html = client.get(path).content.decode()
    match = re.search(r'<img class="visit-beacon" src="([^"]+)"', html)
    assert match, "the page carries no beacon"
    return unescape(match.group(1))


def pixel(client, src, **headers):
    response = client.get(src, HTTP_USER_AGENT=headers.pop("agent", BROWSER), **headers)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/gif"
    assert response.content == PIXEL
    return response


def token_url(token: str) -> str:
    return "/visit/hit.gif?" + urlencode({"v": token})


def test_a_page_views_beacon_counts_once(client, site_th):
    src = beacon_src(client)
    pixel(client, src)
    pixel(client, src)
    assert visit_stats(site_th)["total"] == 1
    # The next view is a new token, so a new visit.
    pixel(client, beacon_src(client))
    assert visit_stats(site_th)["total"] == 2


def test_every_page_carries_its_own_token(client, site_th):
    first, second = beacon_src(client), beacon_src(client)
    assert first.startswith("/visit/hit.gif?v=")
    assert first != second


class ThreeHoursAgo(signing.TimestampSigner):
    """Signs as the beacon does, with a clock three hours behind: a token from a stale tab."""

    def timestamp(self):
        return signing.b62_encode(int(time.time()) - 3 * 60 * 60)


def test_requests_without_a_valid_token_count_nothing(client, site_th):
    genuine = beacon.mint(site_th.pk)
    forged_site = signing.dumps({"s": site_th.pk, "v": "made-up"}, salt="another.salt")
    expired = ThreeHoursAgo(salt=beacon.SALT).sign_object({"s": site_th.pk, "v": "old-view"}, compress=True)
    other_site = Site.objects.create(hostname="other.example", root_page=site_th.root_page)
    for src in (
        "/visit/hit.gif",
        "/visit/hit.gif?v=",
        token_url("not-a-token"),
        token_url(genuine[:-2] + "xx"),
        token_url(genuine + "ก"),
        token_url(forged_site),
        token_url(expired),
        token_url(beacon.mint(other_site.pk)),
    ):
        pixel(client, src)
    assert visit_stats(site_th)["total"] == 0
    assert visit_stats(other_site)["total"] == 0


def test_a_token_counts_on_its_own_site_only(client, site_th):
    other_site = Site.objects.create(hostname="other.example", root_page=site_th.root_page)
    pixel(client, token_url(beacon.mint(other_site.pk)), HTTP_HOST="other.example")
    assert visit_stats(other_site)["total"] == 1
    assert visit_stats(site_th)["total"] == 0


def test_fifty_bare_requests_add_nothing(client, site_th):
    for _ in range(50):
        pixel(client, "/visit/hit.gif")
    assert visit_stats(site_th)["total"] == 0


def test_a_flood_of_fresh_tokens_from_one_client_is_cut_by_the_rate_limit(client, site_th, settings, one_rate_window):
    settings.VISIT_RATE_LIMIT = (3, 600)
    for _ in range(20):
        pixel(client, token_url(beacon.mint(site_th.pk)), REMOTE_ADDR="203.0.113.9")
    assert visit_stats(site_th)["total"] == 3
    # Another visitor has a quota of its own.
    pixel(client, token_url(beacon.mint(site_th.pk)), REMOTE_ADDR="198.51.100.7")
    assert visit_stats(site_th)["total"] == 4


@pytest.fixture
def one_rate_window(monkeypatch):
    """Keeps the rate limit's clock inside one 10-minute window, whenever the test runs."""
    from ita_pages.core import rate_limit

    now = (int(time.time()) // 600) * 600 + 300
    monkeypatch.setattr(rate_limit, "time", SimpleNamespace(time=lambda: now))


def test_the_default_quota_is_120_views_per_client_and_10_minutes(client, site_th, one_rate_window):
    for _ in range(121):
        pixel(client, token_url(beacon.mint(site_th.pk)))
    assert visit_stats(site_th)["total"] == 120


def test_beacon_counts_browsers_only(client, site_th):
    for agent in ("Googlebot/2.1 (+http://www.google.com/bot.html)", "curl/8.5.0", "python-requests/2.32", ""):
        pixel(client, token_url(beacon.mint(site_th.pk)), agent=agent)
    pixel(client, token_url(beacon.mint(site_th.pk)), HTTP_SEC_PURPOSE="prefetch")
    assert visit_stats(site_th)["total"] == 0
    pixel(client, token_url(beacon.mint(site_th.pk)))
    assert visit_stats(site_th)["total"] == 1


def test_beacon_is_never_cached_and_stores_nothing_personal(client, site_th):
    response = pixel(client, token_url(beacon.mint(site_th.pk)), REMOTE_ADDR="203.0.113.9")
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    columns = {field.name for field in DailyVisits._meta.get_fields()}
    assert columns == {"id", "site", "date", "count"}
    assert visit_stats(site_th)["total"] == 1


def test_a_database_error_still_answers_the_pixel(client, site_th, monkeypatch):
    def broken(site):
        raise OperationalError("connection refused")

    monkeypatch.setattr(views, "record_visit", broken)
    pixel(client, token_url(beacon.mint(site_th.pk)))


def test_days_are_bangkok_days(site_th):
    record_visit(site_th, now=utc(2026, 11, 24, 16, 59))  # 23:59 on the 24th in Bangkok
    record_visit(site_th, now=utc(2026, 11, 24, 17, 0))  # 00:00 on the 25th in Bangkok
    record_visit(site_th, now=utc(2026, 11, 25, 10, 0))
    record_visit(site_th, now=utc(2026, 10, 31, 12, 0))  # last month
    stats = visit_stats(site_th, now=utc(2026, 11, 25, 12, 0))
    assert stats == {"today": 2, "yesterday": 1, "month": 3, "total": 4}


def test_stats_on_the_first_of_the_month(site_th):
    record_visit(site_th, now=utc(2026, 11, 30, 12, 0))
    record_visit(site_th, now=utc(2026, 12, 1, 1, 0))
    assert visit_stats(site_th, now=utc(2026, 12, 1, 2, 0)) == {"today": 1, "yesterday": 1, "month": 1, "total": 2}


def test_homepage_widget_shows_the_counts(client, site_th):
    DailyVisits.objects.create(site=site_th, date=datetime.date(2020, 1, 1), count=1234)
    html = client.get("/th/").content.decode()
    widget = html.split("widget--visitor_stats")[1].split("</section>")[0]
    assert "<dt>ทั้งหมด</dt><dd>1,234</dd>" in widget


def _hammer(urls: list[str], workers: int) -> list[int]:
    def hit(url):
        request = urllib.request.Request(url, headers={"User-Agent": BROWSER})
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(hit, urls))


# serialized_rollback: other live-server tests flush the database, root page included.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_hits_against_a_real_server_are_exact(live_server, site_th, settings):
    # 500 on PostgreSQL as the issue asks; SQLite serialises writers, so fewer there.
    hits, workers = (500, 40) if connection.vendor == "postgresql" else (60, 6)
    site_th.hostname, site_th.port = "localhost", live_server.thread.port
    site_th.save()
    # One client sends them all; the rate limit is not what is measured here.
    settings.VISIT_RATE_LIMIT = (hits, 600)
    base = live_server.url.replace("127.0.0.1", "localhost")
    urls = [base + token_url(beacon.mint(site_th.pk)) for _ in range(hits)]
    before = visit_stats(site_th)["total"]
    statuses = _hammer(urls, workers)
    assert statuses == [200] * hits
    assert visit_stats(site_th)["total"] - before == hits
    assert DailyVisits.objects.filter(site=site_th).count() == 1


def test_previews_carry_no_beacon(rf, site_th):
    request = rf.get("/")
    request.is_preview = True
    assert "visit-beacon" not in render_to_string("visitors/beacon.html", request=request)
    request.is_preview = False
    assert "visit-beacon" in render_to_string("visitors/beacon.html", request=request)


def test_editors_previews_are_not_visits(editor_client, site_th):
    home = site_th.root_page
    html = editor_client.get(f"/admin/pages/{home.pk}/view_draft/").content.decode()
    assert "<body" in html
    assert "visit-beacon" not in html
    assert visit_stats(site_th)["total"] == 0


def test_a_counted_view_is_remembered_by_every_worker_not_by_one_cache(client, site_th):
    """Another gunicorn worker has another memory cache: the counted views live in the database."""
    from django.core.cache import cache

    token = beacon.mint(site_th.pk)
    pixel(client, token_url(token))
    cache.clear()
    pixel(client, token_url(token))
    assert visit_stats(site_th)["total"] == 1


def test_counted_views_are_forgotten_once_their_tokens_have_expired(site_th):
    from ita_pages.furniture.visitors.models import CountedView, first_count

    keep = datetime.timedelta(hours=2)
    start = timezone.now()
    assert first_count("old-view", keep, now=start)
    assert not first_count("old-view", keep, now=start)
    assert first_count("new-view", keep, now=start + keep + datetime.timedelta(seconds=1))
    assert list(CountedView.objects.values_list("view_id", flat=True)) == ["new-view"]
