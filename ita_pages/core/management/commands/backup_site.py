"""``manage.py backup_site [ARCHIVE]``: the database and media in one archive.

Why a command: ``make backup`` and a host's cron both need one step that works on
SQLite and PostgreSQL, local media and object storage alike (ita_pages.core.backup).
"""

import datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from ita_pages.core.backup import write_backup


def default_path() -> Path:
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    return Path(settings.BACKUP_DIR) / f"site-{stamp}.tar.gz"


class Command(BaseCommand):
    help = "Back up the database and the media to one archive (encrypted data stays encrypted)."

    def add_arguments(self, parser):
        parser.add_argument("archive", nargs="?", help="where to write it (default: BACKUP_DIR/site-<time>.tar.gz)")

    def handle(self, *args, archive=None, **options):
        path = Path(archive) if archive else default_path()
        manifest = write_backup(path)
        rows = sum(manifest["rows"].values())
        self.stdout.write(f"Backed up {rows} rows and {len(manifest['media'])} media files to {path}")
        encrypted = sum(manifest["encrypted_rows"].values())
        if encrypted:
            self.stdout.write(
                f"{encrypted} rows are encrypted (complaints): they can be read only with the encryption "
                "keys in use now. Keep those keys, and keep them apart from this archive."
            )
