"""Where the ITA endpoints get their data: the catalogue registry and the readiness checker.

Why an adapter: the catalogue (`ita_pages.catalogue`) and the readiness checker
(`ita_pages.readiness`) are built by other parts of the project and may be absent
from a given install; the API talks to them through the three functions here:

- `catalogues()` -> {year: Catalogue}
- `readiness_report(site, year, language)` -> the ``ita_check --format json`` shape
  ``{"site", "year", "items": [{"code", "status", "url", "problems": [{"rule",
  "message"}]}]}``, each item also with its ``page_id`` when known; from
  ``settings.ITA_READINESS_REPORT`` (a dotted path to such a function) when set,
  else from `ita_pages.readiness` when installed, else from a minimal built-in check
  (a live, public page of the item's page type exists in the site; status "pass" or
  "missing").
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.utils.module_loading import import_string
from wagtail.models import Page, PageViewRestriction

BUILTIN_CATALOGUES = Path(__file__).resolve().parent.parent / "catalogues"


@cache
def _builtin_catalogues() -> dict:
    from ita_pages.catalogue import load_catalogue

    found = {}
    for path in sorted(BUILTIN_CATALOGUES.glob("*.toml")):
        catalogue = load_catalogue(path)
        found[catalogue.year] = catalogue
    return found


def catalogues() -> dict:
    """Every known catalogue by Buddhist-era year, oldest first."""
    try:
        from ita_pages.catalogue import registry
    except ImportError:
        return dict(sorted(_builtin_catalogues().items()))
    return dict(registry.catalogues())


def readiness_report(site, year: int, language: str = "th") -> dict:
    dotted = getattr(settings, "ITA_READINESS_REPORT", "")
    if dotted:
        return import_string(dotted)(site, year, language)
    if apps.is_installed("ita_pages.readiness"):
        from ita_pages.readiness.cache import get_report

        report = get_report(site, year)
        data = report.to_dict(language)
        for entry, item in zip(data["items"], report.items, strict=True):
            entry["page_id"] = item.page_id
        return data
    return basic_report(site, year, language)


PAGE_MISSING = {
    "th": "ยังไม่มีหน้าที่เผยแพร่สำหรับข้อนี้",
    "en": "No published page serves this item yet.",
}


def basic_report(site, year: int, language: str = "th") -> dict:
    """The built-in check: does a live, public page of each item's page type exist in the site?"""
    catalogue = catalogues()[year]
    lang = "en" if (language or "th").startswith("en") else "th"
    pages = public_site_pages(site)
    by_type: dict = {}
    for page in pages.filter(locale__language_code=site.root_page.locale.language_code).order_by("path"):
        by_type.setdefault(page.content_type_id, page)
    items = []
    for item in catalogue.items:
        model = page_model(item.page_type)
        page = by_type.get(_content_type_id(model)) if model else None
        if page is None:
            items.append(
                {
                    "code": item.code,
                    "status": "missing",
                    "url": None,
                    "problems": [{"rule": "page-exists", "message": PAGE_MISSING[lang]}],
                }
            )
        else:
            items.append(
                {"code": item.code, "status": "pass", "url": page.get_full_url(), "page_id": page.pk, "problems": []}
            )
    return {"site": site.hostname, "year": year, "items": items}


def page_model(page_type: str):
    app_label, _, model_name = page_type.partition(".")
    if app_label not in apps.app_configs:
        return None
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError:
        return None
    return model if issubclass(model, Page) else None


def _content_type_id(model) -> int:
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(model).pk


def public_site_pages(site):
    """Live pages of `site` (every language tree) that anonymous visitors may see."""
    root = site.root_page
    queryset = Page.objects.live().descendant_of(root, inclusive=True)
    for translation in root.get_translations():
        queryset |= Page.objects.live().descendant_of(translation, inclusive=True)
    for restriction in PageViewRestriction.objects.select_related("page"):
        queryset = queryset.not_descendant_of(restriction.page, inclusive=True)
    return queryset
