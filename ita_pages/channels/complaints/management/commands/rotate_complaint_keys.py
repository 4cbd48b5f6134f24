"""Re-encrypt all complaint data with the newest key of COMPLAINT_ENCRYPTION_KEYS.

Rotation (also in the README of this app):
1. Generate a key: python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'
2. Put it FIRST in COMPLAINT_ENCRYPTION_KEYS, keep the old key(s) after it; restart.
3. Run ``manage.py rotate_complaint_keys``: every encrypted field is rewritten with
   the new key. It then reports how many receipt codes are still indexed under an
   old key (an index can only be moved when the complainant next uses the code).
4. Remove an old key once no receipt depends on it or its cases have been purged;
   codes indexed under a removed key stop working.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from ita_pages.channels import keys
from ita_pages.channels.complaints.fields import EncryptedBinaryField, EncryptedTextField
from ita_pages.channels.complaints.models import CaseAttachment, CaseMessage, CorruptionCase, GeneralComplaint


class Command(BaseCommand):
    help = "Re-encrypt complaint data with the newest key and report receipts that need older keys."

    def handle(self, *args, **options):
        for model in (CorruptionCase, CaseMessage, CaseAttachment):
            fields = [
                field.name
                for field in model._meta.get_fields()
                if isinstance(field, EncryptedTextField | EncryptedBinaryField)
            ]
            count = 0
            with transaction.atomic():
                for instance in model.objects.select_for_update().iterator():
                    # Reading decrypted with any key; saving encrypts with the newest.
                    instance.save(update_fields=fields)
                    count += 1
            self.stdout.write(f"{model._meta.label}: re-encrypted {count} rows")
        newest = keys.key_id(keys.configured_keys()[0])
        for model in (CorruptionCase, GeneralComplaint):
            stale = model.objects.exclude(receipt_key_id=newest).count()
            self.stdout.write(f"{model._meta.label}: {stale} receipt codes still indexed under an older key")
