"""Register the main menu as a snippet in the admin."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import MainMenu


class MainMenuViewSet(SnippetViewSet):
    model = MainMenu
    icon = "list-ul"
    menu_label = _("Main menu")
    add_to_admin_menu = True
    menu_order = 290
    list_display = ["__str__", "site", "locale"]


register_snippet(MainMenuViewSet)
