"""The issue's "done when": a client that knows only /api/openapi.json and /api/v2/
reads every ITA item of the demo site in Thai and English and submits a question,
following only the links the API gives, all on the site's public address."""

import io
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db

PUBLIC = "https://agency.example"


class PublicClient:
    """Requests absolute URLs as a remote client would: host and scheme from the URL."""

    def __init__(self, client):
        self.client = client

    def get(self, url, params=None):
        parts = urlsplit(url)
        assert f"{parts.scheme}://{parts.netloc}" == PUBLIC, url
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        return self.client.get(path, params, HTTP_HOST=parts.netloc, secure=True)

    def json(self, url, params=None):
        response = self.get(url, params)
        assert response.status_code == 200, (url, response.status_code, response.content[:300])
        return response.json()


def test_demo_over_the_api_alone(client):
    """One demo build (it is slow) for the whole walk."""
    out = io.StringIO()
    call_command("load_demo_site", "--address", PUBLIC, stdout=out)
    printed_address_and_summary(out.getvalue())
    api = PublicClient(client)
    every_item_in_both_languages(api)
    lists_and_statistics(api)
    ask_a_question(client, api)


def printed_address_and_summary(printed):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("agency.example", 443, PUBLIC)
    assert f"Demo site ready: {PUBLIC}/th/ (admin: {PUBLIC}/admin/)" in printed
    assert "127.0.0.1:8000" not in printed
    # The summary counts the same 43 items throughout.
    assert "pages of 37 of the 43 items under /home/ita/2566/ (the other 6 come with the apps below)" in printed
    assert "readiness: ITA 2566: 43 of 43 items pass" in printed


def every_item_in_both_languages(api):
    document = api.json(f"{PUBLIC}/api/openapi.json")
    assert "/api/ita/status/{year}" in document["paths"]

    catalogues = api.json(f"{PUBLIC}/api/ita/catalogues")["items"]
    catalogue = api.json(catalogues[-1]["url"])
    year = catalogue["year"]
    status = api.json(f"{PUBLIC}/api/ita/status/{year}")
    assert [item["code"] for item in status["items"]] == [item["code"] for item in catalogue["items"]]
    assert all(item["api_url"] and item["page_id"] for item in status["items"])

    without_english = []
    for item in status["items"]:
        thai = api.json(item["api_url"])
        assert thai["id"] == item["page_id"] and thai["meta"]["locale"] == "th"
        assert thai["meta"]["html_url"] == item["url"]
        # find/ takes the localised path exactly as the status gives it.
        found = api.get(f"{PUBLIC}/api/v2/pages/find/", {"html_path": urlsplit(item["url"]).path})
        assert found.status_code == 302, (item["code"], found.content[:200])
        assert found["Location"].split("?")[0] == item["api_url"]
        english = api.json(f"{PUBLIC}/api/v2/pages/", {"translation_of": thai["id"], "locale": "en"})
        if english["meta"]["total_count"] == 0:
            without_english.append((item["code"], thai["meta"]["type"]))
            continue
        detail = api.json(english["items"][0]["meta"]["detail_url"])
        assert detail["meta"]["locale"] == "en"
        english_path = urlsplit(detail["meta"]["html_url"]).path
        assert english_path.startswith("/en/")
        found = api.get(f"{PUBLIC}/api/v2/pages/find/", {"html_path": english_path})
        assert found["Location"].split("?")[0] == detail["meta"]["detail_url"]
    # Every indicator page of the ITA app has its English twin in the demo; the other
    # apps' demo parts may not translate theirs yet, but never an ita_pages type.
    assert not [code for code, page_type in without_english if page_type.startswith("ita_pages.")], without_english


def lists_and_statistics(api):
    items = {item["code"]: item for item in api.json(f"{PUBLIC}/api/ita/status/2566")["items"]}

    news = api.json(api.json(items["O7"]["api_url"])["listings"]["news"])
    assert news["meta"]["total_count"] >= 3
    assert all(n["meta"]["type"] == "news.NewsPage" and n["date"] for n in news["items"])
    questions = api.json(api.json(items["O8"]["api_url"])["listings"]["questions"])
    assert questions and all(q["question"] and q["answer"] for q in questions)
    announcements = api.json(api.json(items["O20"]["api_url"])["listings"]["announcements"])
    assert announcements["meta"]["total_count"] >= 6
    statistics = api.json(items["O29"]["api_url"])["statistics"]
    assert statistics["fiscal_year"] == 2566 and len(statistics["rows"]) == 12
    assert statistics["total"] == sum(row["total"] for row in statistics["rows"])


def ask_a_question(client, api):
    items = {item["code"]: item for item in api.json(f"{PUBLIC}/api/ita/status/2566")["items"]}
    response = client.post(
        "/api/qa/questions",
        {"page_id": items["O8"]["page_id"], "display_name": "ผู้ใช้ API", "question": "ถามผ่าน API ได้หรือไม่"},
        content_type="application/json",
        HTTP_HOST="agency.example",
        secure=True,
    )
    assert response.status_code == 201, response.content
    assert response.json()["follow_code"]
