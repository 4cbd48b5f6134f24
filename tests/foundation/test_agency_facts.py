"""Each agency fact is stored once, in the agency profile, and shown everywhere from there."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from demo.ita_pages import build_page, ensure_index, ensure_section
from ita_pages.core.catalogue import registry
from ita_pages.core.models import AgencyProfile
from ita_pages.core.publish import add_validated_child
from ita_pages.items.models import ContactPage


@pytest.fixture
def o5(site_th):
    index = ensure_index(ensure_section(site_th.root_page.specific), 2566)
    item = registry.get_catalogue(2566).item_for_page_type("ita_pages.ContactPage")
    page = build_page(index, ContactPage, item)
    del page.__dict__["_agency_facts"]  # the page keeps no facts of its own
    return add_validated_child(index, page)


def _main(html):
    return html.split('data-region="main"')[1].split("</main>")[0]


def _footer(html):
    return html.split('<footer class="site-footer"')[1].split("</footer>")[0]


@pytest.mark.django_db
def test_o5_and_every_footer_show_the_profiles_facts(client, site_th, o5):
    profile = AgencyProfile.for_site(site_th)
    profile.address = "เลขที่ 1 ถนนทดสอบ"
    profile.phone = "0 2111 2222"
    profile.email = "contact@agency.example"
    profile.facebook_url = "https://www.facebook.com/agency.example"
    profile.save()
    html = client.get(o5.url).content.decode()
    for value in (
        "เลขที่ 1 ถนนทดสอบ",
        "0 2111 2222",
        "contact@agency.example",
        "https://www.facebook.com/agency.example",
    ):
        assert value in _main(html) and value in _footer(html), value
    assert value in _footer(client.get("/th/").content.decode())
    assert not [f.name for f in ContactPage._meta.get_fields() if f.name in ("address", "phone", "email", "map_url")]


@pytest.mark.django_db
def test_o5_cannot_be_published_while_the_profile_lacks_a_fact(site_th, o5):
    profile = AgencyProfile.for_site(site_th)
    profile.phone = ""
    profile.save()
    errors = ContactPage.objects.get(pk=o5.pk).publish_errors()
    assert "phone" in errors and "โทรศัพท์" in " ".join(errors["phone"])


# serialized_rollback: other live-server tests flush the database, root page included.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_moves_the_pages_facts_into_the_profile(site_th):
    site = site_th
    home = site.root_page
    call_command("migrate", "ita_pages", "0001", verbosity=0)
    try:
        executor = MigrationExecutor(connection)
        before = [("ita_pages", "0001_initial"), ("home", "0003_agencyprofile_phone_length")]
        old = executor.loader.project_state(before)
        apps = old.apps
        OldContactPage = apps.get_model("ita_pages", "ContactPage")
        ContentType = apps.get_model("contenttypes", "ContentType")
        content_type, _ = ContentType.objects.get_or_create(app_label="ita_pages", model="contactpage")
        OldContactPage.objects.create(
            title="ข้อมูลการติดต่อ",
            slug="o5-old",
            path=home.path + "ZZZZ",
            depth=home.depth + 1,
            numchild=0,
            url_path=home.url_path + "o5-old/",
            content_type=content_type,
            locale_id=home.locale_id,
            draft_title="ข้อมูลการติดต่อ",
            address="ที่อยู่จากหน้า O5",
            phone="0-4321-0001",
            email="old@agency.example",
            map_url="https://maps.example/old",
        )
        AgencyProfile.objects.filter(site=site).update(address="", phone="", email="kept@agency.example")
    finally:
        call_command("migrate", "ita_pages", verbosity=0)
    profile = AgencyProfile.objects.get(site=site)
    assert profile.address == "ที่อยู่จากหน้า O5"  # the profile had none: the page's moves in
    assert profile.phone == "0-4321-0001"
    assert profile.email == "kept@agency.example"  # the profile's own (the footer's) is kept


@pytest.mark.django_db
def test_the_api_gives_o5s_facts_from_the_profile(client, site_th, o5):
    data = client.get(f"/api/v2/pages/{o5.pk}/").json()
    profile = AgencyProfile.for_site(site_th)
    assert data["contact"] == {
        "address": profile.address,
        "phone": profile.phone,
        "email": profile.email,
        "map_url": profile.map_url,
    }
