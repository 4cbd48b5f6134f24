"""The homepage widgets an agency may add anywhere they are offered (no ITA item).

Why apart from the ITA widgets: these carry the agency's own content (a banner,
highlights, links, notices) and no catalogue rule applies to them.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from ita_pages.furniture.menus.blocks import MenuLinkBlock

from .base import WidgetBlock, page_and_site


class HeroBannerBlock(WidgetBlock):
    """A large image with a message and an optional link, at the top of the page."""

    image = ImageChooserBlock(label=_("image"))
    text = blocks.TextBlock(label=_("text"), required=False, default="")
    link_page = blocks.PageChooserBlock(label=_("link to page"), required=False)

    class Meta:
        icon = "image"
        label = _("Hero banner")
        help_text = _("A large image with a short message.")
        inner_template = "home/widgets/hero_banner.html"
        preview_value = {"heading": "ยินดีต้อนรับ", "text": "บริการด้วยความโปร่งใส"}


class HighlightsBlock(WidgetBlock):
    """A few pages the agency wants to point readers to."""

    pages = blocks.ListBlock(blocks.PageChooserBlock(label=_("page")), label=_("pages"), min_num=1, max_num=8)

    class Meta:
        icon = "pick"
        label = _("Highlights")
        help_text = _("Up to eight pages shown as cards.")
        inner_template = "home/widgets/highlights.html"
        default_heading = _("Highlights")
        preview_value = {"heading": "เรื่องเด่น"}


class LinksBlock(WidgetBlock):
    """A list of useful links (other agencies, systems, documents)."""

    links = blocks.ListBlock(MenuLinkBlock(), label=_("links"), min_num=1)

    class Meta:
        icon = "link"
        label = _("Links")
        help_text = _("A list of links.")
        inner_template = "home/widgets/links.html"
        default_heading = _("Useful links")
        preview_value = {"heading": "ลิงก์ที่น่าสนใจ"}


class NoticeBlock(WidgetBlock):
    """A short announcement written on the homepage itself."""

    body = blocks.RichTextBlock(label=_("text"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "warning"
        label = _("Announcement")
        help_text = _("A short notice, e.g. office closures.")
        inner_template = "home/widgets/notice.html"
        default_heading = _("Announcement")
        preview_value = {"heading": "ประกาศ", "body": "<p>สำนักงานปิดทำการวันหยุดราชการ</p>"}


class VisitorStatsBlock(WidgetBlock):
    """Visitor statistics: today, yesterday, this month and total."""

    class Meta:
        icon = "table"
        label = _("Visitor statistics")
        help_text = _("Required in the right column.")
        inner_template = "home/widgets/visitors.html"
        default_heading = _("Visitor statistics")
        preview_value = {}

    def get_context(self, value, parent_context=None):
        from ita_pages.furniture.visitors.models import visit_stats

        context = super().get_context(value, parent_context)
        _page, site = page_and_site(parent_context)
        context["stats"] = visit_stats(site) if site else None
        return context
