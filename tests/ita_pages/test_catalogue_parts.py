"""A part or item no page type was written for: catalogue-part blocks and the generic page."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from ita_pages.core.catalogue import registry
from ita_pages.core.part_lookup import PartBlock, part_spec_for
from ita_pages.core.publish import add_validated_child
from ita_pages.items.blocks.catalogue_part import part_choices
from ita_pages.items.models import CatalogueItemPage, ContactPage, ExecutivesPage
from tests.ita_pages.rollover_helpers import EXAMPLE_YEAR, example_catalogue

pytestmark = pytest.mark.django_db


@pytest.fixture
def index_2599(ita_index):
    from demo.ita_pages import ensure_index

    with example_catalogue():
        yield ensure_index(ita_index.get_parent().specific, EXAMPLE_YEAR)


def part(key, text="", links=()):
    return {"type": "catalogue_part", "value": {"part": key, "text": text, "documents": [], "links": list(links)}}


def test_part_lookup_falls_back_to_a_part_block_only_where_a_page_can_hold_one():
    assert part_spec_for(ExecutivesPage, "photo").path == "body.person.photo"
    assert part_spec_for(ExecutivesPage, "term_of_office") == PartBlock("body", "term_of_office")
    assert part_spec_for(ContactPage, "term_of_office") is None
    with example_catalogue():
        registry.check_page_types()  # every part of the example year has a place
        assert ("term_of_office", "วาระการดำรงตำแหน่ง (term_of_office)") in part_choices()
    assert "term_of_office" not in dict(part_choices())


def test_the_generic_page_serves_the_item_its_code_names_and_checks_its_parts(index_2599, client):
    assert CatalogueItemPage.can_create_at(index_2599)
    assert not CatalogueItemPage.can_create_at(index_2599.get_parent().specific.get_children().get(slug="2566"))
    page = CatalogueItemPage(title="ข้อมูลเปิด", item_code="O27", body=[part("dataset_list", "<p>ชุดข้อมูล</p>")])
    page._ita_parent = index_2599
    with translation.override("en"):
        errors = " ".join(m for messages in page.publish_errors().values() for m in messages)
    assert "Required part missing: Where to get the data" in errors and "Dataset catalogue" not in errors
    page.body = [
        part("dataset_list", "<p>ชุดข้อมูลงบประมาณรายปี</p>"),
        part("access_channel", links=[{"title": "data.go.th", "url": "https://data.go.th/"}]),
    ]
    page = add_validated_child(index_2599, page)
    assert page.slug == "o27" and page.ita_item.code == "O27"
    index_2599.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert 'data-ita-part="access_channel"' in html
    assert "ช่องทางเข้าถึงข้อมูล" in html and 'href="https://data.go.th/"' in html
    assert index_2599.item_pages()["O27"].pk == page.pk


def test_a_generic_page_must_name_an_item_of_its_year_once(index_2599):
    stray = CatalogueItemPage(title="x", item_code="O2")
    stray._ita_parent = index_2599
    with translation.override("en"), pytest.raises(ValidationError, match="O2 is not an item of 2599 served by"):
        stray.clean()
    first = CatalogueItemPage(title="ข้อมูลเปิด", item_code="O27", live=False)
    index_2599.add_child(instance=first)
    twin = CatalogueItemPage(title="อีกหน้า", item_code="o27")
    twin._ita_parent = index_2599
    with translation.override("en"), pytest.raises(ValidationError, match="This index already has a page for O27."):
        twin.clean()
