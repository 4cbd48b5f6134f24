"""The demo's English site is whole: every page is a wagtail-localize translation of the Thai one.

One demo load serves every check (loading it takes most of a minute).
"""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation

from home.templatetags.translation_state import pending_translation
from ita_pages.core.models import AgencyProfile
from ita_pages.furniture.menus.models import MainMenu

pytestmark = pytest.mark.django_db

SERVICE_PATHS = [
    "qa/",
    "e-service/",
    "news/",
    "general-complaints/",
    "corruption-complaints/",
    "complaint-statistics/",
    "procurement-announcements/",
]


def _nav(html: str) -> str:
    return html.split('class="site-nav"')[1].split("</nav>")[0]


def test_demo_english_site(client):
    call_command("load_demo_site", stdout=StringIO())
    site = Site.objects.get(is_default_site=True)
    english_locale = Locale.objects.get(language_code="en")
    thai_pages = Page.objects.filter(locale__language_code="th", depth__gte=2).live()
    assert thai_pages.count() >= 50  # home, ITA section and index, 37 items, 7 service pages, 3 news

    # Every Thai page has a live English page made by wagtail-localize (so Thai edits
    # reach it as pending translations), at the same path under /en/.
    translated_keys = set(
        Translation.objects.filter(target_locale__language_code="en").values_list("source__object_id", flat=True)
    )
    for page in thai_pages:
        english = page.get_translation_or_none(english_locale)
        assert english is not None and english.live, page.url_path
        assert page.translation_key in translated_keys, page.url_path
        assert english.url == page.url.replace("/th/", "/en/", 1)

    # The seven service pages exist in English, with their texts translated.
    for path in SERVICE_PATHS:
        response = client.get(f"/en/{path}")
        assert response.status_code == 200, path
        html = response.content.decode()
        assert "translation-notice" not in html, path
        title = re.search(r"<title>([^<|]*)", html).group(1)
        assert not re.search(r"[\u0e00-\u0e7f]", title), (path, title)

    # The English ITA index lists every item as published, with English links.
    index = client.get("/en/ita/2566/").content.decode()
    assert "Not yet published" not in index
    assert 'href="/th/' not in index.split('data-region="main"')[1].split("</main>")[0]

    # An English menu: its own labels, and no link into the Thai site.
    english_menu = MainMenu.objects.get(site=site, locale__language_code="en")
    assert english_menu.items[0].value["label"] == "Public services"
    home_en = client.get("/en/").content.decode()
    nav = _nav(home_en)
    assert "Public services" in nav and 'href="/th/' not in nav
    for path in ("qa/", "e-service/", "general-complaints/"):
        assert f'href="/en/{path}"' in nav

    # English indicator pages whose body is still Thai say so, and mark it as Thai.
    o1 = client.get("/en/ita/2566/o1/").content.decode()
    assert 'class="translation-notice"' in o1
    assert '<div class="layout__content" lang="th">' in o1
    assert pending_translation(Page.objects.get(url_path="/home/e-service/").specific) is None

    # The Thai menu puts Q&A, E-Service and the general complaint form under บริการประชาชน.
    thai_nav = _nav(client.get("/th/").content.decode())
    services = thai_nav.split('data-menu-role="public_services"')[1].split("</details>")[0]
    for path in ("qa/", "e-service/", "general-complaints/"):
        assert f'href="/th/{path}"' in services

    # O5 and the footer give the agency profile's facts.
    profile = AgencyProfile.for_site(site)
    o5 = client.get("/th/ita/2566/o5/").content.decode()
    footer = o5.split('<footer class="site-footer"')[1]
    main = o5.split('data-region="main"')[1].split("</main>")[0]
    for value in (profile.address, profile.phone, profile.email):
        assert value in main and value in footer
