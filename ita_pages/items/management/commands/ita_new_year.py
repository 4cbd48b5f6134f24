"""``manage.py ita_new_year YEAR [--from YEAR]``: start a new ITA year on a site.

Why a command: hosts prepare the next year for many agency sites at once, in a
script; it runs the same rollover as the admin action and prints what each editor
will find (drafts, what to update, the items dropped).
"""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from wagtail.models import Site

from ita_pages.items.rollover import RolloverError, new_year
from ita_pages.items.rollover.report import lines


class Command(BaseCommand):
    help = "Create YEAR's ITA index from its catalogue and carry last year's pages forward as drafts."

    def add_arguments(self, parser):
        parser.add_argument("year", type=int, help="The new assessment year (B.E.), e.g. 2568.")
        parser.add_argument(
            "--from",
            dest="from_year",
            type=int,
            help="The year to carry forward (default: the catalogue's previous_year).",
        )
        parser.add_argument("--site", help="Hostname of the site (default: the default site).")
        parser.add_argument("--language", default=settings.LANGUAGE_CODE, help="Language of the report (th or en).")

    def handle(self, *args, year, from_year, site, language, **options):
        if site:
            found = Site.objects.filter(hostname=site).first()
        else:
            found = Site.objects.filter(is_default_site=True).first()
        if found is None:
            raise CommandError(f"No site {site or '(default)'}.")
        with translation.override(language):
            try:
                result = new_year(found, year, from_year)
            except RolloverError as exc:
                raise CommandError(str(exc)) from exc
            for line in lines(result, language):
                self.stdout.write(line)
