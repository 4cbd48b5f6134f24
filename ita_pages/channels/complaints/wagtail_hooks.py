"""Admin wiring: corruption case views, the general complaint viewset, menu items.

Why: the corruption channel gets its own menu item and views (access by officer
group, audited); general complaints use an ordinary ModelViewSet with Django model
permissions, which keeps the two channels visibly separate.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import LogFormatter

from ita_pages.core.second_factor.policy import REQUIRED_HOOK

from . import admin_views
from .access import officer_site_ids
from .models import GeneralComplaint


@hooks.register("register_admin_urls")
def register_case_urls():
    return [
        path("corruption-complaints/", admin_views.case_index, name="complaints_case_index"),
        path("corruption-complaints/access-history/", admin_views.access_history, name="complaints_access_history"),
        path("corruption-complaints/<int:pk>/", admin_views.case_detail, name="complaints_case_detail"),
        path(
            "corruption-complaints/<int:pk>/attachments/<int:attachment_pk>/",
            admin_views.attachment_download,
            name="complaints_attachment_download",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_case_menu_item():
    return MenuItem(_("Corruption complaints"), reverse("complaints_case_index"), icon_name="warning", order=260)


class GeneralComplaintViewSet(ModelViewSet):
    model = GeneralComplaint
    icon = "mail"
    menu_label = _("General complaints")
    menu_order = 250
    add_to_admin_menu = True
    url_namespace = "general_complaints"
    url_prefix = "general-complaints"
    list_display = ["subject", "name", "status", "received_on", "completed_on"]
    list_filter = ["status", "site"]
    # Contact details are encrypted: the database cannot search them.
    search_fields = ["subject", "body"]
    form_fields = ["status", "response"]
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = ["subject", "body", "name", "email", "phone", "status", "response", "received_on"]


general_complaint_viewset = GeneralComplaintViewSet("general_complaints")


@hooks.register("register_admin_viewset")
def register_general_complaint_viewset():
    return general_complaint_viewset


@hooks.register("register_log_actions")
def register_officer_access_action(actions):
    from .officer_audit import LOG_ACTION

    @actions.register_action(LOG_ACTION)
    class OfficerAccessChanged(LogFormatter):
        label = _("Change of who may read corruption cases")

        def format_message(self, log_entry):
            from django.utils.translation import gettext

            data = log_entry.data or {}
            return gettext("Who may read corruption cases changed: %(old)s → %(new)s") % {
                "old": data.get("old") or "-",
                "new": data.get("new") or "-",
            }


@hooks.register("construct_homepage_panels")
def add_officer_access_notice(request, panels):
    from . import access
    from .admin_views import OfficerAccessNotice

    if request.user.is_superuser or access.officer_site_ids(request.user):
        panels.append(OfficerAccessNotice())


@hooks.register(REQUIRED_HOOK)
def officers_use_a_second_factor(user) -> bool:
    """Whoever may read a site's corruption cases signs in with a second factor."""
    return bool(officer_site_ids(user))
