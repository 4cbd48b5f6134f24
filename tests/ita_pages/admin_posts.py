"""The POST data the Wagtail page editor sends, built from a real edit form and a page.

Why: the block editor draws a StreamField's inputs with JavaScript, so the rendered
HTML holds the plain fields (title, slug, period, the comments formset…) but not the
blocks. ``form_post`` reads the plain fields from the edit form the admin rendered
(``querydict_from_html``) and writes each StreamField the way the block editor posts
it (``<field>-count``, ``-N-type``, ``-N-value-…``, ``-N-order``, ``-N-deleted``,
``-N-id``), from each block's own form state. The edits an editor makes in the block
editor (delete, move, duplicate) are then changes to that data, as the browser makes
them: a deleted block is flagged, a moved one changes its order, a duplicate is a new
entry with a fresh id.
"""

from __future__ import annotations

import uuid

from django.http import QueryDict
from wagtail.blocks import BooleanBlock, ChooserBlock, FieldBlock, ListBlock, StreamBlock, StructBlock
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html


def stream_fields(model) -> list[StreamField]:
    return [f for f in model._meta.get_fields() if isinstance(f, StreamField)]


def block_data(block, value):
    """Nested form data of one block value (flattened later by ``nested_form_data``)."""
    if isinstance(block, StreamBlock):
        return StreamPost("", block, value).items()
    if isinstance(block, StructBlock):
        return {name: block_data(child, value.get(name)) for name, child in block.child_blocks.items()}
    if isinstance(block, ListBlock):
        children = list(value.bound_blocks) if hasattr(value, "bound_blocks") else list(value or [])
        data = {
            str(i): {
                "value": block_data(block.child_block, getattr(c, "value", c)),
                "order": str(i),
                "deleted": "",
                "id": getattr(c, "id", None) or str(uuid.uuid4()),
            }
            for i, c in enumerate(children)
        }
        return data | {"count": str(len(children))}
    if isinstance(block, ChooserBlock):
        return str(value.pk) if value is not None else ""
    if isinstance(block, BooleanBlock):
        return "on" if value else ""
    if isinstance(block, FieldBlock):
        state = block.get_form_state(value)
        if isinstance(state, list):  # a <select>: one chosen option
            state = state[0] if state else ""
        return "" if state is None else str(state)
    raise TypeError(f"no form data for {type(block).__name__}")


class StreamPost:
    """One StreamField's entries in a post, with the edits the block editor can make."""

    def __init__(self, name: str, block: StreamBlock, value):
        self.name = name
        self.block = block
        self.entries = [
            {"type": c.block_type, "value": block_data(c.block, c.value), "deleted": "", "id": c.id} for c in value
        ]
        self.order = list(range(len(self.entries)))  # entry index in display order
        self.copied_from: dict[str, str] = {}  # a duplicate's new id → the original's id

    def delete(self, position: int) -> None:
        self.entries[self.order.pop(position)]["deleted"] = "1"

    def swap(self, a: int, b: int) -> None:
        self.order[a], self.order[b] = self.order[b], self.order[a]

    def duplicate(self, position: int) -> None:
        original = self.entries[self.order[position]]
        copy_id = str(uuid.uuid4())
        self.copied_from[copy_id] = original["id"]
        self.entries.append({**original, "id": copy_id})
        self.order.insert(position + 1, len(self.entries) - 1)

    def items(self) -> dict:
        """Nested form data; a deleted entry keeps a place after the visible ones."""
        position = {entry: pos for pos, entry in enumerate(self.order)}
        items = {}
        for i, entry in enumerate(self.entries):
            items[str(i)] = {**entry, "order": str(position.get(i, len(self.order) + i))}
        return items | {"count": str(len(self.entries))}

    def data(self) -> dict:
        return nested_form_data({self.name: self.items()})

    def visible(self) -> list[tuple[str, str]]:
        """(block type, id) in display order, without deleted blocks."""
        return [(self.entries[i]["type"], self.entries[i]["id"]) for i in self.order]


def form_post(html: str, page, streams: dict[str, StreamPost] | None = None, action: str = "action-publish"):
    """The editor's POST: the rendered form's plain fields plus every StreamField of ``page``."""
    data: QueryDict = querydict_from_html(html, form_id="page-edit-form")
    for field in stream_fields(type(page)):
        post = (streams or {}).get(field.name) or StreamPost(field.name, field.stream_block, getattr(page, field.name))
        for key in [k for k in data if k == field.name or k.startswith(f"{field.name}-")]:
            del data[key]
        data.update(post.data())
    if action:
        data[action] = action
    return data
