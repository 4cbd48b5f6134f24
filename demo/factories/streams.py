"""Stream values shaped as the page editor submits them.

Why: a value built in code may leave a struct child out or give a text as None,
which the editor's form never does; block validation would then skip the missing
child (StructBlock.clean only cleans the children it is given). Normalising first
makes a factory-built page face exactly the editor's publish validation.
"""

from __future__ import annotations

from wagtail import blocks
from wagtail.fields import StreamField


def _blank_text(block, raw):
    """Raw block data with every text left out given as "", as the editor's form submits it."""
    if isinstance(block, blocks.StreamBlock):
        for child in raw or []:
            child["value"] = _blank_text(block.child_blocks[child["type"]], child["value"])
        return raw
    if isinstance(block, blocks.StructBlock):
        raw = dict(raw or {})
        for name, child_block in block.child_blocks.items():
            if name not in raw and not isinstance(child_block, (blocks.CharBlock, blocks.TextBlock)):
                continue  # left to the child's default, as the form shows it (a widget's count)
            raw[name] = _blank_text(child_block, raw.get(name))
        return raw
    if isinstance(block, blocks.ListBlock):
        for item in raw or []:
            if isinstance(item, dict) and "value" in item and "type" in item:
                item["value"] = _blank_text(block.child_block, item["value"])
        return raw
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)) and raw is None:
        return ""
    return raw


def as_submitted(page) -> None:
    """Give ``page``'s StreamFields the shape an editor's form produces (no None texts)."""
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            value = getattr(page, field.name)
            raw = _blank_text(field.stream_block, value.get_prep_value())
            setattr(page, field.name, field.stream_block.to_python(raw))
