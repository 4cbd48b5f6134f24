"""Page types of the complaint channels: general, corruption, statistics.

Why: each channel is its own page type so that it has its own stable URL for the
ITA submission, its own place in the menu, and (for corruption complaints) a form
and storage that have nothing in common with the general complaint channel. The
corruption channel and its statistics are ITA items (O28 and O29 in 2566): the
catalogue's parts say what each must show before it is published.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from ita_pages.channels.limits import accepts_attachments
from ita_pages.core.parts import Custom
from ita_pages.items.models.item import ItemPage


class GeneralComplaintPage(RoutablePageMixin, Page):
    """ร้องเรียนทั่วไป: service complaints with a follow-up code."""

    intro = RichTextField(_("introduction"), blank=True)
    privacy_notice = RichTextField(
        _("privacy notice"),
        blank=True,
        help_text=_("What is kept, why and for how long (PDPA). Shown above the form."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("privacy_notice")]
    subpage_types: list[str] = []
    template = "complaints/general_complaint_page.html"

    class Meta:
        verbose_name = _("general complaint page")

    @path("")
    def form_view(self, request):
        from ..views import general_complaint

        return general_complaint(self, request)

    @path("follow/")
    def follow_view(self, request):
        from ..views import general_follow

        return general_follow(self, request)


class CorruptionComplaintPage(ItemPage, RoutablePageMixin, Page):
    """The protected channel for complaints about staff corruption.

    The form is the channel; what the assessor reads on the page is how the
    complainant is protected (the protection notice).
    """

    intro = RichTextField(_("introduction"), blank=True)
    protection_notice = RichTextField(
        _("protection notice"),
        blank=True,
        help_text=_("How the complainant is protected and what is kept (PDPA). Shown above the form."),
    )
    guideline_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("complaint handling guideline"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("protection_notice"),
        FieldPanel("guideline_page"),
    ]
    subpage_types: list[str] = []
    template = "complaints/corruption_complaint_page.html"
    part_specs = {"online_channel": "protection_notice"}

    class Meta:
        verbose_name = _("corruption complaint page")

    @path("")
    @accepts_attachments
    def form_view(self, request):
        from ..views import corruption_complaint

        return corruption_complaint(self, request)

    @path("follow/")
    def follow_view(self, request):
        from ..views import corruption_follow

        return corruption_follow(self, request)

    @path("acknowledgement/")
    def acknowledgement_view(self, request):
        from ..views import corruption_acknowledgement

        return corruption_acknowledgement(self, request)


class PeriodKind(models.TextChoices):
    MONTH = "month", _("Monthly")
    QUARTER = "quarter", _("Quarterly")
    HALF = "half", _("Half-yearly")


def _report(values: dict, ctx):
    """The table the page shows, or None without a site (no cases yet) or a breakdown."""
    from ..report import statistics_for_site

    page = Page.objects.filter(path=values["path"]).first() if values.get("path") else None
    if page is None:
        return None
    try:
        return statistics_for_site(page.get_site(), values.get("fiscal_year") or ctx.year, values["period_kind"])
    except (KeyError, ValueError):  # no breakdown chosen: the page shows no table of counts
        return False


def _counts(column: str):
    """The check that the page shows ``column`` (total, completed, in progress) for every
    period of its breakdown, counted from the site's cases of the year it counts."""

    def shown(values: dict, ctx) -> bool:
        report = _report(values, ctx)
        if report is None:
            return True  # no site yet, so no cases to count: the readiness check judges the live page
        return bool(report and report.rows) and all(isinstance(getattr(row, column), int) for row in report.rows)

    return shown


def _column(column: str):
    """``column`` for every period of the table: what the part shows, for the API."""

    def rows(values: dict, ctx) -> list[dict]:
        report = _report(values, ctx)
        return [{"period": row.label, "count": getattr(row, column)} for row in report.rows] if report else []

    return rows


def _remove_breakdown(page) -> None:
    page.period_kind = ""


class ComplaintStatisticsPage(ItemPage, Page):
    """Counts computed from the cases, never typed in.

    The total, completed and in-progress counts the assessor looks for are the columns
    of the table computed from the site's cases for every period of the chosen
    breakdown; a year without cases shows zeros, which is the nil statement the
    catalogue allows. The page covers the whole fiscal year it counts
    (``counted_year_field``), which the catalogue's period rule judges.
    """

    intro = RichTextField(_("introduction"), blank=True)
    fiscal_year = models.PositiveIntegerField(
        _("fiscal year (B.E.)"),
        null=True,
        blank=True,
        help_text=_("For example 2566. Empty: the site's ITA assessment year."),
    )
    period_kind = models.CharField(_("breakdown"), max_length=10, choices=PeriodKind.choices, default=PeriodKind.MONTH)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("fiscal_year"), FieldPanel("period_kind")]
    subpage_types: list[str] = []
    template = "complaints/complaint_statistics_page.html"
    part_specs = {
        column: Custom(field="__all__", check=_counts(column), remover=_remove_breakdown, content=_column(column))
        for column in ("total", "completed", "in_progress")
    }
    counted_year_field = "fiscal_year"

    class Meta:
        verbose_name = _("complaint statistics page")

    def effective_fiscal_year(self, site=None) -> int:
        from ita_pages.core.catalogue import registry

        if self.fiscal_year:
            return self.fiscal_year
        return registry.assessment_year(site or self.get_site())

    def get_statistics(self, site=None, as_of=None, kind=None):
        from ..report import statistics_for_site

        site = site or self.get_site()
        kind = kind or self.period_kind
        return statistics_for_site(site, self.effective_fiscal_year(site), kind, as_of=as_of)

    def get_context(self, request, *args, **kwargs):
        from ..chart import bar_chart_svg

        context = super().get_context(request, *args, **kwargs)
        site = self.get_site()
        report = self.get_statistics(site=site)
        context["report"] = report
        context["chart_svg"] = bar_chart_svg(report)
        # The other breakdowns too: assessors may ask for quarters or halves.
        context["other_reports"] = [
            self.get_statistics(site=site, kind=kind, as_of=report.as_of)
            for kind in PeriodKind.values
            if kind != self.period_kind
        ]
        return context
