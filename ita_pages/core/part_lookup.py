"""Where a page keeps a catalogue part: its page type's spec, else a catalogue-part block.

Why: a page type's ``part_specs`` names the parts its dedicated blocks give. A later
year may add a part no block was written for; the page then holds it in a generic
catalogue-part block (``ita_pages.items.blocks.catalogue_part``) chosen by the part's key.
Publishing, the checker and the start-up drift check all ask this module, so "a
new part needs no code" holds in each of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from wagtail.blocks import StreamValue
from wagtail.fields import StreamField

from ita_pages.core.parts import PartContext, is_empty, spec

PART_BLOCK = "catalogue_part"


def part_block_field(model) -> str | None:
    """The StreamField of ``model`` that accepts catalogue-part blocks, if any."""
    for field in model._meta.get_fields():
        if isinstance(field, StreamField) and PART_BLOCK in field.stream_block.child_blocks:
            return field.name
    return None


def is_filled(value) -> bool:
    """A catalogue-part block counts when it gives text, a document or a link."""
    if not is_empty(value.get("text")):
        return True
    if any(doc.get("document") is not None for doc in value.get("documents") or []):
        return True
    return any(not is_empty(link.get("url")) for link in value.get("links") or [])


@dataclass(frozen=True)
class PartBlock:
    """A part given by a catalogue-part block with this key (see the module docstring)."""

    field: str
    key: str

    def blocks(self, stream) -> list:
        if not isinstance(stream, (StreamValue, list)):
            return []
        return [c for c in stream if c.block_type == PART_BLOCK and c.value.get("part") == self.key]

    def is_present(self, values: dict, ctx: PartContext) -> bool:
        return any(is_filled(c.value) for c in self.blocks(values.get(self.field)))

    def remove(self, page) -> None:
        stream = getattr(page, self.field)
        keep = [(c.block_type, c.value, c.id) for c in stream if c not in self.blocks(stream)]
        setattr(page, self.field, StreamValue(stream.stream_block, keep))


def part_spec_for(model, key: str):
    """How ``model`` pages give part ``key``, or None when they cannot hold it at all."""
    specs = getattr(model, "part_specs", None) or {}
    if key in specs:
        return spec(specs[key])
    field = part_block_field(model)
    return PartBlock(field, key) if field else None
