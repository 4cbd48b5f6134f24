"""Admin views: the readiness report, the ITAS export and freezing the submission.

Why admin views (not a snippet): the report is computed, not stored; editors filter
it by status and group, jump to the page to fix, download the ITAS file, and a
user with the freeze permission freezes the year once everything is ready.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Site

from config.addresses import absolute_url
from ita_pages.core.catalogue.registry import assessment_year, available_years, get_catalogue, page_model
from ita_pages.core.fiscal import format_thai_date

from . import exports
from .cache import get_report
from .context import CheckContext
from .freeze import AlreadyFrozen, changes_since, freeze
from .models import FrozenSubmission
from .results import STATUSES, status_label


def admin_language() -> str:
    """The language the admin is shown in (the editor's admin language, set by Wagtail)."""
    return translation.get_language() or "th"


def group_rows(report, language: str) -> list[tuple]:
    """(summary, heading in `language`) per catalogue group, for the filter and the dashboard bars."""
    return [(summary, summary.heading(language)) for summary in report.group_summaries()]


def site_for(request) -> Site | None:
    site_id = request.GET.get("site") or request.POST.get("site")
    if site_id and str(site_id).isdigit():
        site = Site.objects.filter(pk=int(site_id)).first()
        if site is not None:
            return site
    return Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()


def year_for(request, site) -> int:
    """The year asked for when a catalogue has it, else the site's assessment year."""
    year = request.GET.get("year") or request.POST.get("year")
    if year and str(year).isdigit() and int(year) in available_years():
        return int(year)
    return assessment_year(site)


def frozen_urls(submission) -> dict[str, str]:
    """Each item's frozen permalink on the site's public address, in the site's language
    (assessors open it from ITAS, whatever address or language the admin used)."""
    if submission is None:
        return {}
    site = submission.site
    with translation.override(site.root_page.locale.language_code):
        return {
            item.code: absolute_url(
                site, reverse("readiness:frozen_item", kwargs={"year": submission.year, "code": item.code.lower()})
            )
            for item in submission.items.all()
        }


def edit_url(item) -> str | None:
    return reverse("wagtailadmin_pages:edit", args=(item.page_id,)) if item.page_id else None


def add_url(ctx, catalogue_item) -> str | None:
    """Where to create a missing item's page: under the year's ITA index, if it may live there."""
    model = page_model(catalogue_item.page_type)
    index = ctx.ita_index
    if index is None or not model.can_create_at(index):
        return None
    return reverse("wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, index.pk))


class ReportView(WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("ITA readiness")
    header_icon = "tasks"
    template_name = "readiness/report.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        request = self.request
        site = site_for(request)
        year = year_for(request, site)
        report = get_report(site, year, refresh=request.GET.get("refresh") == "1")
        catalogue = get_catalogue(year)
        status = request.GET.get("status") or ""
        group = request.GET.get("group") or ""
        items = [it for it in report.items if (not status or it.status == status) and (not group or it.group == group)]
        language = admin_language()
        ctx = CheckContext(site, year, catalogue=catalogue)
        submission = FrozenSubmission.objects.filter(site=site, year=year).first()
        changes = {c.code: c for c in changes_since(submission)} if submission else {}
        context.update(
            site=site,
            year=year,
            report=report,
            rows=[
                {
                    "item": it,
                    "title": it.title(language),
                    "problems": [(p.rule, p.message(language)) for p in it.problems],
                    "edit_url": edit_url(it),
                    "add_url": None if it.page_id else add_url(ctx, catalogue.item(it.code)),
                    "changes": changes.get(it.code),
                }
                for it in items
            ],
            groups=group_rows(report, language),
            statuses=[(s, status_label(s)) for s in STATUSES],
            status=status,
            group=group,
            catalogue=catalogue,
            submission=submission,
            frozen_on=format_thai_date(timezone.localtime(submission.frozen_at)) if submission else "",
            can_freeze=request.user.has_perm("readiness.freeze_submission"),
        )
        return context


def export(request, fmt: str):
    site = site_for(request)
    year = year_for(request, site)
    report = get_report(site, year)
    submission = FrozenSubmission.objects.filter(site=site, year=year).first()
    table = exports.rows(report, frozen_urls(submission), admin_language())
    name = f"ita-{year}-{report.site}".replace(":", "-")
    if fmt == "xlsx":
        body = exports.to_xlsx(table, f"ITA {year}")
        content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    else:
        body, content_type = exports.to_csv(table), "text/csv; charset=utf-8"
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response


def freeze_view(request):
    if request.method != "POST":
        return redirect("readiness_report")
    if not request.user.has_perm("readiness.freeze_submission"):
        raise PermissionDenied
    site = site_for(request)
    year = year_for(request, site)
    try:
        submission = freeze(site, year, user=request.user)
    except AlreadyFrozen:
        messages.error(request, _("The ITA %(year)s submission is already frozen.") % {"year": year})
    else:
        messages.success(
            request,
            _("The ITA %(year)s submission is frozen: %(passed)s of %(total)s items passed.")
            % {"year": year, "passed": submission.passed, "total": submission.total},
        )
    return redirect(f"{reverse('readiness_report')}?site={site.pk}&year={year}")
