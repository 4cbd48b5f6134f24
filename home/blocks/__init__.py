"""Homepage widgets, one StreamBlock per region (main, right column, bottom).

The ITA fixes where some items must appear on the homepage, and the year's catalogue
says which items and where (each item's `placement`). A widget only says which page
type it serves; its item code and target come from the catalogue of the site's year
(`base`), the agency's own widgets are in `content`, the ITA ones in `ita`, and what
each region offers in `regions`. Which widgets a published homepage must hold is
checked by `home.placement`.
"""

from .base import WidgetBlock, in_site, item_page, qr_data_uri, site_catalogue
from .content import HeroBannerBlock, HighlightsBlock, LinksBlock, NoticeBlock, VisitorStatsBlock
from .ita import (
    QR_KINDS,
    ComplaintQRBlock,
    EITQRBlock,
    NewsWidgetBlock,
    ProcurementWidgetBlock,
    SocialBannerBlock,
    qr_target,
)
from .regions import (
    REGION_BLOCKS,
    BottomRegionBlock,
    MainRegionBlock,
    RightRegionBlock,
    default_bottom_region,
    default_right_region,
    home_region_of,
    widgets_serving,
)

__all__ = [
    "QR_KINDS",
    "REGION_BLOCKS",
    "BottomRegionBlock",
    "ComplaintQRBlock",
    "EITQRBlock",
    "HeroBannerBlock",
    "HighlightsBlock",
    "LinksBlock",
    "MainRegionBlock",
    "NewsWidgetBlock",
    "NoticeBlock",
    "ProcurementWidgetBlock",
    "RightRegionBlock",
    "SocialBannerBlock",
    "VisitorStatsBlock",
    "WidgetBlock",
    "default_bottom_region",
    "default_right_region",
    "home_region_of",
    "in_site",
    "item_page",
    "qr_data_uri",
    "qr_target",
    "site_catalogue",
    "widgets_serving",
]
