"""Small constructors for the child blocks every shape uses.

Why: the same few field kinds (a required line, a paragraph, an amount in baht, a
date) recur in every shape; one place gives them consistent limits, so a budget is
always a non-negative baht amount. A child that a catalogue part checks is built
with ``required=False``: the year's catalogue decides at publish whether it is needed.
"""

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class ITAStructBlock(blocks.StructBlock):
    """Base of every shape: rendered by one template that labels each child."""

    class Meta:
        template = "ita_pages/blocks/struct.html"


class BahtBlock(blocks.DecimalBlock):
    """An amount in baht (rendered with thousands separators and "บาท")."""


def line(label, help_text="", required=True, max_length=255):
    return blocks.CharBlock(label=label, help_text=help_text, required=required, max_length=max_length)


def paragraph(label, help_text="", required=True):
    return blocks.TextBlock(label=label, help_text=help_text, required=required)


def baht(label, help_text="", required=True):
    return BahtBlock(label=label, help_text=help_text, required=required, min_value=0, max_digits=14, decimal_places=2)


def count(label, help_text="", required=True):
    return blocks.IntegerBlock(label=label, help_text=help_text, required=required, min_value=0)


def date(label, help_text="", required=True):
    return blocks.DateBlock(label=label, help_text=help_text, required=required)


def document(label, help_text="", required=False):
    return DocumentChooserBlock(label=label, help_text=help_text, required=required)


def image(label, help_text="", required=True):
    return ImageChooserBlock(label=label, help_text=help_text, required=required)


def steps(label, help_text=""):
    """Ordered steps (how many are needed is the catalogue part's to say)."""
    return blocks.ListBlock(blocks.CharBlock(label=label, max_length=500), label=label, help_text=help_text)
