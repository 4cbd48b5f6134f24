"""Two agencies on one installation: each homepage's widgets and QR codes stay in its own site."""

import io

import pytest
import zxingcpp
from PIL import Image
from wagtail.models import Page, Site

from demo.factories import (
    CorruptionComplaintPageFactory,
    HomePageFactory,
    NewsIndexPageFactory,
    ProcurementAnnouncementPageFactory,
)
from home import qr
from home.blocks import qr_data_uri


def channel_pages(home, suffix):
    """The O7 news index, the O20 page and the O28 page under `home`, each with its content
    (news, an announcement of the year stored for the site)."""
    return {
        "news": NewsIndexPageFactory(parent=home, title=f"ข่าว {suffix}", slug=f"news-{suffix}"),
        "o20": ProcurementAnnouncementPageFactory(
            parent=home, title=f"ประกาศจัดซื้อ {suffix}", slug=f"procurement-{suffix}"
        ),
        "o28": CorruptionComplaintPageFactory(
            parent=home, title=f"ร้องเรียนการทุจริต {suffix}", slug=f"corruption-{suffix}"
        ),
    }


@pytest.fixture
def two_sites(site_th, locale_th):
    """The default site (at https://first.example) and a second agency at https://second.example.

    The first site's pages are created first, so a lookup that ignores the site finds them.
    """
    site_th.hostname, site_th.port = "first.example", 443
    site_th.save()
    first = channel_pages(site_th.root_page.specific, "first")
    home = HomePageFactory(parent=Page.get_first_root_node(), title="อบต. ที่สอง", slug="second", locale=locale_th)
    second_site = Site.objects.create(hostname="second.example", port=443, root_page=home, site_name="อบต. ที่สอง")
    second = channel_pages(home, "second")
    return (site_th, first), (second_site, second)


def homepage(client, host):
    response = client.get("/th/", HTTP_HOST=host, secure=True)
    assert response.status_code == 200
    return response.content.decode()


def widget(html, code):
    return html.split(f'data-ita-item="{code}"')[1].split("</section>")[0]


def test_second_site_homepage_links_to_its_own_pages(client, two_sites):
    (site, first), (second_site, second) = two_sites
    html = homepage(client, "second.example")
    assert f'href="{second["news"].relative_url(second_site)}"' in widget(html, "O7")
    assert f'href="{second["o20"].relative_url(second_site)}"' in widget(html, "O20")
    o28 = widget(html, "O28")
    assert 'href="https://second.example/th/corruption-second/"' in o28
    assert qr_data_uri("https://second.example/th/corruption-second/") in o28
    for page in first.values():
        assert page.relative_url(site) not in html
    assert "first.example" not in html


def test_first_site_homepage_keeps_its_own_pages(client, two_sites):
    (site, first), _second = two_sites
    html = homepage(client, "first.example")
    assert f'href="{first["news"].relative_url(site)}"' in widget(html, "O7")
    assert f'href="{first["o20"].relative_url(site)}"' in widget(html, "O20")
    assert 'href="https://first.example/th/corruption-first/"' in widget(html, "O28")
    assert "second" not in widget(html, "O28")


def test_poster_of_the_second_site_scans_to_its_own_channel(editor_client, two_sites):
    _first, (second_site, _second) = two_sites
    svg = editor_client.get(f"/admin/qr/complaint.svg?site={second_site.pk}")
    assert svg.content == qr.qr_svg("https://second.example/th/corruption-second/")
    poster = editor_client.get(f"/admin/qr/complaint-poster.png?site={second_site.pk}")
    decoded = zxingcpp.read_barcodes(Image.open(io.BytesIO(poster.content)))
    assert [code.text for code in decoded] == ["https://second.example/th/corruption-second/"]
