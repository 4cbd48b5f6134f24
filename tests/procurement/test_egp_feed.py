"""The e-GP fetcher/parser against a real HTTP server on 127.0.0.1 (no Django)."""

import datetime
from pathlib import Path

import pytest

from ita_pages.furniture.procurement import egp

ITEM = {
    "title": "ประกาศเชิญชวน ประกวดราคาจ้างก่อสร้างถนน",
    "link": "http://process3.gprocurement.go.th/x?projectId=66019000101&amp;t=D0",
    "description": "66019000101, ประกวดราคาอิเล็กทรอนิกส์ (e-bidding), ประกาศเชิญชวน",
    "date": "2023-01-09",
}
DEMO_FEEDS = Path(__file__).resolve().parents[2] / "demo" / "fixtures" / "egp_feeds"


def test_valid_cp874_feed_is_decoded_and_typed(feed_server, make_rss, route):
    body = make_rss([ITEM], countbyday="1")
    assert "ประกาศ".encode() not in body  # really Windows-874 on the wire
    feed_server.routes["/feed"] = route(body)
    result = egp.fetch_and_parse(feed_server.url("/feed"), "D0", timeout=5)
    assert result.count_by_day == 1
    (item,) = result.items
    assert item == egp.FeedItem(
        project_id="66019000101",
        type_code="D0",
        type_name="ประกาศเชิญชวน",
        title="ประกาศเชิญชวน ประกวดราคาจ้างก่อสร้างถนน",
        link="http://process3.gprocurement.go.th/x?projectId=66019000101&t=D0",
        date=datetime.date(2023, 1, 9),
        method="ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
    )


def test_tis620_declaration_and_missing_declaration_default_to_cp874(make_rss):
    body = make_rss([ITEM], encoding="tis-620")
    assert egp.parse(egp.decode(body), "D0").items[0].title == ITEM["title"]
    undeclared = body.split(b"?>", 1)[1]
    assert egp.parse(egp.decode(undeclared), "D0").items[0].title == ITEM["title"]


def test_utf8_declaration_is_honoured(make_rss):
    body = make_rss([ITEM], encoding="utf-8")
    assert egp.parse(egp.decode(body), "D0").items[0].type_name == "ประกาศเชิญชวน"


def test_empty_channel_is_a_normal_empty_result(feed_server, make_rss, route):
    feed_server.routes["/empty"] = route(make_rss([]))
    result = egp.fetch_and_parse(feed_server.url("/empty"), "15", timeout=5)
    assert result.items == ()
    assert result.skipped == 0


def test_malformed_xml_is_a_feed_error(feed_server, route):
    feed_server.routes["/bad"] = route(b'<?xml version="1.0"?><rss><channel><item><title>x')
    with pytest.raises(egp.FeedError) as caught:
        egp.fetch_and_parse(feed_server.url("/bad"), "D0", timeout=5)
    assert caught.value.kind == egp.FeedError.MALFORMED


def test_html_error_page_is_not_a_feed(feed_server, route):
    page = "<html><head><title>ระบบขัดข้อง</title></head><body>ขออภัย</body></html>"
    feed_server.routes["/html"] = route(page.encode("utf-8"), content_type="text/html")
    with pytest.raises(egp.FeedError) as caught:
        egp.fetch_and_parse(feed_server.url("/html"), "D0", timeout=5)
    assert caught.value.kind in (egp.FeedError.NOT_A_FEED, egp.FeedError.MALFORMED)


def test_http_error_status_is_a_feed_error(feed_server, route):
    feed_server.routes["/down"] = route(b"<html>503</html>", status=503)
    with pytest.raises(egp.FeedError) as caught:
        egp.fetch_and_parse(feed_server.url("/down"), "D0", timeout=5)
    assert caught.value.kind == egp.FeedError.HTTP


def test_server_slower_than_timeout(feed_server, make_rss, route):
    feed_server.routes["/slow"] = route(make_rss([ITEM]), delay=3)
    with pytest.raises(egp.FeedError) as caught:
        egp.fetch_and_parse(feed_server.url("/slow"), "D0", timeout=0.3)
    assert caught.value.kind == egp.FeedError.TIMEOUT


def test_trickling_server_hits_the_overall_deadline(feed_server, make_rss, route):
    # Each byte arrives well within the socket timeout; only a total deadline stops it.
    feed_server.routes["/trickle"] = route(make_rss([ITEM]), trickle=0.05)
    with pytest.raises(egp.FeedError) as caught:
        egp.fetch_and_parse(feed_server.url("/trickle"), "D0", timeout=0.5)
    assert caught.value.kind == egp.FeedError.TIMEOUT


@pytest.mark.parametrize("send_length", [True, False])
def test_body_over_size_cap(feed_server, make_rss, route, send_length):
    big = make_rss([ITEM] * 400)
    feed_server.routes["/big"] = route(big, send_length=send_length)
    with pytest.raises(egp.FeedError) as caught:
        egp.fetch_and_parse(feed_server.url("/big"), "D0", timeout=5, max_bytes=len(big) - 1)
    assert caught.value.kind == egp.FeedError.TOO_LARGE


def test_script_in_title_is_kept_as_plain_text_and_bad_links_dropped(make_rss):
    hostile = dict(
        ITEM,
        title="&lt;script&gt;alert(1)&lt;/script&gt; ประกาศ",
        link="javascript:alert(1)",
    )
    (item,) = egp.parse(egp.decode(make_rss([hostile])), "D0").items
    assert item.title == "<script>alert(1)</script> ประกาศ"  # escaped when rendered
    assert item.link == ""


def test_same_items_twice_are_deduplicated(make_rss):
    result = egp.parse(egp.decode(make_rss([ITEM, ITEM])), "D0")
    assert len(result.items) == 1
    assert result.skipped == 1


def test_items_without_date_or_title_are_skipped_not_fatal(make_rss):
    broken = [
        dict(ITEM, date="เมื่อวาน"),
        dict(ITEM, title=""),
        dict(ITEM, date="2023-02-01"),
    ]
    result = egp.parse(egp.decode(make_rss(broken)), "D0")
    assert [i.date for i in result.items] == [datetime.date(2023, 2, 1)]
    assert result.skipped == 2


def test_plan_item_and_missing_project_id(make_rss):
    plan = dict(ITEM, description="P66010000001, , แผนการจัดซื้อจัดจ้าง")
    nameless = dict(ITEM, description="", title="ประกาศไม่มีเลขโครงการ")
    from_feed = egp.parse(egp.decode(make_rss([plan, nameless])), "P0").items
    assert from_feed[0].project_id == "P66010000001"
    assert from_feed[0].method == ""
    assert from_feed[1].project_id.startswith("T") and len(from_feed[1].project_id) == 16


def test_rfc822_pubdate_is_accepted():
    assert egp.parse_date("Mon, 09 Jan 2023 10:00:00 +0700") == datetime.date(2023, 1, 9)
    assert egp.parse_date("") is None


def test_entity_expansion_is_refused():
    bomb = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss><channel/></rss>'
    with pytest.raises(egp.FeedError):
        egp.parse(bomb, "D0")


def test_feed_url_uses_the_real_parameter_names():
    url = egp.build_feed_url("1234567", "W0")
    assert url.endswith("egpannouncerss.xml?deptId=1234567&anounceType=W0")


def test_non_http_urls_are_refused():
    with pytest.raises(egp.FeedError):
        egp.fetch("file:///etc/passwd", timeout=1)


def test_shipped_demo_feeds_parse():
    parsed = {path.stem: egp.parse(egp.decode(path.read_bytes()), path.stem) for path in DEMO_FEEDS.glob("*.xml")}
    assert parsed["15"].items == ()
    assert len(parsed["D0"].items) == 3
    assert all(item.link.startswith("http") for r in parsed.values() for item in r.items)
