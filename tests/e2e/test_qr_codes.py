"""Scanning the QR codes: the homepage's and the printable posters' decode to working addresses.

A citizen photographs the O28 code on the homepage or on the poster at the counter; an
assessor the O43 one. The codes are photographed here as the browser draws them (or as
the poster file is printed) and decoded with zxing-cpp, like a phone's camera would.
"""

import io
import re
import urllib.request
from pathlib import Path

import zxingcpp
from PIL import Image
from playwright.sync_api import expect


def decode(png: bytes) -> list[str]:
    return [code.text for code in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))]


def eit_address() -> str:
    """The survey address configured in the site settings (read through the `orm` fixture)."""
    from wagtail.models import Site

    from ita_pages.core.models import EITSurveySettings

    return EITSurveySettings.for_site(Site.objects.get(is_default_site=True)).url


def assert_o28_channel(stack, page, url, shot, name):
    """The decoded O28 address is the complaint channel on the site's own address and answers."""
    assert url.startswith(stack.url + "/"), url
    response = page.goto(url)
    assert response.status == 200, url
    expect(page.locator("form").first).to_be_visible()
    expect(page.locator("h1")).to_contain_text("ทุจริต")
    shot(page, name)


def test_homepage_qr_codes_scan_to_the_channel_and_the_survey(stack, orm, phone, desktop, shot):
    desktop.goto("/th/")
    o28 = desktop.locator('[data-ita-item="O28"]')
    o28.scroll_into_view_if_needed()
    shot(desktop, "homepage")
    scanned = decode(o28.locator("img.qr__code").screenshot())
    assert len(scanned) == 1, scanned
    assert o28.locator("a.qr").get_attribute("href") == scanned[0]

    o43 = desktop.locator('[data-ita-item="O43"]')
    survey = decode(o43.locator("img.qr__code").screenshot())
    # The survey is the NACC's: compared with its configured address, never fetched.
    assert survey == [eit_address()]
    assert o43.locator("a.qr").get_attribute("href") == survey[0]

    # The phone follows what it scanned.
    assert_o28_channel(stack, phone, scanned[0], shot, "scanned-o28-channel")


def test_printed_posters_and_svgs_scan_to_the_channel_and_the_survey(stack, orm, desktop, login, shot):
    from wagtail.models import Site

    home_id = Site.objects.get(is_default_site=True).root_page_id
    login(desktop, "demo-editor", "demo-editor-2569")
    desktop.goto(f"/admin/pages/{home_id}/edit/")
    panel_links = desktop.locator('a[href*="/admin/qr/"]')
    expect(panel_links.first).to_be_attached()
    panel_links.first.scroll_into_view_if_needed()
    folder = shot(desktop, "homepage-editor-qr-downloads").parent

    scans = {}
    for kind in ("complaint", "eit"):
        with desktop.expect_download() as poster:
            desktop.locator(f'a[href*="/admin/qr/{kind}-poster.png"]').click()
        poster_png = Path(poster.value.path()).read_bytes()
        with desktop.expect_download() as svg:
            desktop.locator(f'a[href*="/admin/qr/{kind}.svg"]').click()
        svg_text = Path(svg.value.path()).read_text(encoding="utf-8")
        scans[kind] = (decode(poster_png), svg_text)
        (folder / f"poster-{kind}.png").write_bytes(poster_png)

    # Draw each SVG as a browser would print it, then scan it.
    for kind, (poster_scan, svg_text) in scans.items():
        viewer = desktop.context.new_page()
        viewer.set_content(f'<body style="margin:0;background:#fff"><div id="qr" style="width:400px">{svg_text}</div>')
        viewer.locator("#qr svg").evaluate("svg => { svg.style.width = '400px'; svg.style.height = '400px'; }")
        svg_scan = decode(viewer.locator("#qr").screenshot())
        viewer.close()
        assert len(poster_scan) == 1 and svg_scan == poster_scan, (kind, poster_scan, svg_scan)

    assert scans["eit"][0] == [eit_address()]
    complaint_url = scans["complaint"][0][0]
    assert re.match(re.escape(stack.url) + r"/th/[\w-]+/$", complaint_url), complaint_url
    with urllib.request.urlopen(complaint_url) as response:  # the stack's own address
        assert response.status == 200
    assert_o28_channel(stack, desktop, complaint_url, shot, "poster-o28-channel")
