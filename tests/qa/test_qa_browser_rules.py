"""Q&A forms as a browser sends them: the page's referrer policy, an Origin header, the 429 page.

Chromium posts with the site's origin while the page's policy is ``same-origin`` and
with ``Origin: null`` under ``no-referrer``; CSRF must pass the first and refuse a
foreign or null origin.
"""

import re

import pytest
from django.test import Client

from ita_pages.channels import protection
from ita_pages.channels.qa.models import Question

SITE_ORIGIN = "http://testserver"
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
CODE = re.compile(r'data-testid="receipt-code">([0-9A-Z-]+)<')
QUESTION = {"display_name": "ชาวบ้าน", "question": "รถเก็บขยะมาวันไหน", "email": "", "website": ""}


def post_from(client, page_url, action_url, data, origin=SITE_ORIGIN):
    page = client.get(page_url)
    assert page.status_code == 200
    assert page["Referrer-Policy"] == "same-origin", page_url
    token = TOKEN.search(page.content.decode()).group(1)
    return client.post(action_url, {**data, "csrfmiddlewaretoken": token}, HTTP_ORIGIN=origin)


@pytest.mark.django_db
def test_ask_and_follow_with_the_sites_origin(qa_page):
    strict = Client(enforce_csrf_checks=True)
    asked = post_from(strict, qa_page.url, qa_page.url, QUESTION)
    assert asked.status_code == 200 and asked["Referrer-Policy"] == "same-origin"
    code = CODE.search(asked.content.decode()).group(1)
    follow_url = qa_page.url + "follow/"
    followed = post_from(strict, follow_url, follow_url, {"code": code})
    assert followed.status_code == 200
    assert "รถเก็บขยะมาวันไหน" in followed.content.decode() and "รอคำตอบ" in followed.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("origin", ["https://attacker.example", "null"])
def test_ask_and_follow_refuse_a_foreign_or_null_origin(qa_page, origin):
    strict = Client(enforce_csrf_checks=True)
    for action in (qa_page.url, qa_page.url + "follow/"):
        response = post_from(strict, qa_page.url, action, {**QUESTION, "code": "AAAA"}, origin=origin)
        assert response.status_code == 403
        assert "ส่งแบบฟอร์มไม่สำเร็จ" in response.content.decode()
    assert not Question.objects.exists()


@pytest.mark.django_db
def test_rate_limited_follow_gets_the_thai_429_page(client, qa_page, monkeypatch):
    monkeypatch.setattr(protection, "allow", lambda *args, **kwargs: False)
    response = client.post(qa_page.url + "follow/", {"code": "AAAA"})
    assert response.status_code == 429
    html = response.content.decode()
    assert "ส่งคำขอบ่อยเกินไป" in html and 'class="site-header"' in html
    assert f'href="{qa_page.url}follow/"' in html
