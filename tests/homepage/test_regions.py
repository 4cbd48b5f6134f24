"""Homepage regions: required widgets, placement, and what the HTML says."""

import json
import re
from html.parser import HTMLParser

import pytest
from django.core.exceptions import ValidationError

from home.blocks import BottomRegionBlock, MainRegionBlock, RightRegionBlock, qr_data_uri
from home.models import HomePage
from ita_pages.core.models import EITSurveySettings
from ita_pages.core.publish import validate_for_publish

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class RegionParser(HTMLParser):
    """Collects each data-ita-item with the data-region it is nested in."""

    def __init__(self):
        super().__init__()
        self.stack: list[str | None] = []
        self.items: dict[str | None, list[str]] = {}
        self.text: dict[str | None, list[str]] = {}

    @property
    def region(self):
        return next((region for region in reversed(self.stack) if region), None)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag not in VOID:
            self.stack.append(attrs.get("data-region"))
        if "data-ita-item" in attrs:
            self.items.setdefault(self.region, []).append(attrs["data-ita-item"])

    def handle_endtag(self, tag):
        if tag not in VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        self.text.setdefault(self.region, []).append(data)


def parse_regions(html: str) -> RegionParser:
    parser = RegionParser()
    parser.feed(html)
    return parser


@pytest.mark.parametrize(
    "region,missing,error_key",
    [
        ("right", "social_banner", "right"),
        ("right", "complaint_qr", "right"),
        ("right", "eit_qr", "__all__"),  # the catalogue places the EIT QR code anywhere on the homepage
        ("right", "visitor_stats", "right"),
        ("bottom", "news", "bottom"),
        ("bottom", "procurement", "bottom"),
    ],
)
def test_publishing_without_a_required_widget_is_refused(site_th, region, missing, error_key):
    home = HomePage.objects.get(pk=site_th.root_page.pk)
    setattr(
        home,
        region,
        [(block.block_type, block.value) for block in getattr(home, region) if block.block_type != missing],
    )
    with pytest.raises(ValidationError) as caught:
        validate_for_publish(home)
    assert error_key in caught.value.message_dict


def test_admin_refuses_to_publish_and_allows_a_draft(editor_client, site_th):
    home = HomePage.objects.get(pk=site_th.root_page.pk)
    url = f"/admin/pages/{home.pk}/edit/"
    form = {
        "title": home.title,
        "slug": home.slug,
        "intro": '{"blocks": [], "entityMap": {}}',
        "main-count": "0",
        "right-count": "0",
        "bottom-count": "0",
    }
    refused = editor_client.post(url, {**form, "action-publish": "1"})
    assert refused.status_code == 200  # the form comes back with errors
    assert HomePage.objects.get(pk=home.pk).right  # the live page keeps its widgets
    draft = editor_client.post(url, form)
    assert draft.status_code == 302  # drafts may be incomplete


def test_widgets_cannot_go_in_the_wrong_region():
    assert {"news", "procurement"}.isdisjoint(RightRegionBlock.base_blocks) and {"news", "procurement"}.isdisjoint(
        MainRegionBlock.base_blocks
    )
    required_right = {"social_banner", "complaint_qr", "eit_qr", "visitor_stats"}
    assert required_right.isdisjoint(BottomRegionBlock.base_blocks)
    assert required_right.isdisjoint(MainRegionBlock.base_blocks)


def test_every_widget_is_in_its_region_and_labelled(client, site_th):
    parsed = parse_regions(client.get("/th/").content.decode())
    assert sorted(parsed.items["right"]) == ["O28", "O43", "O9"]
    assert sorted(parsed.items["bottom"]) == ["O20", "O7"]
    assert None not in parsed.items and "main" not in parsed.items
    right_text = " ".join(parsed.text["right"])
    for label in ("วันนี้", "เมื่อวานนี้", "เดือนนี้", "ทั้งหมด"):
        assert label in right_text


def test_editor_sees_ita_widgets_and_the_codes_of_the_year(editor_client, site_th):
    html = editor_client.get(f"/admin/pages/{site_th.root_page.pk}/edit/").content.decode()
    for label in ("ITA · แบนเนอร์เครือข่ายสังคมออนไลน์", "ITA · คิวอาร์โค้ด", "ITA · ข่าว", "ITA · ประกาศ"):
        # Block definitions travel as JSON, where non-ASCII may be \u-escaped.
        assert label in html or json.dumps(label)[1:-1] in html
    # The codes come from the year's catalogue, in the placement help panel.
    for line in ("O7 ข่าวประชาสัมพันธ์ · ส่วนล่าง", "O9 Social Network · คอลัมน์ขวา", "O43 การดำเนินการ"):
        assert line in html


def test_o28_qr_encodes_the_live_complaint_page(client, site_th, complaint_page):
    html = client.get("/th/").content.decode()
    url = complaint_page.get_full_url()
    assert qr_data_uri(url) in html
    assert f'href="{url}"' in html


def test_o28_without_complaint_page_says_being_set_up(client, site_th):
    html = client.get("/th/").content.decode()
    o28 = html.split('data-ita-item="O28"')[1].split("</section>")[0]
    assert "ช่องทางนี้อยู่ระหว่างการจัดทำ" in o28


def test_o43_qr_encodes_the_eit_url_from_site_settings(client, site_th):
    settings = EITSurveySettings.for_site(site_th)
    settings.url = "https://itas.nacc.go.th/go/eit/test123"
    settings.save()
    html = client.get("/th/").content.decode()
    assert qr_data_uri("https://itas.nacc.go.th/go/eit/test123") in html


def test_social_banner_links_out_without_third_party_scripts(client, site_th):
    html = client.get("/th/").content.decode()
    banner = html.split('data-ita-item="O9"')[1].split("</section>")[0]
    assert 'href="https://www.facebook.com/bansuan.demo.example"' in banner
    # The only script is the site's own menu helper: nothing from a third party.
    assert re.findall(r"<script[^>]*>", html.lower()) == ['<script src="/static/js/menu.js" defer>']
    assert "<iframe" not in html.lower()
    assert "connect.facebook.net" not in html


def test_english_homepage_has_the_widgets_too(client, site_th):
    parsed = parse_regions(client.get("/en/").content.decode())
    assert sorted(parsed.items["right"]) == ["O28", "O43", "O9"]
    assert sorted(parsed.items["bottom"]) == ["O20", "O7"]


def test_new_homepage_regions_can_be_sent_to_translators(site_th):
    from wagtail_localize.models import TranslationSource

    home = HomePage.objects.get(pk=site_th.root_page.pk)
    source, _created = TranslationSource.get_or_create_from_instance(home)
    assert source.pk
