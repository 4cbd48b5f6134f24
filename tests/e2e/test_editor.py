"""The editor's journey through the ITA items, in the Thai admin at 1280 px, as demo-editor.

- Deleting a month of O21 in the block editor and publishing is refused with a Thai
  message naming the month (it used to be a server error).
- From the readiness report: "add the page" opens a form with the catalogue's title
  and slug; publishing it empty names, in Thai, each part still missing (and, for a
  monthly item, the months).
- For one item of several block shapes: save a draft, fill the blocks in the block
  editor, publish, and see the item pass on the readiness report.

The demo has every item filled, so a journey first deletes the demo's page for the
items it recreates (through ``orm``), and puts the demo's page back afterwards if the
journey did not leave one published, so that later journeys find the demo whole.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

EDITOR = ("demo-editor", "demo-editor-2569")
# Saving a page re-checks the item and the block editor runs a lot of JavaScript: on a
# loaded machine a step can take longer than Playwright's defaults.
PATIENCE_MS = 60_000
expect.set_options(timeout=PATIENCE_MS)


@pytest.fixture(autouse=True)
def _patient(desktop):
    desktop.context.set_default_timeout(PATIENCE_MS)
    desktop.context.set_default_navigation_timeout(PATIENCE_MS)


YEAR = 2566
MONTHS_TH = "ตุลาคม 2565, พฤศจิกายน 2565, ธันวาคม 2565, มกราคม 2566, กุมภาพันธ์ 2566, มีนาคม 2566"


def item(code: str):
    from ita_pages.core.catalogue import registry

    return registry.get_catalogue(YEAR).item(code)


# Run by the stack's own manage.py: the test process also knows test-only page types
# whose tables the stack's database does not have, so it cannot delete pages itself.
DELETE_PAGES = """
from ita_pages.core.catalogue import registry
from ita_pages.items.models import ITAIndexPage
index = ITAIndexPage.objects.get(assessment_year={year}, locale__language_code="th")
for code in {codes!r}:
    for page in index.get_children().filter(slug=registry.get_catalogue({year}).item(code).slug):
        # The English translation goes too, or it would hold the slug of the next English page.
        for translation in page.get_translations():
            translation.delete()
        page.specific.delete()
"""
RESTORE_PAGES = """
from django.apps import apps
from ita_pages.core.catalogue import registry
from wagtail.models import Locale
from demo.ita_pages import ensure_english, ensure_indicator
from ita_pages.items.models import ITAIndexPage
index = ITAIndexPage.objects.get(assessment_year={year}, locale__language_code="th")
en = Locale.objects.get(language_code="en")
for code in {codes!r}:
    item = registry.get_catalogue({year}).item(code)
    existing = index.get_children().filter(slug=item.slug).first()
    if existing is not None and not existing.live:
        existing.specific.delete()
    page = ensure_indicator(index, apps.get_model(item.app_label, item.model_name), item)
    # The English site keeps every item, as the demo has it.
    if page.get_translation_or_none(en) is None:
        ensure_english(page.specific, en, item.text("title", "en"))
"""


@pytest.fixture
def make_room(stack):
    """Delete the demo's pages of the given items; put back any the journey left unpublished."""
    codes: list[str] = []

    def delete(*wanted: str) -> None:
        codes.extend(wanted)
        stack.manage("shell", "-c", DELETE_PAGES.format(year=YEAR, codes=list(wanted)))

    yield delete
    if codes:
        stack.manage("shell", "-c", RESTORE_PAGES.format(year=YEAR, codes=codes))


def report(page, **filters):
    query = "&".join(f"{k}={v}" for k, v in {"refresh": "1", **filters}.items())
    page.goto(f"/admin/ita-readiness/?{query}")
    expect(page.locator("[data-ita-report]")).to_be_visible()


def row(page, code: str):
    return page.locator(f'tr[data-ita-item="{code}"]')


def close_date_pickers(page) -> None:
    """Click on plain text, as a person would, until no date picker is left open.

    The picker opens a moment after its field takes focus, so one click can come
    before it and leave it open over the editor's footer.
    """
    pickers = page.locator(".xdsoft_datetimepicker:visible")
    for _attempt in range(5):
        page.get_by_text("ผู้ประเมินจะตรวจทุกส่วนต่อไปนี้").click()
        try:
            expect(pickers).to_have_count(0, timeout=2_000)
            return
        except AssertionError:
            continue
    expect(pickers).to_have_count(0)


def publish(page) -> None:
    """Press "publish" in the editor's footer (it sits in the action menu's dropdown)."""
    button = page.locator('footer button[name="action-publish"]')
    if not button.is_visible():
        page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    button.click()
    page.wait_for_load_state("load")


def save_draft(page) -> None:
    page.locator("footer button[type=submit]:not([name])").first.click()
    page.wait_for_load_state("load")


def error_text(page) -> str:
    return page.locator("main").inner_text()


def test_deleting_an_o21_month_then_publishing_names_the_month(stack, desktop, login, shot):
    login(desktop, *EDITOR)
    report(desktop)
    row(desktop, "O21").get_by_role("link", name="แก้ไข").click()
    expect(desktop.locator("#page-edit-form")).to_be_visible()
    months = desktop.locator('[data-contentpath="body"] [data-streamfield-action="DELETE"]')
    expect(months.first).to_be_attached()
    count = months.count()
    months.first.click()
    expect(desktop.locator('[data-contentpath="body"] [data-streamfield-action="DELETE"]:visible')).to_have_count(
        count - 1
    )
    publish(desktop)
    assert "Server Error" not in desktop.content()
    text = error_text(desktop)
    assert "ยังขาดส่วนที่ต้องมี: ข้อมูลครบทุกเดือนใน 6 เดือนแรก" in text
    assert "เดือนที่ยังไม่มีข้อมูล: ตุลาคม 2565" in text
    shot(desktop, "o21-month-deleted-publish-refused")
    # Nothing was lost: the live page still reports every month.
    report(desktop, status="pass")
    expect(row(desktop, "O21")).to_have_attribute("data-status", "pass")


@pytest.mark.parametrize("code", ["O2", "O16", "O21"])
def test_add_from_the_report_then_publish_empty_names_every_missing_part(stack, desktop, login, shot, make_room, code):
    make_room(code)
    login(desktop, *EDITOR)
    report(desktop)
    expect(row(desktop, code)).to_have_attribute("data-status", "missing")
    row(desktop, code).get_by_role("link", name="เพิ่มหน้า").click()
    expect(desktop.locator("#id_title")).to_have_value(item(code).title_th)
    expect(desktop.locator("#id_slug")).to_have_value(item(code).slug)
    publish(desktop)
    text = error_text(desktop)
    for part in item(code).parts_for("lao"):
        assert f"ยังขาดส่วนที่ต้องมี: {part.label_th}" in text, part.key
    if code in ("O16", "O21"):
        assert f"เดือนที่ยังไม่มีข้อมูล: {MONTHS_TH}" in text
    assert "Validation error in StreamBlock" not in text  # Wagtail's English placeholder
    assert "จำเป็นต้องกรอกช่องนี้" in text  # the empty stream, said in Thai
    desktop.evaluate("window.scrollTo(0, 0)")
    shot(desktop, f"{code.lower()}-published-empty")


# ---- one item per block shape: draft, fill in the block editor, publish, pass -------------


def form_values(code: str) -> list[tuple[str, dict[str, str]]]:
    """(block type, {child: text typed}) of the demo's content for the item's simple blocks."""
    from django.apps import apps
    from wagtail.blocks import ChooserBlock, FieldBlock, ListBlock, RichTextBlock

    from demo.ita_content import content_for
    from tests.ita_pages.admin_posts import block_data

    it = item(code)
    model = apps.get_model(it.app_label, it.model_name)
    stream_block = model.body.field.stream_block
    rows = []
    for kind, value in content_for(model, it, YEAR)["body"]:
        block = stream_block.child_blocks[kind]
        value = block.normalize(value)
        typed = {}
        for name, child in block.child_blocks.items():
            if isinstance(child, (ChooserBlock, ListBlock, RichTextBlock)) or not isinstance(child, FieldBlock):
                assert not child.required, f"{code}: {name} cannot be typed in this journey"
                continue
            typed[name] = block_data(child, value.get(name))
        rows.append((kind, typed))
    return rows


def block_label(code: str, kind: str) -> str:
    from django.apps import apps
    from django.utils import translation

    it = item(code)
    with translation.override("th"):
        return str(apps.get_model(it.app_label, it.model_name).body.field.stream_block.child_blocks[kind].label)


def add_block(page, label: str) -> None:
    page.locator('[data-contentpath="body"] button.c-sf-add-button:visible').last.click()
    page.get_by_role("option", name=label, exact=True).first.click()


class Rich(str):
    """Text a person types into a rich-text (Draftail) field."""


def fill_field(page, name: str, text: str) -> None:
    field = page.locator(f'[name="{name}"]')
    if isinstance(text, Rich):
        # Draftail keeps its value in a hidden input next to the editable box.
        box = field.locator("xpath=..").locator('[role="textbox"]')
        box.click()
        expect(box).to_be_focused()
        box.press_sequentially(text)
        expect(box).to_contain_text(text)
        # Draftail writes the hidden input a moment after the last key.
        expect(field).to_have_value(re.compile(re.escape(text[:20])))
    elif field.evaluate("e => e.tagName") == "SELECT":
        field.select_option(text)
    else:
        field.fill(text)


def fill_list(page, prefix: str, entries: list) -> None:
    """Add one item per entry to a list block, with its add button, and fill it."""
    for position, entry in enumerate(entries):
        first = f"{prefix}-{position}-value" + ("" if isinstance(entry, str) else f"-{next(iter(entry))}")
        if not page.locator(f'[name="{first}"]').count():
            page.locator(
                f'[data-contentpath="{prefix.rsplit("-", 1)[-1]}"] button.c-sf-add-button:visible'
            ).last.click()
            expect(page.locator(f'[name="{first}"]')).to_be_attached()
        if isinstance(entry, str):
            fill_field(page, f"{prefix}-{position}-value", entry)
        else:
            for name, text in entry.items():
                fill_field(page, f"{prefix}-{position}-value-{name}", text)


def fill_block(page, index: int, typed: dict) -> None:
    for name, text in typed.items():
        if isinstance(text, list):
            fill_list(page, f"body-{index}-value-{name}", text)
        else:
            fill_field(page, f"body-{index}-value-{name}", text)
    close_date_pickers(page)


SHAPES = {
    "O11": "plans",  # plan rows: project, budget, start, end
    "O12": "reports",  # progress rows
    "O19": "documents",  # a nil statement with its explanation
    "O21": "procurement",  # six months, procurements or a nil statement each
    "O32": "activities",  # an activity report: topic, date, participants, results
    "O34": "integrity",  # risks with their level and measures
    "O9": "organisation",  # social network links: network, address, account name
    "O10": "announcements",  # a policy whose text is typed into the rich-text editor
    "O15": "manuals",  # a service manual with its steps, one list item each
    "O16": "statistics",  # a statistics table whose rows are a list of periods
}


def privacy_policy() -> list[tuple[str, dict]]:
    return [
        (
            "policy",
            {
                "title": "นโยบายคุ้มครองข้อมูลส่วนบุคคลขององค์การบริหารส่วนตำบล",
                "text": Rich("องค์การบริหารส่วนตำบลเก็บ ใช้ และเปิดเผยข้อมูลส่วนบุคคลเท่าที่จำเป็นตามอำนาจหน้าที่"),
                "issued_by": "นายสมชาย ใจดี นายกองค์การบริหารส่วนตำบล",
            },
        )
    ]


def service_manual() -> list[tuple[str, dict]]:
    return [
        (
            "manual",
            {
                "title": "คู่มือสำหรับประชาชน: การขออนุญาตก่อสร้างอาคาร",
                "service": "การขออนุญาตก่อสร้างอาคาร",
                "steps": ["ยื่นคำขอพร้อมแบบแปลนที่กองช่าง", "เจ้าหน้าที่ตรวจสอบเอกสาร", "รับใบอนุญาต"],
                "duration": "ไม่เกิน 45 วัน",
            },
        )
    ]


def service_statistics() -> list[tuple[str, dict]]:
    return [
        (
            "table",
            {
                "title": "สถิติการให้บริการ 6 เดือนแรก",
                "unit": "ราย",
                "rows": [
                    {"start": "2022-10-01", "end": "2023-03-31", "label": "ชำระภาษีที่ดินและสิ่งปลูกสร้าง", "count": "214"}
                ],
            },
        )
    ]


def nil_months() -> list[tuple[str, dict[str, str]]]:
    from ita_pages.core.catalogue.periods import first_half_months

    return [
        ("month", {"month": day.isoformat(), "nil_statement": "ไม่มีการจัดซื้อจัดจ้างในเดือนนี้"})
        for day in first_half_months(YEAR)
    ]


def nil_plan() -> list[tuple[str, dict[str, str]]]:
    return [
        (
            "nil",
            {
                "statement": "ไม่มีการจัดซื้อจัดจ้างที่มีวงเงินเกิน 5 แสนบาท",
                "explanation": "งบลงทุนทั้งปีต่ำกว่าเกณฑ์ที่กฎหมายกำหนดให้ต้องเผยแพร่แผน",
                "date": "2022-10-20",
            },
        )
    ]


@pytest.mark.parametrize("code", sorted(SHAPES), ids=[f"{c}-{SHAPES[c]}" for c in sorted(SHAPES)])
def test_one_item_per_shape_drafted_filled_published_and_passing(stack, desktop, login, shot, make_room, code):
    blocks = {
        "O10": privacy_policy,
        "O15": service_manual,
        "O16": service_statistics,
        "O19": nil_plan,
        "O21": nil_months,
    }.get(code, lambda: form_values(code))()
    labels = {kind: block_label(code, kind) for kind, _typed in blocks}
    make_room(code)
    login(desktop, *EDITOR)
    report(desktop)
    row(desktop, code).get_by_role("link", name="เพิ่มหน้า").click()
    expect(desktop.locator("#id_title")).to_have_value(item(code).title_th)
    save_draft(desktop)
    expect(desktop.locator(".messages")).to_contain_text("สร้างหน้าเว็บ")
    for index, (kind, typed) in enumerate(blocks):
        add_block(desktop, labels[kind])
        fill_block(desktop, index, typed)
    publish(desktop)
    assert "Server Error" not in desktop.content()
    messages = desktop.locator(".messages").inner_text()
    assert "เผยแพร่" in messages, error_text(desktop)[:2000]
    report(desktop)
    target = row(desktop, code)
    expect(target).to_have_attribute("data-status", "pass")
    target.scroll_into_view_if_needed()
    shot(desktop, f"{code.lower()}-{SHAPES[code]}-passes")
    assert re.search(rf"/{YEAR}/{item(code).slug}/", target.inner_text())
    # What was typed into the rich-text editor and the lists reaches the citizen's page.
    typed_out = [
        text
        for _kind, typed in blocks
        for value in typed.values()
        for text in (value if isinstance(value, list) else [value])
        if isinstance(text, str) and (isinstance(value, list) or isinstance(text, Rich))
    ]
    if typed_out:
        desktop.goto(target.locator(f'a[href*="/{YEAR}/{item(code).slug}/"]').get_attribute("href"))
        for text in typed_out:
            expect(desktop.locator("main")).to_contain_text(text)
        shot(desktop, f"{code.lower()}-{SHAPES[code]}-public-page")
