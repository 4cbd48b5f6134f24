"""The per-site agency profile and the other site-wide settings.

One install serves many agencies, so everything that names the agency (name, logo,
contact details, social links) is a per-site setting that templates read, never a
constant in a template. The tables keep the names they had in the homepage app
(`db_table`), so moving the models here moved no data.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


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
        db_table = "home_agencyprofile"
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
    """The agency's EIT survey link (an item of the year's catalogue), which the NACC issues each assessment year."""

    url = models.URLField(
        _("EIT survey link"),
        blank=True,
        help_text=_("The survey address given by the NACC for this agency; the homepage QR code points here."),
    )

    class Meta:
        db_table = "home_eitsurveysettings"
        verbose_name = _("EIT survey")
