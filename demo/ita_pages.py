"""Demo part 10: the ITA section, the 2566 index and every indicator page this app serves.

Item pages are built by the shared factories (demo.factories) from the demo's
content, so each passes exactly the validation the editor runs at publish time
(block rules and the catalogue's required parts), like the pages the tests build.
"""

from __future__ import annotations

from django.apps import apps
from wagtail.models import Locale

from demo.factories import ITAIndexPageFactory, ITASectionPageFactory, factory_for
from demo.ita_content import BUILDERS, content_for
from demo.translation import translate
from demo.utils import child_by_slug
from ita_pages.core.catalogue import registry
from ita_pages.items.models import IndicatorPage, ITAIndexPage, ITASectionPage, ITASettings

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
        section = ITASectionPageFactory(parent=home, title=SECTION_TITLES["th"], slug="ita")
    return section


def ensure_index(section, year: int) -> ITAIndexPage:
    index = child_by_slug(section, str(year))
    if index is None:
        index = ITAIndexPageFactory(parent=section, title=INDEX_TITLES["th"].format(year=year), assessment_year=year)
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


def build_page(index: ITAIndexPage, model, item):
    """A complete, unsaved page of ``model`` under ``index`` with the demo's content for ``item``."""
    return factory_for(model).build(parent=index, **content_for(model, item, index.assessment_year))


def ensure_indicator(index: ITAIndexPage, model, item):
    """The item's page, created and published once; an existing page is left as editors made it."""
    existing = child_by_slug(index, item.slug)
    if existing is not None:
        return existing
    return factory_for(model)(parent=index, **content_for(model, item, index.assessment_year))


def ensure_english(page, en: Locale, title: str):
    """The English page through wagtail-localize: its title translated; the Thai body is
    pending translation, which the English page says (see templates/includes/translation_notice.html)."""
    return translate(page, en, {page.title: title})


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
