"""The ItemPage mixin: every item page resolves its item and year and runs the catalogue's rules."""

import datetime as dt

import pytest

from demo.ita_pages import build_page, indicator_models
from ita_pages.core.catalogue import registry
from ita_pages.items.forms import ItemPageForm
from ita_pages.items.models import ExecutivesPage, IndicatorPage, ItemPage, StrategicPlanPage

CATALOGUE = registry.get_catalogue(2566)


def test_every_indicator_page_type_is_an_item_page_with_the_item_form():
    models = [model for model, _item in indicator_models(CATALOGUE)]
    assert models
    for model in models:
        assert issubclass(model, ItemPage)
        assert issubclass(model, IndicatorPage)
        assert issubclass(model.get_edit_handler().get_form_class(), ItemPageForm)
        assert model.period_fields == ("period_start", "period_end")


@pytest.mark.django_db
def test_item_and_year_come_from_the_parent_index(ita_index):
    page = build_page(ita_index, ExecutivesPage, CATALOGUE.item("O2"))
    assert (page.ita_item.code, page.ita_year, page.indicator_code) == ("O2", 2566, "O2")
    assert page.publish_errors() == {}


@pytest.mark.django_db
def test_use_parent_forgets_the_item_resolved_before(ita_index):
    page = build_page(ita_index, ExecutivesPage, CATALOGUE.item("O2"))
    assert page.ita_item is not None
    page.use_parent(None)
    assert page._parent_for_rules() is None
    assert page.ita_year == registry.default_year()


@pytest.mark.django_db
def test_the_slug_is_the_item_code_whatever_was_typed(ita_index):
    page = build_page(ita_index, ExecutivesPage, CATALOGUE.item("O2"))
    page.slug = "something-else"
    ita_index.add_child(instance=page)
    page.full_clean()
    assert page.slug == "o2"


@pytest.mark.django_db
def test_period_fields_drive_the_publish_check_and_the_warning(ita_index):
    page = build_page(ita_index, StrategicPlanPage, CATALOGUE.item("O4"))
    assert page.period_warning() is None
    page.period_end = None
    assert "period_end" in page.publish_errors()
    page.period_start, page.period_end = dt.date(2022, 10, 1), dt.date(2023, 3, 31)
    assert "2566" in page.period_warning()  # in-force:Y must cover the whole fiscal year
    page.period_end = dt.date(2022, 9, 1)
    assert "period_end" in page.publish_errors()  # ends before it starts
