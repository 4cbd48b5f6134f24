"""``manage.py restore_site ARCHIVE --replace``: put a backup back, replacing the site.

Why ``--replace`` is required on a database with content: a restore deletes every
page, case and account that is not in the archive.
"""

import io

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from ita_pages.core.backup import BackupError, restore

# What `migrate` alone leaves: Wagtail's root and its first page.
EMPTY_SITE_PAGES = 2


class Command(BaseCommand):
    help = "Restore a backup made by backup_site, replacing the database rows and the media."

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument("--replace", action="store_true", help="replace a site that already has content")

    def handle(self, *args, archive, replace=False, **options):
        has_content = get_user_model().objects.exists() or Page.objects.count() > EMPTY_SITE_PAGES
        if has_content and not replace:
            raise CommandError("This database already holds a site. Add --replace to replace it with the backup.")
        try:
            result = restore(archive)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        # Wagtail's admin search index was emptied with the rest of the derived rows.
        call_command("update_index", stdout=self.stdout if options["verbosity"] > 1 else io.StringIO())
        self.stdout.write(f"Restored {sum(result['rows'].values())} rows and {result['media']} media files.")
        if result["unreadable"]:
            listed = ", ".join(f"{label}: {count}" for label, count in result["unreadable"].items())
            raise CommandError(
                f"Restored, but encrypted rows cannot be read with the keys configured now ({listed}). "
                "Set the encryption keys that were in use when the backup was made.",
                returncode=3,
            )
