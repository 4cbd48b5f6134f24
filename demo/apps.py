"""App configuration of the demo, so that `manage.py load_demo_site` is found."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The fictitious demo agency's loaders; no models, nothing in the runtime imports it."""

    name = "demo"
    verbose_name = _("Demo site")
