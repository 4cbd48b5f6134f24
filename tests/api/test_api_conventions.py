"""Every /api/ error is an RFC 7807 problem; CORS follows settings; public reads are cacheable."""

import pytest

pytestmark = pytest.mark.django_db

PROBLEM = "application/problem+json"


def assert_problem(response, status):
    assert response.status_code == status
    assert response["Content-Type"].startswith(PROBLEM)
    body = response.json()
    assert body["status"] == status
    assert body["type"] == "about:blank"
    assert body["title"] and body["detail"]
    assert body["instance"] == response.request["PATH_INFO"]
    return body


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/nothing-here/", 404),  # Django's own 404 under /api/
        ("/api/v2/pages/999999/", 404),  # Wagtail v2 (DRF)
        ("/api/v2/pages/?type=nosuch.Model", 400),
        ("/api/v2/pages/?unknown=1", 400),
        ("/api/v2/images/999999/", 404),
        ("/api/ita/catalogues/2499", 404),  # django-ninja HttpError
        ("/api/ita/catalogues/not-a-year", 422),  # django-ninja validation
        ("/api/ita/catalogues?limit=0", 422),
        ("/api/v2/preview/?token=forged", 403),
    ],
)
def test_errors_are_problem_details(client, site_th, url, status):
    assert_problem(client.get(url), status)


def test_validation_problem_lists_the_errors(client, site_th):
    body = assert_problem(client.get("/api/ita/catalogues", {"limit": 1000}), 422)
    assert body["errors"][0]["loc"][-1] == "limit"


def test_problem_detail_is_thai_by_default_and_english_on_request(client, site_th):
    thai = client.get("/api/nothing-here/").json()["detail"]
    english = client.get("/api/nothing-here/", HTTP_ACCEPT_LANGUAGE="en").json()["detail"]
    assert english == "Nothing was found at this address."
    assert thai != english


def test_method_not_allowed_is_a_problem(client, site_th):
    response = client.post("/api/v2/pages/")
    body = assert_problem(response, 405)
    assert body["detail"]


def test_crash_is_a_problem_without_traceback(client, site_th, monkeypatch):
    from ita_pages.core.catalogue import registry

    def explode():
        raise RuntimeError("secret internals")

    monkeypatch.setattr(registry, "catalogues", explode)
    response = client.get("/api/ita/catalogues")
    body = assert_problem(response, 500)
    assert "secret internals" not in response.content.decode()
    assert body["detail"]


def test_errors_are_never_cached(client, site_th):
    assert client.get("/api/v2/pages/999999/")["Cache-Control"] == "no-store"


def test_public_reads_are_cacheable_with_etag(client, site_th, settings):
    settings.API_CACHE_MAX_AGE = 120
    response = client.get("/api/v2/pages/")
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=120"
    assert "Accept-Language" in response["Vary"]
    etag = response["ETag"]
    again = client.get("/api/v2/pages/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304


def test_reads_by_logged_in_editors_are_private(editor_client, site_th):
    response = editor_client.get("/api/v2/pages/")
    assert response.status_code == 200
    assert "public" not in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]


def test_openapi_document_is_cacheable(client, site_th):
    assert client.get("/api/openapi.json")["Cache-Control"].startswith("public")


def test_no_cors_headers_by_default(client, site_th):
    response = client.get("/api/v2/pages/", HTTP_ORIGIN="https://portal.example")
    assert "Access-Control-Allow-Origin" not in response


def test_cors_allows_configured_origins_only(client, site_th, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://portal.example"]
    allowed = client.get("/api/ita/catalogues", HTTP_ORIGIN="https://portal.example")
    assert allowed["Access-Control-Allow-Origin"] == "https://portal.example"
    other = client.get("/api/ita/catalogues", HTTP_ORIGIN="https://evil.example")
    assert "Access-Control-Allow-Origin" not in other
    preflight = client.options(
        "/api/v2/pages/",
        HTTP_ORIGIN="https://portal.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert preflight.status_code == 200
    assert preflight["Access-Control-Allow-Origin"] == "https://portal.example"


def test_cors_never_applies_outside_the_api(client, site_th, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://portal.example"]
    response = client.get("/th/", HTTP_ORIGIN="https://portal.example")
    assert "Access-Control-Allow-Origin" not in response


def test_cors_setting_reads_the_environment(monkeypatch):
    import importlib

    import config.settings.base as base

    monkeypatch.setenv("CORS_ALLOWED_ORIGINS", "https://a.example, https://b.example")
    try:
        reloaded = importlib.reload(base)
        assert reloaded.CORS_ALLOWED_ORIGINS == ["https://a.example", "https://b.example"]
    finally:
        monkeypatch.delenv("CORS_ALLOWED_ORIGINS")
        assert importlib.reload(base).CORS_ALLOWED_ORIGINS == []
