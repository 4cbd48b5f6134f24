"""`manage.py fetch_egp`: import e-GP announcements now (for cron) or enqueue it."""

from django.core.management.base import BaseCommand

from ita_pages.furniture.procurement.importer import import_all
from ita_pages.furniture.procurement.tasks import fetch_egp_feeds


class Command(BaseCommand):
    help = "Fetch the e-GP procurement feeds of every configured site and store new announcements."

    def add_arguments(self, parser):
        parser.add_argument("--site", type=int, help="Only this site id.")
        parser.add_argument(
            "--enqueue",
            action="store_true",
            help="Hand the work to the django-tasks backend instead of running it here.",
        )

    def handle(self, *args, site=None, enqueue=False, **options):
        if enqueue:
            result = fetch_egp_feeds.enqueue(site)
            self.stdout.write(f"Enqueued task {result.id}")
            return
        report = import_all(site)
        self.stdout.write(f"Fetched {report.fetched} feeds, stored {report.stored} announcements.")
        for error in report.errors:
            self.stderr.write(f"Feed error: {error}")
