"""Keeps the Thai index in step with what the public can see.

Why this exists: the index must contain every live, public page of any type and
every public document, and nothing else: no drafts (we read the live row, never
a revision), no page under a view restriction, no document in a restricted
collection, and never anything from the complaints app (citizens' complaints
and whistleblowers' data). ``index_object`` decides and writes; ``search.signals``
calls it; ``manage.py rebuild_thai_index`` calls ``rebuild``.
Text is taken from each model's own ``search_fields`` (the same declarations
Wagtail's search uses), so new page types are searchable without code here.
"""

from __future__ import annotations

import logging
from collections import Counter

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Manager
from django.utils.encoding import force_str
from django.utils.html import strip_tags
from wagtail.documents import get_document_model
from wagtail.models import Page, Site
from wagtail.search import index

from . import adapters, thai
from .extract import extract_text
from .groups import group_for
from .models import IndexEntry, IndexToken

logger = logging.getLogger(__name__)

TITLE_WEIGHT = 5.0
BODY_LIMIT = 300_000


def excluded_app_labels() -> frozenset[str]:
    """Apps whose models are never indexed, whatever their ``search_fields`` say."""
    return frozenset(getattr(settings, "THAI_SEARCH_EXCLUDED_APPS", ("complaints",)))


def is_excluded_model(model) -> bool:
    return model._meta.app_label in excluded_app_labels() or getattr(model, "search_exclude", False)


# ---------------------------------------------------------------- text of an object


def _as_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return "\n".join(_as_text(item) for item in value)
    if isinstance(value, dict):
        return "\n".join(_as_text(item) for item in value.values())
    return force_str(value)


def _field_texts(obj, fields):
    """(field name, boost, text) for every SearchField, following RelatedFields."""
    for field in fields:
        if isinstance(field, index.SearchField):
            try:
                value = field.get_value(obj)
            except Exception:  # one bad field must not hide the page
                logger.warning("search: cannot read %s on %r", field.field_name, obj, exc_info=True)
                continue
            yield field.field_name, field.boost or 1, _as_text(value)
        elif isinstance(field, index.RelatedFields):
            related = field.get_value(obj)
            if related is None:
                continue
            single = related() if callable(related) and not isinstance(related, Manager) else related
            items = related.all() if isinstance(related, Manager) else [single]
            for item in items:
                if is_excluded_model(type(item)):
                    continue
                yield from _field_texts(item, field.fields)


def object_text(obj) -> tuple[str, str, Counter]:
    """Title, plain body text and weighted tokens of a page or document."""
    title = force_str(obj.title)
    bodies: list[str] = []
    tokens = thai.index_tokens(title, TITLE_WEIGHT)
    for name, boost, text in _field_texts(obj, obj.get_search_fields()):
        if name == "title" or not text:
            continue
        text = strip_tags(text)
        bodies.append(text)
        tokens.update(thai.index_tokens(text, min(float(boost), 3.0)))
    extra = adapters.extra_text(obj)
    if extra:
        bodies.append(extra)
        tokens.update(thai.index_tokens(extra))
    description = getattr(obj, "search_description", "")
    if description:
        bodies.insert(0, description)
        tokens.update(thai.index_tokens(description, 2.0))
    return title, "\n".join(bodies)[:BODY_LIMIT], tokens


# ---------------------------------------------------------------- who may be indexed


def page_is_public(page: Page) -> bool:
    """Live, not expired, routable, not an alias, not restricted, not excluded."""
    if not page.live or page.expired or page.depth <= 1 or page.alias_of_id:
        return False
    if is_excluded_model(page.specific_class or type(page)):
        return False
    if page.get_view_restrictions().exists():
        return False
    return site_id_for(page) is not None


def site_id_for(page: Page) -> int | None:
    """The site serving ``page`` (under its root or a translation of it), read from the database.

    Wagtail's ``get_url_parts`` reads site roots from the cache, which can be
    stale in a signal handler; the index must not store a wrong site.
    """
    best = None
    for site in Site.objects.select_related("root_page"):
        for root in Page.objects.filter(translation_key=site.root_page.translation_key).only("path", "depth"):
            if page.path.startswith(root.path) and (best is None or root.depth > best[1]):
                best = (site.pk, root.depth, site.is_default_site)
    return best[0] if best else None


def _referenced_by_excluded_app(obj) -> bool:
    # A document attached to a complaint must stay out even if its collection
    # is public: look at who references it (Wagtail's reference index).
    from wagtail.models import ReferenceIndex

    labels = excluded_app_labels()
    references = ReferenceIndex.get_references_to(obj).select_related("content_type")
    return any(reference.content_type.app_label in labels for reference in references)


def _recheck_referenced_documents(obj) -> None:
    """After an excluded object (a complaint page) is saved, drop documents it uses."""
    from wagtail.models import ReferenceIndex

    # Wagtail refreshes the reference index from a background task; do it now
    # so that the check below does not depend on when that task runs.
    ReferenceIndex.create_or_update_for_object(obj)
    document_model = get_document_model()
    document_type = ContentType.objects.get_for_model(document_model)
    ids = ReferenceIndex.get_references_for_object(obj).filter(to_content_type=document_type)
    for document in document_model.objects.filter(pk__in=[int(r.to_object_id) for r in ids]):
        index_document(document)


def document_is_public(document) -> bool:
    if is_excluded_model(type(document)):
        return False
    if document.collection.get_view_restrictions().exists():
        return False
    return not _referenced_by_excluded_app(document)


# ---------------------------------------------------------------- writing


def _write(entry: IndexEntry, tokens: Counter) -> None:
    entry.save()
    IndexToken.objects.filter(entry=entry).delete()
    IndexToken.objects.bulk_create(
        [IndexToken(entry=entry, token=token, weight=weight) for token, weight in tokens.items() if weight > 0],
        batch_size=500,
    )


@transaction.atomic
def index_page(page: Page) -> bool:
    """Index a page if the public can see it, otherwise remove it. Returns True if indexed."""
    page = page.specific
    if not page_is_public(page):
        IndexEntry.objects.filter(page_id=page.pk).delete()
        if is_excluded_model(type(page)):
            _recheck_referenced_documents(page)
        return False
    title, body, tokens = object_text(page)
    entry = IndexEntry.objects.filter(page_id=page.pk).first() or IndexEntry(page_id=page.pk)
    entry.content_type = ContentType.objects.get_for_model(page)
    entry.locale_id = page.locale_id
    entry.site_id = site_id_for(page)
    entry.ita_group = group_for(page)
    entry.title, entry.body = title[:255], body
    _write(entry, tokens)
    return True


def _source_key(document) -> str:
    return f"{document.file.name}:{document.file_hash or ''}:{document.file_size or ''}"[:255]


def _document_text(document, entry: IndexEntry | None) -> str:
    key = _source_key(document)
    if entry is not None and entry.source_key == key:
        # Same file as last time: reuse the text extracted at upload.
        return entry.body
    try:
        with document.open_file() as handle:
            return extract_text(handle, document.file.name)
    except (OSError, ValueError):
        logger.warning("search: cannot open document %s", document.pk, exc_info=True)
        return ""


@transaction.atomic
def index_document(document) -> bool:
    """Index a document (extracting its text if its file is new), or remove it."""
    entry = IndexEntry.objects.filter(document_id=document.pk).first()
    if not document_is_public(document):
        if entry is not None:
            entry.delete()
        return False
    text = _document_text(document, entry)
    title = force_str(document.title)
    tokens = thai.index_tokens(title, TITLE_WEIGHT)
    for _name, _boost, extra in _field_texts(document, document.get_search_fields()):
        if _name != "title" and extra:
            tokens.update(thai.index_tokens(extra, 2.0))
    tokens.update(thai.index_tokens(text))
    entry = entry or IndexEntry(document_id=document.pk)
    entry.content_type = ContentType.objects.get_for_model(document)
    entry.locale_id = None
    entry.ita_group = ""
    entry.title, entry.body, entry.source_key = title[:255], text, _source_key(document)
    _write(entry, tokens)
    return True


def unindex_page(page: Page) -> None:
    IndexEntry.objects.filter(page_id=page.pk).delete()


def index_subtree(page: Page) -> None:
    """Re-check a page and its descendants (after a move or a privacy change)."""
    for descendant in Page.objects.descendant_of(page, inclusive=True).specific().iterator():
        index_page(descendant)


def index_collection(collection) -> None:
    """Re-check every document in a collection and its sub-collections."""
    documents = get_document_model().objects.filter(collection__in=collection.get_descendants(inclusive=True))
    for document in documents.iterator():
        index_document(document)


def rebuild(stdout=None) -> tuple[int, int]:
    """Drop and rebuild the whole index. Returns (pages, documents) indexed."""
    IndexEntry.objects.all().delete()
    pages = documents = 0
    for page in Page.objects.live().filter(depth__gt=1).specific().iterator():
        pages += index_page(page)
    for document in get_document_model().objects.all().iterator():
        documents += index_document(document)
    if stdout is not None:
        stdout.write(f"Indexed {pages} pages and {documents} documents.\n")
    return pages, documents
