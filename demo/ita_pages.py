"""Demo part 10: the ITA section, the 2566 index and every indicator page this app serves.

Built through ita_pages.core.publish so that each page passes exactly the validation the
editor runs at publish time (block rules and the catalogue's required parts).
"""

from __future__ import annotations

from django.apps import apps
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Locale

from demo.ita_content import BUILDERS, content_for
from demo.translation import translate
from demo.utils import child_by_slug
from ita_pages.catalogue import registry
from ita_pages.core.publish import add_validated_child
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


def _blank_text(block, raw):
    """Raw block data with every text left out given as "", as the editor's form submits it."""
    if isinstance(block, blocks.StreamBlock):
        for child in raw or []:
            child["value"] = _blank_text(block.child_blocks[child["type"]], child["value"])
        return raw
    if isinstance(block, blocks.StructBlock):
        raw = dict(raw or {})
        for name, child_block in block.child_blocks.items():
            raw[name] = _blank_text(child_block, raw.get(name))
        return raw
    if isinstance(block, blocks.ListBlock):
        for item in raw or []:
            if isinstance(item, dict) and "value" in item and "type" in item:
                item["value"] = _blank_text(block.child_block, item["value"])
        return raw
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)) and raw is None:
        return ""
    return raw


def as_submitted(page) -> None:
    """Give ``page``'s StreamFields the shape an editor's form produces (no None texts)."""
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            value = getattr(page, field.name)
            raw = _blank_text(field.stream_block, value.get_prep_value())
            setattr(page, field.name, field.stream_block.to_python(raw))


def build_page(index: ITAIndexPage, model, item, page=None):
    """A complete (unsaved or updated) page of ``model`` under ``index``, not yet published."""
    values = content_for(model, item, index.assessment_year)
    page = page or model()
    for name, value in values.items():
        setattr(page, name, value)
    as_submitted(page)
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
