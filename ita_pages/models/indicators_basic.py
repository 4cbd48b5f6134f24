"""Indicator pages of 9.1 basic information: O1–O6, O9, O10 (O7/O8 belong to other apps)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from ita_pages import blocks as b
from ita_pages.parts import all_of

from .base import BodyIndicatorPage, IndicatorPage, body_field


class OrganisationStructurePage(BodyIndicatorPage):
    """O1: the organisation chart(s)."""

    body = body_field(("chart", b.StructureChartBlock()), required=["chart"])
    part_specs = {
        "chart": "body.chart.image",
        "units": "body.chart.units",
        "political_side": "body.chart[side=political]",
        "civil_service_side": "body.chart[side=civil_service]",
    }
    icon = "sitemap"

    class Meta:
        verbose_name = _("Organisation structure")


class ExecutivesPage(BodyIndicatorPage):
    """O2: the top executive, deputies and other executives."""

    body = body_field(("person", b.PersonBlock()), required=["person"], minimum={"person": 2})
    part_specs = {
        "top_executive": "body.person[role=top]",
        "deputy": "body.person[role=deputy]",
        "name": "body.person.name",
        "position": "body.person.position",
        "photo": "body.person.photo",
        "contact": "body.person.contact",
        "political_side": "body.person[side=political]",
        "civil_service_side": "body.person[side=civil_service]",
    }
    icon = "user"

    class Meta:
        verbose_name = _("Executives")

    def people_by_side(self):
        """Executives grouped for display: political side, civil-service side, others."""
        groups = {"political": [], "civil_service": [], "": []}
        for child in self.body:
            if child.block_type == "person":
                groups.setdefault(child.value.get("side") or "", []).append(child.value)
        return groups


class DutiesPage(BodyIndicatorPage):
    """O3: duties and powers as set by law."""

    body = body_field(("duty", b.DutyBlock()), required=["duty"])
    part_specs = {"duties": "body.duty.duties", "law": "body.duty.law"}
    icon = "list-ul"

    class Meta:
        verbose_name = _("Duties and powers")


class StrategicPlanPage(BodyIndicatorPage):
    """O4: the multi-year strategic or development plan."""

    body = body_field(("strategy", b.StrategyBlock()), required=["strategy"])
    part_specs = {
        "strategies": "body.strategy.strategy",
        "goals": "body.strategy.goals",
        "indicators": "body.strategy.indicators",
    }
    icon = "pick"

    class Meta:
        verbose_name = _("Strategic or development plan")


class ContactPage(IndicatorPage):
    """O5: address, phone, e-mail and map (plain fields: they are one of each)."""

    address = models.TextField(_("address"), blank=True, help_text=_("The agency's full postal address."))
    phone = models.CharField(_("phone number"), max_length=100, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    map_url = models.URLField(
        _("location map link"), blank=True, help_text=_("A map link (e.g. Google Maps) that shows the office.")
    )
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)

    part_specs = {"address": "address", "phone": "phone", "email": "email", "map": "map_url"}
    icon = "mail"
    indicator_template = "ita_pages/contact_page.html"
    content_panels = [
        *IndicatorPage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("map_url"),
                FieldPanel("latitude"),
                FieldPanel("longitude"),
            ],
            heading=_("Contact information"),
        ),
    ]

    class Meta:
        verbose_name = _("Contact information")


class LawsPage(BodyIndicatorPage):
    """O6: the laws governing the agency's work."""

    body = body_field(("law", b.LawBlock()), required=["law"])
    part_specs = {"laws": "body.law.title"}
    icon = "doc-full"

    class Meta:
        verbose_name = _("Related laws")


class SocialNetworkPage(BodyIndicatorPage):
    """O9: the agency's social network accounts (the homepage shows the Facebook banner)."""

    body = body_field(("link", b.SocialLinkBlock()), required=["link"])
    part_specs = {"links": all_of("body.link.network", "body.link.url")}
    icon = "link"

    class Meta:
        verbose_name = _("Social network")

    def facebook_url(self) -> str:
        for child in self.body:
            if child.block_type == "link" and child.value.get("network") == "facebook":
                return child.value.get("url") or ""
        return ""


class PrivacyPolicyPage(BodyIndicatorPage):
    """O10: the personal data protection policy."""

    body = body_field(("policy", b.PolicyBlock()), required=["policy"])
    part_specs = {"policy": "body.policy.text"}
    icon = "lock"

    class Meta:
        verbose_name = _("Personal data protection policy")
