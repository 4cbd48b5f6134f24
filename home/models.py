"""The homepage type and the per-site agency profile.

One install serves many agencies, so everything that names the agency (name, logo,
contact details, social links) is a per-site setting that templates read, never a
constant in a template.
"""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from home.blocks import (
    BottomRegionBlock,
    MainRegionBlock,
    RightRegionBlock,
    default_bottom_region,
    default_right_region,
)
from home.forms import HomePageForm
from home.placement import REGION_NAMES, homepage_catalogue, placement_errors
from ita_pages.catalogue.placement import region_for, widget_items


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


class AgencyKind(models.TextChoices):
    """Kinds of Thai public agency; some ITA rules differ for local administrations."""

    MINISTRY = "ministry", _("Ministry")
    DEPARTMENT = "department", _("Department")
    PROVINCIAL = "provincial", _("Provincial administration")
    LAO = "lao", _("Local administrative organisation")
    STATE_ENTERPRISE = "state_enterprise", _("State enterprise")
    OTHER = "other", _("Other")


@register_setting(icon="home")
class AgencyProfile(BaseSiteSetting):
    """Who the site belongs to: shown in the header, footer and contact details."""

    name_th = models.CharField(_("name in Thai"), max_length=255, blank=True)
    name_en = models.CharField(_("name in English"), max_length=255, blank=True)
    kind = models.CharField(_("agency kind"), max_length=32, choices=AgencyKind.choices, default=AgencyKind.LAO)
    is_demo = models.BooleanField(
        _("demo content"),
        default=False,
        help_text=_("Marks the whole site as fictitious demo data."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(_("phone"), max_length=100, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    map_url = models.URLField(_("map link"), blank=True)
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    line_url = models.URLField(_("LINE official account"), blank=True)
    youtube_url = models.URLField(_("YouTube channel"), blank=True)
    x_url = models.URLField(_("X (Twitter) account"), blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name_th"),
                FieldPanel("name_en"),
                FieldPanel("kind"),
                FieldPanel("logo"),
                FieldPanel("is_demo"),
            ],
            heading=_("Agency"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("map_url"),
                FieldPanel("latitude"),
                FieldPanel("longitude"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("facebook_url"), FieldPanel("line_url"), FieldPanel("youtube_url"), FieldPanel("x_url")],
            heading=_("Social networks"),
        ),
    ]

    class Meta:
        verbose_name = _("agency profile")

    def display_name(self, language_code: str = "th") -> str:
        """The agency's name in the reader's language, falling back to Thai."""
        if language_code.startswith("en") and self.name_en:
            return self.name_en
        return self.name_th or self.name_en

    @property
    def is_local_administration(self) -> bool:
        return self.kind == AgencyKind.LAO


@register_setting(icon="tick-inverse")
class EITSurveySettings(BaseSiteSetting):
    """The agency's EIT survey link (O43), which the NACC issues each assessment year."""

    url = models.URLField(
        _("EIT survey link"),
        blank=True,
        help_text=_("The survey address given by the NACC for this agency; the homepage QR code points here."),
    )

    class Meta:
        verbose_name = _("EIT survey (O43)")
