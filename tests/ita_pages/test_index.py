"""The ITA index: all rows in catalogue order under group headings, live links or "not yet"."""

import re

import pytest
from django.test import override_settings

from demo.ita_pages import build_page, ensure_index, indicator_models
from ita_pages.core.catalogue import registry
from ita_pages.items.models import ExecutivesPage, ITAIndexPage, ITASettings

pytestmark = pytest.mark.django_db


def _publish(index, code):
    from ita_pages.core.publish import add_validated_child

    catalogue = registry.get_catalogue(index.assessment_year)
    model, item = next((m, i) for m, i in indicator_models(catalogue) if i.code == code)
    return add_validated_child(index, build_page(index, model, item))


def _rows(html):
    return re.findall(r'<tr class="ita-checklist__row" data-code="([^"]+)"', html)


def test_index_lists_all_43_rows_in_order_under_group_headings(client, ita_index):
    response = client.get("/th/ita/2566/")
    assert response.status_code == 200
    html = response.content.decode()
    assert _rows(html) == [f"O{n}" for n in range(1, 44)]
    for heading in ("9.1 ข้อมูลพื้นฐาน", "9.3 การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ", "10.2 มาตรการภายในเพื่อป้องกันการทุจริต"):
        assert heading in html
    assert html.index("9.1 ข้อมูลพื้นฐาน") < html.index('data-code="O1"') < html.index("9.2 การบริหารงาน")
    for column in ("ข้อ", "ข้อมูล", "การเชื่อมโยง", "คำอธิบาย"):
        assert f'<th scope="col">{column}</th>' in html
    assert html.count("ยังไม่เผยแพร่") == 43


def test_published_items_link_to_their_live_page(client, ita_index):
    _publish(ita_index, "O2")
    _publish(ita_index, "O5")
    html = client.get("/th/ita/2566/").content.decode()
    assert '<a href="/th/ita/2566/o2/">ข้อมูลผู้บริหาร</a>' in html
    assert '<a href="/th/ita/2566/o5/">ข้อมูลการติดต่อ</a>' in html
    assert html.count("ยังไม่เผยแพร่") == 41
    assert client.get("/th/ita/2566/o2/").status_code == 200


def test_a_draft_is_not_linked(client, ita_index):
    page = _publish(ita_index, "O3")
    page.unpublish()
    html = client.get("/th/ita/2566/").content.decode()
    assert 'href="/th/ita/2566/o3/"' not in html
    assert html.count("ยังไม่เผยแพร่") == 43


def test_index_query_count_does_not_grow_with_published_items(client, ita_index, django_assert_max_num_queries):
    _publish(ita_index, "O1")
    client.get("/th/ita/2566/")  # warm per-process caches (content types, site root paths)
    with django_assert_max_num_queries(30) as one:
        assert client.get("/th/ita/2566/").status_code == 200
    for code in ("O2", "O3", "O4", "O5", "O6", "O9", "O10"):
        _publish(ita_index, code)
    with django_assert_max_num_queries(len(one)):
        assert client.get("/th/ita/2566/").status_code == 200


def test_section_redirects_to_the_sites_assessment_year(client, ita_index, site_th):
    response = client.get("/th/ita/")
    assert response.status_code == 302
    assert response["Location"] == "/th/ita/2566/"


def test_one_page_per_indicator_per_index(ita_index):
    assert ExecutivesPage.can_create_at(ita_index)
    _publish(ita_index, "O2")
    assert not ExecutivesPage.can_create_at(ita_index)


def test_indicator_pages_only_live_under_an_index(site_th, ita_index):
    assert not ExecutivesPage.can_create_at(site_th.root_page.specific)
    assert ExecutivesPage in ita_index.specific_class.clean_subpage_models()


def test_index_slug_is_its_year(ita_index):
    assert ita_index.slug == "2566"
    assert ita_index.url_path.endswith("/ita/2566/")


CATALOGUE_2567_DIR = str(__import__("pathlib").Path(__file__).parent / "fixtures")


@pytest.fixture
def with_2567():
    with override_settings(ITA_CATALOGUE_DIRS=[CATALOGUE_2567_DIR]):
        registry.reset()
        yield
    registry.reset()


def test_second_year_catalogue_renumbers_items_without_new_page_types(client, ita_index, site_th, with_2567):
    assert registry.available_years() == [2566, 2567]
    index_2567 = ensure_index(ita_index.get_parent().specific, 2567)
    settings = ITASettings.for_site(site_th)
    settings.assessment_year = 2567
    settings.save()
    assert ExecutivesPage.can_create_at(index_2567)
    from ita_pages.items.models import OrganisationStructurePage

    assert not OrganisationStructurePage.can_create_at(index_2567)  # not an item of 2567
    executives = _publish(index_2567, "O1")
    assert executives.slug == "o1"
    html = client.get("/th/ita/2567/").content.decode()
    assert _rows(html) == ["O1", "O2", "O10"]
    assert '<a href="/th/ita/2567/o1/">ผู้บริหารหน่วยงาน</a>' in html
    assert "ผู้บริหารและผู้ดำรงตำแหน่งทางการบริหาร" in html
    assert client.get("/th/ita/").headers["Location"] == "/th/ita/2567/"
    # last year's pages stay where assessors first saw them
    _publish(ita_index, "O2")
    assert client.get("/th/ita/2566/o2/").status_code == 200
    assert ITAIndexPage.objects.filter(assessment_year=2566).exists()


def test_homepage_link_tag_points_at_the_current_year(rf, site_th, ita_index):
    from django.template import Context, Template

    request = rf.get("/th/")
    request._wagtail_site = site_th
    html = Template("{% load ita_tags %}{% ita_link %}").render(
        Context({"request": request, "page": site_th.root_page})
    )
    assert 'href="/th/ita/2566/"' in html
