"""Find every date inside a page's blocks, named the way the editor sees it.

Why: last year's signing dates, report rows and monthly statistics stay in a draft
carried forward; the assessor judges them against the new year, so the editor is
told each one ("Announcement › Signing date") rather than left to find them.
"""

from __future__ import annotations

import datetime as dt

from wagtail import blocks
from wagtail.fields import StreamField


def _label(block) -> str:
    return str(block.label or block.name or "")


def _walk(block, value, where: list[str]):
    if value is None:
        return
    if isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from _walk(child.block, child.value, [*where, _label(child.block)])
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            yield from _walk(child, value.get(name), [*where, _label(child)])
    elif isinstance(block, blocks.ListBlock):
        for number, item in enumerate(value, start=1):
            yield from _walk(block.child_block, item, [*where, str(number)])
    elif isinstance(block, (blocks.DateBlock, blocks.DateTimeBlock)) and isinstance(value, dt.date):
        yield " › ".join(w for w in where if w), value


def dates_in(page) -> list[tuple[str, dt.date]]:
    """(where, date) for every date in every StreamField of ``page``, in page order."""
    found = []
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            found.extend(_walk(field.stream_block, getattr(page, field.name), [str(field.verbose_name)]))
    return found
