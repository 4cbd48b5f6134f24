"""Which rows a backup carries, which it leaves out and which a restore clears.

Why one module: what is kept and what is rebuilt must agree between the backup
and the restore, or a restore would leave stale rows beside restored ones.
"""

from django.apps import apps
from django.core import serializers
from django.db import connection

# Rebuilt from the code by ``migrate`` on every database: content types and
# permissions are referred to by natural key, so their ids may differ.
REBUILT_BY_MIGRATE = {"contenttypes.contenttype", "auth.permission"}
# Thrown away on restore and not backed up: derived from other rows (search indexes,
# rebuilt after the restore) or only meaningful to the running site (sign-ins,
# editing sessions, login attempts).
TRANSIENT_PREFIXES = ("wagtailsearch.", "search.", "axes.")
TRANSIENT = {"sessions.session", "wagtailadmin.editingsession", "visitors.countedview"}


def _label(model) -> str:
    return model._meta.label_lower


def is_transient(model) -> bool:
    label = _label(model)
    return label in TRANSIENT or label.startswith(TRANSIENT_PREFIXES)


def backed_up_models() -> list:
    """Every concrete model whose rows are the site's own data.

    In dumpdata's order: a model whose rows others refer to by natural key (users,
    sites, groups) comes before them, so a restore can resolve each reference.
    """
    wanted = {}
    for model in apps.get_models():
        kept = model._meta.managed and not model._meta.proxy and _label(model) not in REBUILT_BY_MIGRATE
        if kept and not is_transient(model):
            wanted.setdefault(model._meta.app_config, []).append(model)
    return serializers.sort_dependencies(list(wanted.items()), allow_cycles=True)


def cleared_tables() -> list[str]:
    """Tables a restore empties before loading: the backed-up ones and the transient ones."""
    existing = set(connection.introspection.table_names())
    tables = []
    for model in apps.get_models(include_auto_created=True):
        if _label(model) in REBUILT_BY_MIGRATE or model._meta.proxy or not model._meta.managed:
            continue
        if model._meta.db_table in existing:
            tables.append(model._meta.db_table)
    return sorted(set(tables))


def referred_to_by_natural_key(model) -> bool:
    return _label(model) in REBUILT_BY_MIGRATE


def encrypted_fields(model) -> list:
    """Fields whose column holds ciphertext; they declare it with ``stores_ciphertext``."""
    return [field for field in model._meta.local_concrete_fields if getattr(field, "stores_ciphertext", False)]
