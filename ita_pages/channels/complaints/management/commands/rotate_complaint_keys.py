"""Re-encrypt all citizen data with the newest key of COMPLAINT_ENCRYPTION_KEYS.

Rotation (also in the README of this app):
1. Generate a key: python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'
2. Put it FIRST in COMPLAINT_ENCRYPTION_KEYS, keep the old key(s) after it; restart.
3. Run ``manage.py rotate_complaint_keys``: every encrypted field of every model is
   rewritten with the new key (corruption cases, general complaints' and questions'
   contact details, ...). It then reports how many receipt codes are still indexed
   under an old key (an index can only be moved when the citizen next uses the code).
4. Remove an old key once no receipt depends on it or its rows have been purged;
   codes indexed under a removed key stop working.

The models are found through the app registry, not listed here: a field added to
any channel is rotated without touching this command, and this channel's command
needs no import of another channel.
"""

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from ita_pages.channels import keys
from ita_pages.channels.fields import EncryptedBinaryField, EncryptedTextField
from ita_pages.channels.receipt import ReceiptMixin


def encrypted_models() -> list[tuple[type, list[str]]]:
    """(model, names of its encrypted fields) for every installed model that has any."""
    found = []
    for model in apps.get_models():
        if model._meta.proxy:
            continue
        fields = [
            field.name
            for field in model._meta.concrete_fields
            if isinstance(field, EncryptedTextField | EncryptedBinaryField)
        ]
        if fields:
            found.append((model, fields))
    return sorted(found, key=lambda pair: pair[0]._meta.label)


class Command(BaseCommand):
    help = "Re-encrypt citizen data with the newest key and report receipts that need older keys."

    def handle(self, *args, **options):
        for model, fields in encrypted_models():
            count = 0
            with transaction.atomic():
                for instance in model._base_manager.select_for_update().only("pk", *fields).iterator():
                    # Read decrypted with any key; the update encrypts with the newest. An
                    # update, not save(): rotating must not run a model's save logic.
                    values = {name: getattr(instance, name) for name in fields}
                    model._base_manager.filter(pk=instance.pk).update(**values)
                    count += 1
            self.stdout.write(f"{model._meta.label}: re-encrypted {count} rows")
        newest = keys.key_id(keys.configured_keys()[0])
        for model in apps.get_models():
            if issubclass(model, ReceiptMixin) and not model._meta.proxy:
                stale = model._base_manager.exclude(receipt_key_id=newest).count()
                self.stdout.write(f"{model._meta.label}: {stale} receipt codes still indexed under an older key")
