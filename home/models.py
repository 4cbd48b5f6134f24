"""The homepage type: the site root that composes the features into one front page.

The agency profile and the other site-wide settings live in the core app
(`ita_pages.core`), which every feature may import; nothing imports this app.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from home.blocks import (
    BottomRegionBlock,
    MainRegionBlock,
    RightRegionBlock,
    default_bottom_region,
    default_right_region,
)


class HomePage(Page):
    """The root page of an agency's site in one language."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        help_text=_("A short welcome shown at the top of the homepage."),
    )

    # Regions: each offers only the widgets that belong there; the ITA-required
    # widgets are enforced by block_counts at publish time (see home/blocks.py).
    # Wagtail applies block_counts' min_num only to non-blank StreamFields.
    main = StreamField(MainRegionBlock(), verbose_name=_("main column"), blank=True)
    right = StreamField(
        RightRegionBlock(),
        verbose_name=_("right column"),
        default=default_right_region,
        help_text=_("Must hold the social banner (O9), both QR codes (O28, O43) and the visitor statistics."),
    )
    bottom = StreamField(
        BottomRegionBlock(),
        verbose_name=_("bottom section"),
        default=default_bottom_region,
        help_text=_("Must hold the news (O7) and procurement announcements (O20)."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("main"),
        FieldPanel("right"),
        FieldPanel("bottom"),
        HelpPanel(heading=_("QR codes for print"), template="home/admin/qr_downloads_panel.html"),
    ]

    # One homepage per language tree: the site root and its translations.
    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("homepage")
        verbose_name_plural = _("homepages")
