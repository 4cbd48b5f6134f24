"""The media half of a backup: every file in the default storage, read through it.

Why through the storage API: the same code backs up a local MEDIA_ROOT and an
S3-compatible bucket, and restores each file under its exact name (stored names
are what image, rendition and document rows refer to).
"""

import hashlib

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage


def stored_names(directory: str = "") -> list[str]:
    """Every file name in the storage, depth first, sorted."""
    try:
        folders, files = default_storage.listdir(directory)
    except FileNotFoundError:
        return []
    names = [f"{directory}/{name}" if directory else name for name in sorted(files)]
    for folder in sorted(folders):
        names.extend(stored_names(f"{directory}/{folder}" if directory else folder))
    return names


def read(name: str) -> bytes:
    with default_storage.open(name, "rb") as handle:
        return handle.read()


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def replace_all(files) -> int:
    """Delete every stored file, then store ``files`` ((name, bytes) pairs) under their names."""
    for name in stored_names():
        default_storage.delete(name)
    written = 0
    for name, data in files:
        saved = default_storage.save(name, ContentFile(data))
        if saved != name:
            raise OSError(f"media file {name!r} was stored as {saved!r}")
        written += 1
    return written
