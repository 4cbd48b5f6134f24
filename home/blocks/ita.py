"""The homepage widgets that serve ITA items: news, procurement, social banner, QR codes.

Why each names a page type and not an item code: the NACC renumbers items every year,
while "the news widget links the news index" stays true; the catalogue of the site's
year maps the page type to this year's code and placement.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from .base import WidgetBlock, item_page, page_and_site, page_locale, qr_data_uri


class NewsWidgetBlock(WidgetBlock):
    """The newest news of the agency, linking to the news index (the item's page)."""

    page_type = "news.NewsIndexPage"
    count = blocks.IntegerBlock(label=_("number of items"), default=5, min_value=1, max_value=20)

    class Meta:
        icon = "doc-full"
        label = _("ITA · News")
        help_text = _("The news item of the ITA; the year's catalogue says which region must hold it.")
        inner_template = "home/widgets/news.html"
        default_heading = _("News")
        preview_value = {"count": 5}

    def get_context(self, value, parent_context=None):
        from ita_pages.furniture.news.models import latest_news

        context = super().get_context(value, parent_context)
        page, site = page_and_site(parent_context)
        locale = page_locale(page)
        context["news_items"] = list(latest_news(site, locale, value.get("count") or 5)) if site else []
        return context


class ProcurementWidgetBlock(WidgetBlock):
    """The newest stored e-GP / hand-entered announcements by type, linking to the
    announcements page (the item's page)."""

    page_type = "procurement.ProcurementAnnouncementPage"
    count = blocks.IntegerBlock(label=_("items per type"), default=5, min_value=1, max_value=20)

    class Meta:
        icon = "list-ul"
        label = _("ITA · Procurement announcements")
        help_text = _(
            "The procurement announcements item of the ITA; the year's catalogue says which region must hold it. "
            "Shows the types followed in the e-GP feed settings."
        )
        inner_template = "home/widgets/procurement.html"
        default_heading = _("Procurement announcements")
        preview_value = {"count": 5}

    def get_context(self, value, parent_context=None):
        from django.utils import timezone

        from ita_pages.furniture.procurement.importer import data_as_of
        from ita_pages.furniture.procurement.models import (
            DEFAULT_TYPES,
            AnnouncementType,
            EGPFeed,
            ProcurementAnnouncement,
        )

        context = super().get_context(value, parent_context)
        _page, site = page_and_site(parent_context)
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
        return context


class SocialBannerBlock(WidgetBlock):
    """A banner to the agency's Facebook page and its other networks.

    Plain links and our own image only: no embedded widget, script or tracker
    from the networks (PDPA). Its target is the Facebook page itself.
    """

    page_type = "ita_pages.SocialNetworkPage"
    image = ImageChooserBlock(label=_("banner image"), required=False)
    facebook_url = blocks.URLBlock(
        label=_("Facebook page"),
        required=False,
        default="",
        help_text=_("Empty: the Facebook page from the agency profile."),
    )

    class Meta:
        icon = "site"
        label = _("ITA · Social network banner")
        help_text = _("The social network item of the ITA; the year's catalogue says which region must hold it.")
        inner_template = "home/widgets/social_banner.html"
        default_heading = _("Follow us")
        preview_value = {"facebook_url": "https://www.facebook.com/"}

    @staticmethod
    def _profile(site, request=None):
        from ita_pages.core.models import AgencyProfile

        return AgencyProfile.for_request(request) if request is not None else AgencyProfile.for_site(site)

    def target_url(self, value, site, locale, request=None) -> str:
        profile = self._profile(site, request) if site else None
        return value.get("facebook_url") or (profile.facebook_url if profile else "")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        _page, site = page_and_site(parent_context)
        profile = self._profile(site, (parent_context or {}).get("request")) if site else None
        context["facebook_url"] = context["target_url"]
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


class ComplaintQRBlock(WidgetBlock):
    """A QR code to the live corruption-complaint page (the item's page)."""

    page_type = "complaints.CorruptionComplaintPage"
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=200, default="")

    class Meta:
        icon = "warning"
        label = _("ITA · Corruption complaint QR code")
        help_text = _(
            "Points to the live corruption complaint page; the year's catalogue says which region must hold it."
        )
        inner_template = "home/widgets/qr.html"
        default_heading = _("Report corruption")
        default_caption = _("Scan to report corruption by staff. Your identity is kept confidential.")
        preview_value = {}

    def target_url(self, value, site, locale, request=None) -> str:
        # A QR code leaves the browser: it must carry the whole address.
        page = item_page(self.page_type, site, locale, request)
        return page.get_full_url(request) if page is not None else ""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        url = context["target_url"]
        context["qr_src"] = qr_data_uri(url) if url else ""
        context["caption"] = value.get("caption") or self.meta.default_caption
        return context


class EITQRBlock(ComplaintQRBlock):
    """A QR code to the NACC's EIT survey for this agency (URL in site settings)."""

    page_type = "ita_pages.IntegrityActionsPage"

    class Meta:
        icon = "tick-inverse"
        label = _("ITA · EIT survey QR code")
        help_text = _(
            'The survey link is set in "EIT survey" settings; the year\'s catalogue says which region must hold it.'
        )
        inner_template = "home/widgets/qr.html"
        default_heading = _("Take part in the ITA assessment")
        default_caption = _("Scan to answer the EIT survey about our services.")
        preview_value = {}

    def target_url(self, value, site, locale, request=None) -> str:
        from ita_pages.core.models import EITSurveySettings

        return EITSurveySettings.for_site(site).url if site is not None else ""


# What a printed QR code points to, by the kind named in its download address.
QR_KINDS = {"complaint": ComplaintQRBlock, "eit": EITQRBlock}


def qr_target(kind: str, site, locale=None, request=None) -> str:
    """The URL a printed QR code encodes ('' while not set up); KeyError for an unknown kind."""
    return QR_KINDS[kind]().target_url({}, site, locale or site.root_page.locale, request)
