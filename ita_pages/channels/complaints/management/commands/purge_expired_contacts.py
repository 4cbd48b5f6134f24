"""Blank the contact details of closed general complaints and questions past retention.

Why: PDPA — a complainant's name, e-mail and phone, and an asker's unused e-mail
address, are kept only while needed. General complaints follow their site's
``ComplaintSettings.contact_retention_days`` after being completed or rejected;
questions follow ``QASettings.contact_retention_days``. The records themselves stay:
subjects, statuses and dates feed the complaint statistics. The models are found
through the app registry (``ita_pages.channels.retention``), so this channel's
command imports no other channel. Run it daily, beside purge_expired_complaints.
"""

from django.core.management.base import BaseCommand

from ita_pages.channels import retention


class Command(BaseCommand):
    help = "Blank the contact details of closed general complaints and questions past their retention."

    def handle(self, *args, **options):
        for model in sorted(retention.models_keeping_contacts(), key=lambda model: model._meta.label):
            count = retention.blank_expired_contacts(model)
            self.stdout.write(f"{model._meta.label}: blanked the contact details of {count} records")
