"""Indicator pages tell the site search which ITA group they belong to."""

import pytest
from django.apps import apps

from ita_pages.core.catalogue import registry
from search.groups import group_for


@pytest.mark.django_db
def test_indicator_page_exposes_its_code_for_search_groups(draft_page):
    item = registry.get_catalogue(2566).item("O19")
    page = draft_page(apps.get_model(item.page_type), item)
    assert page.indicator_code == "O19"
    assert group_for(page) == "procurement"
