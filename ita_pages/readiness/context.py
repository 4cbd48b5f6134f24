"""Everything the rules of one run share: the site, year, pages found, rendered HTML.

Why one object: many rules need the same expensive things (the item's page, its
live revision, the homepage as a citizen sees it, the main menu), so the context
finds each once per run and every rule reads it from here.
"""

from __future__ import annotations

from functools import cached_property
from urllib.parse import urlsplit

from django.test import Client
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from ita_pages.core.catalogue.model import GENERIC_PAGE_TYPE
from ita_pages.core.catalogue.registry import get_catalogue, page_model
from ita_pages.items.models import ITAIndexPage


class CheckContext:
    """Shared, lazily computed facts about one site for one assessment year."""

    def __init__(self, site, year: int, *, catalogue=None, check_links: bool = False, link_results=None):
        self.site = site
        self.year = int(year)
        self.catalogue = catalogue or get_catalogue(self.year)
        self.check_links = check_links
        # url -> links.LinkResult, filled before the rules run when --check-links is on.
        self.link_results = link_results if link_results is not None else {}
        self._pages: dict[str, Page | None] = {}
        self._rendered: dict[int, tuple[int, str]] = {}
        self._live: dict[int, Page] = {}
        self._links: dict[int, set[str]] = {}

    # --- the site -----------------------------------------------------------------
    @cached_property
    def root(self) -> Page:
        return self.site.root_page.specific

    @cached_property
    def agency_kind(self) -> str | None:
        from ita_pages.core.models import AgencyProfile

        return AgencyProfile.for_site(self.site).kind

    @cached_property
    def ita_index(self) -> Page | None:
        """The live ITA index under this site, preferring the one for the year checked."""
        pages = ITAIndexPage.objects.descendant_of(self.root, inclusive=True).live().order_by("path")
        return pages.filter(assessment_year=self.year).first() or pages.first()

    # --- an item's page -----------------------------------------------------------
    def page_for(self, item) -> Page | None:
        """The page serving `item` on this site: a live public one if any, else any draft."""
        if item.code not in self._pages:
            self._pages[item.code] = self._find_page(item)
        return self._pages[item.code]

    def _find_page(self, item) -> Page | None:
        model = page_model(item.page_type)
        pages = model.objects.descendant_of(self.root, inclusive=True).order_by("path")
        if model._meta.label == GENERIC_PAGE_TYPE:
            pages = pages.filter(item_code__iexact=item.code)  # the generic type serves several items
        pages = list(pages)
        if not pages:
            return None
        index = self.ita_index
        if index is not None:
            # Prefer the page under this year's ITA section.
            pages.sort(key=lambda p: not p.path.startswith(index.path))
        pages.sort(key=lambda p: not (p.live and not self.is_restricted(p)))
        return pages[0]

    def live_object(self, page: Page) -> Page | None:
        """What the public sees: the live revision as a page object (not the draft).

        Built once per page and run: every rule reads the same object.
        """
        if page is None or not page.live:
            return None
        if page.pk not in self._live:
            revision = page.live_revision
            self._live[page.pk] = page.specific if revision is None else revision.as_object()
        return self._live[page.pk]

    def link_paths(self, page: Page) -> set[str]:
        """Paths of every link on `page` as the public gets it (parsed once per run)."""
        from .rules.reach import link_paths

        if page is None:
            return set()
        if page.pk not in self._links:
            status, html = self.render_public(page)
            self._links[page.pk] = link_paths(html) if status == 200 else set()
        return self._links[page.pk]

    @staticmethod
    def is_restricted(page: Page) -> bool:
        return PageViewRestriction.objects.filter(page__in=page.get_ancestors(inclusive=True)).exists()

    @staticmethod
    def is_expired(page: Page) -> bool:
        return bool(page.expired or (page.expire_at and page.expire_at <= timezone.now()))

    def url_of(self, page: Page | None) -> str | None:
        if page is None:
            return None
        return page.get_full_url()

    # --- what a citizen sees ------------------------------------------------------
    def render_public(self, page: Page | None) -> tuple[int, str]:
        """(status, html) of `page` fetched anonymously through the whole stack."""
        if page is None:
            return 0, ""
        if page.pk not in self._rendered:
            parts = page.get_url_parts()
            if parts is None:
                self._rendered[page.pk] = (0, "")
            else:
                _site_id, root_url, path = parts
                host = urlsplit(root_url).netloc or self.site.hostname
                client = Client(raise_request_exception=False, HTTP_HOST=host)
                response = client.get(path, follow=True)
                html = response.content.decode(response.charset or "utf-8", "replace")
                self._rendered[page.pk] = (response.status_code, html)
        return self._rendered[page.pk]

    @cached_property
    def homepage_html(self) -> str:
        status, html = self.render_public(self.root)
        return html if status == 200 else ""

    @cached_property
    def main_menu(self):
        """The site's main menu snippet in the homepage's language, or None before one is made."""
        from ita_pages.furniture.menus.models import MainMenu

        return MainMenu.objects.filter(site=self.site, locale=self.root.locale).first()
