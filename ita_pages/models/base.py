"""The shared base of every indicator page: catalogue item, period, publish rules.

Why one base: every item must be complete before it can be published, carry the
period it covers and stay at a stable URL (``/th/ita/2566/o2/``). The page type only
declares its blocks and where each catalogue part lives (``part_specs``); the item's
code, title, parts and period rule come from the catalogue of the parent index's year.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cached_property

from django.db import models
from django.utils.functional import classproperty
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, TitleFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from ita_pages.blocks import EvidenceDocumentBlock
from ita_pages.catalogue import registry
from ita_pages.catalogue.periods import Period, period_problem
from ita_pages.fiscal import format_thai_period
from ita_pages.forms import IndicatorPageForm
from ita_pages.panels import ItemHelpPanel
from ita_pages.parts import PartContext, spec

PERIOD_MESSAGES = {
    "missing": _("The period this item covers is not given."),
    "inverted": _("The period ends before it starts."),
    "not-covering-year": _("The period must cover the whole fiscal year %(year)s."),
    "outside-year": _("The period must fall within fiscal year %(year)s."),
    "not-previous-year": _("The period must be fiscal year %(previous)s (the report is on the previous year)."),
    "not-first-half": _("The period must cover the first six months of fiscal year %(year)s (October to March)."),
}


def period_message(code: str, year: int) -> str:
    return PERIOD_MESSAGES[code] % {"year": year, "previous": year - 1}


def body_field(*blocks, required=(), minimum=None):
    """The page's StreamField: the item's blocks plus optional evidence documents.

    ``required`` names block types that need at least one instance at publish;
    ``minimum`` overrides the count for some of them (e.g. O2 needs two people).
    """
    counts = {name: {"min_num": (minimum or {}).get(name, 1)} for name in required}
    return StreamField(
        [*blocks, ("document", EvidenceDocumentBlock())],
        block_counts=counts,
        verbose_name=_("content"),
        help_text=_("Every block type marked as required must be present before the page can be published."),
    )


class IndicatorPage(Page):
    """Abstract base of all indicator pages (one page per item under an ITA index)."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("An optional short introduction."))
    period_start = models.DateField(
        _("period from"),
        null=True,
        blank=True,
        help_text=_("First day of the period this item covers; the assessor checks it against the year."),
    )
    period_end = models.DateField(
        _("period to"), null=True, blank=True, help_text=_("Last day of the period this item covers.")
    )

    # part key (from the catalogue) → where it lives on this page (see ita_pages.parts)
    part_specs: dict = {}
    icon = "doc-full"

    parent_page_types = ["ita_pages.ITAIndexPage"]
    subpage_types: list = []
    max_count_per_parent = 1
    base_form_class = IndicatorPageForm
    # Wagtail derives `template` from each class name; all indicator pages share one.
    indicator_template = "ita_pages/indicator_page.html"

    content_panels = [
        ItemHelpPanel(),
        TitleFieldPanel("title"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")])],
            heading=_("Period covered"),
        ),
    ]

    class Meta:
        abstract = True

    # ---- which catalogue item this page is -------------------------------------------------

    @classproperty
    def page_type_label(cls) -> str:
        return f"{cls._meta.app_label}.{cls.__name__}"

    @classmethod
    def year_for_parent(cls, parent) -> int:
        from .index import ITAIndexPage
        from .settings import ITASettings

        if parent is not None:
            specific = parent.specific_deferred if type(parent) is Page else parent
            if isinstance(specific, ITAIndexPage):
                return specific.assessment_year
            site = parent.get_site()
            if site is not None:
                return ITASettings.for_site(site).assessment_year
        return registry.default_year()

    @classmethod
    def item_for_parent(cls, parent):
        year = cls.year_for_parent(parent)
        return registry.get_catalogue(year).item_for_page_type(cls.page_type_label), year

    @classmethod
    def default_item(cls):
        """The item in the default year's catalogue (for names shown before a parent exists)."""
        return registry.get_catalogue().item_for_page_type(cls.page_type_label)

    @classmethod
    def get_verbose_name(cls):
        """ "O2 ข้อมูลผู้บริหาร": the code makes the page type recognisable in the chooser."""
        item = cls.default_item()
        name = super().get_verbose_name()
        return f"{item.code} {name}" if item else name

    @classmethod
    def can_create_at(cls, parent):
        if not super().can_create_at(parent):
            return False
        item, _year = cls.item_for_parent(parent)
        return item is not None

    def _parent_for_rules(self):
        return getattr(self, "_ita_parent", None) or (self.get_parent() if self.path else None)

    @cached_property
    def ita_item_and_year(self):
        return self.item_for_parent(self._parent_for_rules())

    @property
    def ita_item(self):
        return self.ita_item_and_year[0]

    @property
    def ita_year(self) -> int:
        return self.ita_item_and_year[1]

    @property
    def indicator_code(self) -> str:
        """The item code ("O20") in this page's year; site search groups results by it."""
        item = self.ita_item
        return item.code if item else ""

    @classmethod
    def part_context(cls, parent) -> PartContext:
        from ita_pages.core.models import AgencyProfile

        year = cls.year_for_parent(parent)
        site = parent.get_site() if parent is not None else None
        kind = AgencyProfile.for_site(site).kind if site is not None else None
        return PartContext(year=year, agency_kind=kind)

    # ---- publish rules, shared by the admin form and ita_pages.core.publish -------------------------

    @classmethod
    def collect_publish_errors(cls, values: dict, item, ctx: PartContext) -> dict[str, list[str]]:
        """{field: [messages]} for every required part (by catalogue label) and the period.

        ``values`` are typed model values (dates, StreamValues), also for a field that
        failed validation in the form (see ``IndicatorPageForm._value``).
        """
        errors: dict[str, list[str]] = defaultdict(list)
        if item is None:
            errors["__all__"].append(
                gettext("This page type is not an item of the ITA %(year)s catalogue.") % {"year": ctx.year}
            )
            return errors
        lang = get_language()
        for part in item.parts_for(ctx.agency_kind):
            part_spec = spec(cls.part_specs[part.key])
            if not part_spec.is_present(values, ctx):
                message = gettext("Required part missing: %(part)s (the assessor looks for: %(looks_for)s)") % {
                    "part": part.text("label", lang),
                    "looks_for": part.text("looks_for", lang),
                }
                detail = getattr(part_spec, "detail", None)
                errors[part_spec.field].append(f"{message} {detail(values, ctx, lang)}" if detail else message)
        start, end = values.get("period_start"), values.get("period_end")
        if item.period != "none":
            if not start:
                errors["period_start"].append(
                    gettext("Give the first day of the period %(code)s covers.") % {"code": item.code}
                )
            if not end:
                errors["period_end"].append(
                    gettext("Give the last day of the period %(code)s covers.") % {"code": item.code}
                )
        if start and end and end < start:
            errors["period_end"].append(gettext("The period ends before it starts."))
        return errors

    def field_values(self) -> dict:
        return {f.name: getattr(self, f.name, None) for f in self._meta.concrete_fields}

    def publish_errors(self) -> dict[str, list[str]]:
        """Hook used by ita_pages.core.publish.validate_for_publish (same rules as the editor)."""
        parent = self._parent_for_rules()
        return dict(self.collect_publish_errors(self.field_values(), self.ita_item, self.part_context(parent)))

    # ---- period --------------------------------------------------------------------------------

    @property
    def period(self) -> Period:
        return Period(self.period_start, self.period_end)

    def period_warning(self) -> str | None:
        """A message when the period does not fit the item's rule for the assessment year."""
        item = self.ita_item
        if item is None:
            return None
        problem = period_problem(item.period, self.ita_year, self.period)
        return period_message(problem, self.ita_year) if problem else None

    def period_display(self) -> str:
        """ "ปีงบประมาณ พ.ศ. 2566" or "ตุลาคม 2565 – มีนาคม 2566" (English pages in CE)."""
        if not self.period.is_complete or self.period_end < self.period_start:
            return ""
        thai = (get_language() or "th").startswith("th")
        years = self.period.fiscal_years()
        if years:
            first, last = years
            span = str(first) if first == last else f"{first}–{last}"
            return f"ปีงบประมาณ พ.ศ. {span}" if thai else f"Fiscal year B.E. {span}"
        from ita_pages.fiscal import Period as FiscalPeriod

        period = FiscalPeriod(self.period_start, self.period_end)
        if thai:
            return format_thai_period(period)
        start, end = self.period_start.strftime("%B %Y"), self.period_end.strftime("%B %Y")
        return start if start == end else f"{start} – {end}"

    # ---- identity ------------------------------------------------------------------------------

    def full_clean(self, *args, **kwargs):
        # The URL is the item code (assessors recheck the first link they were given).
        item = self.ita_item
        if item is not None:
            self.slug = item.slug
        super().full_clean(*args, **kwargs)

    def get_admin_display_title(self):
        title = super().get_admin_display_title()
        item = self.ita_item
        if item is None:
            return title
        warning = self.period_warning()
        label = f"{item.code} {title}"
        return f"{label} ⚠ {warning}" if warning else label

    def get_template(self, request, *args, **kwargs):
        return self.indicator_template

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["ita_item"] = self.ita_item
        context["ita_year"] = self.ita_year
        return context


class BodyIndicatorPage(IndicatorPage):
    """Indicator page whose content is one StreamField called ``body``."""

    content_panels = [*IndicatorPage.content_panels, FieldPanel("body")]

    class Meta:
        abstract = True
