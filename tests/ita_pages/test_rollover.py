"""``manage.py ita_new_year``: next year's drafts carried forward from last year's pages."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.utils import translation

from demo.media import get_document
from ita_pages.core.publish import publish_validated, validate_for_publish
from ita_pages.items.models import (
    CarriedForwardNote,
    CatalogueItemPage,
    ContactPage,
    ExecutivesPage,
    ITAIndexPage,
    NoGiftDeclarationPage,
    RiskAssessmentPage,
)
from tests.ita_pages.rollover_helpers import EXAMPLE_YEAR, example_catalogue, publish_2566

pytestmark = pytest.mark.django_db


@pytest.fixture
def example():
    with example_catalogue() as catalogue:
        yield catalogue


@pytest.fixture
def last_year(ita_index):
    """Published 2566 pages of items the example year renumbers, merges, changes and keeps."""
    pages = {code: publish_2566(ita_index, code) for code in ("O2", "O5", "O31", "O34", "O35")}
    risk_actions = pages["O35"]
    document = get_document("บันทึกผลการดำเนินการตามมาตรการ", ["ผลการดำเนินการ"], "risk-actions.pdf")
    risk_actions.body = [
        *list(risk_actions.body.raw_data),
        {"type": "document", "value": {"title": "บันทึกผลการดำเนินการ", "date": "2023-03-01", "document": document.pk}},
    ]
    publish_validated(risk_actions)
    return pages


def roll(*args, language="en"):
    out = io.StringIO()
    call_command("ita_new_year", *map(str, args), "--language", language, stdout=out)
    return out.getvalue()


def new_page(model, index, **filters):
    return model.objects.child_of(index).filter(**filters).get()


def test_rollover_carries_each_item_forward_as_a_draft_of_its_successor(example, last_year, ita_index):
    live_before = {code: page.live_revision_id for code, page in last_year.items()}
    out = roll(EXAMPLE_YEAR)
    index = ITAIndexPage.objects.get(assessment_year=EXAMPLE_YEAR)
    assert not index.live and index.get_parent().pk == ita_index.get_parent().pk
    assert f"Created the {EXAMPLE_YEAR} ITA index (a draft): {index.title}." in out
    assert f"Edit the index: {index.title} — http://testserver/admin/pages/{index.pk}/edit/" in out

    # Renumbered and carried: O2 of 2566 is O2, its people copied, a block waiting for the new part.
    old_people = [c.value["name"] for c in last_year["O2"].body if c.block_type == "person"]
    executives = new_page(ExecutivesPage, index)
    assert not executives.live and executives.slug == "o2"
    assert [c.value["name"] for c in executives.body if c.block_type == "person"] == old_people
    parts = [c.value["part"] for c in executives.body if c.block_type == "catalogue_part"]
    assert parts == ["term_of_office"]
    # Each item by its codes (old → new) and its draft's title, with the draft's edit address.
    assert (
        f"O2 → O2 {executives.title}: draft carried forward from O2 — http://testserver/admin/pages/{executives.pk}/edit/"
        in out
    )
    assert "New part in 2599: Term of office. A catalogue-part block was added for it; fill it in." in out

    # Merged: 2566's O34 gives the page, O35 adds its evidence document.
    risk = new_page(RiskAssessmentPage, index)
    assert risk.slug == "o23"
    carried = [c for c in risk.body.raw_data if c["type"] != "document"]
    assert carried == list(last_year["O34"].body.raw_data)
    assert [c.value["title"] for c in risk.body if c.block_type == "document"] == ["บันทึกผลการดำเนินการ"]
    assert risk.ita_rollover_note.sources == "O34, O35"
    assert f"O34 + O35 → O23 {risk.title}: draft merged from O34, O35" in out
    assert "O35 was merged into this item: its 1 evidence document(s) were added here." in out

    # Periods cleared and dates inside parts flagged, on the draft and in the report.
    declaration = new_page(NoGiftDeclarationPage, index)
    assert declaration.slug == "o22"
    assert (declaration.period_start, declaration.period_end) == (None, None)
    signed_on = next(c.value["signed_on"] for c in declaration.body if c.block_type == "announcement")
    assert signed_on == dt.date(2022, 10, 3)  # kept: the editor decides what it becomes
    kinds = [e["kind"] for e in declaration.ita_rollover_note.entries]
    assert kinds.count("period") == 1 and "date" in kinds
    assert "The period was cleared: give the period this item covers in 2599." in out
    assert "Update this date for 2599: content › Signed announcement › Signed on (3 October 2022)." in out

    # A new item: an empty generic draft with a block per part and the catalogue's guidance.
    open_data = new_page(CatalogueItemPage, index)
    assert open_data.item_code == "O27" and open_data.slug == "o27"
    assert [c.value["part"] for c in open_data.body] == ["dataset_list", "access_channel"]
    assert f"→ O27 {open_data.title}: new item: empty draft with the catalogue's guidance" in out
    assert "The assessor looks for: Dataset catalogue" in out

    # Items served by pages elsewhere on the site, dropped items, and what to do next.
    assert "O7 → O9 News: served by news.NewsIndexPage where it is on the site: nothing to copy" in out
    assert "/ita/" not in out  # titles, not tree paths
    assert "No longer items in 2599" in out and "O10 Personal data protection policy" in out
    assert "set the site's assessment year to 2599 in ITA settings" in out

    # Last year's pages are untouched and stay public.
    for code, page in last_year.items():
        page.refresh_from_db()
        assert page.live and page.live_revision_id == live_before[code], code
    assert ContactPage.objects.child_of(ita_index).get().live


def test_a_draft_is_published_only_after_the_editor_updates_it(example, last_year):
    roll(EXAMPLE_YEAR)
    index = ITAIndexPage.objects.get(assessment_year=EXAMPLE_YEAR)
    executives = new_page(ExecutivesPage, index)
    with translation.override("en"), pytest.raises(ValidationError) as exc:
        validate_for_publish(executives)
    with translation.override("en"):  # problem messages render in the active language
        assert "Required part missing: Term of office" in str(exc.value)
    body = list(executives.body.raw_data)
    for child in body:
        if child["type"] == "catalogue_part":
            child["value"]["text"] = "<p>วาระ 4 ปี ตั้งแต่ 1 ตุลาคม</p>"
    executives.body = body
    publish_validated(executives)
    assert executives.live

    declaration = new_page(NoGiftDeclarationPage, index)
    with translation.override("en"), pytest.raises(ValidationError) as exc:
        validate_for_publish(declaration)
    with translation.override("en"):  # problem messages render in the active language
        assert "Give the first day of the period O22 covers." in str(exc.value)


def test_running_twice_never_overwrites(example, last_year):
    roll(EXAMPLE_YEAR)
    index = ITAIndexPage.objects.get(assessment_year=EXAMPLE_YEAR)
    contact = new_page(ContactPage, index)
    contact.title = "ติดต่อเรา (แก้ไขแล้ว)"
    contact.save_revision().publish()
    count = index.get_children().count()
    out = roll(EXAMPLE_YEAR, "--from", 2566)
    assert f"The {EXAMPLE_YEAR} ITA index already exists" in out
    assert "O5 → O5 ติดต่อเรา (แก้ไขแล้ว): already has a page: left as it is" in out
    assert index.get_children().count() == count
    assert ITAIndexPage.objects.filter(assessment_year=EXAMPLE_YEAR).count() == 1
    contact.refresh_from_db()
    assert contact.title == "ติดต่อเรา (แก้ไขแล้ว)" and contact.live
    assert CarriedForwardNote.objects.filter(page__in=index.get_children()).count() == count


def test_an_item_with_no_earlier_page_gets_an_empty_draft(example, ita_index):
    out = roll(EXAMPLE_YEAR)
    index = ITAIndexPage.objects.get(assessment_year=EXAMPLE_YEAR)
    executives = new_page(ExecutivesPage, index)
    assert [c.block_type for c in executives.body] == ["catalogue_part"]
    assert executives.ita_rollover_note.sources == ""
    assert f"O2 → O2 {executives.title}: new item: empty draft with the catalogue's guidance" in out


def test_report_in_thai_and_bad_years_are_refused(example, last_year):
    out = roll(EXAMPLE_YEAR, language="th")
    assert "ยกยอดร่างจาก O2" in out
    with pytest.raises(CommandError, match="There is no ITA catalogue for 2600; available: 2566, 2599."):
        roll(2600)
    with pytest.raises(CommandError, match="The 2566 catalogue names no previous year"):
        roll(2566)
    with pytest.raises(CommandError, match="The year carried forward must come before 2566."):
        roll(2566, "--from", 2599)
