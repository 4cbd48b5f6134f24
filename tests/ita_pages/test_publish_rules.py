"""Every item publishes when complete and is refused, naming the part, when one is missing."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StreamValue

from demo.ita_content import content_for
from demo.ita_pages import indicator_models
from ita_pages.core.catalogue import registry
from ita_pages.core.models import AgencyProfile
from ita_pages.core.parts import PartContext, spec
from ita_pages.core.publish import publish_validated, validate_for_publish, validate_for_publish_fields_only

ITEMS = [(item, model) for model, item in indicator_models(registry.get_catalogue(2566))]
PARTS = [(item, model, part) for item, model in ITEMS for part in item.parts]


def _messages(exc: ValidationError) -> str:
    return " | ".join(str(m) for messages in exc.message_dict.values() for m in messages)


def test_this_app_serves_37_items():
    assert len(ITEMS) == 37
    assert {i.code for i, _m in ITEMS}.isdisjoint({"O7", "O8", "O18", "O20", "O28", "O29"})


LAO = PartContext(year=2566, agency_kind="lao")


def unsaved(model, item):
    """A complete page of ``model`` built from the demo content, not in the tree."""
    page = model(**content_for(model, item, 2566))
    page._ita_parent = None
    return page


@pytest.mark.django_db
@pytest.mark.parametrize(("item", "model"), ITEMS, ids=[i.code for i, _m in ITEMS])
def test_complete_item_passes_block_and_part_validation(item, model):
    page = unsaved(model, item)
    validate_for_publish_fields_only(page)
    assert model.collect_publish_errors(page.field_values(), item, LAO) == {}


@pytest.mark.django_db
@pytest.mark.parametrize(("item", "model", "part"), PARTS, ids=[f"{i.code}-{p.key}" for i, _m, p in PARTS])
def test_missing_part_is_refused_naming_it(item, model, part):
    page = unsaved(model, item)
    part_spec = spec(model.part_specs[part.key])
    part_spec.remove(page)
    errors = model.collect_publish_errors(page.field_values(), item, LAO)
    assert part.label_th in " ".join(errors[part_spec.field])


@pytest.mark.django_db
def test_the_publish_path_refuses_a_missing_part_and_keeps_the_draft(draft_page):
    item, model = next((i, m) for i, m in ITEMS if i.code == "O2")
    page = draft_page(model, item)
    spec(model.part_specs["photo"]).remove(page)
    with pytest.raises(ValidationError) as exc:
        publish_validated(page)
    assert "รูปถ่าย" in _messages(exc.value)
    page.refresh_from_db()
    assert not page.live


@pytest.mark.django_db
def test_a_complete_item_publishes_at_its_stable_url(draft_page):
    item, model = next((i, m) for i, m in ITEMS if i.code == "O21")
    page = draft_page(model, item)
    page.slug = "something-else"
    publish_validated(page)
    page.refresh_from_db()
    assert page.live
    assert page.url_path.endswith("/ita/2566/o21/")


@pytest.mark.django_db
def test_lao_only_parts_are_not_required_of_a_department(draft_page, site_th):
    profile = AgencyProfile.for_site(site_th)
    profile.kind = "department"
    profile.save()
    item, model = next((i, m) for i, m in ITEMS if i.code == "O2")
    page = draft_page(model, item)
    spec(model.part_specs["political_side"]).remove(page)
    assert "body" not in page.publish_errors()
    profile.kind = "lao"
    profile.save()
    assert "ผู้บริหารฝ่ายการเมือง" in " ".join(page.publish_errors()["body"])


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("item", "model"),
    [(i, m) for i, m in ITEMS if i.period != "none"],
    ids=[i.code for i, _m in ITEMS if i.period != "none"],
)
def test_dated_items_need_a_period(item, model):
    page = unsaved(model, item)
    page.period_start = None
    assert "period_start" in model.collect_publish_errors(page.field_values(), item, LAO)


@pytest.mark.django_db
def test_o31_signed_by_a_deputy_is_refused():
    item, model = next((i, m) for i, m in ITEMS if i.code == "O31")
    page = unsaved(model, item)
    page.body[0].value["signer_role"] = "deputy"
    errors = model.collect_publish_errors(page.field_values(), item, LAO)
    assert "ลงนามโดยผู้บริหารสูงสุด" in " ".join(errors["body"])


@pytest.mark.django_db
def test_o21_needs_every_month_of_the_first_half():
    item, model = next((i, m) for i, m in ITEMS if i.code == "O21")
    page = unsaved(model, item)
    spec(model.part_specs["months"]).remove(page)
    errors = model.collect_publish_errors(page.field_values(), item, LAO)
    assert "ข้อมูลครบทุกเดือนใน 6 เดือนแรก" in " ".join(errors["body"])
    next_year = PartContext(year=2567, agency_kind="lao")
    assert "ข้อมูลครบทุกเดือนใน 6 เดือนแรก" in " ".join(
        model.collect_publish_errors(unsaved(model, item).field_values(), item, next_year)["body"]
    )


@pytest.mark.django_db
def test_o19_nil_statement_satisfies_the_plan(draft_page):
    item, model = next((i, m) for i, m in ITEMS if i.code == "O19")
    page = draft_page(model, item)
    nil = {
        "statement": "ไม่มีการจัดซื้อจัดจ้างที่มีวงเงินเกิน 5 แสนบาท",
        "explanation": "งบลงทุนทั้งปีต่ำกว่าเกณฑ์",
        "date": page.period_start,
    }
    page.body = StreamValue(page.body.stream_block, [("nil", nil)])
    validate_for_publish(page)
    page.body = StreamValue(page.body.stream_block, [])
    with pytest.raises(ValidationError):
        validate_for_publish(page)


@pytest.mark.django_db
def test_o21_message_names_the_missing_and_the_repeated_months():
    item, model = next((i, m) for i, m in ITEMS if i.code == "O21")
    page = unsaved(model, item)
    months = list(page.body)
    october, november = months[0], months[1]
    # November is gone and October is given twice.
    rows = [(c.block_type, c.value) for c in [october, october, *months[2:]]]
    page.body = StreamValue(page.body.stream_block, rows)
    message = " ".join(model.collect_publish_errors(page.field_values(), item, LAO)["body"])
    assert "เดือนที่ยังไม่มีข้อมูล: พฤศจิกายน 2565" in message
    assert "เดือนที่มีข้อมูลซ้ำกันมากกว่าหนึ่งแถว: ตุลาคม 2565" in message
    assert november.value["month"].month == 11


@pytest.mark.django_db
def test_o16_rows_must_cover_every_month_and_a_quarter_covers_three():
    import datetime as dt

    item, model = next((i, m) for i, m in ITEMS if i.code == "O16")
    page = unsaved(model, item)
    table = page.body[0].value
    row = table["rows"][0]
    quarter = {"label": row["label"], "count": 5, "start": dt.date(2022, 10, 1), "end": dt.date(2022, 12, 31)}
    table["rows"] = table["rows"].__class__(table["rows"].list_block, values=[quarter])
    page.body = StreamValue(page.body.stream_block, [(c.block_type, c.value) for c in page.body])
    message = " ".join(model.collect_publish_errors(page.field_values(), item, LAO)["body"])
    assert "ตารางสถิติการให้บริการ" in message
    assert "เดือนที่ยังไม่มีข้อมูล: มกราคม 2566, กุมภาพันธ์ 2566, มีนาคม 2566" in message
    assert "ตุลาคม 2565" not in message.split("เดือนที่ยังไม่มีข้อมูล")[1]
