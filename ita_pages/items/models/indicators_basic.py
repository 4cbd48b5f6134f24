"""Indicator pages of 9.1 basic information: O1–O6, O9, O10 (O7/O8 belong to other apps)."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import HelpPanel

from ita_pages.core.parts import Custom, HeadOfAgency, PartContext, all_of, is_empty
from ita_pages.items import blocks as b

from .base import BodyIndicatorPage, IndicatorPage, body_field


class OrganisationStructurePage(BodyIndicatorPage):
    """O1: the organisation chart(s)."""

    body = body_field(("chart", b.StructureChartBlock()))
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

    body = body_field(("person", b.PersonBlock()))
    part_specs = {
        "top_executive": HeadOfAgency("body.person"),
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

    body = body_field(("duty", b.DutyBlock()))
    part_specs = {"duties": "body.duty.duties", "law": "body.duty.law"}
    icon = "list-ul"

    class Meta:
        verbose_name = _("Duties and powers")


class StrategicPlanPage(BodyIndicatorPage):
    """O4: the multi-year strategic or development plan."""

    body = body_field(("strategy", b.StrategyBlock()))
    part_specs = {
        "strategies": "body.strategy.strategy",
        "goals": "body.strategy.goals",
        "indicators": "body.strategy.indicators",
    }
    icon = "pick"

    class Meta:
        verbose_name = _("Strategic or development plan")


@dataclass(frozen=True)
class ContactPartContext(PartContext):
    """The part context of O5, carrying the agency's contact facts from its profile."""

    facts: dict = field(default_factory=dict)


def _fact_part(name: str) -> Custom:
    def check(values, ctx) -> bool:
        return not is_empty(values.get(name))

    def remover(page) -> None:
        # The fact lives in the profile: on a page of a site, removing it empties the profile's.
        page.agency_facts = {**page.agency_facts, name: ""}
        parent = page._parent_for_rules()
        site = parent.get_site() if parent is not None else None
        if site is not None:
            from ita_pages.core.models import AgencyProfile

            profile = AgencyProfile.for_site(site)
            setattr(profile, name, "")
            profile.save()

    return Custom(field=name, check=check, remover=remover)


class ContactPage(IndicatorPage):
    """O5: address, phone, e-mail and map, shown from the site's agency profile.

    The same facts appear in the footer of every page, so they are stored once, in
    the per-site AgencyProfile setting; this page publishes them as the ITA item and
    its publish check reads them from there.
    """

    FACTS = ("address", "phone", "email", "map_url")

    part_specs = {"address": _fact_part("address"), "phone": _fact_part("phone"), "email": _fact_part("email")}
    part_specs["map"] = _fact_part("map_url")
    icon = "mail"
    indicator_template = "ita_pages/contact_page.html"
    content_panels = [
        *IndicatorPage.content_panels,
        HelpPanel(heading=_("Contact information"), template="ita_pages/admin/contact_facts_panel.html"),
    ]

    # The API shows what the page shows: its own fields and the profile's facts.
    api_fields = ["intro", "period_start", "period_end", "contact"]

    class Meta:
        verbose_name = _("Contact information")

    @property
    def contact(self) -> dict:
        return self.agency_facts

    @staticmethod
    def facts_for_site(site) -> dict:
        from ita_pages.core.models import AgencyProfile

        if site is None:
            return {}
        profile = AgencyProfile.for_site(site)
        return {name: getattr(profile, name) for name in ContactPage.FACTS}

    @property
    def agency_facts(self) -> dict:
        """The contact facts this page publishes (tests may set them without a site)."""
        if "_agency_facts" in self.__dict__:
            return self.__dict__["_agency_facts"]
        parent = self._parent_for_rules()
        return self.facts_for_site(parent.get_site() if parent is not None else None)

    @agency_facts.setter
    def agency_facts(self, value) -> None:
        self.__dict__["_agency_facts"] = dict(value)

    def field_values(self) -> dict:
        return {**super().field_values(), **self.agency_facts}

    @classmethod
    def part_context(cls, parent) -> PartContext:
        ctx = super().part_context(parent)
        site = parent.get_site() if parent is not None else None
        return ContactPartContext(year=ctx.year, agency_kind=ctx.agency_kind, facts=cls.facts_for_site(site))

    @classmethod
    def collect_publish_errors(cls, values: dict, item, ctx: PartContext) -> dict[str, list[str]]:
        # The editor form sends the page's own fields only; the facts come from the profile.
        facts = {name: values[name] for name in cls.FACTS if name in values}
        merged = {**values, **getattr(ctx, "facts", {}), **facts}
        return super().collect_publish_errors(merged, item, ctx)


class LawsPage(BodyIndicatorPage):
    """O6: the laws governing the agency's work."""

    body = body_field(("law", b.LawBlock()))
    part_specs = {"laws": "body.law.title"}
    icon = "doc-full"

    class Meta:
        verbose_name = _("Related laws")


class SocialNetworkPage(BodyIndicatorPage):
    """O9: the agency's social network accounts (the homepage shows the Facebook banner)."""

    body = body_field(("link", b.SocialLinkBlock()))
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

    body = body_field(("policy", b.PolicyBlock()))
    part_specs = {"policy": "body.policy.text"}
    icon = "lock"

    class Meta:
        verbose_name = _("Personal data protection policy")
