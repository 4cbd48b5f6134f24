"""Procurement announcements stored locally, and each site's e-GP feed set-up.

The announcements page is an ITA item (O20 in 2566): its part is the announcements it
shows (the site's, of the fiscal year it lists), judged by the dates the catalogue's
part rule accepts, and its period is that fiscal year.

e-GP serves only the latest ~20 items per type and is often down, so the
homepage and the announcements page read from this table, never the feed:
a whole fiscal year stays visible and a feed fault never reaches a citizen.
"""

from __future__ import annotations

import datetime

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page, Site

from ita_pages.core import fiscal
from ita_pages.core.catalogue import registry
from ita_pages.core.parts import Dated
from ita_pages.items.models.item import ItemPage


class AnnouncementType(models.TextChoices):
    """e-GP's announcement type codes (the feed's `anounceType`)."""

    PLAN = "P0", _("Procurement plan")
    REFERENCE_PRICE = "15", _("Reference (median) price")
    DRAFT_TOR = "B0", _("Draft tender documents")
    INVITATION = "D0", _("Invitation to bid")
    WINNER = "W0", _("Winner announcement")
    INVITATION_CANCELLED = "D1", _("Invitation cancelled")
    WINNER_CANCELLED = "W1", _("Winner cancelled")
    INVITATION_CHANGED = "D2", _("Invitation changed")
    WINNER_CHANGED = "W2", _("Winner changed")


DEFAULT_TYPES = ["P0", "15", "D0", "W0"]


def default_types() -> list[str]:
    return list(DEFAULT_TYPES)


class TypeCodesField(models.JSONField):
    """A list of announcement type codes, edited as checkboxes."""

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=AnnouncementType.choices,
            widget=forms.CheckboxSelectMultiple,
            required=False,
            label=self.verbose_name,
            help_text=self.help_text,
        )


@register_setting(icon="download")
class EGPFeed(BaseSiteSetting):
    """Which e-GP feeds this site imports: the agency's department id and types."""

    dept_id = models.CharField(
        _("e-GP department id"),
        max_length=20,
        blank=True,
        help_text=_("The agency's deptId in the e-GP system. Leave empty to import nothing."),
    )
    types = TypeCodesField(
        _("announcement types to follow"),
        default=default_types,
        blank=True,
    )

    panels = [
        FieldPanel("dept_id"),
        FieldPanel("types"),
        HelpPanel(
            heading=_("Feed status"),
            template="procurement/admin/feed_status_panel.html",
        ),
    ]

    class Meta:
        verbose_name = _("e-GP feed")

    def statuses(self):
        """The import status of each followed type, for the admin panel."""
        by_type = {s.type_code: s for s in EGPFeedStatus.objects.filter(site_id=self.site_id)}
        return [by_type.get(code) or EGPFeedStatus(site_id=self.site_id, type_code=code) for code in self.types]


class EGPFeedStatus(models.Model):
    """The outcome of the latest imports of one feed, shown to editors.

    e-GP often answers a valid feed with no items. That answer is a success (the feed
    works) but it confirms no announcement, so it is kept apart from `last_data_at`,
    which alone tells citizens how fresh the list is.
    """

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+")
    type_code = models.CharField(_("type"), max_length=2, choices=AnnouncementType.choices)
    last_attempt = models.DateTimeField(_("last attempt"), null=True, blank=True)
    last_success = models.DateTimeField(
        _("last success"),
        null=True,
        blank=True,
        help_text=_("When e-GP last answered with a valid feed, with or without announcements."),
    )
    last_data_at = models.DateTimeField(
        _("last fetch with announcements"),
        null=True,
        blank=True,
        help_text=_("When e-GP last answered with at least one announcement."),
    )
    last_error = models.TextField(_("last error"), blank=True)
    last_error_at = models.DateTimeField(_("last error at"), null=True, blank=True)
    item_count = models.PositiveIntegerField(_("items in the last good fetch"), default=0)

    class Meta:
        verbose_name = _("e-GP feed status")
        verbose_name_plural = _("e-GP feed statuses")
        constraints = [models.UniqueConstraint(fields=["site", "type_code"], name="egp_status_unique_feed")]

    def __str__(self):
        return f"{self.site} {self.type_code}"

    @property
    def failing(self) -> bool:
        return bool(self.last_error_at and (not self.last_success or self.last_error_at > self.last_success))

    def is_stale(self, now=None) -> bool:
        """No valid answer from e-GP for longer than `EGP_STALE_AFTER_HOURS` (or never)."""
        now = now or timezone.now()
        return not self.last_success or now - self.last_success > stale_after()


def stale_after() -> datetime.timedelta:
    return datetime.timedelta(hours=settings.EGP_STALE_AFTER_HOURS)


def stale_feeds(now=None) -> list[tuple[EGPFeed, EGPFeedStatus]]:
    """Every followed feed of every site that has not succeeded recently enough."""
    now = now or timezone.now()
    return [
        (feed, status)
        for feed in EGPFeed.objects.exclude(dept_id="").select_related("site").order_by("site_id")
        for status in feed.statuses()
        if status.is_stale(now)
    ]


class Source(models.TextChoices):
    EGP = "egp", _("e-GP feed")
    MANUAL = "manual", _("Entered by an editor")


class ProcurementAnnouncementQuerySet(models.QuerySet):
    def for_site(self, site):
        return self.filter(site=site)

    def in_period(self, start, end):
        return self.filter(date__gte=start, date__lte=end)


class ProcurementAnnouncement(models.Model):
    """One procurement announcement of one agency (O20)."""

    site = models.ForeignKey(Site, verbose_name=_("site"), on_delete=models.CASCADE, related_name="+")
    project_id = models.CharField(
        _("project id"),
        max_length=64,
        help_text=_("The e-GP project number (plans start with P)."),
    )
    type_code = models.CharField(_("type"), max_length=2, choices=AnnouncementType.choices)
    date = models.DateField(_("announcement date"))
    title = models.CharField(_("title"), max_length=1000)
    link = models.URLField(_("link"), max_length=1000, blank=True)
    method = models.CharField(_("procurement method"), max_length=255, blank=True)
    type_name = models.CharField(
        _("type as stated by e-GP"),
        max_length=255,
        blank=True,
    )
    source = models.CharField(_("source"), max_length=10, choices=Source.choices, default=Source.MANUAL)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ProcurementAnnouncementQuerySet.as_manager()

    panels = [
        FieldPanel("site"),
        FieldPanel("type_code"),
        FieldPanel("project_id"),
        FieldPanel("date"),
        FieldPanel("title"),
        FieldPanel("link"),
        FieldPanel("method"),
    ]

    class Meta:
        verbose_name = _("procurement announcement")
        verbose_name_plural = _("procurement announcements")
        ordering = ["-date", "-id"]
        constraints = [
            # e-GP re-serves the same items for weeks: this is the dedupe key.
            models.UniqueConstraint(
                fields=["site", "project_id", "type_code", "date"],
                name="procurement_announcement_unique",
            )
        ]
        indexes = [models.Index(fields=["site", "-date"], name="procurement_site_date")]

    def __str__(self):
        return self.title


def month_label(year: int, month: int) -> str:
    if (get_language() or "th").startswith("th"):
        return fiscal.format_thai_month(year, month)
    return f"{fiscal.ENGLISH_MONTHS[month - 1]} {year}"


def _site_of(values: dict):
    """The site a page with these field values is in; None before it is in the tree."""
    page = Page.objects.filter(path=values["path"]).first() if values.get("path") else None
    return page.get_site() if page is not None else None


def _announcement_dates(values: dict, ctx) -> list | None:
    """The dates of the announcements the page shows: the site's, of the fiscal year it lists.

    Announcements live in the site's table, not on the page: before the page is in
    the tree its site is unknown, so the readiness check judges it once it is placed.
    """
    if not values.get("path"):
        return None
    year = fiscal.FiscalYear(values.get("fiscal_year") or ctx.year)
    shown = ProcurementAnnouncement.objects.for_site(_site_of(values)).in_period(year.start, year.end)
    return list(shown.values_list("date", flat=True))


def _remove_announcements(page) -> None:
    ProcurementAnnouncement.objects.for_site(page.get_site()).delete()


class ProcurementAnnouncementPage(ItemPage, Page):
    """Every procurement announcement of one fiscal year, by type and month.

    Renders from the local table only; a page request never contacts e-GP.
    """

    intro = RichTextField(_("introduction"), blank=True)
    fiscal_year = models.PositiveSmallIntegerField(
        _("fiscal year (B.E.)"),
        null=True,
        blank=True,
        help_text=_("Empty: the site's ITA assessment year."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("fiscal_year")]
    max_count_per_parent = 1
    per_page = 50
    part_specs = {"announcements": Dated(field="__all__", dates_of=_announcement_dates, remover=_remove_announcements)}
    # The page lists one fiscal year: that is the period the catalogue's rule judges.
    counted_year_field = "fiscal_year"

    class Meta:
        verbose_name = _("procurement announcements page")

    def get_fiscal_year(self, site=None) -> fiscal.FiscalYear:
        if self.fiscal_year:
            return fiscal.FiscalYear(self.fiscal_year)
        return fiscal.FiscalYear(registry.assessment_year(site or self.get_site()))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        site = Site.find_for_request(request) or self.get_site()
        year = self.get_fiscal_year(site)
        announcements = ProcurementAnnouncement.objects.for_site(site).in_period(year.start, year.end)
        months = [(f"{y}-{m:02d}", month_label(y, m)) for y, m in year.months()]
        selected_type = request.GET.get("type", "")
        if selected_type in AnnouncementType.values:
            announcements = announcements.filter(type_code=selected_type)
        else:
            selected_type = ""
        selected_month = request.GET.get("month", "")
        if selected_month in dict(months):
            y, m = (int(part) for part in selected_month.split("-"))
            announcements = announcements.filter(date__year=y, date__month=m)
        else:
            selected_month = ""
        from .importer import data_as_of  # importer imports these models

        as_of = data_as_of(site)
        context.update(
            fiscal_year=year,
            announcements=Paginator(announcements, self.per_page).get_page(request.GET.get("page")),
            type_choices=AnnouncementType.choices,
            month_choices=months,
            selected_type=selected_type,
            selected_month=selected_month,
            as_of=timezone.localtime(as_of) if as_of else None,
        )
        return context
