"""The new year's pages in the site's other languages, as wagtail-localize translations.

Why: the site is bilingual, and English visitors, menus, search and the homepage
find the year through the English ITA index under the English section. That index
and every English item page must be wagtail-localize translations of the new Thai
drafts, so a later Thai edit reaches them as a pending translation. An English
draft starts from last year's English page of the item it continues, where that
page had one (text matched by its place in the copied blocks, else by the same
Thai text); what has no English yet falls back to the Thai text, which the
translation editor marks untranslated. Titles come from the catalogue's English
titles. Nothing is published: the editor publishes each language when it is ready.
"""

from __future__ import annotations

from collections import defaultdict

from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue

# Segments that keep their source value: the URL slug is the same in every language.
_SAME_IN_EVERY_LANGUAGE = {"slug"}


def other_locales(section) -> list[Locale]:
    """The languages the ITA section is translated into: the new year follows it there."""
    return [page.locale for page in section.get_translations().select_related("locale")]


def _strings(page) -> dict[tuple[str, int], str]:
    """(path, n-th string at that path) -> the string's data, for every text of ``page``."""
    found: dict[tuple[str, int], str] = {}
    seen: dict[str, int] = defaultdict(int)
    for segment in extract_segments(page):
        if isinstance(segment, StringSegmentValue):
            found[(segment.path, seen[segment.path])] = segment.string.data
            seen[segment.path] += 1
    return found


class Memory:
    """Last year's texts of the pages a new draft continues and their ``locale`` translations."""

    def __init__(self):
        self.by_place: dict[tuple[str, int], tuple[str, str]] = {}
        self.by_text: dict[str, str] = {}

    def learn(self, source_page, locale) -> bool:
        """Remember ``source_page``'s translation into ``locale``; False when it has none."""
        translated = source_page.get_translation_or_none(locale)
        if translated is None:
            return False
        # The latest draft is what the editor last wrote in that language.
        translated = translated.specific.get_latest_revision_as_object()
        theirs = _strings(translated)
        for place, text in _strings(source_page).items():
            english = theirs.get(place)
            if english and english != text:
                self.by_place[place] = (text, english)
                self.by_text.setdefault(text, english)
        return True

    def recall(self, place, text) -> str | None:
        known = self.by_place.get(place)
        if known is not None and known[0] == text:
            return known[1]
        return self.by_text.get(text)


def _record(source, locale, memory: Memory, title: str) -> int:
    """Store the translations ``memory`` knows for ``source``'s segments; how many it knew."""
    known = 0
    seen: dict[str, int] = defaultdict(int)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context").order_by("order")
    for segment in segments:
        path = segment.context.path
        place = (path, seen[path])
        seen[path] += 1
        text = segment.string.data
        if path in _SAME_IN_EVERY_LANGUAGE:
            translated = text
        elif path == "title" and title:
            translated = title
        else:
            translated = memory.recall(place, text)
            if not translated:
                continue
            known += 1
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": translated, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    return known


def translate_draft(page: Page, locale: Locale, memory: Memory, title: str, user=None) -> Page:
    """The ``locale`` draft translation of the new Thai draft ``page`` (made once, never overwritten)."""
    existing = page.get_translation_or_none(locale)
    if existing is not None and not existing.alias_of_id:
        return existing.specific
    page = type(page)._default_manager.get(pk=page.pk)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _new = Translation.objects.get_or_create(source=source, target_locale=locale)
    _record(source, locale, memory, title)
    translation.save_target(user=user, publish=False)
    return source.get_translated_instance(locale).specific
