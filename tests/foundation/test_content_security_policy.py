"""The public site sends a strict Content-Security-Policy and its pages need nothing it refuses.

The policy only protects citizens if the pages work under it: every page of the demo site
is rendered and checked for inline scripts, event-handler attributes and inline styles,
which the public policy blocks (the journeys check the same in Chromium).
"""

from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.template.loader import render_to_string
from wagtail.models import Page

pytestmark = pytest.mark.django_db

ERROR_PAGES = ("400.html", "403.html", "403_csrf.html", "404.html", "413.html", "500.html", "503.html")
NON_EXECUTABLE_SCRIPT_TYPES = {"application/json", "application/ld+json", "text/template"}


def directives(header: str) -> dict[str, list[str]]:
    parsed = {}
    for part in header.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


def inline_code(html: str) -> list[str]:
    """What in a page a policy without 'unsafe-inline' would block."""
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for script in soup.find_all("script"):
        if not script.get("src") and script.get("type") not in NON_EXECUTABLE_SCRIPT_TYPES:
            found.append(f"inline script: {str(script)[:80]}")
    found += [f"<style>: {str(style)[:80]}" for style in soup.find_all("style")]
    for element in soup.find_all(True):
        for attribute in element.attrs:
            if attribute == "style" or attribute.startswith("on"):
                found.append(f"{attribute}= on <{element.name}>")
        if element.name == "a" and str(element.get("href", "")).lower().startswith("javascript:"):
            found.append("javascript: link")
    return found


@pytest.fixture
def demo_site(db):
    call_command("load_demo_site", stdout=StringIO())


def test_public_pages_send_the_strict_policy(client, site_th):
    response = client.get("/th/")
    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["default-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]


def test_the_admin_gets_the_looser_policy_it_needs(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["object-src"] == ["'none'"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]


def test_error_pages_carry_the_public_policy_too(client, site_th):
    response = client.get("/th/no-such-page/")
    assert response.status_code == 404
    assert directives(response["Content-Security-Policy"])["script-src"] == ["'self'"]


def test_a_nonce_is_added_only_for_a_page_that_uses_one(rf):
    from django.http import HttpResponse

    from config.csp import SitePolicyMiddleware

    def uses_nonce(request):
        return HttpResponse(f'<script nonce="{request.csp_nonce}">1</script>')

    request = rf.get("/th/")
    response = SitePolicyMiddleware(uses_nonce)(request)
    nonce = response.content.decode().split('nonce="')[1].split('"')[0]
    assert f"'nonce-{nonce}'" in directives(response["Content-Security-Policy"])["script-src"]

    plain = SitePolicyMiddleware(lambda request: HttpResponse("ok"))(rf.get("/th/"))
    assert "nonce-" not in plain["Content-Security-Policy"]


def test_every_demo_page_works_under_the_public_policy(client, demo_site):
    pages = Page.objects.live().filter(depth__gt=1).specific()
    assert pages.count() > 40
    refused = {}
    for page in pages:
        response = client.get(page.url, follow=True)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        if problems := inline_code(html):
            refused[page.url] = problems
    for path in ("/th/search/?q=ข่าว", "/en/search/?q=news"):
        response = client.get(path, follow=True)
        if problems := inline_code(response.content.decode()):
            refused[path] = problems
    assert refused == {}


@pytest.mark.parametrize(
    ("template", "context"),
    [
        ("429.html", {"unsent_text": "ข้อความที่ยังไม่ได้ส่ง", "back_url": "/th/"}),
        *((name, {}) for name in ERROR_PAGES),
    ],
)
def test_error_page_templates_have_no_inline_code(rf, site_th, template, context):
    html = render_to_string(template, context, request=rf.get("/th/"))
    assert inline_code(html) == []


def test_the_checker_finds_what_the_policy_blocks():
    assert inline_code('<p style="color:red" onclick="x()">a</p><script>1</script><style>p{}</style>') == [
        "inline script: <script>1</script>",
        "<style>: <style>p{}</style>",
        "style= on <p>",
        "onclick= on <p>",
    ]
    assert inline_code('<script src="/static/a.js"></script><script type="application/json">{}</script>') == []
