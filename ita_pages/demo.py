"""Demo part 10: the ITA section, the 2566 index and every indicator page this app serves.

Built through home.demo_utils so that each page passes exactly the validation the
editor runs at publish time (block rules and the catalogue's required parts).
"""

from __future__ import annotations

from django.apps import apps
from wagtail.models import Locale

from home.demo_utils import add_validated_child, child_by_slug, publish_validated
from ita_pages.catalogue import registry
from ita_pages.demo_content import BUILDERS, content_for
from ita_pages.models import IndicatorPage, ITAIndexPage, ITASectionPage, ITASettings

DEMO_ORDER = 10
DEMO_YEAR = 2566

SECTION_TITLES = {"th": "การประเมินคุณธรรมและความโปร่งใส (ITA)", "en": "Integrity and Transparency Assessment (ITA)"}
INDEX_TITLES = {
    "th": "ข้อมูลสาธารณะ ITA ประจำปีงบประมาณ พ.ศ. {year}",
    "en": "ITA open data, fiscal year B.E. {year}",
}


def ensure_section(home) -> ITASectionPage:
    section = child_by_slug(home, "ita")
    if section is None:
        section = add_validated_child(home, ITASectionPage(title=SECTION_TITLES["th"], slug="ita"))
    return section


def ensure_index(section, year: int) -> ITAIndexPage:
    index = child_by_slug(section, str(year))
    if index is None:
        index = ITAIndexPage(title=INDEX_TITLES["th"].format(year=year), slug=str(year), assessment_year=year)
        index = add_validated_child(section, index)
    return index


def indicator_models(catalogue) -> list[tuple[type[IndicatorPage], object]]:
    """(page model, item) for every item of the catalogue served by this app."""
    result = []
    for item in catalogue.items:
        if item.app_label == "ita_pages":
            model = apps.get_model(item.app_label, item.model_name)
            if model.__name__ in BUILDERS:
                result.append((model, item))
    return result


def build_page(index: ITAIndexPage, model, item, page=None):
    """A complete (unsaved or updated) page of ``model`` under ``index``, not yet published."""
    values = content_for(model, item, index.assessment_year)
    page = page or model()
    for name, value in values.items():
        setattr(page, name, value)
    page.slug = item.slug
    page._ita_parent = index
    page.__dict__.pop("ita_item_and_year", None)
    return page


def ensure_indicator(index: ITAIndexPage, model, item):
    """The item's page, created and published once; an existing page is left as editors made it."""
    existing = child_by_slug(index, item.slug)
    if existing is not None:
        return existing
    return add_validated_child(index, build_page(index, model, item))


def ensure_english(page, en: Locale, title: str):
    """An English copy (content stays Thai until translated with wagtail-localize)."""
    existing = page.get_translation_or_none(en)
    if existing is not None:
        return existing.specific
    copy = page.copy_for_translation(en)
    copy.title = title
    return publish_validated(copy)


def load(site, stdout) -> None:
    home = site.root_page.specific
    settings = ITASettings.for_site(site)
    settings.assessment_year = DEMO_YEAR
    settings.save()
    section = ensure_section(home)
    index = ensure_index(section, DEMO_YEAR)
    catalogue = registry.get_catalogue(DEMO_YEAR)
    pages = [ensure_indicator(index, model, item) for model, item in indicator_models(catalogue)]
    en = Locale.objects.filter(language_code="en").first()
    if en is not None and home.get_translation_or_none(en) is not None:
        ensure_english(section, en, SECTION_TITLES["en"])
        ensure_english(index, en, INDEX_TITLES["en"].format(year=DEMO_YEAR))
        for page, (_model, item) in zip(pages, indicator_models(catalogue), strict=True):
            ensure_english(page, en, item.text("title", "en"))
    others = len(catalogue.items) - len(pages)
    stdout.write(
        f"ITA {DEMO_YEAR}: pages of {len(pages)} of the {len(catalogue.items)} items under {index.url_path}"
        f" (the other {others} come with the apps below)\n"
    )
