"""Walk a page's content for what rules inspect: links, documents, structured rows.

Why walk the raw data: a document or page that was deleted after being chosen
disappears from the resolved block value (it becomes None), but its id stays in the
stored JSON. Walking the raw JSON with the block definitions finds those dangling
references, names where they are ("ผู้บริหาร 2 › รูปถ่าย") and needs no knowledge
of any particular page type.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from django.db import models
from django.utils.text import format_lazy
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField

_LINK_RE = re.compile(r"<a\b([^>]*)>", re.IGNORECASE)
_ATTR_RE = re.compile(r'([a-zA-Z_:-]+)\s*=\s*"([^"]*)"')


class Where:
    """A lazy human path ("เนื้อหา › ผู้บริหาร 2 › รูปถ่าย") that renders in the active language."""

    def __init__(self, *labels):
        self.labels = tuple(label for label in labels if label not in (None, ""))

    def child(self, label) -> Where:
        return Where(*self.labels, label)

    def __str__(self) -> str:
        return " › ".join(str(label) for label in self.labels)

    def __repr__(self) -> str:
        return f"Where({str(self)!r})"


@dataclass(frozen=True)
class Reference:
    """One piece of evidence a page points at."""

    kind: str  # "document" | "page" | "url"
    target: str  # document/page id as text, or the URL
    where: Where  # where it sits on the page, for messages


def _label(block, name: str):
    return getattr(block, "label", None) or name


def rich_text_references(source: str, where: Where) -> Iterator[Reference]:
    """Links in Wagtail's stored rich text (``<a linktype="page" id="3">``, ``<a href>``)."""
    for match in _LINK_RE.finditer(source or ""):
        attrs = dict(_ATTR_RE.findall(match.group(1)))
        linktype = attrs.get("linktype")
        if linktype in ("page", "document") and attrs.get("id"):
            yield Reference(linktype, attrs["id"], where)
        elif linktype is None and attrs.get("href", "").startswith(("http://", "https://")):
            yield Reference("url", attrs["href"], where)


def _raw_stream(value) -> list:
    raw = getattr(value, "raw_data", None)
    if raw is not None:
        return list(raw)
    return list(value or [])


def walk_raw(block, raw, where: Where) -> Iterator[tuple[blocks.Block, object, Where]]:
    """Yield (block, raw value, where) for `block` and every block inside it."""
    yield block, raw, where
    if isinstance(block, blocks.StreamBlock):
        counters: dict[str, int] = {}
        for child in raw or []:
            if not isinstance(child, dict):
                continue
            child_block = block.child_blocks.get(child.get("type"))
            if child_block is None:
                continue
            counters[child_block.name] = counters.get(child_block.name, 0) + 1
            label = format_lazy("{} {}", _label(child_block, child_block.name), counters[child_block.name])
            yield from walk_raw(child_block, child.get("value"), where.child(label))
    elif isinstance(block, blocks.ListBlock):
        for index, child in enumerate(raw or [], start=1):
            value = child.get("value") if isinstance(child, dict) and "type" in child else child
            yield from walk_raw(block.child_block, value, where.child(str(index)))
    elif isinstance(block, blocks.StructBlock):
        raw = raw if isinstance(raw, dict) else {}
        for name, child_block in block.child_blocks.items():
            yield from walk_raw(child_block, raw.get(name), where.child(_label(child_block, name)))


def stream_fields(page) -> Iterator[tuple[StreamField, object]]:
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            yield field, getattr(page, field.name)


def references(page) -> list[Reference]:
    """Every document, internal page and external URL the page's content points at."""
    found: list[Reference] = []
    for field in page._meta.get_fields():
        where = Where(getattr(field, "verbose_name", None) or field.name)
        if isinstance(field, StreamField):
            raw = _raw_stream(getattr(page, field.name))
            for block, value, path in walk_raw(field.stream_block, raw, where):
                found.extend(_block_references(block, value, path))
        elif isinstance(field, RichTextField):
            found.extend(rich_text_references(getattr(page, field.name) or "", where))
        elif isinstance(field, models.ForeignKey) and field.related_model is not None:
            if field.related_model._meta.label_lower == "wagtaildocs.document":
                doc_id = getattr(page, field.attname)
                if doc_id:
                    found.append(Reference("document", str(doc_id), where))
        elif isinstance(field, models.URLField):
            url = getattr(page, field.name)
            if url:
                found.append(Reference("url", url, where))
    return found


def _block_references(block, value, where: Where) -> list[Reference]:
    if value in (None, "", [], {}):
        return []
    if isinstance(block, DocumentChooserBlock):
        return [Reference("document", str(value), where)]
    if isinstance(block, blocks.PageChooserBlock):
        return [Reference("page", str(value), where)]
    if isinstance(block, blocks.URLBlock):
        return [Reference("url", str(value), where)]
    if isinstance(block, blocks.RichTextBlock):
        return list(rich_text_references(str(value), where))
    return []


def struct_rows(page) -> Iterator[tuple[blocks.StructBlock, dict, Where]]:
    """Every StructBlock value in the page's streams, as raw dicts (item rules read these)."""
    for field, value in stream_fields(page):
        where = Where(field.verbose_name)
        for block, raw, path in walk_raw(field.stream_block, _raw_stream(value), where):
            if isinstance(block, blocks.StructBlock) and isinstance(raw, dict):
                yield block, raw, path
