"""The demo loader builds a valid Thai/English site and is idempotent."""

from io import StringIO

from django.core.management import call_command
from wagtail.models import Page, PageLogEntry, Revision, Site

from home.models import HomePage
from ita_pages.core.models import AgencyProfile


def snapshot():
    pages = sorted(
        (page.url_path, page.locale.language_code, page.title, page.live, type(page.specific).__name__)
        for page in Page.objects.all()
    )
    return {
        "pages": pages,
        "revisions": Revision.objects.count(),
        "sites": list(Site.objects.values_list("hostname", "root_page__url_path")),
    }


def test_load_demo_site_twice_leaves_the_same_content(db):
    out = StringIO()
    call_command("load_demo_site", stdout=out)
    first = snapshot()
    call_command("load_demo_site", stdout=StringIO())
    assert snapshot() == first
    assert "demo-editor" in out.getvalue()


def test_demo_site_shape(db, client):
    call_command("load_demo_site", stdout=StringIO())
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    assert isinstance(home, HomePage)
    assert home.locale.language_code == "th"
    english = home.get_translations().get(locale__language_code="en")
    assert english.live
    profile = AgencyProfile.for_site(site)
    assert profile.is_demo and profile.kind == "lao"
    assert "ข้อมูลสมมติ" in home.title
    assert client.get("/th/").status_code == 200
    assert client.get("/en/").status_code == 200
    assert PageLogEntry.objects.filter(action="wagtail.publish").exists()


def test_demo_accounts_can_log_in_to_a_thai_admin(db, client):
    call_command("load_demo_site", stdout=StringIO())
    # Through the sign-in form, as an editor does: the lock on wrong passwords needs the request.
    signed_in = client.post("/admin/login/", {"username": "demo-editor", "password": "demo-editor-2569"})
    assert signed_in.status_code == 302
    response = client.get("/admin/")
    assert response.status_code == 200
    assert 'lang="th"' in response.content.decode()
