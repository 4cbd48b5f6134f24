"""A developer's front end renders every ITA item of the year from the API alone.

It knows two entry points, /api/ (its OpenAPI document) and /api/v2/, and from there
follows only the links the answers give: the status gives each item's API URL, the
O7/O8/O20 details link their lists, O29's detail carries its statistics, and every
item's detail gives its parts under the catalogue's keys (``ita``). Every
address the API gives must be on the site's public address and answer.
"""

import html
import json
import re
import urllib.request
from urllib.parse import urlencode, urlsplit

from playwright.sync_api import expect


class Consumer:
    """urllib only: what a program on another machine has."""

    def __init__(self, stack):
        self.stack = stack
        self.seen: list[str] = []

    def get(self, url: str):
        assert url.startswith(self.stack.url + "/"), f"the API sent the client off the site: {url}"
        with urllib.request.urlopen(url) as response:  # the stack's own address
            assert response.status == 200, url
            body = response.read().decode("utf-8")
        self.seen.append(url)
        data = json.loads(body)
        for link in site_links(data):
            assert link.startswith(self.stack.url + "/"), (url, link)
        return data


def site_links(data):
    """Every address the API gives for this site: API links, pages, documents, renditions."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in ("detail_url", "html_url", "api_url") and isinstance(value, str):
                yield value
            elif key == "listings" and isinstance(value, dict):
                yield from value.values()
            elif key == "url" and isinstance(value, str) and ("filename" in data or "width" in data):
                yield value  # a document download or an image rendition
            else:
                yield from site_links(value)
    elif isinstance(data, list):
        for value in data:
            yield from site_links(value)


def texts(value) -> list[str]:
    """The readable strings of a StreamField value (what a front end would print)."""
    if isinstance(value, str):
        text = re.sub(r"<[^>]+>", " ", value).strip()  # rich text comes as HTML
        return [text] if text and not text.startswith("http") else []
    if isinstance(value, dict):
        return [text for key, item in value.items() if key not in ("id", "type") for text in texts(item)]
    if isinstance(value, list):
        return [text for item in value for text in texts(item)]
    return []


def render(api, item, detail) -> str:
    """One item as HTML, from its API detail and what the detail links to."""
    parts = [f"<h2>{item['code']} · {html.escape(detail['title'])}</h2>"]
    for field, value in detail.items():
        if field in ("id", "meta", "title", "listings", "statistics", "ita") or not value:
            continue
        if field == "intro":
            parts.append(value)  # rich text comes as display HTML
        elif isinstance(value, list) and all(isinstance(block, dict) and "type" in block for block in value):
            for block in value:  # a StreamField: one line per block
                lines = texts(block.get("value"))[:3]
                parts.append(f"<p><b>{block['type']}</b>: {html.escape(' · '.join(lines))}</p>")
        elif texts(value):
            parts.append(f"<p><b>{field}</b>: {html.escape(' · '.join(texts(value)[:3]))}</p>")
    for part in (detail.get("ita") or {}).get("parts", []):
        # The catalogue's parts by key: the same code renders any year's item.
        lines = [text for block in part["content"] for text in texts(block.get("value"))][:3]
        parts.append(f"<p><b>{html.escape(part['label']['th'])}</b>: {html.escape(' · '.join(lines))}</p>")
    listings = detail.get("listings", {})
    if "news" in listings:
        news = api.get(listings["news"])["items"]
        parts.append("<ul>" + "".join(f"<li>{n['date']} {html.escape(n['title'])}</li>" for n in news) + "</ul>")
    if "questions" in listings:
        questions = api.get(listings["questions"])
        parts.append(
            "<ul>"
            + "".join(
                f"<li>ถาม: {html.escape(q['question'])}<br>ตอบ: {html.escape(q['answer'])}</li>" for q in questions
            )
            + "</ul>"
        )
    if "announcements" in listings:
        announcements = api.get(listings["announcements"])["items"]
        parts.append(
            "<ul>" + "".join(f"<li>{a['date']} {html.escape(a['title'])}</li>" for a in announcements) + "</ul>"
        )
    if "statistics" in detail:
        stats = detail["statistics"]
        rows = "".join(
            f"<tr><td>{html.escape(r['label'])}</td><td>{r['total']}</td><td>{r['completed']}</td></tr>"
            for r in stats["rows"]
        )
        parts.append(f"<table><tr><th>เดือน</th><th>รับ</th><th>เสร็จ</th></tr>{rows}</table><p>รวม {stats['total']}</p>")
    return "<section>" + "".join(parts) + "</section>"


def test_front_end_renders_every_item_from_the_api_alone(stack, desktop, shot):
    api = Consumer(stack)
    document = api.get(f"{stack.url}/api/openapi.json")
    status_path = "/api/ita/status/{year}"
    assert status_path in document["paths"]
    # The demo agency is assessed on 2566; the stack also offers the example later year.
    listed = api.get(f"{stack.url}/api/ita/catalogues")["items"]
    catalogue = api.get(next(c["url"] for c in listed if c["year"] == 2566))
    year = catalogue["year"]
    status = api.get(stack.url + status_path.format(year=year) + "?" + urlencode({"limit": 100}))
    items = status["items"]
    assert [item["code"] for item in items] == [item["code"] for item in catalogue["items"]]
    assert len(items) == 43

    sections, details = [], {}
    for item in items:
        assert item["api_url"] == f"{stack.url}/api/v2/pages/{item['page_id']}/", item
        detail = api.get(item["api_url"])
        assert detail["meta"]["html_url"] == item["url"]
        details[item["code"]] = detail
        section = render(api, item, detail)
        # Something beyond the title for every item: fields, a list or the statistics.
        assert section.count("<") > 4, (item["code"], section)
        sections.append(section)

    # Every item's parts under the catalogue's keys, whatever page type serves it.
    for it in catalogue["items"]:
        ita = details[it["code"]]["ita"]
        assert (ita["year"], ita["code"]) == (year, it["code"])
        assert [part["key"] for part in ita["parts"]] == [part["key"] for part in it["parts"]], it["code"]
    # A part read by its key: the executive who heads the agency, choice values labelled.
    executives = {part["key"]: part for part in details["O2"]["ita"]["parts"]}
    head = executives["top_executive"]
    assert head["present"] and head["content"][0]["value"]["name"]
    assert head["content"][0]["value"]["role"] == {"value": "top", "label": "ผู้บริหารสูงสุด"}

    # The lists and statistics the issue names, reached by links only.
    assert details["O7"]["listings"]["news"] in api.seen
    assert details["O8"]["listings"]["questions"] in api.seen
    assert details["O20"]["listings"]["announcements"] in api.seen
    statistics = details["O29"]["statistics"]
    assert statistics["fiscal_year"] == year and len(statistics["rows"]) == 12

    # find/ accepts the localised path exactly as the status gives it.
    o1 = next(item for item in items if item["code"] == "O1")
    found = api.get(f"{stack.url}/api/v2/pages/find/?" + urlencode({"html_path": urlsplit(o1["url"]).path}))
    assert found["id"] == o1["page_id"]

    # A document the API links to downloads from the site.
    documents = [link for detail in details.values() for link in site_links(detail) if "/documents/" in link]
    assert documents
    with urllib.request.urlopen(documents[0]) as response:  # the stack's own address
        assert response.status == 200 and response.read(5)

    # What the front end made of it, then the real page the API pointed to.
    # Drawn inside one of the site's pages, so that its Thai font and styles apply.
    desktop.goto("/th/")
    desktop.locator("main").evaluate(
        "(main, html) => { main.innerHTML = html; }", f"<h1>ITA {year} จาก API</h1>{''.join(sections)}"
    )
    expect(desktop.locator("main > section")).to_have_count(43)
    shot(desktop, "items-rendered-from-the-api")
    response = desktop.goto(o1["url"])
    assert response.status == 200
    expect(desktop.locator("h1")).to_contain_text(details["O1"]["title"])
    shot(desktop, "o1-public-page")
