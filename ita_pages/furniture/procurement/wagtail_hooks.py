"""Admin for procurement announcements: editors list, filter and add them by hand."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ProcurementAnnouncement


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
