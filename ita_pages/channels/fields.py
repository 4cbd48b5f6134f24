"""Model fields that encrypt their value at rest.

Why: complaint text, identity and messages, and the contact details citizens leave
with general complaints and questions, must be unreadable in the database and its
backups. Values are Fernet tokens in the database and plain values in Python; the
fields cannot be filtered or searched on, by design (an empty value is encrypted
too, so the table does not tell who left contact details). Every channel uses these
fields, so they live beside the shared crypto module rather than in one channel.
"""

from django.db import migrations, models

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


def _rewrite_columns(model_label: str, field_names: tuple[str, ...], transform):
    """A RunPython step rewriting the stored text of some columns, row by row, in SQL.

    Migrations turning a plain column into an encrypted one cannot read it through
    the model: the historical field already decrypts what it reads.
    """

    def run(apps, schema_editor):
        model = apps.get_model(model_label)
        connection = schema_editor.connection
        quote = connection.ops.quote_name
        table = quote(model._meta.db_table)
        columns = [quote(model._meta.get_field(name).column) for name in field_names]
        pk = quote(model._meta.pk.column)
        assignments = ", ".join(f"{column} = %s" for column in columns)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT {pk}, {', '.join(columns)} FROM {table}")  # noqa: S608
            rows = cursor.fetchall()
            for key, *values in rows:
                new_values = [None if value is None else transform(value) for value in values]
                cursor.execute(f"UPDATE {table} SET {assignments} WHERE {pk} = %s", [*new_values, key])  # noqa: S608

    return run


def encrypt_existing_rows(model_label: str, *field_names: str):
    """Forwards: encrypt plain values; backwards: decrypt them (for an AlterField to
    or from EncryptedTextField placed before this step)."""
    return migrations.RunPython(
        _rewrite_columns(model_label, field_names, crypto.encrypt_str),
        _rewrite_columns(model_label, field_names, crypto.decrypt_str),
    )
