"""Querying the Thai index: matching, ranking, filters, snippets and autocomplete.

Why this exists: views, the benchmark and tests all need the same search. A
query is segmented with ``search.thai`` exactly as the text was at index time;
an entry matches when it holds every required word (stopwords only add score),
and entries are ranked by the summed weights of the words they hold (title
words weigh more than body words, whole words more than sub-words). If no entry
holds every word, entries holding the most words are returned instead, so a
long query with one unknown word still finds something.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, Count, F, FloatField, IntegerField, Q, Sum, Value, When
from django.db.models.functions import Cast, Length
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex, Site

from . import thai
from .models import IndexEntry, IndexToken

SNIPPET_BEFORE, SNIPPET_LENGTH = 60, 220
# Thai vowel/tone marks that sit on a consonant, and vowels written before it:
# a snippet must not start on the former or just after the latter.
_COMBINING = re.compile(r"[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]")
_LEADING_VOWEL = re.compile(r"[\u0E40-\u0E44]")
_THAI_DIGIT = dict(zip("0123456789", "๐๑๒๓๔๕๖๗๘๙", strict=True))


@dataclass
class Filters:
    locale_id: int | None = None  # pages of this locale plus (locale-less) documents
    content_type_id: int | None = None
    ita_group: str = ""
    site_id: int | None = None  # pages of this site, and the documents it may show


def _site_condition(site_id: int) -> Q:
    """Pages served on this site; documents too, unless the install hosts several sites.

    Wagtail documents belong to no site, so on a multi-agency install a document
    is only shown on the sites whose public pages link to it.
    """
    pages = Q(site_id=site_id)
    if not Site.objects.exclude(pk=site_id).exists():
        return pages | Q(document__isnull=False)
    page_type = ContentType.objects.get_for_model(Page)
    document_type = ContentType.objects.get_for_model(get_document_model())
    site_page_ids = IndexEntry.objects.filter(site_id=site_id, page__isnull=False).values("page_id")
    linked = (
        ReferenceIndex.objects.filter(base_content_type=page_type, to_content_type=document_type)
        .annotate(source_id=Cast("object_id", IntegerField()), target_id=Cast("to_object_id", IntegerField()))
        .filter(source_id__in=site_page_ids)
        .values("target_id")
    )
    return pages | Q(document_id__in=linked)


def filtered_entries(filters: Filters | None = None):
    entries = IndexEntry.objects.all()
    if filters is None:
        return entries
    if filters.site_id is not None:
        entries = entries.filter(_site_condition(filters.site_id))
    if filters.locale_id is not None:
        entries = entries.filter(Q(locale_id=filters.locale_id) | Q(locale__isnull=True))
    if filters.content_type_id:
        entries = entries.filter(content_type_id=filters.content_type_id)
    if filters.ita_group:
        entries = entries.filter(ita_group=filters.ita_group)
    return entries


def ranked_entry_ids(query: str, filters: Filters | None = None):
    """Queryset of {"entry", "score"} rows, best first; empty for an empty query."""
    required, optional = thai.query_terms(query)
    if not required:
        return IndexToken.objects.none().values("entry")
    tokens = IndexToken.objects.filter(token__in=required + optional, entry__in=filtered_entries(filters).values("pk"))
    grouped = tokens.values("entry").annotate(
        matched=Count(Case(When(token__in=required, then=Value(1)), output_field=IntegerField())),
        score=Sum("weight", output_field=FloatField()),
    )
    complete = grouped.filter(matched=len(required))
    if len(required) > 1 and not complete.exists():
        # Partial matches: more matched words first, then weight.
        return grouped.order_by("-matched", "-score", "entry")
    return complete.order_by("-score", "entry")


def search(query: str, filters: Filters | None = None, limit: int | None = None) -> list[IndexEntry]:
    """Matching entries, best first (loads at most ``limit`` of them)."""
    rows = ranked_entry_ids(query, filters)
    if limit is not None:
        rows = rows[:limit]
    rows = list(rows)
    entries = IndexEntry.objects.in_bulk([row["entry"] for row in rows])
    return [entries[row["entry"]] for row in rows if row["entry"] in entries]


# ---------------------------------------------------------------- highlighting


def _word_pattern(word: str) -> str:
    # Match the Thai-digit spelling of numbers too ("2566" highlights "๒๕๖๖").
    return "".join(f"[{ch}{_THAI_DIGIT[ch]}]" if ch in _THAI_DIGIT else re.escape(ch) for ch in word)


def highlight_pattern(query: str) -> re.Pattern | None:
    words = sorted({w for w in thai.query_tokens(query) if w}, key=len, reverse=True)
    if not words:
        return None
    return re.compile("|".join(_word_pattern(w) for w in words), re.IGNORECASE)


def highlight(text: str, pattern: re.Pattern | None) -> SafeString:
    """Escape ``text`` and wrap every match of ``pattern`` in <mark>."""
    if pattern is None:
        return escape(text)
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(escape(text[last : match.start()]))
        out.append(f"<mark>{escape(match.group(0))}</mark>")
        last = match.end()
    out.append(escape(text[last:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece is escaped above


def _safe_start(text: str, position: int) -> int:
    """Move a cut point back to a space, or at least off a Thai mark or after a leading vowel."""
    if position <= 0:
        return 0
    space = text.rfind(" ", max(0, position - 40), position)
    if space != -1:
        return space + 1
    # No space nearby (Thai): start at the word boundary just before the cut.
    base = max(0, position - 30)
    boundary = base
    for word in thai.raw_words(text[base : position + 30]):
        if boundary + len(word) > position:
            break
        boundary += len(word)
    position = boundary
    while position > 0 and (_COMBINING.match(text[position]) or _LEADING_VOWEL.match(text[position - 1])):
        position -= 1
    return position


def snippet(text: str, pattern: re.Pattern | None) -> SafeString:
    """A window of ``text`` around the first match, highlighted and escaped."""
    text = thai.normalize_display(text)
    match = pattern.search(text) if pattern is not None else None
    start = _safe_start(text, match.start() - SNIPPET_BEFORE) if match else 0
    window = text[start : start + SNIPPET_LENGTH]
    prefix = "… " if start else ""
    suffix = " …" if start + SNIPPET_LENGTH < len(text) else ""
    return mark_safe(escape(prefix) + highlight(window, pattern) + escape(suffix))  # noqa: S308


# ---------------------------------------------------------------- autocomplete


def autocomplete(prefix: str, filters: Filters | None = None, limit: int = 8) -> list[IndexEntry]:
    """Entries whose title contains what was typed so far, or a word starting with it.

    Titles are matched as substrings so that half-typed Thai ("จัดซ") works;
    a substring never confuses "ซื้อ" with "ซื่อ" because the code points differ.
    """
    typed = thai.normalize_display(prefix).strip()
    if not typed:
        return []
    entries = filtered_entries(filters)
    condition = Q(title__icontains=typed)
    last = thai.normalize(typed).split()[-1] if typed.split() else ""
    if last and len(last) >= 2:
        condition |= Q(pk__in=IndexToken.objects.filter(token__startswith=last, weight__gte=1).values("entry"))
    return list(
        entries.filter(condition)
        .annotate(
            starts=Case(When(title__istartswith=typed, then=Value(0)), default=Value(1)),
            title_length=Length("title"),
        )
        .order_by("starts", "title_length", F("pk").asc())[:limit]
    )
