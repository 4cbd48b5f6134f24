"""The search page and autocomplete endpoint, in Thai and English."""

import pytest


@pytest.fixture
def content(make_page, make_document):
    procurement = make_page("ประกาศผลการจัดซื้อจัดจ้าง", "<p>ผู้ชนะการเสนอราคาจัดซื้อวัสดุ</p>", slug="o20")
    news = make_page("ข่าวกิจกรรมจิตอาสา", "<p>กิจกรรมปลูกต้นไม้</p>", slug="news")
    document = make_document("แผนการจัดซื้อจัดจ้างประจำปี", ["โครงการจัดซื้อรถบรรทุกขยะ"])
    return procurement, news, document


def test_results_are_highlighted_and_link_to_pages_and_documents(client, content):
    procurement, _news, document = content
    response = client.get("/th/search/", {"q": "จัดซื้อ"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<mark>จัดซื้อ</mark>" in html
    assert procurement.url in html and document.url in html
    assert "ข่าวกิจกรรม" not in html
    assert "2 ผลลัพธ์" in html


def test_lookalike_is_not_a_result(client, content):
    response = client.get("/th/search/", {"q": "ซื่อ"})
    assert response.context["total"] == 0


def test_query_is_escaped(client, content):
    response = client.get("/th/search/", {"q": '<script>alert("x")</script> จัดซื้อ'})
    html = response.content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;" in html


def test_filter_by_content_type(client, content):
    response = client.get("/th/search/", {"q": "จัดซื้อ", "type": "wagtaildocs.document"})
    assert [r["title"] for r in response.context["results"]] == ["แผนการ<mark>จัดซื้อ</mark>จัดจ้างประจำปี"]
    keys = [key for key, _label in response.context["type_choices"]]
    assert keys == sorted(keys, key=lambda k: dict(response.context["type_choices"])[k])
    assert "home.homepage" in keys and "wagtaildocs.document" in keys


def test_filter_by_ita_group(client, site_th, make_page):
    """Groups are the sections of the site's catalogue; a page's group is its item's section."""
    from demo.factories import EServicePageFactory, QAPageFactory

    EServicePageFactory(parent=site_th.root_page, title="บริการจัดซื้อ", slug="a", services__0__service__name="ขอข้อมูลจัดซื้อ")
    QAPageFactory(parent=site_th.root_page, title="ถามเรื่องจัดซื้อ", slug="b", intro="<p>ถามได้</p>")
    make_page("ข่าวจัดซื้อ", slug="c")  # not an ITA item: in no group
    response = client.get("/th/search/", {"q": "จัดซื้อ", "group": "services"})
    assert [str(r["title"]) for r in response.context["results"]] == ["บริการ<mark>จัดซื้อ</mark>"]
    assert response.context["results"][0]["group"] == "การให้บริการ"
    labels = dict(response.context["group_choices"])
    assert (
        list(labels)[:3] == ["basic", "public-relations", "interaction"] and labels["interaction"] == "การปฏิสัมพันธ์ข้อมูล"
    )
    unknown = client.get("/th/search/", {"q": "จัดซื้อ", "group": "nope"})
    assert unknown.context["total"] == 3


def test_pagination(client, make_page):
    for n in range(12):
        make_page(f"รายงานฉบับที่ {n}", slug=f"r{n}")
    first = client.get("/th/search/", {"q": "รายงาน"})
    assert first.context["total"] == 12 and len(first.context["results"]) == 10
    second = client.get("/th/search/", {"q": "รายงาน", "page": 2})
    assert len(second.context["results"]) == 2
    assert client.get("/th/search/", {"q": "รายงาน", "page": "x"}).status_code == 200


def test_english_interface(client, content):
    response = client.get("/en/search/", {"q": "nothing-here"})
    html = response.content.decode()
    assert "0 results" in html and "All content types" in html
    thai = client.get("/th/search/", {"q": "nothing-here"}).content.decode()
    assert "ทุกประเภทเนื้อหา" in thai


def test_empty_query_shows_form_only(client, content):
    response = client.get("/th/search/")
    assert response.status_code == 200 and response.context["results"] == []


def test_query_count_is_bounded(client, content, django_assert_max_num_queries):
    # Two of these read the site's assessment year (its settings row is created on first use),
    # whose catalogue gives the ITA groups.
    with django_assert_max_num_queries(22):
        client.get("/th/search/", {"q": "จัดซื้อ"})


def test_autocomplete_suggests_titles_while_typing_thai(client, content):
    data = client.get("/th/search/autocomplete/", {"q": "จัดซ"}).json()
    titles = [item["title"] for item in data["results"]]
    assert titles == ["ประกาศผลการจัดซื้อจัดจ้าง", "แผนการจัดซื้อจัดจ้างประจำปี"]
    assert data["results"][0]["url"].startswith("/th/")
    assert client.get("/th/search/autocomplete/", {"q": "ข่าว"}).json()["results"][0]["title"] == "ข่าวกิจกรรมจิตอาสา"
    assert client.get("/th/search/autocomplete/", {"q": ""}).json()["results"] == []
