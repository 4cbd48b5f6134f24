"""Admin for procurement announcements: editors list, filter and add them by hand,
and the admin home warns them when an e-GP feed has stopped answering."""

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ProcurementAnnouncement, stale_feeds


class ProcurementAnnouncementViewSet(SnippetViewSet):
    """Imported and hand-entered announcements in one list (O20)."""

    model = ProcurementAnnouncement
    icon = "doc-full"
    menu_label = _("Procurement announcements")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["title", "type_code", "date", "method", "source", "site"]
    list_filter = ["type_code", "source", "site"]
    search_fields = ["title", "project_id"]
    ordering = ["-date", "-id"]


register_snippet(ProcurementAnnouncementViewSet)


class StaleFeedsPanel(Component):
    """Names each feed with no valid e-GP answer for too long, so editors can enter
    the announcements by hand or ask e-GP before an assessor finds the list old."""

    name = "egp_stale_feeds"
    template_name = "procurement/admin/stale_feeds_panel.html"
    order = 40

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        now = timezone.now()
        return {
            "stale": [
                {
                    "site": feed.site,
                    "type_code": status.type_code,
                    "type_label": status.get_type_code_display(),
                    "last_success": timezone.localtime(status.last_success) if status.last_success else None,
                }
                for feed, status in stale_feeds(now)
            ],
            "hours": settings.EGP_STALE_AFTER_HOURS,
        }


@hooks.register("construct_homepage_panels")
def add_stale_feeds_panel(request, panels):
    panels.append(StaleFeedsPanel(request))
