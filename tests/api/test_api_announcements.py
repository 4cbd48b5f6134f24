"""Procurement announcements (O20) over the API: filters by type and date, paging, order."""

import datetime as dt

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def announcements(site_th):
    from wagtail.models import Page, Site

    from ita_pages.furniture.procurement.models import ProcurementAnnouncement

    rows = [
        ("P0", dt.date(2022, 10, 3), "แผนการจัดซื้อจัดจ้างประจำปี 2566"),
        ("D0", dt.date(2023, 1, 10), "ประกาศเชิญชวน ซื้อวัสดุสำนักงาน"),
        ("W0", dt.date(2023, 2, 1), "ประกาศผู้ชนะ ซื้อวัสดุสำนักงาน"),
        ("W0", dt.date(2023, 2, 1), "ประกาศผู้ชนะ จ้างซ่อมถนน"),
        ("W0", dt.date(2023, 11, 5), "ประกาศผู้ชนะ ปีงบประมาณถัดไป"),
    ]
    created = [
        ProcurementAnnouncement.objects.create(
            site=site_th, project_id=f"66{i:09d}", type_code=code, date=date, title=title, source="egp"
        )
        for i, (code, date, title) in enumerate(rows)
    ]
    other_site = Site.objects.create(hostname="other.example", root_page=Page.get_first_root_node(), port=80)
    ProcurementAnnouncement.objects.create(
        site=other_site, project_id="99", type_code="W0", date=dt.date(2023, 2, 1), title="ของหน่วยงานอื่น"
    )
    return created


def titles(response):
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


def test_newest_first_with_stable_order_and_only_this_site(client, announcements):
    response = client.get("/api/ita/announcements")
    data = response.json()
    assert data["meta"]["total_count"] == 5
    dates = [item["date"] for item in data["items"]]
    assert dates == sorted(dates, reverse=True)
    same_day = [item["id"] for item in data["items"] if item["date"] == "2023-02-01"]
    assert same_day == sorted(same_day, reverse=True)
    assert "ของหน่วยงานอื่น" not in titles(response)
    assert titles(client.get("/api/ita/announcements", {"site": "other.example"})) == ["ของหน่วยงานอื่น"]


def test_filter_by_type(client, announcements):
    assert set(titles(client.get("/api/ita/announcements", {"type": "P0,D0"}))) == {
        "แผนการจัดซื้อจัดจ้างประจำปี 2566",
        "ประกาศเชิญชวน ซื้อวัสดุสำนักงาน",
    }
    winners = client.get("/api/ita/announcements", {"type": "W0"}).json()
    assert winners["meta"]["total_count"] == 3
    assert {item["type"] for item in winners["items"]} == {"W0"}
    assert winners["items"][0]["type_label"]


def test_filter_by_dates_and_fiscal_year(client, announcements):
    in_range = titles(client.get("/api/ita/announcements", {"date_from": "2023-01-10", "date_to": "2023-02-01"}))
    assert len(in_range) == 3
    fiscal_2566 = client.get("/api/ita/announcements", {"fiscal_year": 2566}).json()
    assert fiscal_2566["meta"]["total_count"] == 4
    assert "ประกาศผู้ชนะ ปีงบประมาณถัดไป" not in [item["title"] for item in fiscal_2566["items"]]


def test_paging_keeps_the_total(client, announcements):
    first = client.get("/api/ita/announcements", {"limit": 2}).json()
    second = client.get("/api/ita/announcements", {"limit": 2, "offset": 2}).json()
    assert first["meta"] == {"total_count": 5, "limit": 2, "offset": 0}
    assert second["meta"]["total_count"] == 5
    assert not {i["id"] for i in first["items"]} & {i["id"] for i in second["items"]}


def test_bad_filters_are_problems(client, announcements):
    for params in ({"type": "w0;drop"}, {"date_from": "not-a-date"}, {"fiscal_year": 1}, {"limit": 101}):
        response = client.get("/api/ita/announcements", params)
        assert response.status_code == 422
        assert response["Content-Type"].startswith("application/problem+json")
