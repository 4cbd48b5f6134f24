"""Translate demo content the way editors do: through wagtail-localize, then validated.

Why not `copy_for_translation()`: a bare copy has no wagtail-localize translation
behind it, so a later Thai edit never reaches the English page as a pending
translation, and nothing can tell which English text is still Thai. Here every
English page or snippet is the target of a wagtail-localize `Translation`, its
segments are filled from the English strings the demo knows (the rest stay
untranslated and the site says so), and a page is published only after the same
checks as the editor's publish button (`ita_pages.core.publish.publish_validated`).
"""

from __future__ import annotations

from django.db import models
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue

from ita_pages.core.publish import publish_validated, validate_for_publish_fields_only

# Segments that keep their source value: the URL slug stays the same in both languages.
SAME_IN_EVERY_LANGUAGE = {"slug"}


def english_locale() -> Locale | None:
    return Locale.objects.filter(language_code="en").first()


def _record_strings(source: TranslationSource, locale: Locale, strings: dict[str, str]) -> int:
    """Store the known translations of ``source``'s segments; return how many were new or changed."""
    changed = 0
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = segment.string.data
        if segment.context.path in SAME_IN_EVERY_LANGUAGE:
            translated = text
        else:
            # Segments hold HTML ("Q&amp;A"); the demo's strings are plain text.
            english = strings.get(text) or strings.get(StringValue(text).render_text())
            if not english:
                continue
            translated = StringValue.from_plaintext(english).data
        _obj, created = StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": translated, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
        if created:
            changed += 1
        elif _obj.data != translated:
            _obj.data = translated
            _obj.save(update_fields=["data"])
            changed += 1
    return changed


def translate(instance: models.Model, locale: Locale | None, strings: dict[str, str] | None = None):
    """The ``locale`` translation of ``instance`` (a page or translatable snippet), made or refreshed.

    A rerun with nothing new (same source, same strings, target present) changes nothing,
    so reloading the demo adds no revisions.
    """
    if locale is None:
        return None
    # As stored, not as built in memory: a block value the demo left out is None in memory
    # but "" once saved, and only the saved form is what an editor's page holds.
    instance = type(instance)._default_manager.get(pk=instance.pk)
    source, created = TranslationSource.get_or_create_from_instance(instance)
    source_changed = False
    if not created:
        before = source.content_json
        source.update_from_db()
        source_changed = source.content_json != before
    translation, new = Translation.objects.get_or_create(source=source, target_locale=locale)
    changed = _record_strings(source, locale, strings or {})
    try:
        target = source.get_translated_instance(locale)
    except models.ObjectDoesNotExist:
        target = None
    if target is not None and not (new or source_changed or changed):
        return target.specific if isinstance(target, Page) else target
    if isinstance(instance, Page):
        translation.save_target(publish=False)
        draft = source.get_translated_instance(locale).specific.get_latest_revision_as_object()
        return publish_validated(draft)
    translation.save_target()
    target = source.get_translated_instance(locale)
    target.full_clean()
    validate_for_publish_fields_only(target)
    return target
