"""One catalogue part held as text, evidence documents and links, for any item page.

Why: a new year's catalogue adds parts (and items) no dedicated block was written
for. Rather than a new block type, a migration and a release each year, an editor
adds this block, picks the part by its catalogue key and fills in what the assessor
looks for; the publish check finds the part by that key (``ita_pages.core.part_lookup``).
"""

from __future__ import annotations

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .documents import EvidenceDocumentBlock
from .fields import line


def part_choices() -> list[tuple[str, str]]:
    """Every part key of every installed catalogue, labelled in Thai as the newest year names it."""
    from ita_pages.core.catalogue import registry

    labels: dict[str, str] = {}
    for catalogue in reversed(list(registry.catalogues().values())):
        for item in catalogue.items:
            for part in item.parts:
                labels.setdefault(part.key, f"{part.label_th} ({part.key})")
    return sorted(labels.items(), key=lambda pair: pair[1])


class PartLinkBlock(blocks.StructBlock):
    """A link an assessor follows to see the part (another site, a system, a file share)."""

    title = line(_("Link text"))
    url = blocks.URLBlock(label=_("Address"))

    class Meta:
        icon = "link"
        label = _("Link")


class CataloguePartBlock(blocks.StructBlock):
    """One catalogue part, named by its key, with its content and evidence."""

    part = blocks.ChoiceBlock(
        choices=part_choices,
        label=_("Catalogue part"),
        help_text=_("The part of the ITA item this block gives, as the year's catalogue names it."),
    )
    text = blocks.RichTextBlock(
        label=_("Content"),
        required=False,
        help_text=_("What the assessor looks for, written out."),
    )
    documents = blocks.ListBlock(EvidenceDocumentBlock(), label=_("Evidence documents"), default=[])
    links = blocks.ListBlock(PartLinkBlock(), label=_("Links"), default=[])

    class Meta:
        icon = "list-ul"
        label = _("Catalogue part")
        help_text = _(
            "For a part the year's catalogue asks for that no other block on this page gives: "
            "pick the part, then give its content, documents or links."
        )
        preview_value = {"part": "", "text": "<p>รายละเอียดตามที่ผู้ประเมินตรวจ</p>"}
        template = "ita_pages/blocks/catalogue_part.html"

    def get_context(self, value, parent_context=None):
        """Show the part under its label in the page's year, not its key."""
        context = super().get_context(value, parent_context)
        item = (parent_context or {}).get("ita_item")
        label = ""
        if item is not None:
            try:
                label = item.part(value.get("part")).text("label", get_language())
            except KeyError:
                label = ""
        context["part_label"] = label or dict(part_choices()).get(value.get("part"), value.get("part"))
        return context
