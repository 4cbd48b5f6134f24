"""The channel and listing item pages' factories: each default publishes and passes its item."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Site

from demo.factories import (
    ComplaintStatisticsPageFactory,
    CorruptionComplaintPageFactory,
    EServicePageFactory,
    NewsIndexPageFactory,
    ProcurementAnnouncementPageFactory,
    QAPageFactory,
    QuestionFactory,
    factory_for,
)
from ita_pages.channels.qa.models import QuestionStatus
from ita_pages.core.catalogue import registry
from ita_pages.core.publish import validate_for_publish
from ita_pages.furniture.menus.blocks import PUBLIC_SERVICES
from ita_pages.furniture.menus.models import MainMenu
from ita_pages.furniture.news.models import NewsPage
from ita_pages.furniture.procurement.models import ProcurementAnnouncement
from ita_pages.readiness.checker import check_item
from ita_pages.readiness.context import CheckContext

pytestmark = pytest.mark.django_db

CATALOGUE = registry.get_catalogue(2566)
CHANNELS = {
    "O7": NewsIndexPageFactory,
    "O8": QAPageFactory,
    "O18": EServicePageFactory,
    "O20": ProcurementAnnouncementPageFactory,
    "O28": CorruptionComplaintPageFactory,
    "O29": ComplaintStatisticsPageFactory,
}


def problems(site, code):
    ctx = CheckContext(Site.objects.get(pk=site.pk), 2566)
    result = check_item(ctx, ctx.catalogue.item(code))
    return result.status, [f"{p.rule}: {p.message_en}" for p in result.problems]


def test_every_item_page_type_of_the_catalogue_has_a_factory():
    for item in CATALOGUE.items:
        assert factory_for(item.page_type)._meta.model.page_type_label == item.page_type


@pytest.mark.parametrize("code", CHANNELS)
def test_default_publishes_through_validation_and_serves_its_item(site_th, code):
    page = CHANNELS[code](parent=site_th.root_page)
    assert factory_for(CATALOGUE.item(code).page_type) is CHANNELS[code]
    assert page.live and page.live_revision is not None
    assert page.ita_item.code == code
    assert page.title == CATALOGUE.item(code).text("title", "th")
    validate_for_publish(page)


def with_public_services_menu(site, page):
    """What the site needs for a channel outside the ITA index: the main menu's
    public-services entry, which links the Q&A and the E-Service pages, links it too
    (the homepage's widgets come with the homepage)."""
    home = site.root_page.specific
    linked = [page]
    for factory in (QAPageFactory, EServicePageFactory):
        if not isinstance(page, factory._meta.model):
            linked.append(factory(parent=home))
    menu = MainMenu(site=site, locale=home.locale)
    links = [{"page": p, "url": "", "label": ""} for p in linked]
    menu.items = [("submenu", {"label": "บริการประชาชน", "role": PUBLIC_SERVICES, "links": links})]
    menu.full_clean()
    menu.save()


@pytest.mark.parametrize("code", CHANNELS)
def test_default_passes_the_checker_for_its_item(site_th, code):
    page = CHANNELS[code](parent=site_th.root_page)
    with_public_services_menu(site_th, page)
    assert problems(site_th, code) == ("pass", [])


def test_question_default_is_answered_and_published_on_its_page(site_th):
    page = QAPageFactory(parent=site_th.root_page)
    question = QuestionFactory(page=page)
    waiting = QuestionFactory(page=page, status=QuestionStatus.NEW, answer="")
    assert list(page.published_questions()) == [question]
    assert question.is_answered and question.answered_at > question.asked_at
    assert question.receipt_index and waiting.answered_at is None


def test_listing_pages_refuse_to_publish_without_their_rows(site_th):
    home = site_th.root_page
    with pytest.raises(ValidationError):
        NewsIndexPageFactory(parent=home, news=[])
    with pytest.raises(ValidationError):
        ProcurementAnnouncementPageFactory(parent=home, announcements=[])
    draft = NewsIndexPageFactory(parent=home, slug="news-draft", news=[], publish=False)
    assert not draft.live and draft.get_latest_revision() is not None


def test_news_and_announcements_are_stored_before_publishing(site_th):
    index = NewsIndexPageFactory(parent=site_th.root_page, news=[{"title": "ข่าวหนึ่ง"}, {"title": "ข่าวสอง"}])
    assert [n.title for n in NewsPage.objects.child_of(index).live().order_by("pk")] == ["ข่าวหนึ่ง", "ข่าวสอง"]
    page = ProcurementAnnouncementPageFactory(parent=site_th.root_page, announcements=[{}, {"type_code": "W0"}])
    stored = ProcurementAnnouncement.objects.for_site(site_th)
    assert sorted(stored.values_list("type_code", flat=True)) == ["D0", "W0"]
    assert page.live and page.period.start is not None
