"""The homepage regions: which widgets each region offers, and what a new homepage holds.

Why the offer is fixed here but the requirement is not: a region's widget list is the
block schema (stored content depends on it), while which ITA widgets a published
homepage must hold is the catalogue's placement, read at publish time
(`home.placement`). A new homepage starts with the widgets the default year's
catalogue requires, so an editor rarely has to add them by hand.
"""

from __future__ import annotations

from wagtail import blocks

from ita_pages.core.catalogue.placement import BOTTOM, MAIN, REGIONS, RIGHT, region_for, widget_items

from .base import site_catalogue
from .content import HeroBannerBlock, HighlightsBlock, LinksBlock, NoticeBlock, VisitorStatsBlock
from .ita import ComplaintQRBlock, EITQRBlock, NewsWidgetBlock, ProcurementWidgetBlock, SocialBannerBlock


class MainRegionBlock(blocks.StreamBlock):
    """Main column: optional widgets only."""

    hero = HeroBannerBlock()
    highlights = HighlightsBlock()
    links = LinksBlock()
    notice = NoticeBlock()


class RightRegionBlock(blocks.StreamBlock):
    """Right column: the banner and QR widgets, and the visitor statistics."""

    social_banner = SocialBannerBlock()
    complaint_qr = ComplaintQRBlock()
    eit_qr = EITQRBlock()
    visitor_stats = VisitorStatsBlock()
    links = LinksBlock()
    notice = NoticeBlock()

    class Meta:
        # The counter is the agency's own rule, not an ITA item; ITA widgets are
        # required by the catalogue's placement when the homepage is published.
        block_counts = {"visitor_stats": {"min_num": 1, "max_num": 1}}


class BottomRegionBlock(blocks.StreamBlock):
    """Bottom section: the news and procurement announcement widgets."""

    news = NewsWidgetBlock()
    procurement = ProcurementWidgetBlock()
    highlights = HighlightsBlock()
    links = LinksBlock()


# Region (the HomePage field of the same name) -> the widgets it offers.
REGION_BLOCKS = {MAIN: MainRegionBlock, RIGHT: RightRegionBlock, BOTTOM: BottomRegionBlock}


def widgets_serving(page_type: str, region: str) -> list[str]:
    """Names of the widgets `region` offers for the item page type `page_type`."""
    wanted = page_type.lower()
    return [
        name
        for name, block in REGION_BLOCKS[region].base_blocks.items()
        if getattr(block, "page_type", "") and block.page_type.lower() == wanted
    ]


def home_region_of(item) -> str | None:
    """The region a new homepage puts the item's widget in: the one the catalogue names,
    or for "anywhere" the first region (in page order) offering it; None if none does."""
    wanted = region_for(item.placement)
    candidates = [wanted] if wanted else list(REGIONS)
    return next((region for region in candidates if widgets_serving(item.page_type, region)), None)


def _default_region(region: str, extra: tuple[str, ...] = ()) -> list[dict]:
    names = [
        widgets_serving(item.page_type, region)[0]
        for item in widget_items(site_catalogue(None))
        if home_region_of(item) == region
    ]
    return [{"type": name, "value": {}} for name in (*names, *extra)]


def default_right_region():
    """The right-column widgets a new homepage starts with: those the catalogue places there."""
    return _default_region(RIGHT, extra=("visitor_stats",))


def default_bottom_region():
    """The bottom widgets a new homepage starts with: those the catalogue places there."""
    return _default_region(BOTTOM)
