"""`manage.py ita_check`: would each ITA item pass today? Exit 0 only if all pass.

Text for people, JSON for machines (`--format json`); progress goes to stderr when
it is a terminal, so piping the JSON stays clean. External links are fetched only
with `--check-links`.
"""

from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from ita_pages.readiness.checker import run_checks
from ita_pages.readiness.links import DEFAULT_TIMEOUT, DEFAULT_WORKERS
from ita_pages.readiness.results import STATUSES

MARK_WIDTH = max(len(s) for s in STATUSES)


def find_site(value: str | None) -> Site:
    if not value:
        site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
        if site is None:
            raise CommandError("No Wagtail site exists yet.", returncode=2)
        return site
    hostname, _, port = value.partition(":")
    sites = Site.objects.filter(pk=int(value)) if value.isdigit() else Site.objects.filter(hostname=hostname)
    if port.isdigit():
        sites = sites.filter(port=int(port))
    site = sites.first()
    if site is None:
        raise CommandError(f"No site {value!r} (give its id or hostname).", returncode=2)
    return site


class Command(BaseCommand):
    help = "Check every ITA item of a site and year; exit status 0 only when all pass."

    def add_arguments(self, parser):
        parser.add_argument("--site", help="site id or hostname[:port] (default: the default site)")
        parser.add_argument("--year", type=int, help="assessment year in B.E. (default: the site's ITA setting)")
        parser.add_argument("--format", choices=("text", "json"), default="text")
        parser.add_argument("--language", choices=("th", "en"), default="th", help="language of the messages")
        parser.add_argument("--check-links", action="store_true", help="also fetch external links (HEAD)")
        parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds per external link")
        parser.add_argument("--workers", type=int, default=DEFAULT_WORKERS, help="external links checked at once")

    def handle(self, *args, **options):
        site = find_site(options["site"])
        progress = self._progress if self._is_tty() else None
        try:
            report = run_checks(
                site,
                options["year"],
                check_links=options["check_links"],
                progress=progress,
                link_options={"timeout": options["timeout"], "workers": options["workers"]},
            )
        except KeyError as exc:
            raise CommandError(f"No ITA catalogue for that year ({exc}).", returncode=2) from exc
        if progress is not None:
            self.stderr.write("\r\033[K", ending="")
        language = options["language"]
        if options["format"] == "json":
            self.stdout.write(json.dumps(report.to_dict(language), ensure_ascii=False, indent=2))
        else:
            self._text(report, language)
        if not report.all_pass:
            raise SystemExit(1)

    def _is_tty(self) -> bool:
        stream = getattr(self.stderr, "_out", sys.stderr)
        return bool(getattr(stream, "isatty", lambda: False)())

    def _progress(self, done: int, total: int, label: str) -> None:
        self.stderr.write(f"\r\033[K[{done}/{total}] {label}"[:120], ending="")
        self.stderr.flush()

    def _text(self, report, language: str) -> None:
        # The score line is the admin report's, in the language asked for.
        with translation.override(language):
            score = _("ITA %(year)s (%(site)s): passed %(passed)s/%(total)s") % {
                "year": report.year,
                "site": report.site,
                "passed": report.passed,
                "total": report.total,
            }
        self.stdout.write(score)
        for item in report.items:
            line = f"[{item.status.upper():{MARK_WIDTH}}] {item.code:4} {item.title(language)}"
            if item.url:
                line += f"  {item.url}"
            style = self.style.SUCCESS if item.passed else self.style.ERROR
            self.stdout.write(style(line))
            for problem in item.problems:
                self.stdout.write(f"          - {problem.rule}: {problem.message(language)}")
