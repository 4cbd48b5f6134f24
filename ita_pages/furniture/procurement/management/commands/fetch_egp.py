"""`manage.py fetch_egp`: import e-GP announcements now (for cron) or enqueue it.

Cron and monitoring only see the exit status, so any failed feed makes the command
fail, naming each site and feed type on stderr. The feeds that worked are still
stored.
"""

from django.core.management.base import BaseCommand, CommandError
from django_tasks import TaskResultStatus

from ita_pages.furniture.procurement.importer import import_all
from ita_pages.furniture.procurement.tasks import fetch_egp_feeds


class Command(BaseCommand):
    help = (
        "Fetch the e-GP procurement feeds of every configured site and store new announcements. "
        "Exits with status 1 when any feed failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--site", type=int, help="Only this site id.")
        parser.add_argument(
            "--enqueue",
            action="store_true",
            help=(
                "Hand the work to the django-tasks backend instead of running it here. "
                "With a worker the command cannot know the outcome and exits 0 once enqueued; "
                "when the backend runs tasks immediately, failures exit 1 as without --enqueue."
            ),
        )

    def handle(self, *args, site=None, enqueue=False, **options):
        if enqueue:
            self._enqueue(site)
            return
        report = import_all(site)
        self.stdout.write(f"Fetched {report.fetched} feeds, stored {report.stored} announcements.")
        self._fail_on(report.errors)

    def _enqueue(self, site):
        result = fetch_egp_feeds.enqueue(site)
        self.stdout.write(f"Enqueued task {result.id}")
        if result.status == TaskResultStatus.FAILED:
            raise CommandError(f"The e-GP import task {result.id} failed: {result.errors[-1].exception_class_path}")
        if result.status == TaskResultStatus.SUCCESSFUL:
            summary = result.return_value
            self.stdout.write(f"Fetched {summary['fetched']} feeds, stored {summary['stored']} announcements.")
            self._fail_on(summary["errors"])

    def _fail_on(self, errors):
        if errors:
            raise CommandError(f"{len(errors)} e-GP feed(s) failed:\n" + "\n".join(f"Feed error: {e}" for e in errors))
