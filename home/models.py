"""The homepage type: the site root that composes the features into one front page.

The agency profile and the other site-wide settings live in the core app
(`ita_pages.core`), which every feature may import; nothing imports this app.
"""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from home.blocks import (
    QR_KINDS,
    BottomRegionBlock,
    MainRegionBlock,
    RightRegionBlock,
    default_bottom_region,
    default_right_region,
)
from home.forms import HomePageForm
from home.placement import REGION_NAMES, homepage_catalogue, placement_errors
from ita_pages.core.catalogue.placement import region_for, widget_items


class HomePage(Page):
    """The root page of an agency's site in one language."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        help_text=_("A short welcome shown at the top of the homepage."),
    )

    # Regions: each offers only the widgets that belong there; which ITA widgets
    # must be present is the year's catalogue's placement, checked at publish
    # (home.placement).
    main = StreamField(MainRegionBlock(), verbose_name=_("main column"), blank=True)
    right = StreamField(
        RightRegionBlock(),
        verbose_name=_("right column"),
        default=default_right_region,
        help_text=_("Must hold the visitor statistics and the ITA widgets the year's catalogue places here."),
    )
    bottom = StreamField(
        BottomRegionBlock(),
        verbose_name=_("bottom section"),
        default=default_bottom_region,
        help_text=_("Must hold the ITA widgets the year's catalogue places here."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("main"),
        FieldPanel("right"),
        FieldPanel("bottom"),
        HelpPanel(heading=_("ITA items on the homepage"), template="home/admin/placement_panel.html"),
        HelpPanel(heading=_("QR codes for print"), template="home/admin/qr_downloads_panel.html"),
    ]
    base_form_class = HomePageForm

    # One homepage per language tree: the site root and its translations.
    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("homepage")
        verbose_name_plural = _("homepages")

    def publish_errors(self) -> dict[str, list[str]]:
        """The placement rules the editor form runs, for pages published in code."""
        regions = {name: getattr(self, name) for name in ("main", "right", "bottom")}
        return placement_errors(regions, homepage_catalogue(self))

    def qr_downloads(self) -> list[dict]:
        """The printable QR codes, each with the code of its item in this site's year."""
        catalogue = homepage_catalogue(self)
        labels = {"complaint": _("Corruption complaint channel"), "eit": _("EIT survey")}
        downloads = []
        for kind, block in QR_KINDS.items():
            item = catalogue.item_for_page_type(block.page_type)
            downloads.append({"kind": kind, "label": labels[kind], "code": item.code if item else ""})
        return downloads

    def ita_placements(self) -> list[dict]:
        """Each item the catalogue puts on this homepage, with its region (editor help)."""
        language = get_language()
        return [
            {
                "code": item.code,
                "title": item.text("title", language),
                "region": REGION_NAMES[region_for(item.placement)],
            }
            for item in widget_items(homepage_catalogue(self))
        ]
