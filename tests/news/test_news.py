"""News (O7): index, pages, RSS feed and the homepage widget."""

import datetime

import pytest
from defusedxml import ElementTree

from ita_pages.core.publish import add_validated_child
from ita_pages.news.models import NewsIndexPage, NewsPage


@pytest.fixture
def news_index(site_th):
    return add_validated_child(site_th.root_page, NewsIndexPage(title="ข่าวประชาสัมพันธ์", slug="news"))


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
    (item,) = root.findall("channel/item")
    assert item.findtext("title") == "ข่าว <b>ตัวหนา</b> & อื่น ๆ"
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


def test_ita_period_reads_the_news_of_the_assessment_year(news_index):
    assert news_index.ita_period(2566) is None
    add_news(news_index, "old", datetime.date(2021, 5, 1))
    # Nothing in 2566 yet: the period shows every date, so the check can say why it fails.
    assert news_index.ita_period(2566) == (datetime.date(2021, 5, 1), datetime.date(2021, 5, 1))
    add_news(news_index, "nov", datetime.date(2022, 11, 10))
    add_news(news_index, "mar", datetime.date(2023, 3, 15))
    add_news(news_index, "next-year", datetime.date(2023, 10, 2))
    assert news_index.ita_period(2566) == (datetime.date(2022, 11, 10), datetime.date(2023, 3, 15))
    # Without a year it follows the site's ITA settings (2566 by default).
    assert news_index.ita_period() == (datetime.date(2022, 11, 10), datetime.date(2023, 3, 15))
