"""The six channel and listing pages are items like any other: the checker checks their parts.

Built on the real page types with the shared factories (demo.factories), which publish
through the same validation as the editor.
"""

import datetime

import pytest
from wagtail.models import Site

from demo.factories import (
    CorruptionComplaintPageFactory,
    EServicePageFactory,
    NewsIndexPageFactory,
    ProcurementAnnouncementFactory,
    ProcurementAnnouncementPageFactory,
    QAPageFactory,
)
from ita_pages.channels.complaints.models import ComplaintStatisticsPage, CorruptionComplaintPage
from ita_pages.channels.qa.models import QAPage
from ita_pages.core.catalogue import registry
from ita_pages.core.publish import publish_validated
from ita_pages.furniture.eservice.models import EServicePage
from ita_pages.furniture.news.models import NewsIndexPage, NewsPage
from ita_pages.furniture.procurement.models import ProcurementAnnouncementPage
from ita_pages.items.models.item import ItemPage
from ita_pages.readiness.checker import check_item
from ita_pages.readiness.context import CheckContext

SIX = {
    "O7": NewsIndexPage,
    "O8": QAPage,
    "O18": EServicePage,
    "O20": ProcurementAnnouncementPage,
    "O28": CorruptionComplaintPage,
    "O29": ComplaintStatisticsPage,
}


@pytest.mark.parametrize("code,model", SIX.items())
def test_each_is_an_item_page_of_the_catalogue(code, model):
    assert issubclass(model, ItemPage)
    item = registry.get_catalogue(2566).item(code)
    assert item.page_type == model.page_type_label
    assert set(model.part_specs) == {part.key for part in item.parts}


def required_parts(site, code):
    ctx = CheckContext(Site.objects.get(pk=site.pk), 2566)
    result = check_item(ctx, ctx.catalogue.item(code))
    return [p for p in result.problems if p.rule == "required-parts"]


def test_a_live_news_index_without_news_of_the_year_fails_its_part(site_th):
    index = NewsIndexPageFactory(parent=site_th.root_page, news=[{"date": datetime.date(2023, 1, 5)}])
    news = NewsPage.objects.child_of(index).get()
    assert required_parts(site_th, "O7") == []
    NewsPage.objects.filter(pk=news.pk).update(date=datetime.date(2021, 1, 5))  # last year's news only
    assert required_parts(site_th, "O7")


def test_a_corruption_channel_without_its_protection_notice_fails(site_th):
    page = CorruptionComplaintPageFactory(parent=site_th.root_page, protection_notice="<p>ความลับ</p>")
    assert required_parts(site_th, "O28") == []
    page.protection_notice = ""
    page.save_revision().publish()  # published in code, past the editor's check
    assert required_parts(site_th, "O28")


def test_publishing_refuses_what_the_catalogue_requires(site_th):
    from django.core.exceptions import ValidationError

    home = site_th.root_page
    with pytest.raises(ValidationError):
        QAPageFactory(parent=home, intro="")  # no introduction
    with pytest.raises(ValidationError):
        EServicePageFactory(parent=home, services=[])  # no service
    with pytest.raises(ValidationError):
        ProcurementAnnouncementPageFactory(parent=home, slug="p", announcements=[])  # none of the year stored
    ProcurementAnnouncementFactory(site=site_th, date=datetime.date(2023, 1, 5))
    assert publish_validated(ProcurementAnnouncementPage.objects.get(slug="p")).live


def test_a_renumbered_catalogue_names_the_channel_by_its_new_code(site_th):
    import dataclasses

    catalogue = registry.get_catalogue(2566)
    items = tuple(
        dataclasses.replace(it, code={"O8": "O18", "O18": "O8"}.get(it.code, it.code)) for it in catalogue.items
    )
    with registry.override_catalogue(dataclasses.replace(catalogue, items=items)):
        page = QAPageFactory(parent=site_th.root_page)
        assert QAPage.objects.get(pk=page.pk).ita_item.code == "O18"
