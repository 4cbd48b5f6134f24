"""App config for the main menu."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MenusConfig(AppConfig):
    """Main menu snippet and its template tag."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "ita_pages.furniture.menus"
    label = "menus"
    verbose_name = _("Menus")
