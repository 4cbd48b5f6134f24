"""``manage.py rebuild_thai_index``: rebuild the Thai search index from scratch.

Why this exists: after a bulk import, a restore from backup, fixture loading
(signals are skipped for raw saves) or a change to the segmentation code, the
index must be rebuilt from the live pages and documents.
"""

from django.core.management.base import BaseCommand

from search import indexer


class Command(BaseCommand):
    help = "Rebuild the Thai search index (live public pages and public documents)."

    def handle(self, *args, **options):
        indexer.rebuild(stdout=self.stdout)
