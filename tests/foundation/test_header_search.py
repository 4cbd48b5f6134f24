"""Every page's header has a search box that submits to the site search."""

import re

import pytest

pytestmark = pytest.mark.django_db


def _header_form(html: str) -> str:
    header = html.split('<header class="site-header"')[1].split("</header>")[0]
    return re.search(r'<form class="header-search".*?</form>', header, re.S).group(0)


@pytest.mark.parametrize("path", ["/th/", "/th/e-service/", "/th/search/?q=x", "/en/"])
def test_every_page_has_the_header_search_box(client, eservice_th, path):
    form = _header_form(client.get(path).content.decode())
    language = path.split("/")[1]
    assert f'action="/{language}/search/"' in form
    assert 'role="search"' in form and 'name="q"' in form
    assert re.search(r'<label class="visually-hidden" for="header-search-q">', form)


def test_the_header_box_finds_pages_and_links_to_them(client, eservice_th):
    from search import indexer

    indexer.rebuild()
    form = _header_form(client.get("/th/").content.decode())
    action = re.search(r'action="([^"]+)"', form).group(1)
    html = client.get(action, {"q": "บริการออนไลน์"}).content.decode()
    assert re.search(r'<h2><a href="/th/e-service/">', html), re.findall(r"search-count.*?</p>", html, re.S)
