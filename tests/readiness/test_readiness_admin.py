"""Dashboard panel, report view, ITAS export, cache invalidation, editors-only status."""

from __future__ import annotations

import csv
import io

import pytest
from django.test import Client
from django.urls import reverse
from openpyxl import load_workbook

from demo.factories.blocks import ServiceManualBlockFactory
from ita_pages.core.catalogue import registry
from ita_pages.items.models import DutiesPage, ServiceManualPage
from ita_pages.readiness.cache import get_report
from tests.readiness.helpers import YEAR, publish

pytestmark = pytest.mark.django_db


def heading(group):
    return registry.get_catalogue(YEAR).group(group).heading_th


def test_dashboard_panel_shows_score_and_a_bar_per_group(editor_client, report_site):
    html = editor_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "ITA 2566: ผ่าน 1/3" in html
    assert 'data-group="9.1"' in html and 'data-group="9.2"' in html
    assert f'aria-valuenow="1" aria-label="{heading("9.1")}"' in html
    assert f'aria-valuemax="2" aria-valuenow="0" aria-label="{heading("9.2")}"' in html


def test_report_lists_items_with_thai_problems_and_edit_links(editor_client, report_site, ita_index):
    html = editor_client.get(reverse("readiness_report")).content.decode()
    assert reverse("wagtailadmin_pages:add", args=("ita_pages", "workmanualpage", ita_index.pk)) in html
    assert 'data-ita-item="O3" data-status="pass"' in html
    assert 'data-ita-item="O14" data-status="missing"' in html
    assert 'data-ita-item="O15" data-status="fail"' in html
    assert "ยังไม่มีหน้า “คู่มือหรือมาตรฐานการปฏิบัติงาน”" in html
    page_id = get_report(report_site, YEAR).item("O15").page_id
    assert reverse("wagtailadmin_pages:edit", args=(page_id,)) in html


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ("status=fail", ["O15"], ["O3", "O14"]),
        ("group=9.1", ["O3"], ["O14", "O15"]),
        ("status=missing&group=9.2", ["O14"], ["O3", "O15"]),
    ],
)
def test_report_filters_by_status_and_group(editor_client, report_site, query, shown, hidden):
    html = editor_client.get(f"{reverse('readiness_report')}?{query}").content.decode()
    for code in shown:
        assert f'data-ita-item="{code}"' in html
    for code in hidden:
        assert f'data-ita-item="{code}"' not in html


def test_report_needs_admin_access(client, report_site):
    response = client.get(reverse("readiness_report"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_csv_export_in_itas_order(editor_client, report_site):
    response = editor_client.get(reverse("readiness_export_csv"))
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["ข้อ", "หัวข้อ", "URL", "สถานะ", "หมายเหตุ"]
    assert [r[0] for r in rows[1:]] == ["O3", "O14", "O15"]
    assert rows[1][1] == "อำนาจหน้าที่"
    assert rows[1][2].endswith("/ita/2566/o3/")
    assert [r[3] for r in rows[1:]] == ["ผ่าน", "ยังไม่มี", "ไม่ผ่าน"]
    assert "บริการหรือภารกิจ" in rows[3][4]  # the missing part, by its catalogue label


def test_xlsx_export_matches(editor_client, report_site):
    response = editor_client.get(reverse("readiness_export_xlsx"))
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == ["ข้อ", "หัวข้อ", "URL", "สถานะ", "หมายเหตุ"]
    assert [v[0] for v in values[1:]] == ["O3", "O14", "O15"]
    assert values[2][3] == "ยังไม่มี"


def test_report_is_cached_until_something_is_published(report_site, add_page, django_assert_max_num_queries):
    first = get_report(report_site, YEAR)
    assert first.item("O14").status == "missing"
    with django_assert_max_num_queries(3):
        assert get_report(report_site, YEAR).item("O14").status == "missing"
    add_page("O14")  # publishing drops the cached report
    assert get_report(report_site, YEAR).item("O14").status == "pass"


def test_unpublishing_invalidates_the_cached_report(report_site):
    assert get_report(report_site, YEAR).item("O3").status == "pass"
    DutiesPage.objects.get(slug="o3").unpublish()
    assert get_report(report_site, YEAR).item("O3").status == "missing"


def test_status_on_the_index_is_for_editors_only(editor_client, report_site, ita_index):
    url = ita_index.get_url()
    public = Client().get(url).content.decode()
    assert "data-ita-status" not in public
    editor = editor_client.get(url).content.decode()
    assert 'data-ita-status="pass"' in editor


def test_republishing_a_fixed_page_turns_it_to_pass(editor_client, report_site):
    page = ServiceManualPage.objects.get(slug="o15")
    assert get_report(report_site, YEAR).item("O15").status == "fail"
    page.body = [("manual", ServiceManualBlockFactory())]
    publish(page)
    html = editor_client.get(reverse("readiness_report")).content.decode()
    assert 'data-ita-item="O15" data-status="pass"' in html
