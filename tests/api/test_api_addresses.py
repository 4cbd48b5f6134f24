"""Every absolute URL in the API is on the site's public address, whatever host the request used."""

import io
import re

import pytest
from wagtail.models import Locale, PageViewRestriction

pytestmark = pytest.mark.django_db

PUBLIC = "https://agency.example"
# What a server behind a proxy, or a developer on the server, sends as the host.
INTERNAL_HOST = "127.0.0.1:8000"


@pytest.fixture
def public_site(site_th):
    site_th.hostname, site_th.port = "agency.example", 443
    site_th.save()
    return site_th


def absolute_urls(data) -> list[str]:
    return re.findall(r'"(https?://[^"]+)"', str(data).replace("'", '"'))


def test_stream_fields_and_page_links_use_the_public_address(client, public_site, make_stream_page, image, document):
    target = make_stream_page(title="ปลายทาง")
    page = make_stream_page(title="ลิงก์", body=[("link", target), ("image", image), ("document", document)])
    data = client.get(f"/api/v2/pages/{page.pk}/", HTTP_HOST=INTERNAL_HOST).json()
    urls = absolute_urls(data)
    assert any("/media/images/" in url for url in urls)
    assert any("/documents/" in url for url in urls)
    assert f"{PUBLIC}/api/v2/pages/{target.pk}/" in urls
    assert urls and all(url.startswith(PUBLIC + "/") for url in urls), urls


def test_catalogue_links_and_preview_address_use_the_public_address(
    client, editor_client, public_site, make_stream_page
):
    listing = client.get("/api/ita/catalogues", HTTP_HOST=INTERNAL_HOST).json()
    assert {item["url"] for item in listing["items"]} >= {f"{PUBLIC}/api/ita/catalogues/2566"}
    page = make_stream_page()
    response = editor_client.get(f"/admin/headless-preview/{page.pk}/", HTTP_HOST=INTERNAL_HOST)
    assert response.context["api_url"].startswith(f"{PUBLIC}/api/v2/preview/?token=")


def test_status_gives_page_ids_and_api_urls_of_public_pages_only(client, public_site):
    from demo import ita_pages as demo
    from ita_pages.items.models import OrganisationStructurePage

    demo.load(public_site, io.StringIO())
    o1 = OrganisationStructurePage.objects.get(locale__language_code="th")
    items = {
        item["code"]: item for item in client.get("/api/ita/status/2566", HTTP_HOST=INTERNAL_HOST).json()["items"]
    }
    assert items["O1"]["url"] == f"{PUBLIC}/th/ita/2566/o1/"
    assert items["O1"]["page_id"] == o1.pk
    assert items["O1"]["api_url"] == f"{PUBLIC}/api/v2/pages/{o1.pk}/"
    assert client.get(items["O1"]["api_url"].removeprefix(PUBLIC), HTTP_HOST="agency.example").status_code == 200
    # An item without a page (O7 news: another app, not loaded here) has neither.
    assert (items["O7"]["page_id"], items["O7"]["api_url"]) == (None, None)

    # A password-protected page is not served by the API: no id, no API link.
    PageViewRestriction.objects.create(page=o1, restriction_type="password", password="secret")
    items = {item["code"]: item for item in client.get("/api/ita/status/2566").json()["items"]}
    assert (items["O1"]["page_id"], items["O1"]["api_url"]) == (None, None)


def test_find_takes_the_localised_path_and_a_whole_url(client, public_site, make_stream_page):
    page = make_stream_page(title="หน้าค้นหา", slug="find-me")
    english = page.copy_for_translation(Locale.objects.get(language_code="en"))
    english.save_revision().publish()
    detail = f"{PUBLIC}/api/v2/pages/{{}}/"
    for html_path, target in (
        ("/th/find-me/", page.pk),
        (f"{PUBLIC}/th/find-me/", page.pk),
        ("/find-me/", page.pk),  # Wagtail's own form, from the site's root page
        ("/en/find-me/", english.pk),
    ):
        response = client.get("/api/v2/pages/find/", {"html_path": html_path}, HTTP_HOST=INTERNAL_HOST)
        assert response.status_code == 302, html_path
        assert response["Location"].split("?")[0] == detail.format(target), html_path
    for missing in ("/th/nothing-here/", "/fr/find-me/", "/th/find-me/deeper/"):
        response = client.get("/api/v2/pages/find/", {"html_path": missing})
        assert response.status_code == 404, missing
