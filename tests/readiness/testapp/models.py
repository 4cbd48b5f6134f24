"""Pages shaped like indicator pages: a stream of parts, a period and a nil flag."""

from django.db import models
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page


class PersonBlock(blocks.StructBlock):
    """An executive (O2-like)."""

    name = blocks.CharBlock(label="Full name")
    role = blocks.ChoiceBlock(choices=[("top", "Top"), ("deputy", "Deputy"), ("other", "Other")], label="Role")
    side = blocks.ChoiceBlock(
        choices=[("political", "Political"), ("civil_service", "Civil service")], required=False, label="Side"
    )
    contact = blocks.CharBlock(label="Contact channel")


class SignedBlock(blocks.StructBlock):
    """A signed announcement (O31-like)."""

    signer = blocks.CharBlock(label="Signed by")
    signer_role = blocks.ChoiceBlock(choices=[("top", "Top"), ("other", "Other")], required=False)
    document = DocumentChooserBlock(required=False, label="Signed document")


class MonthBlock(blocks.StructBlock):
    """One month of procurement (O21-like)."""

    month = blocks.DateBlock(label="Month")
    nil_statement = blocks.CharBlock(required=False, label="Nil statement")
    procurements = blocks.ListBlock(blocks.CharBlock(label="Procurement"), default=[], label="Procurements")


class BodyBlock(blocks.StreamBlock):
    summary = blocks.CharBlock(label="Summary")
    person = PersonBlock()
    signed = SignedBlock()
    month = MonthBlock()
    document = DocumentChooserBlock(label="Document")
    page = blocks.PageChooserBlock(label="Related page")
    link = blocks.URLBlock(label="External link")
    text = blocks.RichTextBlock(label="Text")

    class Meta:
        block_counts = {"summary": {"min_num": 1}}


class IndexPage(Page):
    """Stands in for the ITA index."""

    year = models.PositiveIntegerField(default=2566)
    template = "readiness_testapp/index_page.html"


class ItemPage(Page):
    """Stands in for an indicator page."""

    body = StreamField(BodyBlock(), verbose_name="Content")
    intro = RichTextField(blank=True, verbose_name="Introduction")
    period_start = models.DateField(null=True, blank=True)
    period_end = models.DateField(null=True, blank=True)
    is_nil_statement = models.BooleanField(default=False)
    require_intro = models.BooleanField(default=False)
    template = "readiness_testapp/item_page.html"

    def publish_errors(self):
        if self.require_intro and not self.intro:
            return {"intro": ["The introduction is required."]}
        return {}


class ExecutivesPage(ItemPage):
    template = "readiness_testapp/item_page.html"


class NoGiftPage(ItemPage):
    template = "readiness_testapp/item_page.html"


class MonthlyPage(ItemPage):
    template = "readiness_testapp/item_page.html"

    def ita_months(self):
        """Months with procurements or a nil statement (what the period rule counts)."""
        for child in self.body:
            if child.block_type == "month" and (child.value["procurements"] or child.value["nil_statement"]):
                yield child.value["month"].year, child.value["month"].month


class OtherPage(ItemPage):
    template = "readiness_testapp/item_page.html"
