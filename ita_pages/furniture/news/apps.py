"""App config for news (ITA item O7)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    """News index and news pages."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "ita_pages.furniture.news"
    label = "news"
    verbose_name = _("News")
