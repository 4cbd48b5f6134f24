"""Homepage widgets, one StreamBlock per region (main, right column, bottom).

The ITA fixes where some items must appear on the homepage: news (O7) and
procurement announcements (O20) at the bottom; the social banner (O9), the
corruption-complaint QR code (O28), the EIT survey QR code (O43) and the visitor
counter in the right column. Each region only offers its own widgets and
`block_counts` requires the mandatory ones at publish time. Every widget renders
`data-ita-item` so placement can be checked by machine; the region element
(`data-region`) comes from base.html.

Widgets read the database only (news, stored announcements, counts): a page
request never contacts an outside service, so the homepage always answers.
"""

from __future__ import annotations

import base64
from functools import lru_cache

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page, Site

from ita_pages.menus.blocks import MenuLinkBlock

from . import qr


def _page_and_site(context):
    """The page being rendered and its site; the request's site is cached on the
    request, so the widgets of one page share a single lookup."""
    context = context or {}
    page, request = context.get("page"), context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None and page is not None:
        site = page.get_site()
    return page, site


def _locale(page):
    from wagtail.models import Locale  # models not ready at import

    return page.locale if page is not None else Locale.get_active()


def in_site(queryset, site, locale):
    """`queryset`'s live pages of `site` in `locale` (each language has its own tree,
    rooted at a translation of the site's homepage); none without a site."""
    if site is None:
        return queryset.none()
    root = site.root_page.get_translation_or_none(locale) or site.root_page
    return queryset.live().descendant_of(root, inclusive=True).filter(locale=locale)


@lru_cache(maxsize=64)
def qr_data_uri(url: str) -> str:
    """An <img>-ready SVG QR code (cached: the same URL renders on every page view)."""
    return "data:image/svg+xml;base64," + base64.b64encode(qr.qr_svg(url)).decode("ascii")


class WidgetBlock(blocks.StructBlock):
    """Base of every homepage widget; `ita_item` is the ITA code it serves, if any."""

    ita_item = ""
    # Optional text defaults to "" (not None): wagtail-localize cannot extract None.
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120, default="")

    class Meta:
        template = "home/widgets/widget.html"
        inner_template = ""
        default_heading = ""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["ita_item"] = self.ita_item
        context["widget_name"] = self.name
        context["inner_template"] = self.meta.inner_template
        context["heading"] = value.get("heading") or self.meta.default_heading
        return context


# --- optional widgets -------------------------------------------------------


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


# --- ITA widgets -------------------------------------------------------------


class NewsWidgetBlock(WidgetBlock):
    """O7: the newest news of the agency."""

    ita_item = "O7"
    count = blocks.IntegerBlock(label=_("number of items"), default=5, min_value=1, max_value=20)

    class Meta:
        icon = "doc-full"
        label = _("O7 · News")
        help_text = _("Required at the bottom of the homepage (ITA O7).")
        inner_template = "home/widgets/news.html"
        default_heading = _("News")
        preview_value = {"count": 5}

    def get_context(self, value, parent_context=None):
        from ita_pages.news.models import NewsIndexPage, latest_news

        context = super().get_context(value, parent_context)
        page, site = _page_and_site(parent_context)
        locale = _locale(page)
        context["news_items"] = list(latest_news(site, locale, value.get("count") or 5)) if site else []
        context["news_index"] = in_site(NewsIndexPage.objects.all(), site, locale).first()
        return context


class ProcurementWidgetBlock(WidgetBlock):
    """O20: the newest stored e-GP / hand-entered announcements, by type."""

    ita_item = "O20"
    count = blocks.IntegerBlock(label=_("items per type"), default=5, min_value=1, max_value=20)

    class Meta:
        icon = "list-ul"
        label = _("O20 · Procurement announcements")
        help_text = _(
            "Required at the bottom of the homepage (ITA O20). Shows the types followed in the e-GP feed settings."
        )
        inner_template = "home/widgets/procurement.html"
        default_heading = _("Procurement announcements")
        preview_value = {"count": 5}

    def get_context(self, value, parent_context=None):
        from django.utils import timezone

        from ita_pages.procurement.importer import data_as_of
        from ita_pages.procurement.models import (
            DEFAULT_TYPES,
            AnnouncementType,
            EGPFeed,
            ProcurementAnnouncement,
            ProcurementAnnouncementPage,
        )

        context = super().get_context(value, parent_context)
        page, site = _page_and_site(parent_context)
        groups = []
        if site is not None:
            types = EGPFeed.for_site(site).types or DEFAULT_TYPES
            labels = dict(AnnouncementType.choices)
            for code in types:
                items = ProcurementAnnouncement.objects.filter(site=site, type_code=code)[: value.get("count") or 5]
                groups.append({"code": code, "label": labels.get(code, code), "items": list(items)})
            as_of = data_as_of(site)
            context["as_of"] = timezone.localtime(as_of) if as_of else None
        context["groups"] = groups
        context["o20_page"] = in_site(ProcurementAnnouncementPage.objects.all(), site, _locale(page)).first()
        return context


class SocialBannerBlock(WidgetBlock):
    """O9: a banner to the agency's Facebook page and its other networks.

    Plain links and our own image only: no embedded widget, script or tracker
    from the networks (PDPA).
    """

    ita_item = "O9"
    image = ImageChooserBlock(label=_("banner image"), required=False)
    facebook_url = blocks.URLBlock(
        label=_("Facebook page"),
        required=False,
        default="",
        help_text=_("Empty: the Facebook page from the agency profile."),
    )

    class Meta:
        icon = "site"
        label = _("O9 · Social network banner")
        help_text = _("Required in the right column (ITA O9).")
        inner_template = "home/widgets/social_banner.html"
        default_heading = _("Follow us")
        preview_value = {"facebook_url": "https://www.facebook.com/"}

    def get_context(self, value, parent_context=None):
        from ita_pages.core.models import AgencyProfile

        context = super().get_context(value, parent_context)
        _page, site = _page_and_site(parent_context)
        profile = AgencyProfile.for_site(site) if site else None
        context["facebook_url"] = value.get("facebook_url") or (profile.facebook_url if profile else "")
        context["networks"] = [
            (label, url)
            for label, url in (
                ("LINE", profile.line_url if profile else ""),
                ("YouTube", profile.youtube_url if profile else ""),
                ("X", profile.x_url if profile else ""),
            )
            if url
        ]
        return context


def corruption_complaint_page(site, locale):
    """The site's live O28 page in `locale`, else in the site's own language; found by
    its content type so that this works whether or not the complaints app is installed."""
    pages = Page.objects.public().filter(
        content_type__app_label="complaints", content_type__model="corruptioncomplaintpage"
    )
    return in_site(pages, site, locale).first() or in_site(pages, site, site.root_page.locale).first()


def qr_target(kind: str, site, locale=None, request=None) -> str:
    """The URL a QR code encodes: the live O28 page, or the O43 survey link from the
    site settings ('' while not set up)."""
    if kind == "eit":
        from ita_pages.core.models import EITSurveySettings  # models import this module

        return EITSurveySettings.for_site(site).url
    page = corruption_complaint_page(site, locale or site.root_page.locale)
    return page.get_full_url(request) if page is not None else ""


class ComplaintQRBlock(WidgetBlock):
    """O28: a QR code to the live corruption-complaint page."""

    ita_item = "O28"
    qr_kind = "complaint"
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=200, default="")

    class Meta:
        icon = "warning"
        label = _("O28 · Corruption complaint QR code")
        help_text = _("Required in the right column (ITA O28). Points to the live corruption complaint page.")
        inner_template = "home/widgets/qr.html"
        default_heading = _("Report corruption")
        default_caption = _("Scan to report corruption by staff. Your identity is kept confidential.")
        preview_value = {}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        page, site = _page_and_site(parent_context)
        request = (parent_context or {}).get("request")
        url = qr_target(self.qr_kind, site, _locale(page), request) if site else ""
        context["target_url"] = url
        context["qr_src"] = qr_data_uri(url) if url else ""
        context["caption"] = value.get("caption") or self.meta.default_caption
        return context


class EITQRBlock(ComplaintQRBlock):
    """O43: a QR code to the NACC's EIT survey for this agency (URL in site settings)."""

    ita_item = "O43"
    qr_kind = "eit"

    class Meta:
        icon = "tick-inverse"
        label = _("O43 · EIT survey QR code")
        help_text = _('Required in the right column (ITA O43). The survey link is set in "EIT survey" settings.')
        inner_template = "home/widgets/qr.html"
        default_heading = _("Take part in the ITA assessment")
        default_caption = _("Scan to answer the EIT survey about our services.")
        preview_value = {}


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
        from ita_pages.visitors.models import visit_stats

        context = super().get_context(value, parent_context)
        _page, site = _page_and_site(parent_context)
        context["stats"] = visit_stats(site) if site else None
        return context


# --- regions -------------------------------------------------------------------


class MainRegionBlock(blocks.StreamBlock):
    """Main column: optional widgets only."""

    hero = HeroBannerBlock()
    highlights = HighlightsBlock()
    links = LinksBlock()
    notice = NoticeBlock()


class RightRegionBlock(blocks.StreamBlock):
    """Right column: O9, O28, O43 and visitor statistics are required."""

    social_banner = SocialBannerBlock()
    complaint_qr = ComplaintQRBlock()
    eit_qr = EITQRBlock()
    visitor_stats = VisitorStatsBlock()
    links = LinksBlock()
    notice = NoticeBlock()

    class Meta:
        block_counts = {
            "social_banner": {"min_num": 1, "max_num": 1},
            "complaint_qr": {"min_num": 1, "max_num": 1},
            "eit_qr": {"min_num": 1, "max_num": 1},
            "visitor_stats": {"min_num": 1, "max_num": 1},
        }


class BottomRegionBlock(blocks.StreamBlock):
    """Bottom section: O7 news and O20 procurement announcements are required."""

    news = NewsWidgetBlock()
    procurement = ProcurementWidgetBlock()
    highlights = HighlightsBlock()
    links = LinksBlock()

    class Meta:
        block_counts = {
            "news": {"min_num": 1, "max_num": 1},
            "procurement": {"min_num": 1, "max_num": 1},
        }


def default_right_region():
    """The required right-column widgets, pre-filled on every new homepage."""
    return [{"type": name, "value": {}} for name in ("social_banner", "complaint_qr", "eit_qr", "visitor_stats")]


def default_bottom_region():
    """The required bottom widgets, pre-filled on every new homepage."""
    return [{"type": name, "value": {}} for name in ("news", "procurement")]
