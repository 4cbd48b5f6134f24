"""Carry one year's ITA pages forward as drafts of the next year's items.

Why drafts: content copied from last year cannot be published as it is (its period
and dates are last year's), and publishing stays the editor's decision, behind the
same publish check as any other edit. Running the rollover again only adds what is
still missing; it never overwrites a page.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from django.apps import apps
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.fields import StreamField
from wagtail.models import Page

from ita_pages.core.catalogue import registry
from ita_pages.core.catalogue.succession import dropped, predecessors
from ita_pages.core.part_lookup import PART_BLOCK, part_block_field
from ita_pages.items.models import CarriedForwardNote, CatalogueItemPage, IndicatorPage, ITAIndexPage, ITASectionPage

from .dates import dates_in
from .translations import Memory, other_locales, translate_draft

CARRIED, MERGED, NEW, EXISTS, ELSEWHERE, UNAVAILABLE = "carried", "merged", "new", "exists", "elsewhere", "unavailable"
_DOCUMENT_BLOCK = "document"


class RolloverError(Exception):
    """The rollover cannot start (no such year, no ITA section); the message says why."""


@dataclass
class ItemOutcome:
    """What happened to one item of the new year."""

    code: str
    action: str
    page: Page | None = None
    sources: list[str] = field(default_factory=list)
    note: CarriedForwardNote | None = None
    # Its translations in the site's other languages: language code -> page.
    translations: dict = field(default_factory=dict)


@dataclass
class RolloverResult:
    year: int
    from_year: int
    index: ITAIndexPage
    created_index: bool
    items: list[ItemOutcome]
    dropped: list = field(default_factory=list)
    # The new index in the site's other languages: language code -> page.
    index_translations: dict = field(default_factory=dict)

    def count(self, *actions: str) -> int:
        return sum(1 for outcome in self.items if outcome.action in actions)


def _model(item):
    if item.app_label not in apps.app_configs:
        return None
    try:
        return apps.get_model(item.app_label, item.model_name)
    except LookupError:
        return None


def page_in(index, item, model) -> Page | None:
    """The page serving ``item`` among ``index``'s children (drafts included)."""
    pages = model.objects.child_of(index)
    if model is CatalogueItemPage:
        pages = pages.filter(item_code__iexact=item.code)
    return pages.first()


def _section(site) -> ITASectionPage:
    section = ITASectionPage.objects.descendant_of(site.root_page, inclusive=True).first()
    if section is None:
        raise RolloverError(_("This site has no ITA section to add a year to."))
    return section


def _index(section, catalogue, previous_index, user) -> tuple[ITAIndexPage, bool]:
    index = ITAIndexPage.objects.child_of(section).filter(assessment_year=catalogue.year).first()
    if index is not None:
        return index, False
    index = ITAIndexPage(
        title=catalogue.title_th,
        slug=str(catalogue.year),
        assessment_year=catalogue.year,
        intro=previous_index.intro if previous_index is not None else "",
        live=False,
    )
    section.add_child(instance=index)
    index.save_revision(user=user, log_action=True)
    return index, True


def _raw(page, name) -> list:
    """A StreamField's content as plain data, to copy or extend without touching the source."""
    return copy.deepcopy(list(getattr(page, name).raw_data))


def _field_with(model, block_name) -> str | None:
    for f in model._meta.get_fields():
        if isinstance(f, StreamField) and block_name in f.stream_block.child_blocks:
            return f.name
    return None


def _copy_content(source, page) -> None:
    """Every field the item's page type adds to Page (not title, slug or tree data)."""
    own = {f.name for f in Page._meta.concrete_fields}
    for f in type(page)._meta.concrete_fields:
        if f.name in own or f.primary_key or f.is_relation and f.one_to_one:
            continue
        if isinstance(f, StreamField):
            setattr(page, f.name, _raw(source, f.name))
        else:
            setattr(page, f.attname, getattr(source, f.attname))


def _documents(source) -> list:
    """Evidence document blocks of ``source``, as raw data."""
    docs = []
    for f in type(source)._meta.get_fields():
        if isinstance(f, StreamField):
            docs.extend(c for c in _raw(source, f.name) if c.get("type") == _DOCUMENT_BLOCK)
    return docs


def _part_blocks(page, item, entries) -> None:
    """An empty catalogue-part block for each part the page type has no block of its own for."""
    name = part_block_field(type(page))
    if name is None:
        return
    specs = getattr(type(page), "part_specs", {}) or {}
    stream = list(getattr(page, name).raw_data)
    present = {c["value"].get("part") for c in stream if c.get("type") == PART_BLOCK}
    for part in item.parts:
        if part.key in specs or part.key in present:
            continue
        stream.append({"type": PART_BLOCK, "value": {"part": part.key, "text": "", "documents": [], "links": []}})
        entries.append(
            {"kind": "new-part", "year": item_year(page), "label_th": part.label_th, "label_en": part.label_en}
        )
    setattr(page, name, stream)


def item_year(page) -> int:
    return page._ita_parent.assessment_year


def old_pages(item, previous, previous_index) -> list[tuple]:
    """(previous item, its page) for each item ``item`` continues that has a page, primary first."""
    pages = []
    if previous is not None and previous_index is not None:
        for old_item in predecessors(item, previous):
            old_model = _model(old_item)
            if old_model is not None and issubclass(old_model, IndicatorPage):
                old_page = page_in(previous_index, old_item, old_model)
                if old_page is not None:
                    pages.append((old_item, old_page.specific))
    return pages


def _draft(index, item, model, pages, from_year) -> tuple[Page, list[str], list[dict]]:
    """The unsaved draft for ``item`` carried from ``pages`` and the note entries explaining it."""
    page = model(title=item.text("title", "th"), slug=item.slug, live=False)
    page._ita_parent = index
    if model is CatalogueItemPage:
        page.item_code = item.code
    year = index.assessment_year
    entries: list[dict] = []
    sources: list[str] = []
    if pages:
        primary_item, primary = pages[0]
        others = pages[1:]
        sources = [old_item.code for old_item, _page in pages]
        if type(primary) is model:
            _copy_content(primary, page)
        else:
            others = pages
        entries.append({"kind": "carried", "sources": ", ".join(sources), "from_year": from_year, "year": year})
        target = _field_with(model, _DOCUMENT_BLOCK)
        for old_item, other in others:
            docs = _documents(other)
            if target is not None and docs:
                setattr(page, target, [*list(getattr(page, target).raw_data), *docs])
            kind = "other-type" if other is primary else "merged"
            entries.append({"kind": kind, "code": old_item.code, "count": len(docs), "from_year": from_year})
    else:
        entries.append(
            {
                "kind": "new-item",
                "year": year,
                "description_th": item.description_th,
                "description_en": item.description_en,
            }
        )
        for part in item.parts:
            entries.append(
                {
                    "kind": "guidance",
                    "label_th": part.label_th,
                    "label_en": part.label_en,
                    "looks_for_th": part.looks_for_th,
                    "looks_for_en": part.looks_for_en,
                }
            )
    _part_blocks(page, item, entries)
    if hasattr(page, "period_start"):
        had_period = page.period_start is not None or page.period_end is not None
        page.period_start = page.period_end = None
        if had_period or item.period != "none":
            entries.append({"kind": "period", "year": year})
    for where, date in dates_in(page):
        entries.append({"kind": "date", "year": year, "where": where, "date": date.isoformat()})
    return page, sources, entries


def _translate(page, old, locales, source, user, note=None) -> dict:
    """``page``'s draft in each of ``locales``, carrying the texts of ``old``'s translations there.

    ``source`` (an item or the catalogue) gives the translated title; the Thai note,
    if any, is repeated on each translation with a line on what was carried.
    """
    done = {}
    for locale in locales:
        there = page.get_translation_or_none(locale)
        if there is not None and not there.alias_of_id:
            continue
        memory = Memory()
        carried = [memory.learn(old_page, locale) for old_page in old]
        language = locale.language_code
        translated = translate_draft(page, locale, memory, source.text("title", language), user)
        done[language] = translated
        if note is not None:
            entry = {"kind": "language", "language": language, "carried": any(carried)}
            CarriedForwardNote.objects.create(
                page=translated,
                year=note.year,
                from_year=note.from_year,
                sources=note.sources,
                entries=[*note.entries, entry],
            )
    return done


def new_year(site, year: int, from_year: int | None = None, user=None) -> RolloverResult:
    """Create ``year``'s ITA index on ``site`` with a draft for every item still missing there."""
    catalogues = registry.catalogues()
    if year not in catalogues:
        years = ", ".join(map(str, catalogues))
        raise RolloverError(
            _("There is no ITA catalogue for %(year)s; available: %(years)s.") % {"year": year, "years": years}
        )
    catalogue = catalogues[year]
    from_year = from_year or catalogue.previous_year
    if from_year is None:
        raise RolloverError(
            _("The %(year)s catalogue names no previous year: say which year to carry forward.") % {"year": year}
        )
    if from_year not in catalogues:
        raise RolloverError(_("There is no ITA catalogue for %(year)s to carry forward from.") % {"year": from_year})
    if from_year >= year:
        raise RolloverError(_("The year carried forward must come before %(year)s.") % {"year": year})
    previous = catalogues[from_year]
    # A catalogue naming another previous year has codes that do not refer to this one.
    succession = previous if catalogue.previous_year in (None, from_year) else None
    section = _section(site)
    previous_index = ITAIndexPage.objects.child_of(section).filter(assessment_year=from_year).first()
    locales = other_locales(section)
    outcomes = []
    with transaction.atomic():
        index, created = _index(section, catalogue, previous_index, user)
        index_translations = _translate(index, [previous_index] if previous_index else [], locales, catalogue, user)
        for item in catalogue.items:
            model = _model(item)
            if model is None:
                outcomes.append(ItemOutcome(item.code, UNAVAILABLE))
                continue
            if not issubclass(model, IndicatorPage):
                # Channel and listing pages (news, Q&A, ...) serve every year where they are.
                outcomes.append(ItemOutcome(item.code, ELSEWHERE))
                continue
            pages = old_pages(item, succession, previous_index)
            existing = page_in(index, item, model)
            if existing is not None:
                # An earlier run made the Thai page: only its missing translations are added.
                done = _translate(existing.specific, [p for _i, p in pages], locales, item, user)
                outcomes.append(ItemOutcome(item.code, EXISTS, page=existing, translations=done))
                continue
            page, sources, entries = _draft(index, item, model, pages, from_year)
            index.add_child(instance=page)
            page.save_revision(user=user, log_action=True)
            note = CarriedForwardNote.objects.create(
                page=page, year=year, from_year=from_year, sources=", ".join(sources), entries=entries
            )
            done = _translate(page, [p for _i, p in pages], locales, item, user, note)
            action = MERGED if len(sources) > 1 else CARRIED if sources else NEW
            outcomes.append(ItemOutcome(item.code, action, page=page, sources=sources, note=note, translations=done))
    lost = dropped(catalogue, previous) if succession is not None else []
    return RolloverResult(year, from_year, index, created, outcomes, lost, index_translations)
