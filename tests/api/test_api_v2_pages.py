"""Wagtail API v2 at /api/v2/: page fields, StreamField shapes, locales, query counts."""

from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.django_db

TYPE = "api_testapp.StreamTestPage"


def detail(client, page, **params):
    response = client.get(f"/api/v2/pages/{page.pk}/", params)
    assert response.status_code == 200, response.content
    return response.json()


def test_router_is_named_for_frontend_cache_purging():
    from django.urls import reverse

    assert reverse("wagtailapi_v2:pages:listing") == "/api/v2/pages/"
    assert reverse("wagtailapi_v2:images:listing") == "/api/v2/images/"
    assert reverse("wagtailapi_v2:documents:listing") == "/api/v2/documents/"


def test_streamfield_images_have_absolute_rendition_urls(client, make_stream_page, image):
    page = make_stream_page()
    body = detail(client, page)["body"]
    by_type = {block["type"]: block["value"] for block in body}

    assert by_type["heading"] == "หัวข้อ"
    picture = by_type["image"]
    assert picture["id"] == image.pk
    assert picture["title"] == "แผนผังองค์กร"
    assert (picture["width"], picture["height"]) == (image.width, image.height)
    assert set(picture["renditions"]) == {"thumbnail", "medium", "large"}
    thumb = picture["renditions"]["thumbnail"]
    assert thumb["url"].startswith("http://") and "/media/images/" in thumb["url"]
    assert (thumb["width"], thumb["height"]) == (400, 300)


def test_image_block_carries_its_alt_text(client, make_stream_page):
    page = make_stream_page()
    figure = next(b["value"] for b in detail(client, page)["body"] if b["type"] == "figure")
    assert figure["alt"] == "คำอธิบายภาพ"
    assert figure["decorative"] is False
    assert "thumbnail" in figure["renditions"]


def test_documents_are_absolute_download_urls(client, make_stream_page, document):
    page = make_stream_page()
    body = detail(client, page)["body"]
    doc = next(b["value"] for b in body if b["type"] == "document")
    assert doc["id"] == document.pk
    url = urlsplit(doc["url"])
    assert url.scheme == "http" and url.netloc
    assert url.path.startswith(f"/documents/{document.pk}/report-2566")
    assert doc["extension"] == "pdf"
    assert client.get(url.path).status_code == 200


def test_nested_structs_and_lists_are_resolved(client, make_stream_page, document, image):
    page = make_stream_page()
    card = next(b["value"] for b in detail(client, page)["body"] if b["type"] == "card")
    assert card["heading"] == "การ์ด"
    assert card["picture"]["id"] == image.pk
    assert [f["id"] for f in card["files"]] == [document.pk, document.pk]
    assert all(f["url"].startswith("http://") for f in card["files"])
    assert card["period_start"] is None


def test_rich_text_is_display_html_by_default_and_format_can_be_chosen(client, make_stream_page):
    page = make_stream_page()
    paragraph = next(b["value"] for b in detail(client, page)["body"] if b["type"] == "paragraph")
    assert "<b>ตัวหนา</b>" in paragraph
    markdown = next(
        b["value"] for b in detail(client, page, rich_text_format="markdown")["body"] if b["type"] == "paragraph"
    )
    assert "**ตัวหนา**" in markdown


def test_page_links_show_live_pages_and_hide_drafts(client, make_stream_page):
    target = make_stream_page(title="ปลายทาง")
    draft = make_stream_page(title="ร่างลับ", live=False)
    page = make_stream_page(title="ลิงก์", body=[("link", target), ("link", draft)])
    links = [b["value"] for b in detail(client, page)["body"]]
    assert links[0]["id"] == target.pk
    assert links[0]["title"] == "ปลายทาง"
    assert links[0]["type"] == TYPE
    assert links[0]["url"].startswith("http://")
    assert links[0]["detail_url"].endswith(f"/api/v2/pages/{target.pk}/")
    assert links[1] is None
    assert "ร่างลับ" not in str(detail(client, page))


def test_listing_with_type_serialises_streamfields(client, make_stream_page):
    make_stream_page(title="หนึ่ง")
    make_stream_page(title="สอง")
    response = client.get("/api/v2/pages/", {"type": TYPE, "fields": "summary,body"})
    assert response.status_code == 200
    data = response.json()
    assert data["meta"]["total_count"] == 2
    for item in data["items"]:
        assert item["summary"] == "สรุป"
        image_block = next(b for b in item["body"] if b["type"] == "image")
        assert image_block["value"]["renditions"]["medium"]["url"].startswith("http://")


def test_listing_query_count_does_not_grow_with_pages(client, make_stream_page, django_assert_num_queries):
    """43 pages cost the same number of queries as 5 (renditions exist after a first call)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for number in range(43):
        make_stream_page(title=f"หน้า {number}")
    params = {"type": TYPE, "fields": "*", "order": "id"}

    def count(limit):
        client.get("/api/v2/pages/", {**params, "limit": limit})  # warm renditions and caches
        with CaptureQueriesContext(connection) as ctx:
            response = client.get("/api/v2/pages/", {**params, "limit": limit})
        assert response.status_code == 200
        assert len(response.json()["items"]) == limit
        return len(ctx.captured_queries)

    five, forty_three = count(5), count(43)
    assert forty_three == five
    with django_assert_num_queries(five):
        client.get("/api/v2/pages/", {**params, "limit": 43})


def test_locale_and_translation_of_filters(client, site_th, home_en):
    th = client.get("/api/v2/pages/", {"locale": "th"}).json()
    en = client.get("/api/v2/pages/", {"locale": "en"}).json()
    assert {item["meta"]["locale"] for item in th["items"]} == {"th"}
    assert [item["id"] for item in en["items"]] == [home_en.pk]
    translations = client.get("/api/v2/pages/", {"translation_of": site_th.root_page.pk}).json()
    assert [item["id"] for item in translations["items"]] == [home_en.pk]


def test_homepage_detail_in_both_languages(client, site_th, home_en):
    th = detail(client, site_th.root_page)
    en = detail(client, home_en)
    assert th["meta"]["locale"] == "th"
    assert en["meta"]["locale"] == "en"
    assert th["title"] != en["title"]
