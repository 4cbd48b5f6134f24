"""`{% translation_state page as state %}`: is this page's translation still pending?

Why: an English page made by wagtail-localize keeps the Thai text of every segment
nobody has translated yet (and of every Thai edit not yet translated). Readers must
be told, and screen readers must read that text as Thai, instead of meeting Thai
presented as English.
"""

from __future__ import annotations

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page

register = template.Library()


@dataclass(frozen=True)
class TranslationState:
    """A page whose translation from ``source_language`` is incomplete."""

    source_language: str
    source_language_name: str
    source_url: str
    translated: int
    total: int


def pending_translation(page) -> TranslationState | None:
    """The state of ``page``'s wagtail-localize translation, or None when nothing is pending."""
    if not isinstance(page, Page) or page.pk is None:
        return None
    if (get_language() or settings.LANGUAGE_CODE) == settings.LANGUAGE_CODE:
        return None  # pages in the site's own language are the sources of the translations
    from wagtail_localize.models import Translation

    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key,
            target_locale_id=page.locale_id,
        )
        .select_related("source__locale")
        .first()
    )
    if translation is None or translation.source.locale_id == page.locale_id:
        return None
    total, translated = translation.get_progress()
    if translated >= total:
        return None
    source_page = page.get_translation_or_none(translation.source.locale)
    return TranslationState(
        source_language=translation.source.locale.language_code,
        source_language_name=str(get_language_info(translation.source.locale.language_code)["name_translated"]),
        source_url=source_page.url if source_page is not None and source_page.live else "",
        translated=translated,
        total=total,
    )


@register.simple_tag
def translation_state(page):
    return pending_translation(page)
