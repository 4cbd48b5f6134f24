"""Admin wiring: the dashboard panel, the report/export/freeze URLs and the menu item."""

from __future__ import annotations

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from . import admin_views
from .cache import get_report


class ReadinessPanel(Component):
    """ "ผ่าน 38/43" with one bar per group, on the Wagtail admin home page."""

    name = "ita_readiness"
    template_name = "readiness/panel.html"
    order = 50

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        site = admin_views.site_for(self.request)
        report = get_report(site) if site is not None else None
        return {
            "report": report,
            "groups": admin_views.group_rows(report, admin_views.admin_language()) if report else [],
            "report_url": reverse("readiness_report"),
            "request": self.request,
        }


@hooks.register("construct_homepage_panels")
def add_readiness_panel(request, panels):
    panels.append(ReadinessPanel(request))


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("ita-readiness/", admin_views.ReportView.as_view(), name="readiness_report"),
        path("ita-readiness/export.csv", admin_views.export, {"fmt": "csv"}, name="readiness_export_csv"),
        path("ita-readiness/export.xlsx", admin_views.export, {"fmt": "xlsx"}, name="readiness_export_xlsx"),
        path("ita-readiness/freeze/", admin_views.freeze_view, name="readiness_freeze"),
    ]


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return MenuItem(_("ITA readiness"), reverse("readiness_report"), icon_name="tasks", order=250)


@hooks.register("register_permissions")
def register_permissions():
    return Permission.objects.filter(content_type__app_label="readiness", codename="freeze_submission")
