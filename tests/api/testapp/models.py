"""A page with one StreamField block of every kind the API treats specially."""

from django.db import models
from wagtail import blocks
from wagtail.api import APIField
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtail.models import Page


class CardBlock(blocks.StructBlock):
    """Nested chooser blocks: the API must resolve them inside structs and lists too."""

    heading = blocks.CharBlock()
    picture = ImageChooserBlock(required=False)
    files = blocks.ListBlock(DocumentChooserBlock())
    period_start = blocks.DateBlock(required=False)

    class Meta:
        icon = "form"
        label = "Card"
        help_text = "Test card"
        preview_value = {"heading": "Card"}


class StreamTestPage(Page):
    """Test page type exposing a StreamField and a plain field through api_fields."""

    summary = models.CharField(max_length=255, blank=True)
    body = StreamField(
        [
            ("heading", blocks.CharBlock()),
            ("paragraph", blocks.RichTextBlock()),
            ("image", ImageChooserBlock()),
            ("figure", ImageBlock()),
            ("document", DocumentChooserBlock()),
            ("link", blocks.PageChooserBlock()),
            ("card", CardBlock()),
        ],
        blank=True,
    )

    api_fields = [APIField("summary"), APIField("body")]
