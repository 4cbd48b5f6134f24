"""The shared factories: every item page type's default is a complete ITA 2566 item."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from demo.factories import ITAIndexPageFactory, ITASectionPageFactory, factory_for, item_page
from demo.factories.items import FACTORIES
from ita_pages.core.catalogue import registry
from ita_pages.core.publish import validate_for_publish
from ita_pages.readiness.checker import run_checks

pytestmark = pytest.mark.django_db

CATALOGUE = registry.get_catalogue(2566)
ITA_PAGES_ITEMS = [item for item in CATALOGUE.items if item.app_label == "ita_pages"]


@pytest.fixture
def index(site_th):
    section = ITASectionPageFactory(parent=site_th.root_page)
    return ITAIndexPageFactory(parent=section, assessment_year=2566)


def test_every_item_page_type_of_this_app_has_a_factory():
    served = {f"{model._meta.app_label}.{model.__name__}" for model in FACTORIES}
    assert {item.page_type for item in ITA_PAGES_ITEMS} <= served
    assert len(ITA_PAGES_ITEMS) == 37


@pytest.mark.parametrize("item", ITA_PAGES_ITEMS, ids=lambda item: item.code)
def test_default_passes_publish_validation_and_takes_the_catalogue_item(index, item):
    page = factory_for(item.page_type)(parent=index)  # creating validates as the editor does
    assert page.live
    assert page.ita_item.code == item.code
    assert page.slug == item.slug
    assert page.title == item.text("title", "th")
    if item.period != "none":
        assert page.period_warning() is None
        assert page.period_start is not None


def test_every_default_item_passes_the_checker(site_th, index, home_th):
    home_th.intro = f'<p><a linktype="page" id="{index.pk}">ITA</a></p>'
    home_th.save_revision().publish()
    for item in ITA_PAGES_ITEMS:
        item_page(item.code, index)
    report = run_checks(site_th, 2566)
    failing = {
        r.code: [p.message_en for p in r.problems if p.rule not in ("placement",)]
        for r in report.items
        if r.code in {i.code for i in ITA_PAGES_ITEMS} and r.status != "pass"
    }
    assert {code: problems for code, problems in failing.items() if problems} == {}


def test_creating_refuses_an_incomplete_page_unless_validation_is_off(index):
    with pytest.raises(ValidationError):
        item_page("O3", index, body=[])
    page = item_page("O3", index, body=[], validate=False)
    assert page.live
    with pytest.raises(ValidationError):
        validate_for_publish(page)


def test_draft_is_never_live(index):
    page = item_page("O3", index, publish=False)
    assert not page.live
    assert page.live_revision is None
    assert page.get_latest_revision() is not None


def test_a_block_child_is_overridden_by_its_index_path(index):
    page = item_page("O2", index, body__1__person__name="นางสาวทดสอบ แทนที่")
    names = [child.value["name"] for child in page.body]
    assert names[1] == "นางสาวทดสอบ แทนที่"
    assert [child.value["role"] for child in page.body] == ["top", "deputy", "top", "deputy"]


def test_index_takes_its_year(site_th):
    section = ITASectionPageFactory(parent=site_th.root_page)
    index = ITAIndexPageFactory(parent=section)
    assert (index.assessment_year, index.slug) == (2566, "2566")
    assert index.url_path.endswith("/ita/2566/")
