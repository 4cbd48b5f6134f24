"""Backing up a whole site and restoring it: the database, the media, nothing else.

Why a package of our own rather than ``dumpdata``/``loaddata``: complaint fields are
decrypted as the ORM reads them, so a plain dump would write whistle-blowers'
reports into the backup in clear text, and could not be made at all without the
keys. Here encrypted columns travel as the ciphertext the database holds, so a
backup needs no key and reveals nothing, and the keys stay where they belong:
apart from the backups (docs/production.md, "Backup and restore").

The archive is database-neutral (a site backed up on SQLite restores on
PostgreSQL and back) and the media go through the configured storage, so local
folders and S3-compatible buckets are backed up the same way.
"""

from .archive import BackupError, read_manifest, restore, site_restored, write_backup

__all__ = ["BackupError", "read_manifest", "restore", "site_restored", "write_backup"]
