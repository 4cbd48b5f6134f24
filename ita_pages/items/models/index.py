"""The ITA section (``/th/ita/``) and one index page per assessment year (``/th/ita/2566/``).

Why per year: assessors recheck an item at the link first submitted, so 2566's pages
must stay where they are when the site moves on to 2567; each year's index renders
that year's catalogue as the seed's table (ข้อ | ข้อมูล | การเชื่อมโยง | คำอธิบาย)
under the group headings, linking every row to its live page or marking it
"ยังไม่เผยแพร่" (not yet published).
"""

from __future__ import annotations

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.shortcuts import redirect
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from ita_pages.core.catalogue import registry
from ita_pages.core.catalogue.model import GENERIC_PAGE_TYPE


def _serving_models(catalogue):
    """item code → page model serving it (start-up checks that every one is installed)."""
    return {item.code: apps.get_model(item.app_label, item.model_name) for item in catalogue.items}


class ITASectionPage(Page):
    """``/th/ita/``: sends visitors to the index of the site's current assessment year."""

    intro = RichTextField(_("introduction"), blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["ita_pages.ITAIndexPage"]
    max_count_per_parent = 1
    template = "ita_pages/ita_section_page.html"

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = _("ITA section")

    def current_index(self, site=None):
        year = registry.assessment_year(site or self.get_site())
        return ITAIndexPage.objects.child_of(self).live().filter(assessment_year=year).first()

    def serve(self, request, *args, **kwargs):
        index = self.current_index(getattr(request, "_wagtail_site", None) or self.get_site())
        if index is not None:
            return redirect(index.get_url(request=request))
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["indexes"] = ITAIndexPage.objects.child_of(self).live().order_by("-assessment_year")
        return context


class ITAIndexPage(Page):
    """One assessment year's checklist; its children are that year's indicator pages."""

    assessment_year = models.PositiveSmallIntegerField(
        _("assessment year (B.E.)"),
        default=registry.default_year,
        help_text=_("The ITA year this index lists; its URL becomes /ita/<year>/."),
    )
    intro = RichTextField(_("introduction"), blank=True)

    parent_page_types = ["ita_pages.ITASectionPage"]
    template = "ita_pages/ita_index_page.html"

    content_panels = [*Page.content_panels, FieldPanel("assessment_year"), FieldPanel("intro")]

    class Meta:
        verbose_name = _("ITA index")

    @classmethod
    def clean_subpage_models(cls):
        """Every indicator page type, plus other apps' page types that serve an item."""
        if cls._clean_subpage_models is None:
            from .base import IndicatorPage

            found = [m for m in apps.get_models() if issubclass(m, IndicatorPage)]
            for catalogue in registry.catalogues().values():
                found.extend(m for m in _serving_models(catalogue).values() if m not in found)
            cls._clean_subpage_models = found
        return cls._clean_subpage_models

    @property
    def catalogue(self):
        return registry.get_catalogue(self.assessment_year)

    def full_clean(self, *args, **kwargs):
        self.slug = str(self.assessment_year)
        super().full_clean(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.assessment_year not in registry.available_years():
            raise ValidationError({"assessment_year": _("There is no ITA catalogue for this year.")})

    def item_pages(self) -> dict:
        """item code → live page serving it: a child first, else anywhere in the same site tree."""
        catalogue = self.catalogue
        from .base import IndicatorPage

        models_by_code = _serving_models(catalogue)
        # Plain Page rows are enough for a URL: no per-type query, whatever is published.
        by_type = {}
        for child in self.get_children().live():
            by_type.setdefault(child.content_type_id, child)
        found = {}
        home = None
        generic = {p.item_code.lower(): p for p in self._generic_children()}
        for code, model in models_by_code.items():
            page = by_type.get(ContentType.objects.get_for_model(model).pk)
            if model._meta.label == GENERIC_PAGE_TYPE:
                page = generic.get(code.lower())
            if page is None and not issubclass(model, IndicatorPage):
                # Other apps' pages (news, Q&A, ...) may live elsewhere in this language's tree.
                if home is None:
                    home = self._language_home()
                if home is not None:
                    page = model.objects.live().filter(locale_id=self.locale_id).descendant_of(home).first()
            if page is not None:
                found[code] = page
        return found

    def _generic_children(self):
        """Live generic item pages here; each names its item, as several share the type."""
        from .generic import CatalogueItemPage

        return CatalogueItemPage.objects.child_of(self).live()

    def _language_home(self):
        """This language's copy of the site root (the homepage this index sits under)."""
        site = self.get_site()
        if site is None:
            return None
        return Page.objects.ancestor_of(self, inclusive=True).filter(depth=site.root_page.depth).first()

    def rows(self, request=None) -> list[dict]:
        """The seed's table: groups, each with its sections and their item rows in order."""
        lang = get_language()
        catalogue = self.catalogue
        pages = self.item_pages()
        groups: list[dict] = []
        for item in catalogue.items:
            if not groups or groups[-1]["code"] != item.group:
                group = catalogue.group(item.group)
                groups.append({"code": group.code, "heading": group.text("heading", lang), "sections": []})
            sections = groups[-1]["sections"]
            if not sections or sections[-1]["key"] != item.section:
                section = catalogue.section(item.section)
                sections.append({"key": section.key, "heading": section.text("heading", lang), "rows": []})
            page = pages.get(item.code)
            sections[-1]["rows"].append(
                {
                    "item": item,
                    "code": item.code,
                    "title": item.text("title", lang),
                    "link_text": item.text("link", lang),
                    "description": item.text("description", lang),
                    "page": page,
                    "url": page.get_url(request=request) if page is not None else None,
                }
            )
        return groups

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["catalogue"] = self.catalogue
        context["groups"] = self.rows(request)
        return context
