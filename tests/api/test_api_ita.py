"""ITA endpoints (/api/ita/) and the demo's indicator pages over API v2."""

import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.accounts import sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def ita_demo(site_th):
    """The ITA section, the 2566 index and every indicator page of the ita_pages demo."""
    from demo import ita_pages as demo
    from ita_pages.items.models import ITAIndexPage

    demo.load(site_th, io.StringIO())
    return ITAIndexPage.objects.get(assessment_year=2566, locale__language_code="th")


def test_catalogue_list_and_detail(client, site_th):
    listing = client.get("/api/ita/catalogues").json()
    assert listing["meta"]["total_count"] == len(listing["items"]) >= 1
    summary = next(c for c in listing["items"] if c["year"] == 2566)
    assert summary["item_count"] == 43
    assert summary["url"].endswith("/api/ita/catalogues/2566")

    cat = client.get("/api/ita/catalogues/2566").json()
    assert cat["year"] == 2566
    assert len(cat["items"]) == 43
    o1 = next(item for item in cat["items"] if item["code"] == "O1")
    assert o1["title"]["th"] and o1["title"]["en"]
    assert o1["parts"] and {"key", "label", "looks_for", "agency_kinds"} <= set(o1["parts"][0])


def test_status_for_anonymous_clients_editors_and_api_tokens(client, ita_demo, superuser):
    """One demo build, four views of the same report (building the demo is slow)."""
    from wagtail.models import APIToken

    # Anonymous: where the evidence is, never the verdicts.
    data = client.get("/api/ita/status/2566").json()
    assert data["year"] == 2566
    assert data["meta"]["total_count"] == 43
    o1 = next(item for item in data["items"] if item["code"] == "O1")
    assert o1["url"].startswith("http://") and "/o1/" in o1["url"]
    assert all(item["status"] is None and item["problems"] is None for item in data["items"])

    # An editor's session: verdicts and problems.
    sign_in(client, superuser)
    data = client.get("/api/ita/status/2566", {"lang": "en"}).json()
    statuses = {item["code"]: item["status"] for item in data["items"]}
    assert set(statuses.values()) <= {"pass", "fail", "missing"}
    assert all(item["problems"] for item in data["items"] if item["status"] != "pass")
    # The same verdicts as `manage.py ita_check --format json` (the readiness checker).
    from ita_pages.api import sources

    report = sources.readiness_report(ita_demo.get_site(), 2566, "en")
    assert statuses == {item["code"]: item["status"] for item in report["items"]}
    problems = {item["code"]: item["problems"] for item in data["items"]}
    assert problems == {item["code"]: item["problems"] for item in report["items"]}
    client.logout()

    # A Wagtail API token of an admin user; a forged one is anonymous.
    _token, plaintext = APIToken.create_token(user=superuser, name="auditor tool")
    data = client.get("/api/ita/status/2566", HTTP_AUTHORIZATION=f"Bearer {plaintext}").json()
    assert {item["code"]: item["status"] for item in data["items"]} == statuses
    forged = client.get("/api/ita/status/2566", HTTP_AUTHORIZATION="Bearer wagtail_nope").json()
    assert all(item["status"] is None for item in forged["items"])

    # Pagination and errors.
    page = client.get("/api/ita/status/2566", {"limit": 5, "offset": 40}).json()
    assert page["meta"] == {"total_count": 43, "limit": 5, "offset": 40}
    assert len(page["items"]) == 3
    assert client.get("/api/ita/status/2566", {"site": "nowhere.example"}).status_code == 404
    assert client.get("/api/ita/status/2499").status_code == 404


def test_anonymous_status_finds_the_checkers_pages_without_running_its_rules(client, ita_demo, monkeypatch):
    from ita_pages.api import sources
    from ita_pages.readiness import cache as readiness_cache

    report = sources.readiness_report(ita_demo.get_site(), 2566)
    expected = {item["code"]: item["url"] for item in report["items"]}
    readiness_cache.invalidate()

    def no_rules(*args, **kwargs):
        raise AssertionError("an anonymous status request ran the readiness rules")

    monkeypatch.setattr(readiness_cache, "run_checks", no_rules)
    data = client.get("/api/ita/status/2566").json()
    assert {item["code"]: item["url"] for item in data["items"]} == expected
    assert sum(1 for url in expected.values() if url) >= 30
    # Cached until content changes, like the report: a second request is a few queries.
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/api/ita/status/2566").status_code == 200
    assert len(queries) <= 8, [query["sql"] for query in queries]


def test_indicator_pages_over_api_v2(client, ita_demo):
    """Fields of every indicator type, both languages, and flat listing queries."""
    from wagtail.models import get_page_models

    from ita_pages.items.models import IndicatorPage, OrganisationStructurePage

    th = OrganisationStructurePage.objects.get(locale__language_code="th")
    data = client.get(f"/api/v2/pages/{th.pk}/").json()
    assert data["meta"]["slug"] == "o1"
    assert data["meta"]["locale"] == "th"
    assert {"intro", "period_start", "period_end", "body"} <= set(data)
    assert data["body"] and data["body"][0]["type"]
    en = client.get("/api/v2/pages/", {"translation_of": th.pk, "locale": "en"}).json()
    assert en["meta"]["total_count"] == 1

    types = [m for m in get_page_models() if issubclass(m, IndicatorPage) and m.objects.exists()]
    assert len(types) >= 30
    for model in types:
        label = f"{model._meta.app_label}.{model.__name__}"
        response = client.get("/api/v2/pages/", {"type": label, "fields": "*", "locale": "th"})
        assert response.status_code == 200, (label, response.content[:300])
        assert response.json()["meta"]["total_count"] == 1

    params = {"descendant_of": ita_demo.pk, "fields": "*", "order": "id"}

    def count(limit):
        client.get("/api/v2/pages/", {**params, "limit": limit})
        with CaptureQueriesContext(connection) as ctx:
            response = client.get("/api/v2/pages/", {**params, "limit": limit})
        assert len(response.json()["items"]) == limit
        return len(ctx.captured_queries)

    total = client.get("/api/v2/pages/", params).json()["meta"]["total_count"]
    assert total >= 30
    assert count(5) == count(min(total, 43))
