"""News (O7): index, pages, RSS feed and the homepage widget."""

import datetime

import pytest
from defusedxml import ElementTree
from django.core.exceptions import ValidationError

from ita_pages.core.publish import add_validated_child, publish_validated
from ita_pages.furniture.news.models import NewsIndexPage, NewsPage


def draft_index(site):
    index = NewsIndexPage(title="ข่าวประชาสัมพันธ์", slug="news", live=False)
    site.root_page.add_child(instance=index)
    return index


@pytest.fixture
def news_index(site_th):
    """A live news index: its part is news of the year, so one is published under it first."""
    index = draft_index(site_th)
    add_news(index, "first", datetime.date(2022, 10, 1), "ข่าวต้นปีงบประมาณ")
    return publish_validated(index)


def add_news(index, slug, date, title=None, summary="สรุปข่าว"):
    page = NewsPage(title=title or slug, slug=slug, date=date, summary=summary, body="<p>เนื้อหา</p>")
    return add_validated_child(index, page)


def test_index_lists_news_newest_first(client, news_index):
    add_news(news_index, "old", datetime.date(2022, 10, 5), "ข่าวเก่า")
    add_news(news_index, "new", datetime.date(2023, 2, 1), "ข่าวใหม่")
    html = client.get(news_index.url).content.decode()
    assert html.index("ข่าวใหม่") < html.index("ข่าวเก่า")
    assert "1 กุมภาพันธ์ 2566" in html
    assert 'type="application/rss+xml"' in html


def test_rss_feed_is_valid_and_escapes_titles(client, news_index):
    add_news(news_index, "n1", datetime.date(2023, 1, 1), "ข่าว <b>ตัวหนา</b> & อื่น ๆ")
    response = client.get(news_index.url + "feed/")
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ElementTree.fromstring(response.content)
    titles = {item.findtext("title"): item for item in root.findall("channel/item")}
    item = titles["ข่าว <b>ตัวหนา</b> & อื่น ๆ"]
    assert item.findtext("link").endswith("/th/news/n1/")


def test_news_page_shows_date_and_body(client, news_index):
    page = add_news(news_index, "n1", datetime.date(2023, 3, 15), "กิจกรรม")
    html = client.get(page.url).content.decode()
    assert "15 มีนาคม 2566" in html and "เนื้อหา" in html and 'data-ita-item="O7"' in html


def test_homepage_widget_shows_latest_items_only(client, site_th, news_index):
    for day in range(1, 8):
        add_news(news_index, f"n{day}", datetime.date(2023, 1, day), f"ข่าววันที่{day}")
    html = client.get("/th/").content.decode()
    widget = html.split('data-ita-item="O7"')[1].split("</section>")[0]
    assert "ข่าววันที่7" in widget and "ข่าววันที่3" in widget
    assert "ข่าววันที่2" not in widget  # five items by default
    assert 'href="/th/news/"' in widget


def test_homepage_without_news_says_so(client, site_th):
    widget = client.get("/th/").content.decode().split('data-ita-item="O7"')[1].split("</section>")[0]
    assert "ยังไม่มีข่าว" in widget


def test_an_index_without_news_of_the_year_cannot_be_published(site_th):
    index = draft_index(site_th)
    add_news(index, "old", datetime.date(2021, 5, 1))
    with pytest.raises(ValidationError) as caught:
        publish_validated(index)
    assert "News items" in " ".join(caught.value.messages) or "ข่าวประชาสัมพันธ์" in " ".join(caught.value.messages)
    add_news(index, "nov", datetime.date(2022, 11, 10))
    assert publish_validated(index).live


def test_the_english_index_counts_the_news_of_its_source(site_th):
    from demo.translation import english_locale, translate

    index = draft_index(site_th)
    add_news(index, "nov", datetime.date(2022, 11, 10))
    index = publish_validated(index)
    english = translate(index, english_locale(), {})
    assert english.live and english.publish_errors() == {}
