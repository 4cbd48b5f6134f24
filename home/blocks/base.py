"""What every homepage widget shares: finding the site, its catalogue and the item's page.

Why a base: a widget only says which page type it serves; the item code it is marked
with (`data-ita-item`) and the address it points to (`data-ita-target`) are looked up
the same way for every widget, from the catalogue of the site's assessment year, so a
renumbered year needs no change in any widget.

Widgets read the database only (news, stored announcements, counts): a page
request never contacts an outside service, so the homepage always answers.
"""

from __future__ import annotations

import base64
from functools import lru_cache

from django.apps import apps
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.models import PageViewRestriction, Site

from ita_pages.core.catalogue import registry

from .. import qr


def page_and_site(context):
    """The page being rendered and its site; the request's site is cached on the
    request, so the widgets of one page share a single lookup."""
    context = context or {}
    page, request = context.get("page"), context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None and page is not None:
        site = page.get_site()
    return page, site


def page_locale(page):
    from wagtail.models import Locale

    return page.locale if page is not None else Locale.get_active()


def in_site(queryset, site, locale):
    """`queryset`'s live pages of `site` in `locale` (each language has its own tree,
    rooted at a translation of the site's homepage); none without a site."""
    if site is None:
        return queryset.none()
    root = site.root_page.get_translation_or_none(locale) or site.root_page
    return queryset.live().descendant_of(root, inclusive=True).filter(locale=locale)


def _per_request(request, key, compute):
    """`compute()` once per request: the widgets of one homepage share their lookups."""
    if request is None:
        return compute()
    memo = request.__dict__.setdefault("_home_widget_lookups", {})
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def site_catalogue(site, request=None):
    """The catalogue of the site's assessment year (the default year without a site)."""
    if site is None:
        return registry.catalogue_for_site(None)
    return _per_request(request, ("catalogue", site.pk), lambda: registry.catalogue_for_site(site))


def item_page(page_type: str, site, locale, request=None):
    """The site's live, public page of `page_type` in `locale`, else in the site's own
    language; None when there is none (or no site)."""
    if site is None:
        return None

    def find():
        pages = apps.get_model(page_type).objects.exclude(_per_request(request, "restricted", _restricted_paths))
        for language in (locale, site.root_page.locale):
            key = ("root", site.pk, language.pk)
            root = _per_request(request, key, lambda language=language: _root_in(site, language))
            page = pages.live().descendant_of(root, inclusive=True).filter(locale=language).first()
            if page is not None:
                return page
        return None

    return _per_request(request, ("page", page_type, site.pk, locale.pk), find)


def _restricted_paths() -> Q:
    """Pages under a view restriction (what `PageQuerySet.public()` leaves out), as one filter."""
    condition = Q(pk__in=[])
    for path in PageViewRestriction.objects.values_list("page__path", flat=True):
        condition |= Q(path__startswith=path)
    return condition


def _root_in(site, locale):
    return site.root_page.get_translation_or_none(locale) or site.root_page


@lru_cache(maxsize=64)
def qr_data_uri(url: str) -> str:
    """An <img>-ready SVG QR code (cached: the same URL renders on every page view)."""
    return "data:image/svg+xml;base64," + base64.b64encode(qr.qr_svg(url)).decode("ascii")


class WidgetBlock(blocks.StructBlock):
    """Base of every homepage widget.

    An ITA widget names the page type of the item it serves (`page_type`); which item
    that is in the site's year, and so the code it is marked with, is the catalogue's
    answer. `target_url()` is where the widget sends the visitor for that item.
    """

    page_type = ""
    # Optional text defaults to "" (not None): wagtail-localize cannot extract None.
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=120, default="")

    class Meta:
        template = "home/widgets/widget.html"
        inner_template = ""
        default_heading = ""

    def catalogue_item(self, site, request=None):
        """The catalogue item this widget serves in the site's year, or None."""
        return site_catalogue(site, request).item_for_page_type(self.page_type) if self.page_type else None

    def target_url(self, value, site, locale, request=None) -> str:
        """The address this widget points to for its item ('' while there is none)."""
        if not self.page_type:
            return ""
        page = item_page(self.page_type, site, locale, request)
        return page.get_url(request) if page is not None else ""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        page, site = page_and_site(parent_context)
        request = (parent_context or {}).get("request")
        item = self.catalogue_item(site, request)
        context["ita_item"] = item.code if item is not None else ""
        context["target_url"] = self.target_url(value, site, page_locale(page), request)
        context["widget_name"] = self.name
        context["inner_template"] = self.meta.inner_template
        context["heading"] = value.get("heading") or self.meta.default_heading
        return context
