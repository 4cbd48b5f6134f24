"""Rules about where things are and what they point at, and the item-specific rules, on real pages."""

from __future__ import annotations

import dataclasses
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from wagtail.rich_text import RichText

from demo.factories.blocks import DutyBlockFactory, EvidenceDocumentBlockFactory, LawBlockFactory
from demo.factories.channels import NewsIndexPageFactory, NewsPageFactory
from ita_pages.core.catalogue.registry import override_catalogue
from ita_pages.core.models import EITSurveySettings
from ita_pages.items.models import ITASettings
from ita_pages.readiness.checker import run_checks
from tests.readiness.helpers import YEAR, item, make_catalogue, publish

pytestmark = pytest.mark.django_db


def check(site, code="O3", **kwargs):
    return run_checks(site, YEAR, **kwargs).item(code)


def messages(result):
    return " | ".join(p.message_en for p in result.problems)


def duty_linking(html):
    """An O3 duties block whose rich text holds ``html`` (links to documents or pages)."""
    return ("duty", DutyBlockFactory(duties=RichText(html)))


# --- placement (the real homepage and its default widgets) -------------------------
@pytest.mark.parametrize(
    ("code", "changes"),
    [
        ("O7", {}),  # news widget in the bottom section
        ("O9", {}),  # Facebook banner in the right column
        ("O43", {}),  # EIT QR code anywhere on the homepage
        ("O43", {"placement": "home-right-qr-code"}),  # ... and it sits in the right column
    ],
)
def test_widget_in_its_region_passes(site_th, use_catalogue, add_page, home_th, code, changes):
    use_catalogue(item(code, **changes))
    if code == "O7":
        # O7 needs news of the year: the index is published once it has some.
        index = NewsIndexPageFactory(parent=home_th, publish=False)
        NewsPageFactory(parent=index)
        publish(index)
    else:
        add_page(code)
    if code == "O43":
        # The EIT widget's target is the survey address the NACC gives the agency.
        survey = EITSurveySettings.for_site(site_th)
        survey.url = "https://eit.example.org/survey/bansuan"
        survey.save()
    result = check(site_th, code)
    assert result.status == "pass", result.problems


def test_widget_in_the_wrong_region_fails(site_th, use_catalogue, add_page):
    use_catalogue(item("O9", placement="home-bottom"))
    add_page("O9")
    result = check(site_th, "O9")
    assert result.status == "fail"
    assert [p.rule for p in result.problems] == ["placement"]
    assert "bottom section has no widget for O9" in messages(result)


def test_missing_widget_fails(site_th, use_catalogue, add_page, home_th):
    use_catalogue("O9")
    add_page("O9")
    home_th.refresh_from_db()
    home_th.right = [(c.block_type, c.value) for c in home_th.right if c.block_type != "social_banner"]
    publish(home_th)
    result = check(site_th, "O9")
    assert [p.rule for p in result.problems] == ["placement"]
    assert "คอลัมน์ขวาของหน้าแรกยังไม่มีแบนเนอร์ Facebook สำหรับ O9" in result.problems[0].message_th


def test_public_services_menu_rule_reports_what_is_absent(site_th, use_catalogue, eservice_th):
    use_catalogue("O18")
    result = check(site_th, "O18")
    assert result.status == "fail"
    assert "no main menu yet" in messages(result)


# --- evidence --------------------------------------------------------------------
def test_existing_documents_and_live_links_pass(site_th, use_catalogue, add_page, document, ita_index):
    use_catalogue("O3")
    doc = document()
    links = f'<p><a linktype="document" id="{doc.pk}">แผน</a> <a linktype="page" id="{ita_index.pk}">ITA</a></p>'
    add_page(body=[duty_linking(links), ("document", EvidenceDocumentBlockFactory(document=doc))])
    assert check(site_th).status == "pass"


def test_document_whose_file_vanished_fails(site_th, use_catalogue, add_page, document):
    use_catalogue("O3")
    doc = document(title="แผนงาน.pdf")
    add_page(body__1__document__document=doc)
    doc.file.storage.delete(doc.file.name)
    result = check(site_th)
    assert result.status == "fail"
    assert "Evidence document 1 › Document: the file of the document “แผนงาน.pdf” is missing" in messages(result)


def test_deleted_document_fails(site_th, use_catalogue, add_page, document):
    use_catalogue("O3")
    doc = document()
    add_page(body=[duty_linking(f'<p><a linktype="document" id="{doc.pk}">แผน</a></p>')])
    doc.delete()
    assert "links to a document that has been deleted" in messages(check(site_th))


def test_link_to_unpublished_page_fails(site_th, use_catalogue, add_page):
    use_catalogue("O3", "O6")
    draft = add_page("O6", publish=False, title="ร่าง")
    add_page(body=[duty_linking(f'<p><a linktype="page" id="{draft.pk}">ร่าง</a></p>')])
    assert "links to the page “ร่าง”, which is not published" in messages(check(site_th))


class _Handler(BaseHTTPRequestHandler):
    seen: list[tuple[str, str]] = []

    def do_HEAD(self):
        self.seen.append(("HEAD", self.path))
        if self.path == "/no-head":
            self.send_response(405)
        else:
            self.send_response(200 if self.path in ("/ok", "/no-head") else 404)
        self.end_headers()

    def do_GET(self):
        self.seen.append(("GET", self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def http_server():
    _Handler.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_external_links_are_checked_only_when_asked(site_th, use_catalogue, add_page, http_server):
    use_catalogue("O6")
    laws = [("law", LawBlockFactory(url=f"{http_server}/{path}")) for path in ("ok", "gone")]
    add_page("O6", body=laws)
    assert check(site_th, "O6").status == "pass"
    assert _Handler.seen == []
    result = check(site_th, "O6", check_links=True)
    assert result.status == "fail"
    assert f"the link {http_server}/gone does not open (HTTP 404)" in messages(result)
    assert sorted(_Handler.seen) == [("HEAD", "/gone"), ("HEAD", "/ok")]


# --- reachable -------------------------------------------------------------------
def test_index_not_linked_from_homepage_fails(site_th, use_catalogue, add_page, home_th):
    """The homepage links the index of the site's assessment year only: a site that has moved
    on to 2567 no longer leads visitors to its 2566 items."""
    use_catalogue("O3")
    add_page()
    home_th.refresh_from_db()
    home_th.intro = "<p>ยินดีต้อนรับ</p>"
    publish(home_th)
    settings = ITASettings.for_site(site_th)
    settings.assessment_year = YEAR + 1
    settings.save()
    with override_catalogue(dataclasses.replace(make_catalogue(), year=YEAR + 1)):
        result = check(site_th)
    assert [p.rule for p in result.problems] == ["reachable"]
    assert "do not link to the ITA index page" in messages(result)


def test_page_outside_the_index_needs_a_link(site_th, use_catalogue, add_page, home_th):
    use_catalogue("O3")
    page = add_page(parent=home_th, title="ที่อื่น")
    assert "is neither under nor linked from the ITA index" in messages(check(site_th))
    home_th.refresh_from_db()
    home_th.intro += f'<p><a linktype="page" id="{page.pk}">ที่อื่น</a></p>'
    publish(home_th)
    assert check(site_th).status == "pass"


def test_no_ita_index_fails(site_th, use_catalogue, add_page, ita_index):
    use_catalogue("O3")
    add_page()
    type(ita_index).objects.filter(pk=ita_index.pk).update(live=False)
    assert "no published ITA index page" in messages(check(site_th))


# --- item-specific ---------------------------------------------------------------
@pytest.fixture
def no_gift(use_catalogue, add_page):
    """O2 as the factory makes it (นายสมชาย ใจดี is the political top executive) and an O31 signer."""
    use_catalogue("O2", "O31")
    add_page("O2")

    def declare(signer, role="top"):
        signed = {"body__0__announcement__signer": signer, "body__0__announcement__signer_role": role}
        return add_page("O31", validate=False, **signed)

    return declare


def test_no_gift_signed_by_top_executive_passes(site_th, no_gift):
    no_gift("สมชาย  ใจดี")
    assert check(site_th, "O31").status == "pass"


def test_no_gift_signed_by_someone_else_fails(site_th, no_gift):
    no_gift("นางสาวสมหญิง รักดี")
    assert "names นายสมชาย ใจดี" in messages(check(site_th, "O31"))


def test_no_gift_signed_by_non_top_role_fails(site_th, no_gift):
    no_gift("นายสมชาย ใจดี", role="other")
    assert "Signed by the top executive: “นายสมชาย ใจดี” did not sign as the top executive" in messages(
        check(site_th, "O31")
    )
