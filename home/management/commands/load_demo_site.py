"""`manage.py load_demo_site`: build or refresh the fictitious demo agency.

Idempotent: running it twice leaves the same content. Each app contributes its part
through `<app>/demo.py` (DEMO_ORDER and `load(site, stdout)`), discovered here so
that adding a feature never means editing this command.
"""

from importlib import import_module, util

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from home import demo


def demo_parts():
    """Every installed app's demo module, in DEMO_ORDER (then app label) order."""
    parts = []
    for config in apps.get_app_configs():
        module_name = f"{config.name}.demo"
        if config.name == "home" or util.find_spec(module_name) is None:
            continue
        module = import_module(module_name)
        if hasattr(module, "DEMO_ORDER") and hasattr(module, "load"):
            parts.append((module.DEMO_ORDER, config.label, module))
    return [module for _, _, module in sorted(parts, key=lambda part: part[:2])]


class Command(BaseCommand):
    help = "Create or refresh the demo agency site (fictitious data)."

    def handle(self, *args, **options):
        with transaction.atomic():
            site = demo.build_site(self.stdout)
            for module in demo_parts():
                module.load(site, self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo site ready: http://127.0.0.1:8000/th/ (admin: /admin/)"))
