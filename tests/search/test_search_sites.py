"""One install, several agencies: results stay on the site that was searched."""

from wagtail.models import Page, Site

from demo.factories import HomePageFactory
from search.models import IndexEntry
from search.query import Filters, search


def other_site(locale_th):
    home = HomePageFactory(
        parent=Page.get_first_root_node(), title="อบต.ข้างเคียง", slug="other-agency", locale=locale_th
    )
    return Site.objects.create(hostname="other.example", port=80, root_page=home), home


def titles(query, site):
    return sorted(entry.title for entry in search(query, Filters(site_id=site.pk)))


def test_pages_of_another_site_are_not_results(make_page, site_th, locale_th):
    site2, home2 = other_site(locale_th)
    make_page("แผนการจัดซื้อของเรา")
    make_page("แผนการจัดซื้อของเขา", parent=home2)
    assert titles("จัดซื้อ", site_th) == ["แผนการจัดซื้อของเรา"]
    assert titles("จัดซื้อ", site2) == ["แผนการจัดซื้อของเขา"]
    assert IndexEntry.objects.get(page__title="แผนการจัดซื้อของเขา").site_id == site2.pk


def test_documents_single_site_all_shown(make_document, site_th):
    make_document("แผนการจัดซื้อ", ["งบประมาณ"])
    assert titles("จัดซื้อ", site_th) == ["แผนการจัดซื้อ"]


def test_documents_multi_site_only_where_linked(make_page, make_document, site_th, locale_th):
    site2, home2 = other_site(locale_th)
    ours = make_document("แผนการจัดซื้อ ก", ["งบประมาณ"])
    make_document("แผนการจัดซื้อ ข", ["งบประมาณ"])
    page = make_page("ลิงก์เอกสาร", f'<p><a linktype="document" id="{ours.pk}">แผน</a></p>')
    from wagtail.models import ReferenceIndex

    ReferenceIndex.create_or_update_for_object(page)
    assert titles("จัดซื้อ", site_th) == ["แผนการจัดซื้อ ก"]
    assert titles("จัดซื้อ", site2) == []


def test_search_view_uses_the_request_site(client, make_page, site_th, locale_th):
    _site2, home2 = other_site(locale_th)
    make_page("แผนการจัดซื้อของเขา", parent=home2)
    make_page("แผนการจัดซื้อของเรา")
    response = client.get("/th/search/", {"q": "จัดซื้อ"})
    assert [str(r["title"]) for r in response.context["results"]] == ["แผนการ<mark>จัดซื้อ</mark>ของเรา"]
