"""Block rules that need code, and how indicator pages render (escaped, Thai periods, QR)."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from demo.ita_pages import build_page
from ita_pages.core.catalogue import registry
from ita_pages.core.publish import add_validated_child
from ita_pages.items.blocks import MonthlyProcurementBlock, PlanItemBlock
from ita_pages.items.models import (
    ExecutivesPage,
    IntegrityActionsPage,
    MonthlyProcurementSummaryPage,
    OperatingProgressPage,
    StrategicPlanPage,
)

ROW = {
    "item": "จัดซื้อวัสดุ",
    "budget": Decimal("1000"),
    "median_price": Decimal("1000"),
    "method": "specific",
    "bidders": "ร้าน ก 990 บาท",
    "winner": "ร้าน ก 990 บาท",
    "reason": "ราคาต่ำสุด",
    "contract_number": "1/2566",
    "contract_date": dt.date(2022, 10, 20),
}


def _month(**value):
    block = MonthlyProcurementBlock()
    return block, block.to_python({"month": "2022-10-01", "nil_statement": "", "procurements": [], **value})


def test_an_empty_month_is_left_to_the_catalogue_rule():
    # The O21 page's "months" part names a month with neither rows nor a nil statement.
    block, value = _month()
    block.clean(value)


def test_a_month_with_a_nil_statement_or_rows_is_valid():
    block, value = _month(nil_statement="ไม่มีการจัดซื้อจัดจ้าง")
    block.clean(value)
    block = MonthlyProcurementBlock()
    value = block.normalize({"month": dt.date(2022, 11, 1), "nil_statement": "", "procurements": [ROW]})
    block.clean(value)


def test_a_month_cannot_have_rows_and_a_nil_statement():
    block = MonthlyProcurementBlock()
    value = block.normalize({"month": dt.date(2022, 11, 1), "nil_statement": "ไม่มี", "procurements": [ROW]})
    with pytest.raises(ValidationError):
        block.clean(value)


def test_a_plan_item_cannot_end_before_it_starts():
    block = PlanItemBlock()
    value = block.normalize(
        {"project": "x", "budget": Decimal(1), "start": dt.date(2023, 1, 2), "end": dt.date(2023, 1, 1)}
    )
    with pytest.raises(ValidationError):
        block.clean(value)


def _published(index, model):
    item = registry.get_catalogue(2566).item_for_page_type(model.page_type_label)
    return add_validated_child(index, build_page(index, model, item))


@pytest.mark.django_db
def test_citizen_visible_text_is_escaped(client, ita_index):
    page = build_page(ita_index, ExecutivesPage, registry.get_catalogue(2566).item("O2"))
    page.body[0].value["name"] = '<script>alert("x")</script>นายสมชาย'
    add_validated_child(ita_index, page)
    html = client.get("/th/ita/2566/o2/").content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html


@pytest.mark.django_db
def test_periods_are_shown_the_thai_way(client, ita_index):
    _published(ita_index, OperatingProgressPage)
    _published(ita_index, StrategicPlanPage)
    assert "ตุลาคม 2565 – มีนาคม 2566" in client.get("/th/ita/2566/o12/").content.decode()
    assert "ปีงบประมาณ พ.ศ. 2566–2570" in client.get("/th/ita/2566/o4/").content.decode()


@pytest.mark.django_db
def test_amounts_dates_and_choices_render_for_readers(client, ita_index):
    _published(ita_index, MonthlyProcurementSummaryPage)
    html = client.get("/th/ita/2566/o21/").content.decode()
    assert "25,000.00 บาท" in html
    assert "วิธีเฉพาะเจาะจง" in html
    assert "15 พฤศจิกายน 2565" in html
    assert "ไม่มีการจัดซื้อจัดจ้างในเดือนนี้" in html


@pytest.mark.django_db
def test_o43_shows_the_eit_survey_as_a_qr_code(client, ita_index):
    _published(ita_index, IntegrityActionsPage)
    html = client.get("/th/ita/2566/o43/").content.decode()
    assert '<figure class="qr"' in html
    assert "<svg" in html
