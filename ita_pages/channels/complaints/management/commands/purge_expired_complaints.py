"""Delete completed corruption cases whose retention date has passed.

Why: PDPA — keep personal data no longer than needed. Each site sets its retention
(ComplaintSettings.retention_days); any activity on a case pushes its date out, and
open cases are never deleted. The audit log keeps a "purged" entry with the number.
Run it daily (cron or a django_tasks schedule).
"""

from django.core.management.base import BaseCommand
from django.utils import timezone

from ita_pages.channels.complaints.models import CaseAccessLog, CaseStatus, CorruptionCase


class Command(BaseCommand):
    help = "Delete completed corruption complaint cases past their retention date."

    def handle(self, *args, **options):
        expired = CorruptionCase.objects.filter(status=CaseStatus.COMPLETED, retain_until__lt=timezone.localdate())
        count = 0
        for case in expired.iterator():
            CaseAccessLog.record(case, None, CaseAccessLog.Action.PURGE)
            case.delete()
            count += 1
        self.stdout.write(f"Deleted {count} expired cases")
