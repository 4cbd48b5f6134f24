"""The database half of a backup: every row as JSON lines, ciphertext left as it is.

Why JSON lines through Django's serializers: they are database-neutral and keep
primary keys (stream fields refer to pages, images and documents by id), and one
object a line lets a restore read a large site without holding it in memory.
Encrypted columns are read and written with plain SQL, around the ORM, because the
ORM would decrypt them on the way out and encrypt them again on the way in.
"""

import datetime
import json
from collections import Counter
from contextlib import contextmanager

from django.core.management.color import no_style
from django.core.serializers.json import DjangoJSONEncoder
from django.core.serializers.jsonl import Serializer as JSONLinesSerializer
from django.core.serializers.python import Deserializer as PythonDeserializer
from django.db import IntegrityError, connection
from django.db.models.signals import m2m_changed, post_save, pre_save

from . import contents


def _raw_columns(model, fields, pk) -> dict[str, str]:
    """The encrypted columns of one row exactly as stored, as text.

    One query a row, and only for models with encrypted fields (cases, messages,
    attachments): attachments are megabytes each, so reading them all at once could
    hold a whole site's evidence in memory.
    """
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {columns} FROM {quote(model._meta.db_table)} WHERE {quote(model._meta.pk.column)} = %s",  # noqa: S608 - names come from the models, the value is a parameter
            [pk],
        )
        row = cursor.fetchone()
    values = {}
    for field, value in zip(fields, row, strict=True):
        if isinstance(value, memoryview | bytes | bytearray):
            value = bytes(value).decode("ascii")
        values[field.name] = value
    return values


class ExactJSONEncoder(DjangoJSONEncoder):
    """Keeps times to the microsecond: Django's encoder cuts them to milliseconds."""

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


class CiphertextSerializer(JSONLinesSerializer):
    """Writes encrypted fields as the stored ciphertext; the ORM never decrypts them.

    References are ids, which survive a restore, except to the rows ``migrate``
    rebuilds (content types, permissions): those are named by natural key.
    """

    def start_object(self, obj):
        super().start_object(obj)
        fields = contents.encrypted_fields(obj._meta.concrete_model)
        self._ciphertext = _raw_columns(obj._meta.concrete_model, fields, obj.pk) if fields else {}

    def handle_fk_field(self, obj, field):
        self.use_natural_foreign_keys = contents.referred_to_by_natural_key(field.remote_field.model)
        super().handle_fk_field(obj, field)

    def handle_m2m_field(self, obj, field):
        self.use_natural_foreign_keys = contents.referred_to_by_natural_key(field.remote_field.model)
        super().handle_m2m_field(obj, field)

    def handle_field(self, obj, field):
        if field.name in self._ciphertext:
            self._current[field.name] = self._ciphertext[field.name]
        else:
            super().handle_field(obj, field)


def _objects(models, counts: Counter):
    for model in models:
        deferred = [field.name for field in contents.encrypted_fields(model)]
        queryset = model._base_manager.order_by(model._meta.pk.name)
        if deferred:
            queryset = queryset.defer(*deferred)
        for obj in queryset.iterator(chunk_size=500):
            counts[model._meta.label_lower] += 1
            yield obj


def dump(stream) -> dict[str, int]:
    """Write every backed-up row to ``stream``; return the number of rows per model."""
    counts: Counter = Counter()
    CiphertextSerializer().serialize(
        _objects(contents.backed_up_models(), counts),
        stream=stream,
        use_natural_primary_keys=False,
        cls=ExactJSONEncoder,
    )
    return dict(sorted(counts.items()))


def clear() -> None:
    """Empty every table a backup fills (inside the caller's transaction).

    DELETE, not PostgreSQL's TRUNCATE: it works whatever else the transaction has
    written, and the deferred foreign keys are checked once, at the end of the load.
    """
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for table in contents.cleared_tables():
            cursor.execute(f"DELETE FROM {quote(table)}")  # noqa: S608 - table names come from the models


@contextmanager
def save_signals_muted():
    """No save handlers while rows are put back.

    A restore copies rows; handlers that derive data from a save (wagtail-localize
    rewriting a translated page's draft title, or synchronising a locale's tree)
    would change what was backed up, and some ignore ``raw``. What is derived is
    rebuilt afterwards, by the receivers of ``site_restored``.
    """
    signals = (pre_save, post_save, m2m_changed)
    saved = [(signal, signal.receivers) for signal in signals]
    for signal in signals:
        signal.receivers = []
        signal.sender_receivers_cache.clear()
    try:
        yield
    finally:
        for signal, receivers in saved:
            signal.receivers = receivers
            signal.sender_receivers_cache.clear()


def load(lines) -> dict[str, int]:
    """Load rows written by ``dump``; return the number of rows per model.

    The caller holds a transaction with constraint checks deferred, as loaddata does,
    because rows arrive in model order, not in the order their references need.
    """
    with save_signals_muted():
        return _load(lines)


def _load(lines) -> dict[str, int]:
    from django.apps import apps

    counts: Counter = Counter()
    waiting = []
    ciphertext_rows = []
    for line in lines:
        if not line.strip():
            continue
        record = json.loads(line)
        model = apps.get_model(record["model"])
        encrypted = contents.encrypted_fields(model)
        tokens = {}
        for field in encrypted:
            tokens[field] = record["fields"].get(field.name)
            # Saved through the ORM as empty first, then overwritten with the ciphertext.
            record["fields"][field.name] = ""
        for obj in PythonDeserializer([record], handle_forward_references=True):
            obj.save()
            if obj.deferred_fields:
                waiting.append(obj)
            if tokens:
                ciphertext_rows.append((model, obj.object.pk, tokens))
        counts[model._meta.label_lower] += 1
    for obj in waiting:
        obj.save_deferred_fields()
    _write_ciphertext(ciphertext_rows)
    return dict(sorted(counts.items()))


def _column_value(field, token: str | None):
    if token is None or field.get_internal_type() != "BinaryField":
        return token
    return token.encode("ascii")


def _write_ciphertext(rows) -> None:
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for model, pk, tokens in rows:
            assignments = ", ".join(f"{quote(field.column)} = %s" for field in tokens)
            values = [_column_value(field, token) for field, token in tokens.items()]
            cursor.execute(
                f"UPDATE {quote(model._meta.db_table)} SET {assignments} WHERE {quote(model._meta.pk.column)} = %s",  # noqa: S608 - names come from the models, values are parameters
                [*values, pk],
            )


def reset_sequences(counts) -> None:
    """Let new rows continue after the restored ids (PostgreSQL keeps a sequence per table).

    Last in the restore's transaction: moving a sequence is not undone by a rollback,
    so a restore that failed after it would leave new rows colliding with kept ones.
    """
    from django.apps import apps

    models = [apps.get_model(label) for label in counts]
    statements = connection.ops.sequence_reset_sql(no_style(), models)
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def check_references() -> None:
    """Fail the restore, inside its transaction, if a row refers to one that is missing."""
    try:
        connection.check_constraints(table_names=contents.cleared_tables())
    except IntegrityError as exc:
        raise ValueError(f"a row refers to a row the archive does not hold: {exc}") from exc


def unreadable_rows() -> dict[str, int]:
    """Rows per model whose ciphertext the keys configured now cannot decrypt.

    Reads the stored tokens and asks each field to decrypt them, as the ORM would
    when an officer opens a case; only the first encrypted field of a model is tried.
    """
    quote = connection.ops.quote_name
    found = {}
    for model in contents.backed_up_models():
        fields = contents.encrypted_fields(model)
        if not fields:
            continue
        field = fields[0]
        failed = 0
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT {quote(field.column)} FROM {quote(model._meta.db_table)}")  # noqa: S608 - names come from the model
            for (token,) in cursor.fetchall():
                try:
                    field.from_db_value(token, None, connection)
                except Exception:  # each cipher names its own error; any failure means unreadable
                    failed += 1
        if failed:
            found[model._meta.label_lower] = failed
    return found
