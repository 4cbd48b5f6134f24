"""`manage.py load_demo_site`: build or refresh the fictitious demo agency.

Idempotent: running it twice leaves the same content. Each feature contributes its
part as a module of the `demo` package (DEMO_ORDER and `load(site, stdout)`),
discovered here so that adding a feature never means editing this command.
"""

import pkgutil
from importlib import import_module

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

import demo as demo_package
from config.addresses import address_parts, base_url, set_address
from demo import site as demo


def demo_parts():
    """Every demo part after the site itself, in DEMO_ORDER (then module name) order."""
    parts = []
    for info in pkgutil.iter_modules(demo_package.__path__):
        if info.ispkg or info.name == "site":
            continue
        module = import_module(f"demo.{info.name}")
        if hasattr(module, "DEMO_ORDER") and hasattr(module, "load"):
            parts.append((module.DEMO_ORDER, info.name, module))
    return [module for _, _, module in sorted(parts, key=lambda part: part[:2])]


class Command(BaseCommand):
    help = "Create or refresh the demo agency site (fictitious data)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--address",
            help="the address the site is served on, e.g. http://127.0.0.1:8000: QR codes, exports and "
            "API links start with it (default: keep the site's address)",
        )

    def handle(self, *args, **options):
        address = options.get("address")
        if address:
            try:
                address_parts(address)
            except ValueError as exc:
                raise CommandError(str(exc)) from exc
        with transaction.atomic():
            site = demo.build_site(self.stdout)
            if address:
                set_address(site, address)
            for module in demo_parts():
                module.load(site, self.stdout)
        root = base_url(site)
        self.stdout.write(self.style.SUCCESS(f"Demo site ready: {root}/th/ (admin: {root}/admin/)"))
