"""The catalogue decides what publishing refuses: part counts, dates inside parts, nil statements, roles.

Each test builds the demo's complete page of a real page type under the 2566 index,
changes one thing and asks the page's publish check (the same rules the editor's
publish and the readiness checker run). Where the catalogue is the point, the test
changes the catalogue item, not the page type, and the verdict follows.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from django.utils import translation
from wagtail.blocks import StreamValue

from demo.ita_pages import build_page, indicator_models
from ita_pages.core.catalogue import registry
from ita_pages.core.parts import PartContext
from ita_pages.items.models import (
    EthicsCodePage,
    ExecutivesPage,
    IndicatorPage,
    MonthlyProcurementSummaryPage,
    NoGiftCulturePage,
    NoGiftDeclarationPage,
    OperatingPlanPage,
    ProcurementPlanPage,
    ServiceStatisticsPage,
    StrategicPlanPage,
)
from ita_pages.items.models.base import BodyIndicatorPage

pytestmark = pytest.mark.django_db

CATALOGUE = registry.get_catalogue(2566)
LAO = PartContext(year=2566, agency_kind="lao")
DEPARTMENT = PartContext(year=2566, agency_kind="department")


def page_of(index, model):
    item = CATALOGUE.item_for_page_type(model.page_type_label)
    return build_page(index, model, item), item


def errors(page, item, ctx=LAO) -> str:
    found = type(page).collect_publish_errors(page.field_values(), item, ctx)
    return " | ".join(str(m) for messages in found.values() for m in messages)


def children(page, kind):
    return [c.value for c in page.body if c.block_type == kind]


def keep(page, predicate):
    page.body = StreamValue(page.body.stream_block, [(c.block_type, c.value, c.id) for c in page.body if predicate(c)])


def with_part(item, key, **changes):
    """The catalogue item with one part changed (as a later year's file would have it)."""
    parts = tuple(dataclasses.replace(p, **changes) if p.key == key else p for p in item.parts)
    return dataclasses.replace(item, parts=parts)


def without_part(item, key):
    return dataclasses.replace(item, parts=tuple(p for p in item.parts if p.key != key))


# ---- counts are catalogue data ---------------------------------------------------------------


def test_o2_needs_as_many_executives_as_the_catalogue_says(ita_index):
    page, item = page_of(ita_index, ExecutivesPage)
    assert item.part("name").minimum == 2
    keep(page, lambda c: c.value.get("name") == "นายสมชาย ใจดี")  # the political top executive only
    department = without_part(item, "deputy")
    assert "ต้องมีอย่างน้อย 2 รายการ แต่หน้านี้มี 1 รายการ" in errors(page, department, DEPARTMENT)
    assert errors(page, with_part(department, "name", minimum=1), DEPARTMENT) == ""


def test_a_later_catalogue_can_drop_a_part_without_a_block_change(ita_index):
    page, item = page_of(ita_index, ExecutivesPage)
    for person in children(page, "person"):
        person["photo"] = None
    assert "รูปถ่าย" in errors(page, item)
    assert errors(page, without_part(item, "photo")) == ""
    # The block itself no longer insists on a photo: the catalogue does.
    assert not ExecutivesPage.body.field.stream_block.child_blocks["person"].child_blocks["photo"].required


def test_block_children_a_part_checks_are_optional_at_block_level():
    from ita_pages.core.parts import Path, spec

    for model, item in indicator_models(CATALOGUE):
        if not issubclass(model, BodyIndicatorPage):
            continue
        stream = model._meta.get_field("body").stream_block
        for part in item.parts:
            part_spec = spec(model.part_specs[part.key])
            paths = [part_spec] if isinstance(part_spec, Path) else list(getattr(part_spec, "paths", ()))
            for path in paths:
                segments = path.path.split(".")
                if len(segments) < 3:
                    continue
                block = stream.child_blocks[segments[1].split("[")[0]]
                for segment in segments[2:]:
                    block = getattr(block, "child_block", block).child_blocks[segment.split("[")[0]]
                assert not getattr(block, "required", False), f"{item.code} {path.path}"
                assert not getattr(block.meta, "min_num", None), f"{item.code} {path.path}"
        assert not model._meta.get_field("body").stream_block.meta.block_counts, item.code


# ---- dates inside parts are judged against the year -------------------------------------------


def test_o31_signing_date_must_fall_in_the_assessment_year(ita_index):
    page, item = page_of(ita_index, NoGiftDeclarationPage)
    assert errors(page, item) == ""
    children(page, "announcement")[0]["signed_on"] = dt.date(2021, 10, 3)
    message = errors(page, item)
    assert "วันที่ 3 ตุลาคม 2564 ต้องอยู่ในปีงบประมาณ 2566" in message
    assert "ลงนามโดยผู้บริหารสูงสุด" in message  # named by the catalogue's part label
    with translation.override("en"):
        assert "the date 3 October 2021 must fall within fiscal year 2566" in errors(page, item)


def test_o32_activity_dated_last_year_is_refused_and_next_year_judges_again(ita_index):
    page, item = page_of(ita_index, NoGiftCulturePage)
    children(page, "activity")[0]["date"] = dt.date(2022, 9, 30)  # the last day of 2565
    assert "ต้องอยู่ในปีงบประมาณ 2566" in errors(page, item)
    assert "วันที่ 30 กันยายน 2565" not in errors(page, item, PartContext(year=2565, agency_kind="lao"))


def test_o16_statistics_rows_must_fall_in_the_first_half(ita_index):
    page, item = page_of(ita_index, ServiceStatisticsPage)
    assert errors(page, item) == ""
    rows = children(page, "table")[0]["rows"]
    rows[0]["start"], rows[0]["end"] = dt.date(2023, 4, 1), dt.date(2023, 4, 30)
    message = errors(page, item)
    assert "ต้องอยู่ในช่วง 6 เดือนแรกของปีงบประมาณ 2566" in message
    assert "เดือนที่ยังไม่มีข้อมูล: ตุลาคม 2565" in message  # October is no longer reported


def test_o21_contract_dates_are_judged_too(ita_index):
    page, item = page_of(ita_index, MonthlyProcurementSummaryPage)
    assert errors(page, item) == ""
    month = next(m for m in children(page, "month") if m["procurements"])
    month["procurements"][0]["contract_date"] = dt.date(2023, 6, 1)
    assert "วันที่ 1 มิถุนายน 2566" in errors(page, item)


def test_o11_plan_dates_in_force_may_start_before_but_not_end_after_the_year(ita_index):
    page, item = page_of(ita_index, OperatingPlanPage)
    plan = children(page, "plan_item")[0]
    plan["start"] = dt.date(2022, 9, 1)
    assert errors(page, item) == ""
    plan["end"] = dt.date(2023, 10, 1)
    assert "อยู่หลังสิ้นปีงบประมาณ 2566" in errors(page, item)


def test_dates_outside_a_part_with_a_date_rule_are_not_judged(ita_index):
    page, item = page_of(ita_index, NoGiftDeclarationPage)
    children(page, "announcement")[0]["signed_on"] = dt.date(2021, 10, 3)
    assert errors(page, with_part(item, "signed_by_top_executive", dates="")) == ""


# ---- the page's own period -----------------------------------------------------------------


def test_a_period_that_does_not_fit_the_year_is_refused_at_publish(ita_index):
    page, item = page_of(ita_index, StrategicPlanPage)
    page.period_start, page.period_end = dt.date(2018, 10, 1), dt.date(2022, 9, 30)
    found = StrategicPlanPage.collect_publish_errors(page.field_values(), item, LAO)
    assert "ทั้งปีงบประมาณ พ.ศ. 2566" in " ".join(found["period_start"])


# ---- nil statements --------------------------------------------------------------------------


NIL = {"statement": "ไม่มีข้อมูลที่ต้องเผยแพร่", "explanation": "ไม่มีรายการในปีนี้", "date": dt.date(2022, 10, 5)}


def nil_only(page):
    block = page.body.stream_block.child_blocks["nil"]
    page.body = StreamValue(page.body.stream_block, [("nil", block.to_python(block.get_prep_value(NIL)))])


def test_every_body_item_page_can_record_a_nil_statement():
    for model, item in indicator_models(CATALOGUE):
        if issubclass(model, BodyIndicatorPage):
            assert model.nil_path == "body.nil", item.code
            assert "nil" in model._meta.get_field("body").stream_block.child_blocks, item.code


def test_o19_nil_statement_is_accepted_instead_of_the_plan(ita_index):
    page, item = page_of(ita_index, ProcurementPlanPage)
    assert item.nil_allowed
    nil_only(page)
    assert errors(page, item) == ""


def test_a_nil_statement_is_refused_where_the_catalogue_does_not_accept_one(ita_index):
    page, item = page_of(ita_index, EthicsCodePage)
    assert not item.nil_allowed
    nil_only(page)
    assert "ไม่รับคำชี้แจงว่าไม่มีข้อมูลสำหรับข้อ O39" in errors(page, item)
    # A later catalogue that accepts one needs no block change.
    assert errors(page, dataclasses.replace(item, nil_allowed=True)) == ""


def test_o21_nil_months_count_only_where_the_catalogue_accepts_them(ita_index):
    page, item = page_of(ita_index, MonthlyProcurementSummaryPage)
    assert item.nil_allowed and errors(page, item) == ""
    message = errors(page, dataclasses.replace(item, nil_allowed=False))
    assert "ข้อนี้ไม่รับคำชี้แจงว่าไม่มีข้อมูล เดือนที่แจ้งว่าไม่มี: ตุลาคม 2565, กุมภาพันธ์ 2566" in message


def test_o21_a_month_with_neither_rows_nor_a_nil_statement_is_missing(ita_index):
    page, item = page_of(ita_index, MonthlyProcurementSummaryPage)
    children(page, "month")[0]["nil_statement"] = ""
    assert "เดือนที่ยังไม่มีข้อมูล: ตุลาคม 2565" in errors(page, item)


# ---- roles follow the agency kind ------------------------------------------------------------


def test_a_local_administrations_top_executive_is_on_the_political_side(ita_index):
    page, item = page_of(ita_index, ExecutivesPage)
    assert errors(page, item) == ""
    for person in children(page, "person"):
        if person["side"] == "political" and person["role"] == "top":
            person["role"] = "other"
    message = errors(page, item)
    assert "ผู้บริหารสูงสุด" in message and "ฝ่ายการเมือง" in message
    # Any other agency's top executive may be on either side.
    assert errors(page, item, DEPARTMENT) == ""


def test_messages_render_again_in_the_language_asked_for(ita_index):
    page, item = page_of(ita_index, ExecutivesPage)
    keep(page, lambda c: False)
    message = ExecutivesPage.collect_publish_errors(page.field_values(), item, LAO)["body"][0]
    assert "ผู้บริหารสูงสุด" in message
    with translation.override("en"):
        assert "Required part missing: Top executive" in str(message)


def test_every_indicator_page_passes_with_the_demo_content(ita_index):
    for model, item in indicator_models(CATALOGUE):
        if issubclass(model, IndicatorPage) and model.__name__ != "ContactPage":
            page = build_page(ita_index, model, item)
            assert errors(page, item) == "", item.code
