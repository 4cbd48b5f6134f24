"""The Thai admin: drafts may be incomplete, publishing refuses a missing part, help is shown."""

import datetime as dt

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

from demo.media import get_image, portrait_bytes
from ita_pages.core.models import AgencyProfile
from ita_pages.items.models import ContactPage, ExecutivesPage

pytestmark = pytest.mark.django_db

CONTACT = {
    "title": "ข้อมูลการติดต่อ",
    "slug": "typed-by-editor",
    "intro": "",
    "period_start": "",
    "period_end": "",
}


def _profile_email(site, email):
    """O5's facts live in the agency profile (the footer shows the same ones)."""
    profile = AgencyProfile.for_site(site)
    profile.email = email
    profile.save()


def _add_url(model, parent):
    return reverse("wagtailadmin_pages:add", args=("ita_pages", model._meta.model_name, parent.pk))


def test_publishing_without_a_required_part_is_refused_naming_it(editor_client, ita_index, site_th):
    _profile_email(site_th, "")
    data = {**CONTACT, "action-publish": "action-publish"}
    response = editor_client.post(_add_url(ContactPage, ita_index), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "ยังขาดส่วนที่ต้องมี: E-mail" in html
    assert not ContactPage.objects.exists()


def test_an_incomplete_draft_can_be_saved(editor_client, ita_index, site_th):
    _profile_email(site_th, "")
    response = editor_client.post(_add_url(ContactPage, ita_index), CONTACT)
    assert response.status_code == 302
    page = ContactPage.objects.get()
    assert not page.live
    assert page.slug == "o5"


def test_a_complete_item_publishes_at_the_item_code(editor_client, ita_index, client, site_th):
    _profile_email(site_th, "saraban@example.go.th")
    response = editor_client.post(_add_url(ContactPage, ita_index), {**CONTACT, "action-publish": "action-publish"})
    assert response.status_code == 302
    page = ContactPage.objects.get()
    assert page.live
    assert page.url == "/th/ita/2566/o5/"
    assert "saraban@example.go.th" in client.get("/th/ita/2566/o5/").content.decode()


def _person(name, role, side, photo):
    return {
        "name": name,
        "position": "ตำแหน่ง",
        "role": role,
        "side": side,
        "photo": str(photo.pk),
        "contact": "0812345678",
    }


def test_o2_needs_a_deputy_at_publish(editor_client, ita_index, site_th):
    photo = get_image("portrait", portrait_bytes("x"), "p.png")
    people = [
        ("person", _person("นายหนึ่ง", "top", "political", photo)),
        ("person", _person("นายสอง", "top", "civil_service", photo)),
    ]
    data = nested_form_data(
        {
            "title": "ข้อมูลผู้บริหาร",
            "slug": "x",
            "intro": "",
            "period_start": "",
            "period_end": "",
            "body": streamfield(people),
            "action-publish": "action-publish",
        }
    )
    response = editor_client.post(_add_url(ExecutivesPage, ita_index), data)
    assert response.status_code == 200
    assert "ยังขาดส่วนที่ต้องมี: รองผู้บริหารสูงสุด" in response.content.decode()
    people[1] = ("person", _person("นายสอง", "deputy", "civil_service", photo))
    people.append(("person", _person("นายสาม", "deputy", "political", photo)))
    data = nested_form_data(
        {
            "title": "ข้อมูลผู้บริหาร",
            "slug": "x",
            "intro": "",
            "period_start": "",
            "period_end": "",
            "body": streamfield(people),
            "action-publish": "action-publish",
        }
    )
    response = editor_client.post(_add_url(ExecutivesPage, ita_index), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert ExecutivesPage.objects.get().live


def test_create_form_shows_the_item_and_what_the_assessor_looks_for(editor_client, ita_index):
    html = editor_client.get(_add_url(ExecutivesPage, ita_index)).content.decode()
    assert "O2 ข้อมูลผู้บริหาร" in html
    assert "ผู้ประเมินจะตรวจทุกส่วนต่อไปนี้" in html
    assert "ผู้บริหารฝ่ายข้าราชการประจำ" in html  # the demo agency is an LAO


def test_chooser_names_page_types_by_item_code(editor_client, ita_index):
    html = editor_client.get(reverse("wagtailadmin_pages:add_subpage", args=(ita_index.pk,))).content.decode()
    assert "O2 ข้อมูลผู้บริหาร" in html
    assert "O43 การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน" in html


def test_wrong_period_is_flagged_in_editor_and_listing(editor_client, ita_index, draft_page):
    from ita_pages.core.catalogue import registry
    from ita_pages.items.models import OperatingPlanPage

    item = registry.get_catalogue(2566).item("O11")
    page = draft_page(OperatingPlanPage, item)
    page.period_start, page.period_end = dt.date(2021, 10, 1), dt.date(2022, 9, 30)
    page.save_revision().publish()
    warning = "ช่วงเวลาต้องครอบคลุมทั้งปีงบประมาณ พ.ศ. 2566"
    assert warning in page.get_admin_display_title()
    edit = editor_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).content.decode()
    assert warning in edit
    listing = editor_client.get(reverse("wagtailadmin_explore", args=(ita_index.pk,))).content.decode()
    assert warning in listing
    page.period_start, page.period_end = dt.date(2022, 10, 1), dt.date(2023, 9, 30)
    page.save_revision().publish()
    page.refresh_from_db()
    assert warning not in page.get_admin_display_title()


def test_an_unreadable_period_date_is_reported_not_a_server_error(editor_client, ita_index):
    data = {**CONTACT, "period_start": "1 ต.ค.", "period_end": "2022-09-30", "action-publish": "action-publish"}
    response = editor_client.post(_add_url(ContactPage, ita_index), data)
    assert response.status_code == 200
    assert "กรุณาใส่วัน" in response.content.decode()  # Django's "Enter a valid date." in Thai
    assert not ContactPage.objects.exists()


def test_the_help_panel_shows_the_catalogues_counts_and_date_rules(editor_client, ita_index):
    from ita_pages.items.models import NoGiftDeclarationPage

    html = editor_client.get(_add_url(ExecutivesPage, ita_index)).content.decode()
    assert "อย่างน้อย 2 รายการ" in html
    html = editor_client.get(_add_url(NoGiftDeclarationPage, ita_index)).content.decode()
    assert "วันที่ต้องอยู่ระหว่าง 1 ตุลาคม 2565 ถึง 30 กันยายน 2566" in html
