"""The importer against a real HTTP server, and what citizens then see.

Whatever the feed does, the homepage answers 200 from the local table, shows the
last good items with their date, escapes everything and stores no duplicates.
"""

import datetime

import pytest
from django.core.management import call_command
from django.test import override_settings

from ita_pages.furniture.procurement import importer
from ita_pages.furniture.procurement.models import EGPFeed, EGPFeedStatus, ProcurementAnnouncement
from ita_pages.furniture.procurement.tasks import fetch_egp_feeds

ITEM = {
    "title": "ประกาศเชิญชวน ประกวดราคาจ้างก่อสร้างถนน หมู่ 3",
    "link": "http://process3.gprocurement.go.th/x?projectId=66019000101",
    "description": "66019000101, ประกวดราคาอิเล็กทรอนิกส์ (e-bidding), ประกาศเชิญชวน",
    "date": "2023-01-09",
}
WINNER = dict(
    ITEM,
    title="ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุสำนักงาน",
    description="66019000477, เฉพาะเจาะจง, ประกาศผู้ชนะการเสนอราคา",
    date="2023-03-02",
)


@pytest.fixture
def egp(site_th, feed_server, settings):
    """The site follows D0 and W0 of dept 1234 on the local fake e-GP host."""
    settings.EGP_FEED_BASE_URL = feed_server.url("/feed")
    settings.EGP_TIMEOUT = 0.5
    settings.EGP_MAX_BYTES = 20_000
    feed = EGPFeed.for_site(site_th)
    feed.dept_id = "1234"
    feed.types = ["D0", "W0"]
    feed.save()
    return feed_server


def serve(server, route, type_code, **kwargs):
    server.routes[f"/feed?deptId=1234&anounceType={type_code}"] = route(**kwargs)


def test_valid_feeds_are_stored_with_status(egp, make_rss, route, site_th):
    serve(egp, route, "D0", body=make_rss([ITEM]))
    serve(egp, route, "W0", body=make_rss([WINNER]))
    report = importer.import_all()
    assert (report.fetched, report.stored, report.errors) == (2, 2, [])
    stored = ProcurementAnnouncement.objects.get(type_code="D0")
    assert (stored.project_id, stored.date, stored.source) == ("66019000101", datetime.date(2023, 1, 9), "egp")
    assert stored.method == "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)"
    status = EGPFeedStatus.objects.get(site=site_th, type_code="W0")
    assert status.item_count == 1 and status.last_success and not status.last_error


def test_same_items_twice_store_no_duplicates(egp, make_rss, route):
    serve(egp, route, "D0", body=make_rss([ITEM, ITEM]))
    serve(egp, route, "W0", body=make_rss([]))
    importer.import_all()
    importer.import_all()
    assert ProcurementAnnouncement.objects.count() == 1


def test_empty_channel_is_success_not_error(egp, make_rss, route, site_th):
    serve(egp, route, "D0", body=make_rss([]))
    serve(egp, route, "W0", body=make_rss([]))
    assert importer.import_all().errors == []
    status = EGPFeedStatus.objects.get(site=site_th, type_code="D0")
    assert status.last_success and status.item_count == 0 and not status.failing


@pytest.mark.parametrize(
    "fault",
    [
        {"body": b"<rss><channel><item><title>broken"},
        {"body": "<html><body>ระบบขัดข้อง</body></html>".encode(), "content_type": "text/html"},
        {"body": b"<html>Service Unavailable</html>", "status": 503},
        {"body": b"<rss><channel/></rss>", "delay": 3},
        {"body": b"<rss><channel>" + b" " * 30_000 + b"</channel></rss>"},
    ],
    ids=["malformed", "html-page", "http-503", "slow", "too-large"],
)
def test_feed_faults_keep_last_good_items_and_homepage_answers(egp, make_rss, route, site_th, client, fault):
    serve(egp, route, "D0", body=make_rss([ITEM]))
    serve(egp, route, "W0", body=make_rss([WINNER]))
    importer.import_all()
    serve(egp, route, "D0", **fault)
    report = importer.import_all()
    assert len(report.errors) == 1
    status = EGPFeedStatus.objects.get(site=site_th, type_code="D0")
    assert status.failing and status.last_error
    assert ProcurementAnnouncement.objects.count() == 2  # nothing lost

    response = client.get("/th/")
    assert response.status_code == 200
    html = response.content.decode()
    assert ITEM["title"] in html
    assert "ข้อมูล ณ" in html
    assert "มีความผิดพลาด" not in html and "ฟีดใช้งานไม่ได้" not in html


def test_titles_with_script_are_escaped_everywhere(egp, make_rss, route, client):
    hostile = dict(ITEM, title="&lt;script&gt;alert('x')&lt;/script&gt;ประกาศ", link="javascript:alert(1)")
    serve(egp, route, "D0", body=make_rss([hostile]))
    serve(egp, route, "W0", body=make_rss([]))
    importer.import_all()
    html = client.get("/th/").content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;ประกาศ" in html
    assert "javascript:alert" not in html


def test_homepage_shows_no_announcements_for_an_empty_type(egp, make_rss, route, client):
    serve(egp, route, "D0", body=make_rss([ITEM]))
    serve(egp, route, "W0", body=make_rss([]))
    importer.import_all()
    html = client.get("/th/").content.decode()
    winner_group = html.split('data-announcement-type="W0"')[1].split("</div>")[0]
    assert "ไม่มีประกาศ" in winner_group


def test_management_command_and_task(egp, make_rss, route):
    serve(egp, route, "D0", body=make_rss([ITEM]))
    serve(egp, route, "W0", body=make_rss([WINNER]))
    call_command("fetch_egp")
    assert ProcurementAnnouncement.objects.count() == 2
    ProcurementAnnouncement.objects.all().delete()
    result = fetch_egp_feeds.enqueue()  # the immediate backend runs it now
    assert result.return_value == {"fetched": 2, "stored": 2, "errors": []}


@override_settings(EGP_FEED_BASE_URL="http://127.0.0.1:9/feed", EGP_TIMEOUT=0.5)
def test_unreachable_host_is_recorded(site_th):
    feed = EGPFeed.for_site(site_th)
    feed.dept_id = "1234"
    feed.types = ["D0"]
    feed.save()
    assert len(importer.import_all().errors) == 1
    assert EGPFeedStatus.objects.get(type_code="D0").failing


def test_sites_without_dept_id_are_not_fetched(site_th, feed_server, settings):
    settings.EGP_FEED_BASE_URL = feed_server.url("/feed")
    assert importer.import_all().fetched == 0
    assert feed_server.hits == {}
