"""The main admin screens render in Thai, with no English interface strings.

Why: editors are Thai civil servants; every screen they use daily
must read in Thai. Each test logs in with a Thai admin language, renders a
screen and asks tests/i18n/detector.py for English msgids of the installed
Wagtail / wagtail-localize catalogues among the visible text.
"""

import json
import re
from html import unescape

import pytest
from django.urls import reverse

from tests.i18n.detector import english_msgids, untranslated


def screens(content):
    """(name, url, allowed English) for the screens editors use every day."""
    home, image, document = content["home"], content["image"], content["document"]
    site, user = content["site"], content["user"]
    page = home.id
    return [
        ("dashboard", "/admin/", frozenset()),
        ("explorer root", "/admin/pages/", frozenset()),
        ("explorer", f"/admin/pages/{page}/", frozenset()),
        ("page editor", f"/admin/pages/{page}/edit/", frozenset()),
        ("page history", f"/admin/pages/{page}/history/", frozenset()),
        ("page move", f"/admin/pages/{page}/move/", frozenset()),
        ("page copy", f"/admin/pages/{page}/copy/", frozenset()),
        ("page delete", f"/admin/pages/{page}/delete/", frozenset()),
        ("page unpublish", f"/admin/pages/{page}/unpublish/", frozenset()),
        ("page search", "/admin/pages/search/?q=อบต", frozenset()),
        ("documents", "/admin/documents/", frozenset()),
        ("document edit", f"/admin/documents/edit/{document.id}/", frozenset()),
        ("documents upload", "/admin/documents/multiple/add/", frozenset()),
        ("images", "/admin/images/", frozenset()),
        ("image edit", f"/admin/images/{image.id}/", frozenset()),
        ("images upload", "/admin/images/multiple/add/", frozenset()),
        ("settings", f"/admin/settings/core/agencyprofile/{site.id}/", frozenset()),
        ("users", "/admin/users/", frozenset()),
        ("user edit", f"/admin/users/edit/{user.pk}/", frozenset()),
        ("groups", "/admin/groups/", frozenset()),
        ("sites", "/admin/sites/", frozenset()),
        ("locales", "/admin/locales/", frozenset()),
        ("collections", "/admin/collections/", frozenset()),
        ("redirects", "/admin/redirects/", frozenset()),
        ("redirect add", "/admin/redirects/add/", frozenset()),
        ("workflows", "/admin/workflows/list/", frozenset()),
        ("workflow add", "/admin/workflows/add/", frozenset()),
        ("workflow tasks", "/admin/workflows/tasks/index/", frozenset()),
        ("report locked pages", "/admin/reports/locked/", frozenset()),
        ("report site history", "/admin/reports/site-history/", frozenset()),
        ("report aging pages", "/admin/reports/aging-pages/", frozenset()),
        ("report workflows", "/admin/reports/workflow/", frozenset()),
        ("report page types", "/admin/reports/page-types-usage/", frozenset()),
        ("translations report", "/admin/localize/reports/translations/", frozenset()),
        ("account", "/admin/account/", frozenset()),
        ("forms", "/admin/forms/", frozenset()),
    ]


def test_detector_flags_english_and_passes_thai():
    html = (
        '<nav aria-label="Actions"></nav><p>เมื่อ 0 minutes ที่แล้ว</p>'
        "<button>Save draft</button><span>บันทึกฉบับร่าง</span>"
        "<p>องค์การบริหารส่วนตำบล Wagtail URL</p><div hidden>None</div>"
        "<script>gettext('Publish')</script>"
    )
    assert untranslated(html) == ["0 minutes", "Actions", "Save draft"]
    assert "Publish" in english_msgids()


@pytest.mark.django_db
def test_main_admin_screens_are_thai(editor_client, admin_content):
    problems = {}
    for name, url, allow in screens(admin_content):
        response = editor_client.get(url)
        assert response.status_code == 200, f"{name}: {url} -> {response.status_code}"
        assert 'lang="th"' in response.content.decode()[:2000], f"{name} is not rendered in Thai"
        english = untranslated(response.content.decode(), allow)
        if english:
            problems[name] = english
    assert problems == {}


@pytest.mark.django_db
def test_snippet_screens_are_thai(editor_client, admin_content):
    """Every registered snippet's listing and create form (menus, once merged)."""
    from wagtail.snippets.models import get_snippet_models

    urls = ["/admin/snippets/"]
    for model in get_snippet_models():
        viewset = model.snippet_viewset
        urls += [reverse(viewset.get_url_name("list")), reverse(viewset.get_url_name("add"))]
    problems = {}
    for url in urls:
        response = editor_client.get(url, follow=True)
        assert response.status_code == 200, url
        if english := untranslated(response.content.decode()):
            problems[url] = english
    assert problems == {}


# Identifiers in the translation editor's props, never shown as text.
PROPS_IDENTIFIER_KEYS = {"contentPath", "type", "slug", "code", "mode", "tab", "widget", "blockId"}


def _props_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in PROPS_IDENTIFIER_KEYS:
                yield from _props_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _props_strings(item)


@pytest.mark.django_db
def test_translation_editor_is_thai(editor_client, admin_content, locale_en):
    """wagtail-localize's editor: its page, its React props and its JS catalogue."""
    from wagtail_localize.models import Translation, TranslationSource

    home = admin_content["home"]
    source, _ = TranslationSource.get_or_create_from_instance(home)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale_en)
    translation.save_target(publish=True)
    english_page = home.get_translation(locale_en)

    response = editor_client.get(f"/admin/pages/{english_page.id}/edit/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "js-translation-editor" in html  # the localize editor, not the plain one
    assert untranslated(html) == []

    props = json.loads(unescape(re.search(r'data-props="([^"]*)"', html).group(1)))
    shown = {s for s in _props_strings(props) if not s.startswith(("/", "http"))}
    assert shown & english_msgids() == set()
    assert {tab["label"] for tab in props["tabs"]} == {"เนื้อหา", "โปรโมต", "การตั้งค่า"}


def _js_catalogue(editor_client, url):
    response = editor_client.get(url)
    assert response.status_code == 200
    body = response.content.decode()
    return json.loads(re.search(r"const newcatalog = (\{.*?\});\n", body, re.S).group(1))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "package_dir"),
    [("/admin/jsi18n/", "wagtail/admin"), ("/admin/localize/jsi18n/", "wagtail_localize")],
)
def test_javascript_catalogues_are_thai(editor_client, admin_content, url, package_dir):
    """The React parts (Draftail, comments, translation editor) get Thai too."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts" / "i18n"))
    from catalogues import load_messages

    catalogue = _js_catalogue(editor_client, url)
    wanted = [
        key for key, msg in load_messages().items() if key[0] == "djangojs" and msg.sources[0].startswith(package_dir)
    ]
    assert wanted
    missing = []
    for _domain, ctxt, msgid, _plural in wanted:
        lookup = f"{ctxt}\x04{msgid}" if ctxt else msgid
        thai = catalogue.get(lookup)
        if isinstance(thai, list):
            thai = thai[0]
        words = re.sub(r"%\(\w+\)[sd]|%[sd]|\{\w*\}", "", msgid)
        if not thai or (thai == msgid and re.search("[A-Za-z]", words)):
            missing.append(msgid)
    assert missing == []
    assert catalogue["Save"] == "บันทึก"


@pytest.mark.django_db
def test_editors_of_project_page_types_are_thai(editor_client, admin_content):
    """Edit and create screens of every project page type (ITA items once merged)."""
    from wagtail.models import Page, get_page_models

    urls = []
    for model in get_page_models():
        if model._meta.app_label == "wagtailcore":
            continue
        existing = model.objects.first()
        if existing is not None:
            urls.append(f"/admin/pages/{existing.id}/edit/")
        parents = [m for m in model.allowed_parent_page_models() if m is not Page]
        parent = next(
            (p for p in Page.objects.type(*parents).specific() if model.can_create_at(p)),
            None,
        )
        if parent is not None:
            urls.append(f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.id}/")
    assert f"/admin/pages/{admin_content['home'].id}/edit/" in urls
    problems = {}
    for url in urls:
        response = editor_client.get(url)
        assert response.status_code == 200, url
        if english := untranslated(response.content.decode()):
            problems[url] = english
    assert problems == {}
