"""The admin home warns editors, in Thai, of each e-GP feed that has stopped answering,
and the migration that starts recording fetches with announcements apart."""

import datetime
import importlib

import pytest
from django.apps import apps
from django.utils import timezone

from ita_pages.furniture.procurement.models import EGPFeed, EGPFeedStatus


@pytest.fixture
def followed(site_th):
    feed = EGPFeed.for_site(site_th)
    feed.dept_id = "1234"
    feed.types = ["D0", "W0"]
    feed.save()
    return feed


MARK = 'id="egp-stale-feeds-section"'


def _panel(html):
    return html.split(MARK)[1].split("</section>")[0] if MARK in html else ""


def test_a_feed_without_success_for_a_day_is_named_with_its_last_success(editor_client, site_th, followed):
    EGPFeedStatus.objects.create(
        site=site_th,
        type_code="D0",
        last_success=datetime.datetime(2026, 11, 25, 3, 5, tzinfo=datetime.UTC),
        last_error="timeout: no answer in 20s",
        last_error_at=timezone.now(),
    )
    EGPFeedStatus.objects.create(site=site_th, type_code="W0", last_success=timezone.now())
    html = editor_client.get("/admin/").content.decode()
    panel = _panel(html)
    assert "ฟีด e-GP ไม่อัปเดต" in html
    assert "ไม่ได้ตอบกลับมานานกว่า 24 ชั่วโมง" in panel
    assert site_th.site_name in panel
    assert 'data-type="D0"' in panel and "ประกาศเชิญชวน" in panel
    assert "สำเร็จครั้งล่าสุดเมื่อ 25 พฤศจิกายน 2569 10:05 น." in panel
    assert 'data-type="W0"' not in panel  # answered just now
    assert f"/admin/settings/procurement/egpfeed/{site_th.pk}/" in panel


def test_a_feed_that_never_succeeded_is_named(editor_client, site_th, followed):
    EGPFeedStatus.objects.create(site=site_th, type_code="D0", last_success=timezone.now())
    panel = _panel(editor_client.get("/admin/").content.decode())
    assert 'data-type="W0"' in panel
    assert "ยังไม่เคยดึงข้อมูลสำเร็จ" in panel


def test_no_panel_while_every_feed_answers(editor_client, site_th, followed):
    for code in ("D0", "W0"):
        EGPFeedStatus.objects.create(site=site_th, type_code=code, last_success=timezone.now())
    html = editor_client.get("/admin/").content.decode()
    assert MARK not in html
    assert "ฟีด e-GP ไม่อัปเดต" not in html


def test_no_panel_for_a_site_that_follows_no_feed(editor_client, site_th):
    assert MARK not in editor_client.get("/admin/").content.decode()


def test_the_stale_limit_is_a_setting(editor_client, site_th, followed, settings):
    for code in ("D0", "W0"):
        EGPFeedStatus.objects.create(
            site=site_th, type_code=code, last_success=timezone.now() - datetime.timedelta(hours=3)
        )
    assert MARK not in editor_client.get("/admin/").content.decode()
    settings.EGP_STALE_AFTER_HOURS = 2
    panel = _panel(editor_client.get("/admin/").content.decode())
    assert 'data-type="D0"' in panel and 'data-type="W0"' in panel
    assert "นานกว่า 2 ชั่วโมง" in panel


def test_the_migration_keeps_the_as_of_date_of_fetches_that_brought_items(site_th):
    migration = importlib.import_module("ita_pages.furniture.procurement.migrations.0003_feed_status_last_data_at")
    when = datetime.datetime(2026, 11, 25, 3, 5, tzinfo=datetime.UTC)
    EGPFeedStatus.objects.create(site=site_th, type_code="D0", last_success=when, item_count=3)
    EGPFeedStatus.objects.create(site=site_th, type_code="W0", last_success=when, item_count=0)
    EGPFeedStatus.objects.create(site=site_th, type_code="P0", item_count=0)
    migration.carry_over_good_fetches(apps, None)
    # An empty answer confirmed nothing, so it gives no as-of date.
    assert dict(EGPFeedStatus.objects.values_list("type_code", "last_data_at")) == {"D0": when, "W0": None, "P0": None}
