"""The shared base of the indicator pages: an item page with a period, under an ITA index.

Why one base: most items are a page of their own that must carry the period it
covers and stay at a stable URL (``/th/ita/2566/o2/``). The catalogue behaviour
(item, year, publish rules) comes from ``ItemPage``; the page type only declares its
blocks and where each catalogue part lives (``part_specs``).
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, TitleFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from ita_pages.core.fiscal import format_thai_period
from ita_pages.core.part_lookup import PART_BLOCK
from ita_pages.items.blocks import EvidenceDocumentBlock, NilStatementBlock
from ita_pages.items.blocks.catalogue_part import CataloguePartBlock
from ita_pages.items.panels import ItemHelpPanel

from .item import ItemPage


def body_field(*blocks):
    """The page's StreamField: the item's blocks, optional evidence documents and a nil statement.

    No block counts here: which parts are required, and how many, is the year's
    catalogue's to say, checked at publish. Every item can record a nil statement so
    that a catalogue may accept one for any item; publishing refuses it where the
    catalogue does not.
    """
    return StreamField(
        [
            *blocks,
            ("document", EvidenceDocumentBlock()),
            ("nil", NilStatementBlock()),
            (PART_BLOCK, CataloguePartBlock()),
        ],
        verbose_name=_("content"),
        help_text=_("The parts the assessor looks for are listed at the top; publishing checks each of them."),
    )


class IndicatorPage(ItemPage, Page):
    """Abstract base of the indicator pages: an ``ItemPage`` with its own period fields,
    one page per item under an ITA index, at the item code's URL."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("An optional short introduction."))
    period_start = models.DateField(
        _("period from"),
        null=True,
        blank=True,
        help_text=_("First day of the period this item covers; the assessor checks it against the year."),
    )
    period_end = models.DateField(
        _("period to"), null=True, blank=True, help_text=_("Last day of the period this item covers.")
    )

    period_fields = ("period_start", "period_end")
    slug_is_item_code = True
    icon = "doc-full"

    parent_page_types = ["ita_pages.ITAIndexPage"]
    subpage_types: list = []
    max_count_per_parent = 1
    # Wagtail derives `template` from each class name; all indicator pages share one.
    indicator_template = "ita_pages/indicator_page.html"

    content_panels = [
        ItemHelpPanel(),
        TitleFieldPanel("title"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")])],
            heading=_("Period covered"),
        ),
    ]

    class Meta:
        abstract = True

    @classmethod
    def can_create_at(cls, parent):
        if not super().can_create_at(parent):
            return False
        item, _year = cls.item_for_parent(parent)
        return item is not None

    def period_display(self) -> str:
        """ "ปีงบประมาณ พ.ศ. 2566" or "ตุลาคม 2565 – มีนาคม 2566" (English pages in CE)."""
        if not self.period.is_complete or self.period_end < self.period_start:
            return ""
        thai = (get_language() or "th").startswith("th")
        years = self.period.fiscal_years()
        if years:
            first, last = years
            span = str(first) if first == last else f"{first}–{last}"
            return f"ปีงบประมาณ พ.ศ. {span}" if thai else f"Fiscal year B.E. {span}"
        from ita_pages.core.fiscal import Period as FiscalPeriod

        period = FiscalPeriod(self.period_start, self.period_end)
        if thai:
            return format_thai_period(period)
        start, end = self.period_start.strftime("%B %Y"), self.period_end.strftime("%B %Y")
        return start if start == end else f"{start} – {end}"

    def get_template(self, request, *args, **kwargs):
        return self.indicator_template


class BodyIndicatorPage(IndicatorPage):
    """Indicator page whose content is one StreamField called ``body``."""

    content_panels = [*IndicatorPage.content_panels, FieldPanel("body")]
    nil_path = "body.nil"

    class Meta:
        abstract = True
