"""News pages: news about the agency's duties, dated, with image and attachments.

The news index is an ITA item (the catalogue says which: O7 in 2566). Assessors check
that news of the assessment year exists and is reachable from the homepage, so every
news page carries an explicit date (not just its publish time) and the index's part
is its live news, judged by the dates the catalogue's part rule accepts (older news
stays as the archive); the index also offers an RSS feed of the agency's own news.
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

from ita_pages.core.parts import Dated
from ita_pages.items.models.item import ItemPage


class AttachmentBlock(blocks.StructBlock):
    """A downloadable file attached to a news item, with a readable name."""

    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("link text"), required=False, default="")

    class Meta:
        icon = "doc-full"
        label = _("Attachment")
        help_text = _("A file readers can download; the link text defaults to the document title.")
        preview_value = {"title": "เอกสารแนบ"}


def _live_news_of(values: dict):
    """The live, public news under the index whose field values are `values`, or under
    any of its translations: a translated index shows the same news in its language,
    so it may be published as soon as its source has news."""
    indexes = Page.objects.filter(translation_key=values.get("translation_key"))
    if values.get("path"):
        indexes = indexes | Page.objects.filter(path=values["path"])
    news = NewsPage.objects.none()
    for news_index in indexes.distinct():
        news = news | NewsPage.objects.child_of(news_index)
    return news.live().public()


def _news_dates(values: dict, ctx) -> list:
    return list(_live_news_of(values).values_list("date", flat=True))


def _remove_news(page) -> None:
    # The part counts news under every translation of the index, so all of them go.
    for news_index in Page.objects.filter(translation_key=page.translation_key):
        NewsPage.objects.child_of(news_index).delete()


class NewsIndexPage(ItemPage, RoutablePageMixin, Page):
    """The list of news items and its RSS feed (`feed/`)."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1
    per_page = 12
    # The news are the index's children: save it as a draft, publish news under it,
    # then publish the index.
    part_specs = {"news": Dated(field="__all__", dates_of=_news_dates, remover=_remove_news)}

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

    def get_context(self, request, *args, **kwargs):
        # A news item is evidence of its index's item: the page carries that item's code.
        context = super().get_context(request, *args, **kwargs)
        context["ita_item"] = self.get_parent().specific.ita_item
        return context

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
