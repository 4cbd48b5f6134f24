"""Freeze a year's submission, render a frozen item, and tell what changed since.

Why in one module: the three must agree on what "the frozen content" is — the live
revision at freezing time, with a copy of its content and of each document's file.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from wagtail.documents import get_document_model
from wagtail.models import Page

from .checker import run_checks
from .content import references
from .context import CheckContext
from .models import FrozenDocument, FrozenItem, FrozenSubmission
from .rules.evidence import document_file_exists

# Bookkeeping that changes on every publish and means nothing to an assessor.
_IGNORED_FIELDS = {
    "id",
    "pk",
    "path",
    "depth",
    "numchild",
    "url_path",
    "draft_title",
    "live",
    "has_unpublished_changes",
    "first_published_at",
    "last_published_at",
    "live_revision",
    "latest_revision",
    "latest_revision_created_at",
    "locked",
    "locked_at",
    "locked_by",
    "owner",
    "content_type",
    "page_ptr",
    "translation_key",
    "locale",
    "alias_of",
    "expired",
    "go_live_at",
    "expire_at",
}


class AlreadyFrozen(Exception):
    """The year's submission exists; the first submitted link must stay."""


def sha256_of(file) -> tuple[str, int, bytes]:
    digest, size, chunks = hashlib.sha256(), 0, []
    file.open("rb")
    try:
        for chunk in file.chunks():
            digest.update(chunk)
            size += len(chunk)
            chunks.append(chunk)
    finally:
        file.close()
    return digest.hexdigest(), size, b"".join(chunks)


def freeze(site, year: int, user=None) -> FrozenSubmission:
    """Record every item's URL, live revision and documents for `site` and `year`."""
    if FrozenSubmission.objects.filter(site=site, year=year).exists():
        raise AlreadyFrozen(f"ITA {year} of {site} is already frozen")
    report = run_checks(site, year)
    ctx = CheckContext(site, year)
    documents = get_document_model().objects
    try:
        with transaction.atomic():
            submission = FrozenSubmission.objects.create(
                site=site, year=year, frozen_by=user, passed=report.passed, total=report.total
            )
            for result in report.items:
                page = Page.objects.filter(pk=result.page_id).first() if result.page_id else None
                revision = page.live_revision if page is not None and page.live else None
                item = FrozenItem.objects.create(
                    submission=submission,
                    code=result.code,
                    title_th=result.title_th,
                    status=result.status,
                    url=result.url or "",
                    page=page,
                    revision=revision,
                    content_type=ContentType.objects.get_for_id(page.content_type_id) if page else None,
                    content=revision.content if revision is not None else None,
                )
                live = ctx.live_object(page) if page is not None and page.live else None
                if live is None:
                    continue
                ids = {int(r.target) for r in references(live) if r.kind == "document" and r.target.isdigit()}
                for document in documents.filter(pk__in=ids).order_by("pk"):
                    _freeze_document(item, document)
    except IntegrityError as exc:  # a concurrent freeze won the race
        raise AlreadyFrozen(str(exc)) from exc
    return submission


def _freeze_document(item: FrozenItem, document) -> None:
    frozen = FrozenDocument(item=item, document=document, title=document.title, file_name="", sha256="")
    if document_file_exists(document):
        digest, size, data = sha256_of(document.file)
        frozen.file_name = os.path.basename(document.file.name)
        frozen.sha256, frozen.size = digest, size
        frozen.copy.save(f"{item.submission.year}-{item.code}-{frozen.file_name}", ContentFile(data), save=False)
    frozen.save()


def frozen_object(item: FrozenItem) -> Page | None:
    """The page as it was when frozen (from the revision, else from the content copy)."""
    if item.revision is not None:
        return item.revision.as_object()
    if item.content is None or item.content_type is None:
        return None
    model = item.content_type.model_class()
    if model is None:
        return None
    if item.page is not None:
        return item.page.specific.with_content_json(item.content)
    return model.from_serializable_data(item.content, check_fks=False, strict_fks=False)


@dataclass
class ItemChanges:
    """What differs between the frozen item and today's live page."""

    code: str
    title: str
    page_gone: bool = False
    unpublished: bool = False
    new_revision: bool = False
    fields: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.page_gone or self.unpublished or bool(self.fields) or bool(self.documents)


def changes_since(submission: FrozenSubmission) -> list[ItemChanges]:
    """Per frozen item: page removed or unpublished, fields edited, documents replaced."""
    result = []
    for item in submission.items.select_related("page", "revision").prefetch_related("documents__document"):
        changes = ItemChanges(code=item.code, title=item.title_th)
        if item.content is not None:
            page = item.page
            if page is None:
                changes.page_gone = True
            elif not page.live:
                changes.unpublished = True
            elif page.live_revision_id != getattr(item.revision, "pk", None):
                changes.new_revision = True
                changes.fields = _changed_fields(page.specific_class, item.content, page.live_revision.content)
        for frozen_doc in item.documents.all():
            doc = frozen_doc.document
            if doc is None or not document_file_exists(doc) or sha256_of(doc.file)[0] != frozen_doc.sha256:
                changes.documents.append(frozen_doc.title)
        result.append(changes)
    return result


def _changed_fields(model, before: dict, after: dict) -> list[str]:
    names = []
    for model_field in model._meta.concrete_fields:
        if model_field.name in _IGNORED_FIELDS or model_field.attname in _IGNORED_FIELDS:
            continue
        key = model_field.attname if model_field.attname in before else model_field.name
        if before.get(key) != after.get(key):
            names.append(str(model_field.verbose_name))
    return names
