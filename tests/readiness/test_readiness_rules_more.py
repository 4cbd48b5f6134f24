"""Rules about where things are and what they point at, and the item-specific rules."""

from __future__ import annotations

import datetime as dt
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from home.models import HomePage
from ita_pages.readiness.catalogues import get_model
from ita_pages.readiness.checker import run_checks
from ita_pages.readiness.rules.items import AllSixMonthsRule, ExecutiveRolesRule, SignedByTopExecutiveRule
from tests.readiness.helpers import APP, YEAR, body, fy_dates, item, publish

pytestmark = pytest.mark.django_db


def check(site, code="T1", **kwargs):
    return run_checks(site, YEAR, **kwargs).item(code)


def messages(result):
    return " | ".join(p.message_en for p in result.problems)


# --- placement -------------------------------------------------------------------
@pytest.fixture
def widgets(monkeypatch):
    monkeypatch.setattr(HomePage, "template", "readiness_testapp/home_widgets.html", raising=False)


@pytest.mark.parametrize(
    ("code", "placement"),
    [
        ("T7", "home-bottom"),
        ("T9", "home-right-facebook-banner"),
        ("T28", "home-right-qr-code"),
        ("T28", "site-qr-code"),
    ],
)
def test_widget_in_its_region_passes(site_th, use_catalogue, add_page, widgets, code, placement):
    use_catalogue(item(code, "ItemPage", placement=placement))
    add_page()
    assert check(site_th, code).status == "pass"


def test_widget_in_the_wrong_region_fails(site_th, use_catalogue, add_page, widgets):
    use_catalogue(item("T9", "ItemPage", placement="home-bottom"))
    add_page()
    result = check(site_th, "T9")
    assert result.status == "fail"
    assert [p.rule for p in result.problems] == ["placement"]
    assert "bottom section has no widget for T9" in messages(result)


def test_missing_widget_fails(site_th, use_catalogue, add_page):
    use_catalogue(item("T7", "ItemPage", placement="home-bottom"))
    add_page()
    assert "ส่วนล่างของหน้าแรกยังไม่มีกล่องแสดงข้อมูล T7" in check(site_th, "T7").problems[0].message_th


def test_public_services_menu_rule_reports_what_is_absent(site_th, use_catalogue, add_page):
    use_catalogue(item("T8", "ItemPage", placement="home-menu-public-services"))
    add_page()
    result = check(site_th, "T8")
    assert result.status == "fail"
    if get_model("menus.MainMenu") is None:
        assert "main menu is not installed" in messages(result)
    else:
        assert "no main menu yet" in messages(result)


# --- evidence --------------------------------------------------------------------
def test_existing_documents_and_live_links_pass(site_th, use_catalogue, add_page, document, ita_index):
    use_catalogue(item("T1", "ItemPage"))
    doc = document()
    add_page(
        body=body(
            ("document", doc), ("page", ita_index), ("text", f'<p><a linktype="document" id="{doc.pk}">x</a></p>')
        )
    )
    assert check(site_th).status == "pass"


def test_document_whose_file_vanished_fails(site_th, use_catalogue, add_page, document):
    use_catalogue(item("T1", "ItemPage"))
    doc = document(title="แผนงาน.pdf")
    add_page(body=body(("document", doc)))
    doc.file.storage.delete(doc.file.name)
    result = check(site_th)
    assert result.status == "fail"
    assert "Content › Document 1: the file of the document “แผนงาน.pdf” is missing" in messages(result)


def test_deleted_document_fails(site_th, use_catalogue, add_page, document):
    use_catalogue(item("T1", "ItemPage"))
    doc = document()
    add_page(body=body(("text", f'<p><a linktype="document" id="{doc.pk}">แผน</a></p>')))
    doc.delete()
    assert "links to a document that has been deleted" in messages(check(site_th))


def test_link_to_unpublished_page_fails(site_th, use_catalogue, add_page):
    use_catalogue(item("T1", "ItemPage"))
    draft = add_page("OtherPage", slug="draft", live=False, title="ร่าง")
    add_page(body=body(("page", draft)))
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
    use_catalogue(item("T1", "ItemPage"))
    add_page(body=body(("link", f"{http_server}/ok"), ("link", f"{http_server}/gone")))
    assert check(site_th).status == "pass"
    assert _Handler.seen == []
    result = check(site_th, check_links=True)
    assert result.status == "fail"
    assert f"the link {http_server}/gone does not open (HTTP 404)" in messages(result)
    assert sorted(_Handler.seen) == [("HEAD", "/gone"), ("HEAD", "/ok")]


# --- reachable -------------------------------------------------------------------
def test_index_not_linked_from_homepage_fails(site_th, use_catalogue, add_page, home_th):
    use_catalogue(item("T1", "ItemPage"))
    add_page()
    home_th.intro = "<p>ยินดีต้อนรับ</p>"
    publish(home_th)
    result = check(site_th)
    assert [p.rule for p in result.problems] == ["reachable"]
    assert "do not link to the ITA index page" in messages(result)


def test_page_outside_the_index_needs_a_link(site_th, use_catalogue, add_page, home_th):
    use_catalogue(item("T1", "ItemPage"))
    page = add_page(parent=home_th, slug="elsewhere", title="ที่อื่น")
    assert "is neither under nor linked from the ITA index" in messages(check(site_th))
    home_th.refresh_from_db()
    home_th.intro += f'<p><a linktype="page" id="{page.pk}">ที่อื่น</a></p>'
    publish(home_th)
    assert check(site_th).status == "pass"


def test_no_ita_index_fails(site_th, use_catalogue, add_page, settings):
    use_catalogue(item("T1", "ItemPage"))
    add_page()
    settings.ITA_READINESS_INDEX_MODEL = "nosuchapp.Index"
    assert "no published ITA index page" in messages(check(site_th))


# --- item-specific ---------------------------------------------------------------
@pytest.fixture
def item_rules(monkeypatch):
    monkeypatch.setattr(ExecutiveRolesRule, "page_types", (f"{APP}.ExecutivesPage",))
    monkeypatch.setattr(SignedByTopExecutiveRule, "page_types", (f"{APP}.NoGiftPage",))
    monkeypatch.setattr(AllSixMonthsRule, "page_types", (f"{APP}.MonthlyPage",))


def person(name, role, side):
    return ("person", {"name": name, "role": role, "side": side, "contact": "0 2000 0000"})


def test_executives_with_both_roles_and_sides_pass(site_th, use_catalogue, add_page, item_rules):
    use_catalogue(item("T2", "ExecutivesPage"))
    add_page("ExecutivesPage", body=body(person("นายก", "top", "political"), person("ปลัด", "deputy", "civil_service")))
    assert check(site_th, "T2").status == "pass"


def test_executives_without_deputy_or_sides_fail(site_th, use_catalogue, add_page, item_rules):
    use_catalogue(item("T2", "ExecutivesPage"))
    add_page("ExecutivesPage", body=body(person("นายก", "top", "")))
    result = check(site_th, "T2")
    assert result.status == "fail"
    text = messages(result)
    assert "no deputy executive" in text
    assert "political side" in text and "civil-service side" in text


def _signed(signer, role="top"):
    return ("signed", {"signer": signer, "signer_role": role, "document": None})


@pytest.fixture
def no_gift(use_catalogue, add_page, item_rules):
    use_catalogue(item("T2", "ExecutivesPage"), item("T31", "NoGiftPage", period="during:Y"))
    add_page(
        "ExecutivesPage",
        slug="t2",
        body=body(person("นายสมชาย ใจดี", "top", "political"), person("ปลัด", "deputy", "civil_service")),
    )

    def declare(signer, role="top"):
        return add_page(
            "NoGiftPage", slug="t31", body=body(_signed(signer, role)), **fy_dates("2022-10-01", "2023-09-30")
        )

    return declare


def test_no_gift_signed_by_top_executive_passes(site_th, no_gift):
    no_gift("สมชาย  ใจดี")
    assert check(site_th, "T31").status == "pass"


def test_no_gift_signed_by_someone_else_fails(site_th, no_gift):
    no_gift("นางสาวสมหญิง รักดี")
    assert "names นายสมชาย ใจดี as top executive" in messages(check(site_th, "T31"))


def test_no_gift_signed_by_non_top_role_fails(site_th, no_gift):
    no_gift("นายสมชาย ใจดี", role="other")
    assert "must be signed by the top executive" in messages(check(site_th, "T31"))


def _month(day, nil="", rows=()):
    return ("month", {"month": dt.date.fromisoformat(day), "nil_statement": nil, "procurements": list(rows)})


def test_six_months_with_a_nil_month_pass(site_th, use_catalogue, add_page, item_rules):
    use_catalogue(item("T21", "MonthlyPage", nil_allowed=True))
    days = ["2022-10-01", "2022-11-01", "2022-12-01", "2023-01-01", "2023-02-01"]
    add_page("MonthlyPage", body=body(*[_month(d, rows=["จ้างเหมา"]) for d in days], _month("2023-03-15", nil="ไม่มี")))
    assert check(site_th, "T21").status == "pass"


def test_missing_month_fails(site_th, use_catalogue, add_page, item_rules):
    use_catalogue(item("T21", "MonthlyPage", nil_allowed=True))
    add_page("MonthlyPage", body=body(_month("2022-10-01", rows=["จ้างเหมา"])))
    result = check(site_th, "T21")
    assert result.status == "fail"
    assert "มีนาคม 2566" in result.problems[0].message_th
    assert result.problems[0].rule == "all-six-months"
