"""Editors download the O28/O43 QR codes as SVG and as an A4 poster."""

import io

from defusedxml import ElementTree
from PIL import Image

from home import qr
from ita_pages.core.models import EITSurveySettings


def set_eit(site):
    settings = EITSurveySettings.for_site(site)
    settings.url = "https://itas.nacc.go.th/go/eit/test123"
    settings.save()


def test_svg_and_poster_downloads(editor_client, site_th, complaint_page):
    set_eit(site_th)
    svg = editor_client.get(f"/admin/qr/eit.svg?site={site_th.pk}")
    assert svg["Content-Type"] == "image/svg+xml"
    assert svg.content == qr.qr_svg("https://itas.nacc.go.th/go/eit/test123")
    ElementTree.fromstring(svg.content)
    poster = editor_client.get(f"/admin/qr/complaint-poster.png?site={site_th.pk}")
    assert poster["Content-Type"] == "image/png"
    assert Image.open(io.BytesIO(poster.content)).size == qr.POSTER_SIZE
    complaint_svg = editor_client.get(f"/admin/qr/complaint.svg?site={site_th.pk}")
    assert complaint_svg.content == qr.qr_svg(complaint_page.get_full_url())


def test_missing_target_is_404(editor_client, site_th):
    assert editor_client.get(f"/admin/qr/eit.svg?site={site_th.pk}").status_code == 404
    assert editor_client.get(f"/admin/qr/other.svg?site={site_th.pk}").status_code == 404


def test_anonymous_users_are_sent_to_login(client, site_th):
    set_eit(site_th)
    response = client.get(f"/admin/qr/eit.svg?site={site_th.pk}")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_homepage_editor_offers_the_downloads(editor_client, site_th):
    html = editor_client.get(f"/admin/pages/{site_th.root_page.pk}/edit/").content.decode()
    assert f"/admin/qr/complaint-poster.png?site={site_th.pk}" in html
    assert f"/admin/qr/eit.svg?site={site_th.pk}" in html
