"""Search groups follow the year's catalogue: its sections, and each page's item."""

import dataclasses

from demo.factories import EServicePageFactory
from ita_pages.core.catalogue import registry
from ita_pages.furniture.eservice.models import EServicePage
from search.groups import group_choices, group_for


def test_groups_are_the_catalogues_sections_in_order():
    catalogue = registry.get_catalogue(2566)
    choices = group_choices(catalogue, "en")
    assert [key for key, _label in choices] == [section.key for section in catalogue.sections]
    assert dict(group_choices(catalogue, "th"))["procurement"] == "การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ"


def test_a_pages_group_is_its_items_section_in_the_sites_year(site_th):
    page = EServicePageFactory(parent=site_th.root_page, title="บริการ", slug="e")
    assert group_for(page) == "services"
    catalogue = registry.get_catalogue(2566)
    moved = tuple(
        dataclasses.replace(it, section="interaction") if it.page_type == "eservice.EServicePage" else it
        for it in catalogue.items
    )
    with registry.override_catalogue(dataclasses.replace(catalogue, items=moved)):
        assert group_for(EServicePage.objects.get(pk=page.pk)) == "interaction"


def test_a_page_that_serves_no_item_has_no_group(site_th):
    assert group_for(site_th.root_page) == ""
