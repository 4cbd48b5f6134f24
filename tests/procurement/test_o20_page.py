"""The O20 page and the procurement admin: a fiscal year from the local table."""

import datetime

import pytest
from django.utils import timezone

from ita_pages.core.publish import add_validated_child
from ita_pages.furniture.procurement.models import (
    EGPFeed,
    EGPFeedStatus,
    ProcurementAnnouncement,
    ProcurementAnnouncementPage,
)


def announce(site, project_id, type_code, date, title="ประกาศ"):
    return ProcurementAnnouncement.objects.create(
        site=site, project_id=project_id, type_code=type_code, date=date, title=title
    )


@pytest.fixture
def o20_page(site_th, announcements):
    page = ProcurementAnnouncementPage(title="ประกาศจัดซื้อจัดจ้าง", slug="procurement", fiscal_year=2566)
    return add_validated_child(site_th.root_page, page)


@pytest.fixture
def announcements(site_th):
    return [
        announce(site_th, "A1", "D0", datetime.date(2022, 9, 30), "ก่อนปีงบประมาณ"),  # fiscal 2565
        announce(site_th, "A2", "D0", datetime.date(2022, 10, 1), "เชิญชวนตุลาคม"),
        announce(site_th, "A3", "W0", datetime.date(2023, 1, 15), "ผู้ชนะมกราคม"),
        announce(site_th, "A4", "D0", datetime.date(2023, 9, 30), "เชิญชวนกันยายน"),
        announce(site_th, "A5", "W0", datetime.date(2023, 10, 1), "หลังปีงบประมาณ"),  # fiscal 2567
    ]


def test_page_lists_only_the_fiscal_year(client, o20_page, announcements):
    html = client.get(o20_page.url).content.decode()
    assert "เชิญชวนตุลาคม" in html and "ผู้ชนะมกราคม" in html and "เชิญชวนกันยายน" in html
    assert "ก่อนปีงบประมาณ" not in html and "หลังปีงบประมาณ" not in html
    assert 'data-ita-item="O20"' in html
    assert "1 ตุลาคม 2565" in html  # Thai Buddhist-era dates


def test_filter_by_type_and_month(client, o20_page, announcements):
    html = client.get(o20_page.url, {"type": "W0"}).content.decode()
    assert "ผู้ชนะมกราคม" in html and "เชิญชวนตุลาคม" not in html
    html = client.get(o20_page.url, {"month": "2022-10"}).content.decode()
    assert "เชิญชวนตุลาคม" in html and "ผู้ชนะมกราคม" not in html
    assert '<option value="2022-10" selected>ตุลาคม 2565</option>' in html


def test_empty_type_says_no_announcements_and_bad_filters_are_ignored(client, o20_page, announcements):
    html = client.get(o20_page.url, {"type": "B0"}).content.decode()
    assert "ไม่มีประกาศ" in html
    response = client.get(o20_page.url, {"type": "<x>", "month": "2030-01", "page": "abc"})
    assert response.status_code == 200
    assert "เชิญชวนตุลาคม" in response.content.decode()


def test_as_of_shows_the_last_good_fetch_in_bangkok_time(client, o20_page, announcements, site_th):
    EGPFeedStatus.objects.create(
        site=site_th,
        type_code="D0",
        last_success=datetime.datetime(2026, 11, 26, 3, 5, tzinfo=datetime.UTC),
        last_data_at=datetime.datetime(2026, 11, 25, 3, 5, tzinfo=datetime.UTC),
    )
    html = client.get(o20_page.url).content.decode()
    # The later answer had no announcements: it confirms nothing citizens see.
    assert "ข้อมูล ณ 25 พฤศจิกายน 2569 10:05 น." in html
    assert "26 พฤศจิกายน 2569" not in html


def test_page_query_count_is_bounded(client, site_th, o20_page, announcements, django_assert_max_num_queries):
    for number in range(40):
        announce(site_th, f"B{number}", "D0", datetime.date(2023, 2, 1))
    with django_assert_max_num_queries(25):
        assert client.get(o20_page.url).status_code == 200


def test_editor_adds_an_announcement_by_hand(editor_client, site_th):
    response = editor_client.post(
        "/admin/snippets/procurement/procurementannouncement/add/",
        {
            "site": site_th.pk,
            "type_code": "W0",
            "project_id": "66099000001",
            "date": "2023-02-01",
            "title": "ประกาศผู้ชนะ (บันทึกเอง)",
            "link": "",
            "method": "เฉพาะเจาะจง",
        },
    )
    assert response.status_code == 302
    stored = ProcurementAnnouncement.objects.get(project_id="66099000001")
    assert stored.source == "manual"
    listing = editor_client.get("/admin/snippets/procurement/procurementannouncement/")
    assert "ประกาศผู้ชนะ (บันทึกเอง)" in listing.content.decode()


def test_feed_settings_show_each_feed_status(editor_client, site_th):
    feed = EGPFeed.for_site(site_th)
    feed.dept_id = "1234"
    feed.types = ["D0", "W0"]
    feed.save()
    EGPFeedStatus.objects.create(
        site=site_th,
        type_code="D0",
        last_success=timezone.now() - datetime.timedelta(days=1),
        last_error="timeout: no answer in 20s",
        last_error_at=timezone.now(),
        item_count=7,
    )
    html = editor_client.get(f"/admin/settings/procurement/egpfeed/{site_th.pk}/").content.decode()
    assert "timeout: no answer in 20s" in html
    assert "ขัดข้อง" in html  # failing since the error is newer than the success
    assert "<td>7</td>" in html
    assert "ยังไม่เคย" in html  # W0 never fetched


def test_feed_settings_save_types_from_checkboxes(editor_client, site_th):
    response = editor_client.post(
        f"/admin/settings/procurement/egpfeed/{site_th.pk}/",
        {"dept_id": "5550000", "types": ["P0", "W1"]},
    )
    assert response.status_code == 302
    feed = EGPFeed.for_site(site_th)
    assert (feed.dept_id, feed.types) == ("5550000", ["P0", "W1"])


def test_the_period_is_the_fiscal_year_the_page_lists(o20_page, announcements, site_th):
    assert (o20_page.period.start, o20_page.period.end) == (datetime.date(2022, 10, 1), datetime.date(2023, 9, 30))
    in_2566 = (datetime.date(2022, 10, 1), datetime.date(2023, 9, 30))
    ProcurementAnnouncement.objects.filter(date__range=in_2566).delete()
    # Nothing shown for 2566 any more: the catalogue's part is missing, the page is not publishable.
    assert "__all__" in o20_page.publish_errors()
