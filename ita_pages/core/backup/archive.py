"""The backup archive: a gzipped tar holding a manifest, the rows and the media.

Why a manifest: a restore checks, before it changes anything, that the archive is
whole (row counts, media digests) and that this installation's schema is the one
the backup was made with; and the host can read what a backup holds without
restoring it.
"""

import datetime
import io
import json
import os
import tarfile
import tempfile
from pathlib import Path

import django
import wagtail
from django.core.cache import cache
from django.core.serializers.base import DeserializationError
from django.db import DatabaseError, connection, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.dispatch import Signal

from . import contents, database, media

FORMAT = 1
MANIFEST = "manifest.json"
ROWS = "database.jsonl"
MEDIA_PREFIX = "media/"

# Sent after a restore has committed, for what is derived from the rows (search indexes).
site_restored = Signal()


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why and what to do."""


def _applied_migrations() -> list[list[str]]:
    return sorted([app, name] for app, name in MigrationRecorder(connection).applied_migrations())


def _add(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    archive.addfile(info, io.BytesIO(data))


def _encrypted_rows(counts: dict[str, int]) -> dict[str, int]:
    from django.apps import apps

    return {label: count for label, count in counts.items() if contents.encrypted_fields(apps.get_model(label))}


def write_backup(path: Path) -> dict:
    """Write the site's database and media to ``path``; return the manifest."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=path.parent) as scratch:
        rows_path = Path(scratch) / ROWS
        # One snapshot of every table, so rows written during the backup cannot leave
        # a reference to a row the backup does not hold.
        with transaction.atomic(), rows_path.open("w", encoding="utf-8") as rows:
            counts = database.dump(rows)
            names = media.stored_names()
        partial = Path(scratch) / "backup.tar.gz"
        digests = {}
        with tarfile.open(partial, "w:gz") as archive:
            archive.add(rows_path, arcname=ROWS)
            for name in names:
                data = media.read(name)
                digests[name] = media.digest(data)
                _add(archive, MEDIA_PREFIX + name, data)
            manifest = {
                "format": FORMAT,
                "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
                "database": connection.vendor,
                "versions": {"django": django.get_version(), "wagtail": wagtail.__version__},
                "migrations": _applied_migrations(),
                "rows": counts,
                "encrypted_rows": _encrypted_rows(counts),
                "media": digests,
            }
            _add(archive, MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False).encode())
        os.chmod(partial, 0o600)
        os.replace(partial, path)
    return manifest


def _open(path: Path) -> tarfile.TarFile:
    try:
        return tarfile.open(path, "r:gz")
    except (OSError, tarfile.TarError) as exc:
        raise BackupError(f"{path} is not a backup archive: {exc}") from exc


def read_manifest(path: Path) -> dict:
    with _open(path) as archive:
        try:
            manifest = json.load(archive.extractfile(MANIFEST))
        except (KeyError, ValueError) as exc:
            raise BackupError(f"{path} has no readable {MANIFEST}") from exc
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{path} is in backup format {manifest.get('format')!r}; this version reads format {FORMAT}")
    return manifest


def _check_schema(manifest: dict) -> None:
    theirs = {tuple(pair) for pair in manifest["migrations"]}
    ours = {tuple(pair) for pair in _applied_migrations()}
    if theirs - ours:
        missing = ", ".join(f"{app}.{name}" for app, name in sorted(theirs - ours)[:5])
        raise BackupError(
            f"the backup was made by a newer version (migrations not applied here: {missing}). "
            "Install that version, run `manage.py migrate`, then restore."
        )
    if ours - theirs:
        extra = ", ".join(f"{app}.{name}" for app, name in sorted(ours - theirs)[:5])
        raise BackupError(
            f"this database has migrations the backup was not made with ({extra}). Restore with the "
            "version that made the backup, on a database migrated to it, then upgrade."
        )


def _media_files(archive: tarfile.TarFile, manifest: dict):
    """(name, bytes) of each media file, checked against the manifest's digest."""
    for name, expected in manifest["media"].items():
        try:
            data = archive.extractfile(MEDIA_PREFIX + name).read()
        except KeyError as exc:
            raise BackupError(f"the archive lacks the media file {name}") from exc
        if media.digest(data) != expected:
            raise BackupError(f"the media file {name} in the archive is damaged (its digest differs)")
        yield name, data


def _rows(archive: tarfile.TarFile):
    try:
        return io.TextIOWrapper(archive.extractfile(ROWS), encoding="utf-8")
    except KeyError as exc:
        raise BackupError(f"the archive lacks {ROWS}") from exc


def restore(path: Path) -> dict:
    """Replace the database rows and media with the backup's; return what was restored.

    Nothing is changed until the whole archive has been read and checked: the media
    against their digests first, then the rows, replaced in one transaction that a
    damaged archive rolls back. The media are replaced once the rows have committed.
    """
    manifest = read_manifest(path)
    _check_schema(manifest)
    with _open(path) as archive:
        for _name, _data in _media_files(archive, manifest):
            pass
    try:
        with _open(path) as archive, transaction.atomic():
            with connection.constraint_checks_disabled():
                database.clear()
                counts = database.load(_rows(archive))
            if counts != manifest["rows"]:
                raise BackupError("the archive's rows do not match its manifest")
            database.check_references()
            database.reset_sequences(counts)
    except (DeserializationError, DatabaseError, LookupError, ValueError, BackupError) as exc:
        raise BackupError(f"nothing was restored: {exc}") from exc
    with _open(path) as archive:
        written = media.replace_all(_media_files(archive, manifest))
    # Cached pages, site roots and menus describe the database that was replaced.
    cache.clear()
    site_restored.send(sender=restore)
    return {"rows": counts, "media": written, "unreadable": database.unreadable_rows()}
