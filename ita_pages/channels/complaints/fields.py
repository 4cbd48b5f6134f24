"""Model fields that encrypt their value at rest.

Why: complaint text, identity and messages must be unreadable in the database and
its backups. Values are Fernet tokens in the database and plain values in Python;
the fields cannot be filtered or searched on, by design.
"""

from django.db import models

from ita_pages.channels import crypto


class EncryptedTextField(models.TextField):
    """Text stored as a Fernet token (the token is longer than the text)."""

    # Backups copy the column as it is stored, never the decrypted value.
    stores_ciphertext = True

    def from_db_value(self, value, expression, connection):
        if value is None or value == "":
            return value
        return crypto.decrypt_str(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value is None:
            return None
        return crypto.encrypt_str(str(value))


class EncryptedBinaryField(models.BinaryField):
    """Bytes stored as a Fernet token (attachments)."""

    stores_ciphertext = True

    def from_db_value(self, value, expression, connection):
        if value is None:
            return value
        return crypto.decrypt_bytes(bytes(value))

    def get_db_prep_value(self, value, connection, prepared=False):
        if value is not None:
            value = crypto.encrypt_bytes(bytes(value))
        return super().get_db_prep_value(value, connection, prepared)
