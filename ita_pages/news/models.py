"""News pages (O7): news about the agency's duties, dated, with image and attachments.

Assessors check that news of the assessment year exists and is reachable from the
homepage, so every news page carries an explicit date (not just its publish time)
and the index offers an RSS feed of the agency's own news.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index


class AttachmentBlock(blocks.StructBlock):
    """A downloadable file attached to a news item, with a readable name."""

    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("link text"), required=False, default="")

    class Meta:
        icon = "doc-full"
        label = _("Attachment")
        help_text = _("A file readers can download; the link text defaults to the document title.")
        preview_value = {"title": "เอกสารแนบ"}


class NewsIndexPage(RoutablePageMixin, Page):
    """The list of news items and its RSS feed (`feed/`)."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1
    per_page = 12

    class Meta:
        verbose_name = _("news index")

    def news(self):
        return (
            NewsPage.objects.child_of(self)
            .live()
            .public()
            .select_related("image")
            .order_by("-date", "-first_published_at")
        )

    def ita_period(self, year: int | None = None):
        """O7 asks for news of year Y: the span of news dates inside the assessment year."""
        from ita_pages.fiscal import FiscalYear, span_in_year
        from ita_pages.models import ITASettings

        if year is None:
            site = self.get_site()
            year = ITASettings.for_site(site).assessment_year if site else FiscalYear.of(timezone.localdate()).be_year
        return span_in_year(self.news().order_by().values_list("date", flat=True), FiscalYear(year))

    @path("")
    def index_view(self, request):
        from django.core.paginator import Paginator

        items = Paginator(self.news(), self.per_page).get_page(request.GET.get("page"))
        return self.render(request, context_overrides={"news_items": items})

    @path("feed/", name="feed")
    def feed_view(self, request):
        from .feeds import NewsFeed  # the feed imports this module

        return NewsFeed(self)(request)


class NewsPage(Page):
    """One news item."""

    date = models.DateField(_("news date"), default=timezone.localdate)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.TextField(_("summary"), blank=True, help_text=_("Shown in lists and the RSS feed."))
    body = RichTextField(_("body"))
    attachments = StreamField(
        [("attachment", AttachmentBlock())],
        verbose_name=_("attachments"),
        blank=True,
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("image"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("attachments"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news page")
        verbose_name_plural = _("news pages")


def latest_news(site, locale, count: int = 5):
    """The newest live news of a site in one language (the homepage widget)."""
    root = site.root_page.get_translation_or_none(locale) or site.root_page
    return (
        NewsPage.objects.live()
        .public()
        .descendant_of(root)
        .filter(locale=locale)
        .select_related("image")
        .order_by("-date", "-first_published_at")[:count]
    )
