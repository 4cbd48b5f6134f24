"""The public site answers in Thai and English, and the admin speaks Thai."""

import re

from django.contrib.staticfiles import finders

from ita_pages.core.models import AgencyProfile


def test_root_redirects_to_thai(client, site_th):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/th/"


def test_thai_homepage(client, site_th):
    response = client.get("/th/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="th">' in html
    assert "องค์การบริหารส่วนตำบลบ้านสวนสาธิต" in html
    # The page is readable without JavaScript (the menu is <details>; its one script only
    # adds Escape and tap-outside) and has the layout regions.
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/js/menu.js" defer>']
    for region in ("main", "right", "bottom"):
        assert f'data-region="{region}"' in html
    assert "ข้ามไปยังเนื้อหา" in html  # "Skip to content", translated


def test_english_homepage(client, site_th):
    response = client.get("/en/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "Ban Suan Sathit Subdistrict Administrative Organization" in html
    assert "Skip to content" in html


def test_language_switcher_links_the_translation(client, site_th):
    html = client.get("/th/").content.decode()
    assert re.search(r'<a href="/en/" hreflang="en"', html)


def test_agency_profile_drives_the_header_and_footer(client, site_th):
    profile = AgencyProfile.for_site(site_th)
    profile.name_th = "เทศบาลตำบลทดสอบ"
    profile.phone = "0 9999 9999"
    profile.save()
    html = client.get("/th/").content.decode()
    assert "เทศบาลตำบลทดสอบ" in html
    assert "0 9999 9999" in html


def test_thai_font_is_served_from_the_project():
    font = finders.find("fonts/sarabun/Sarabun-Regular.ttf")
    assert font is not None
    with open(font, "rb") as handle:
        assert handle.read(4) in (b"\x00\x01\x00\x00", b"true")
    with open(finders.find("css/site.css"), encoding="utf-8") as handle:
        css = handle.read()
    assert 'font-family: "Sarabun"' in css
    assert "http" not in css  # no CDN


def test_admin_login_page_is_thai(client, db):
    response = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="th")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="th"' in html
    assert "ชื่อผู้ใช้" in html  # "Username"


def test_admin_dashboard_in_thai_for_a_thai_editor(editor_client, site_th):
    response = editor_client.get("/admin/")
    assert response.status_code == 200
    assert 'lang="th"' in response.content.decode()


def test_unknown_page_is_a_thai_404(client, site_th):
    response = client.get("/th/no-such-page/")
    assert response.status_code == 404
    assert "ไม่พบหน้าที่ต้องการ" in response.content.decode()


def test_search_page_escapes_the_query(client, site_th):
    response = client.get("/th/search/", {"q": "<script>alert(1)</script>"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html
