"""The importer against a real HTTP server, and what citizens then see.

Whatever the feed does, the homepage answers 200 from the local table, shows the
last good items with their date, escapes everything and stores no duplicates.
"""

import datetime
import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
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


def test_an_empty_answer_does_not_move_data_as_of(egp, make_rss, route, site_th, client):
    serve(egp, route, "D0", body=make_rss([ITEM]))
    serve(egp, route, "W0", body=make_rss([WINNER]))
    importer.import_all()
    confirmed = datetime.datetime(2026, 11, 25, 3, 5, tzinfo=datetime.UTC)
    EGPFeedStatus.objects.filter(site=site_th).update(last_data_at=confirmed, last_success=confirmed)

    serve(egp, route, "D0", body=make_rss([]))
    serve(egp, route, "W0", body=make_rss([]))
    assert importer.import_all().errors == []
    status = EGPFeedStatus.objects.get(site=site_th, type_code="D0")
    assert status.last_success > confirmed and not status.failing  # e-GP answered, validly
    assert status.last_data_at == confirmed and status.item_count == 0
    assert importer.data_as_of(site_th) == confirmed
    assert "ข้อมูล ณ 25 พฤศจิกายน 2569 10:05 น." in client.get("/th/").content.decode()


def test_a_fetch_with_announcements_moves_data_as_of(egp, make_rss, route, site_th):
    serve(egp, route, "D0", body=make_rss([]))
    serve(egp, route, "W0", body=make_rss([]))
    importer.import_all()
    assert importer.data_as_of(site_th) is None
    assert EGPFeedStatus.objects.filter(last_data_at__isnull=False).count() == 0

    serve(egp, route, "W0", body=make_rss([WINNER]))
    importer.import_all()
    winner = EGPFeedStatus.objects.get(site=site_th, type_code="W0")
    assert winner.last_data_at == winner.last_success
    assert importer.data_as_of(site_th) == winner.last_data_at


def test_a_good_fetch_clears_the_last_error(egp, make_rss, route, site_th):
    serve(egp, route, "D0", body=b"<html>Service Unavailable</html>", status=503)
    serve(egp, route, "W0", body=make_rss([WINNER]))
    importer.import_all()
    assert EGPFeedStatus.objects.get(site=site_th, type_code="D0").last_error

    serve(egp, route, "D0", body=make_rss([ITEM]))
    importer.import_all()
    status = EGPFeedStatus.objects.get(site=site_th, type_code="D0")
    assert (status.last_error, status.last_error_at, status.failing) == ("", None, False)


def test_fetch_egp_exits_1_naming_the_failing_feed(egp, make_rss, route, site_th):
    serve(egp, route, "D0", body=make_rss([ITEM]))
    serve(egp, route, "W0", body=b"<html>Service Unavailable</html>", status=503)
    with pytest.raises(CommandError) as failed:
        call_command("fetch_egp", stdout=io.StringIO())
    # manage.py prints a CommandError on stderr and exits with its returncode.
    assert failed.value.returncode == 1
    assert f"{site_th} W0: http" in str(failed.value)
    assert " D0:" not in str(failed.value)
    assert ProcurementAnnouncement.objects.filter(type_code="D0").count() == 1  # the good feed is kept


def test_fetch_egp_exits_0_when_every_feed_answers(egp, make_rss, route):
    serve(egp, route, "D0", body=make_rss([ITEM]))
    serve(egp, route, "W0", body=make_rss([]))  # empty is not a failure
    out, err = io.StringIO(), io.StringIO()
    call_command("fetch_egp", stdout=out, stderr=err)
    assert "Fetched 2 feeds, stored 1 announcements." in out.getvalue()
    assert err.getvalue() == ""


def test_fetch_egp_enqueue_run_inline_fails_like_the_plain_command(egp, make_rss, route, site_th):
    serve(egp, route, "D0", body=b"<rss><channel><item><title>broken")
    serve(egp, route, "W0", body=make_rss([WINNER]))
    with pytest.raises(CommandError, match=r"1 e-GP feed\(s\) failed:\nFeed error: .* D0: malformed"):
        call_command("fetch_egp", "--enqueue")
    assert ProcurementAnnouncement.objects.filter(type_code="W0").count() == 1


def test_fetch_egp_enqueue_to_a_worker_exits_0_once_queued(egp, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    out = io.StringIO()
    call_command("fetch_egp", "--enqueue", stdout=out)
    assert out.getvalue().startswith("Enqueued task ")
    assert egp.hits == {}  # the worker fetches, not the command
