"""An item page's API detail serves its parts under the catalogue's keys (the `ita` object)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from demo.factories import DocumentFactory, ImageFactory
from demo.factories.items import ExecutivesPageFactory, OrganisationStructurePageFactory
from ita_pages.core.catalogue import registry

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(site_th):
    from demo.ita_pages import ensure_index, ensure_section

    return ensure_index(ensure_section(site_th.root_page.specific), 2566)


def ita(client, page, language="th"):
    response = client.get(f"/api/v2/pages/{page.pk}/", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200, response.content
    return response.json()["ita"]


def by_key(data) -> dict:
    return {part["key"]: part for part in data["parts"]}


def person(name, role="top", side="political", photo=None, contact="0-4321-0001"):
    return (
        "person",
        {"name": name, "position": "ตำแหน่ง", "role": role, "side": side, "photo": photo, "contact": contact},
    )


def executives(*extra):
    """A complete O2 body (top and deputy on both sides, each with a photo), then ``extra``."""
    sides = [("top", "political"), ("deputy", "political"), ("top", "civil_service"), ("deputy", "civil_service")]
    people = [person(f"ผู้บริหาร {n}", role, side, photo=ImageFactory()) for n, (role, side) in enumerate(sides)]
    return [*people, *extra]


def test_o1_parts_under_their_catalogue_keys_with_images(client, index):
    page = OrganisationStructurePageFactory(parent=index)
    data = ita(client, page)
    item = registry.get_catalogue(2566).item("O1")

    assert (data["year"], data["code"]) == (2566, "O1")
    assert data["title"] == {"th": item.title_th, "en": item.title_en}
    assert data["section"]["key"] == item.section and data["section"]["heading"]["th"]
    assert data["nil_statement"] is None
    assert [part["key"] for part in data["parts"]] == [part.key for part in item.parts]
    parts = by_key(data)
    assert all(part["present"] and part["required"] for part in parts.values())
    assert parts["chart"]["label"] == {"th": item.part("chart").label_th, "en": item.part("chart").label_en}
    assert parts["chart"]["looks_for"]["th"] == item.part("chart").looks_for_th

    chart = parts["chart"]["content"]
    assert [child["type"] for child in chart] == ["chart", "chart"]
    assert all(child["id"] for child in chart)
    assert chart[0]["value"]["image"]["renditions"]["thumbnail"]["url"].startswith("http://")
    # A filtered part holds only the children that match: the political chart.
    political = parts["political_side"]["content"]
    assert [child["value"]["side"] for child in political] == [{"value": "political", "label": "ฝ่ายการเมือง"}]
    assert political[0]["id"] == chart[0]["id"]


def test_o2_choice_values_are_labelled_in_the_requested_language(client, index):
    page = ExecutivesPageFactory(parent=index)

    thai = by_key(ita(client, page))
    top = thai["top_executive"]["content"]
    # The top executives of both sides; for a local administration the head is the political one.
    assert [child["value"]["name"] for child in top] == ["นายสมชาย ใจดี", "นายประเสริฐ มั่นคง"]
    assert top[0]["value"]["role"] == {"value": "top", "label": "ผู้บริหารสูงสุด"}
    assert top[0]["value"]["side"] == {"value": "political", "label": "ฝ่ายการเมือง"}
    assert [child["value"]["role"]["value"] for child in thai["deputy"]["content"]] == ["deputy", "deputy"]
    assert len(thai["photo"]["content"]) == 4 and thai["photo"]["present"]
    assert thai["deputy"]["minimum"] >= 1

    english = by_key(ita(client, page, language="en"))
    assert english["top_executive"]["content"][0]["value"]["role"] == {"value": "top", "label": "Top executive"}
    assert english["civil_service_side"]["content"][0]["value"]["side"]["label"] == "Civil-service side"
    assert english["deputy"]["content"][0]["value"]["role"]["label"] == "Deputy executive"
    # ?locale= picks the page's language tree and the labels with it.
    assert client.get(f"/api/v2/pages/{page.pk}/", {"locale": "en"}).status_code == 404
    thai_again = client.get(f"/api/v2/pages/{page.pk}/", {"locale": "th"}, HTTP_ACCEPT_LANGUAGE="en").json()["ita"]
    assert by_key(thai_again)["deputy"]["content"][0]["value"]["role"]["label"] == "รองผู้บริหารสูงสุด"
    # Labels follow the request, texts of the catalogue come in both languages either way.
    assert english["top_executive"]["label"] == thai["top_executive"]["label"]


def test_a_missing_part_is_not_present_and_has_no_content(client, index):
    page = OrganisationStructurePageFactory(parent=index, validate=False, body__1__chart__side="political")
    parts = by_key(ita(client, page))
    assert parts["civil_service_side"] == {**parts["civil_service_side"], "present": False, "content": []}
    assert parts["political_side"]["present"] and len(parts["political_side"]["content"]) == 2
    assert parts["chart"]["present"]


def test_a_nil_statement_is_served_with_whether_the_year_accepts_it(client, index):
    page = OrganisationStructurePageFactory(parent=index, validate=False, body__2="nil")
    data = ita(client, page)
    assert data["nil_allowed"] is False
    assert data["nil_statement"]["accepted"] is False
    (nil,) = data["nil_statement"]["content"]
    assert nil["type"] == "nil" and nil["value"]["statement"] == "ไม่มีข้อมูลที่ต้องเผยแพร่"
    assert all(part["present"] for part in data["parts"])  # the charts are still there


def test_parts_for_another_agency_kind_are_listed_as_not_required(client, index):
    from ita_pages.core.models import AgencyProfile

    profile = AgencyProfile.for_site(index.get_site())
    profile.kind = "department"
    profile.save()
    page = OrganisationStructurePageFactory(parent=index)
    parts = by_key(ita(client, page))
    assert parts["chart"]["required"] is True
    assert parts["political_side"]["required"] is False  # only local administrations need it
    assert parts["political_side"]["present"] is True


def test_too_few_executives_is_what_publishing_says_too(client, index):
    page = ExecutivesPageFactory(
        parent=index,
        validate=False,
        body=[person("นายสมชาย ใจดี", photo=ImageFactory())],
    )
    parts = by_key(ita(client, page))
    assert parts["top_executive"]["present"] is True
    assert parts["deputy"]["present"] is False
    assert parts["civil_service_side"]["present"] is False
    page.refresh_from_db()
    errors = " ".join(str(m) for messages in page.specific.publish_errors().values() for m in messages)
    assert "รองผู้บริหารสูงสุด" in errors


def test_a_channel_page_part_on_a_plain_field(client, site_th):
    from ita_pages.channels.complaints.models import ComplaintStatisticsPage, CorruptionComplaintPage
    from ita_pages.core.publish import add_validated_child

    channel = add_validated_child(
        site_th.root_page,
        CorruptionComplaintPage(
            title="ร้องเรียนการทุจริต", slug="corruption", protection_notice="<p>ไม่เปิดเผยชื่อผู้ร้องเรียน</p>"
        ),
    )
    data = ita(client, channel)
    assert data["code"] == registry.get_catalogue(2566).item_for_page_type("complaints.CorruptionComplaintPage").code
    part = by_key(data)["online_channel"]
    assert part["present"] is True
    assert part["content"] == [{"field": "protection_notice", "value": "<p>ไม่เปิดเผยชื่อผู้ร้องเรียน</p>"}]

    statistics = add_validated_child(
        site_th.root_page, ComplaintStatisticsPage(title="สถิติเรื่องร้องเรียน", slug="statistics", period_kind="month")
    )
    # Counts computed from the cases: no cases yet, so every month of the year shows zero.
    totals = by_key(ita(client, statistics))["total"]
    assert totals["present"] is True
    assert len(totals["content"]) == 12
    assert {row["count"] for row in totals["content"]} == {0}
    assert totals["content"][0]["period"].startswith("ตุลาคม")


def test_a_plain_field_with_choices_comes_with_its_label(rf, site_th):
    from django.utils import translation

    from ita_pages.api.item_parts import PartRepresenter
    from ita_pages.api.streamfield import StreamPrefetch
    from ita_pages.channels.complaints.models import ComplaintStatisticsPage

    page = ComplaintStatisticsPage(title="สถิติ", slug="statistics", period_kind="month")
    request = rf.get("/")
    representer = PartRepresenter(StreamPrefetch(request), {"request": request}, None)
    with translation.override("th"):
        assert representer.field_value(page, "period_kind", "month") == {"value": "month", "label": "รายเดือน"}
    with translation.override("en"):
        assert representer.field_value(page, "period_kind", "month")["label"] == "Monthly"


def test_profile_facts_come_from_the_profile(client, index):
    from demo.factories.items import ContactPageFactory
    from ita_pages.core.models import AgencyProfile

    page = ContactPageFactory(parent=index)
    profile = AgencyProfile.for_site(index.get_site())
    parts = by_key(ita(client, page))
    assert parts["phone"]["content"] == [{"field": "phone", "value": profile.phone}]
    assert parts["map"]["content"] == [{"field": "map_url", "value": profile.map_url}]
    assert parts["phone"]["present"] is bool(profile.phone)


def test_a_new_years_new_part_comes_out_under_its_key(client, index):
    """The example later year adds O2's term of office, kept in a catalogue-part block."""
    from wagtail.models import Collection, CollectionViewRestriction

    from demo.ita_pages import ensure_index
    from ita_pages.core.catalogue.loader import load_catalogue
    from ita_pages.core.catalogue.registry import override_catalogue
    from tests.ita_pages.rollover_helpers import EXAMPLES

    secret = Collection.get_first_root_node().add_child(name="ภายใน")
    CollectionViewRestriction.objects.create(collection=secret, restriction_type="password", password="x")
    hidden = DocumentFactory(title="เอกสารภายใน", collection=secret)
    catalogue = load_catalogue(EXAMPLES / "ita-2599-example.toml")
    document = DocumentFactory(title="คำสั่งแต่งตั้ง")
    with override_catalogue(catalogue):
        later = ensure_index(index.get_parent().specific, 2599)
        term = {
            "part": "term_of_office",
            "text": "<p>1 ต.ค. 2598 – 30 ก.ย. 2602</p>",
            "documents": [
                {"title": "คำสั่ง", "date": None, "document": document},
                {"title": "ภายใน", "date": None, "document": hidden},
            ],
            "links": [],
        }
        page = ExecutivesPageFactory(parent=later, validate=False, body=executives(("catalogue_part", term)))
        data = ita(client, page)
        english = ita(client, page, language="en")

    assert (data["year"], data["code"]) == (2599, catalogue.item_for_page_type("ita_pages.ExecutivesPage").code)
    assert [part["key"] for part in data["parts"]] == [p.key for p in catalogue.item(data["code"]).parts]
    part = by_key(data)["term_of_office"]
    assert part["present"] is True and part["label"]["en"] == "Term of office"
    (block,) = part["content"]
    assert block["type"] == "catalogue_part"
    assert block["value"]["part"] == {"value": "term_of_office", "label": "วาระการดำรงตำแหน่ง"}
    assert block["value"]["text"] == "<p>1 ต.ค. 2598 – 30 ก.ย. 2602</p>"
    assert block["value"]["documents"][0]["document"]["url"].startswith("http://")
    # A document in a restricted collection is not served, inside a part as anywhere else.
    assert block["value"]["documents"][1]["document"] is None
    assert by_key(english)["term_of_office"]["content"][0]["value"]["part"]["label"] == "Term of office"
    # The catalogue-part block does not stand in for the dedicated parts.
    assert all(child["type"] == "person" for child in by_key(data)["photo"]["content"])


def test_queries_stay_flat_however_many_parts_images_and_documents(client, index):
    def count(page):
        client.get(f"/api/v2/pages/{page.pk}/")  # renditions are made on the first request
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(f"/api/v2/pages/{page.pk}/")
        assert response.status_code == 200
        return len(ctx.captured_queries)

    def evidence(count):
        return [
            ("document", {"title": f"เอกสาร {n}", "date": None, "document": DocumentFactory()}) for n in range(count)
        ]

    # The same block types, once and many times over: only the numbers differ.
    body = [person("นายหนึ่ง", photo=ImageFactory()), *evidence(1)]
    page = ExecutivesPageFactory(parent=index, validate=False, body=body)
    small = count(page)
    page.refresh_from_db()
    page = page.specific
    page.body = executives(*evidence(3))
    page.save_revision().publish()
    assert len(by_key(ita(client, page))["photo"]["content"]) == 4
    assert count(page) == small


def test_the_ita_object_shows_the_live_page_not_a_newer_draft(client, index):
    page = ExecutivesPageFactory(parent=index)
    page.refresh_from_db()
    draft = page.specific
    draft.body = [person("ร่างที่ยังไม่เผยแพร่")]
    draft.save_revision()

    data = ita(client, page)
    assert "ร่างที่ยังไม่เผยแพร่" not in str(data)
    assert by_key(data)["top_executive"]["content"][0]["value"]["name"] == "นายสมชาย ใจดี"
    assert by_key(data)["deputy"]["present"] is True


def test_preview_serves_the_draft_with_the_same_shape(client, index):
    from ita_pages.api.preview import make_token

    page = ExecutivesPageFactory(parent=index)
    page.refresh_from_db()
    draft = page.specific
    draft.body = [person("ผู้บริหารในร่าง")]
    revision = draft.save_revision()
    data = client.get("/api/v2/preview/", {"token": make_token(page, revision)}).json()["ita"]
    parts = by_key(data)
    assert [child["value"]["name"] for child in parts["top_executive"]["content"]] == ["ผู้บริหารในร่าง"]
    assert parts["deputy"]["present"] is False


def test_pages_that_are_not_items_have_no_ita_object(client, site_th):
    data = client.get(f"/api/v2/pages/{site_th.root_page.pk}/").json()
    assert "ita" not in data


def test_a_part_made_of_other_records_points_to_its_listing(client, site_th):
    from demo.factories.channels import NewsIndexPageFactory, NewsPageFactory

    news_index = NewsIndexPageFactory(parent=site_th.root_page, publish=False, validate=False)
    NewsPageFactory(parent=news_index)
    news_index.save_revision().publish()
    data = client.get(f"/api/v2/pages/{news_index.pk}/").json()
    part = by_key(data["ita"])["news"]
    assert part["present"] is True and part["content"] == []
    assert data["listings"]["news"].startswith("http://")
