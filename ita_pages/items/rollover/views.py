"""The admin action "start a new ITA year" on the ITA section (and each year's index).

Why in the admin: editors of a small agency have no shell; the same rollover as
``manage.py ita_new_year`` runs from a button, for whoever may add pages under the
ITA section, and shows the same report.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from ita_pages.core.catalogue import registry
from ita_pages.items.models import ITAIndexPage, ITASectionPage

from . import RolloverError, new_year
from .report import closing, heading, rows


def section_of(page) -> ITASectionPage | None:
    """The ITA section a section or index page belongs to."""
    specific = page.specific_deferred
    if isinstance(specific, ITASectionPage):
        return specific
    if isinstance(specific, ITAIndexPage):
        return ITASectionPage.objects.ancestor_of(page).first()
    return None


def can_start_year(user, section) -> bool:
    return section.permissions_for_user(user).can_add_subpage()


def years_to_start(section) -> list[int]:
    """Catalogue years with no index under ``section`` yet, newest first."""
    existing = set(ITAIndexPage.objects.child_of(section).values_list("assessment_year", flat=True))
    return sorted((y for y in registry.available_years() if y not in existing), reverse=True)


class NewYearView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Start a new ITA year")
    header_icon = "calendar"
    template_name = "ita_pages/admin/new_year.html"

    def dispatch(self, request, section_id):
        self.section = get_object_or_404(ITASectionPage, pk=section_id)
        if not can_start_year(request.user, self.section):
            raise PermissionDenied
        return super().dispatch(request, section_id)

    def get_breadcrumbs_items(self):
        # Where the editor came from (the ITA section), then this view: never "Home" alone.
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("wagtailadmin_explore", args=[self.section.pk]),
                "label": self.section.get_admin_display_title(),
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(section=self.section, years=years_to_start(self.section), catalogues=registry.catalogues())
        return context

    def post(self, request, section_id):
        context = self.get_context_data()
        try:
            year = int(request.POST.get("year", ""))
            from_year = int(request.POST["from_year"]) if request.POST.get("from_year") else None
        except ValueError:
            context["error"] = _("Choose the year to start.")
            return self.render_to_response(context, status=400)
        site = self.section.get_site()
        try:
            result = new_year(site, year, from_year, user=request.user)
        except RolloverError as exc:
            context["error"] = str(exc)
            return self.render_to_response(context, status=400)
        language = get_language()
        context.update(
            result=result,
            heading=heading(result),
            rows=rows(result, language),
            closing=closing(result, language),
            years=years_to_start(self.section),
        )
        return self.render_to_response(context)
