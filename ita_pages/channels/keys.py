"""Encryption keys for complaint data, read from the environment.

Why: O28 requires complaint text, identity and messages to be encrypted at rest
with a key that lives outside the database. ``COMPLAINT_ENCRYPTION_KEYS`` holds one
or more Fernet keys separated by commas, newest first; older keys stay listed only
while data encrypted with them remains (see ``manage.py rotate_complaint_keys``).
Production refuses to start without it; elsewhere a fixed, publicly known and
therefore INSECURE key is used so that development and tests work out of the box.
"""

import base64
import hashlib
import os

from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured

ENV_VAR = "COMPLAINT_ENCRYPTION_KEYS"

# Derived from a public string on purpose: anybody can recompute it, so it protects
# nothing. It exists only so that dev/test databases can be created without setup.
INSECURE_DEV_KEY = base64.urlsafe_b64encode(
    hashlib.sha256(b"INSECURE development-only key for ita complaints; never in production").digest()
)


def parse_keys(raw: str | None, *, production: bool) -> list[bytes]:
    """Return the configured Fernet keys (newest first), validating each one."""
    parts = [part.strip() for part in (raw or "").split(",") if part.strip()]
    if not parts:
        if production:
            raise ImproperlyConfigured(
                f"{ENV_VAR} must be set in production (comma-separated Fernet keys, "
                "newest first). Generate one with: python -c 'from cryptography.fernet "
                "import Fernet; print(Fernet.generate_key().decode())'"
            )
        return [INSECURE_DEV_KEY]
    keys = []
    for position, part in enumerate(parts, start=1):
        key = part.encode("ascii", "strict")
        try:
            Fernet(key)
        except (ValueError, TypeError) as exc:
            # Never echo the key itself into logs or tracebacks.
            raise ImproperlyConfigured(f"{ENV_VAR}: key number {position} is not a valid Fernet key") from exc
        if production and key == INSECURE_DEV_KEY:
            raise ImproperlyConfigured(f"{ENV_VAR}: the insecure development key cannot be used in production")
        keys.append(key)
    return keys


def is_production() -> bool:
    """True when running with the production settings module."""
    from django.conf import settings

    module = getattr(settings, "SETTINGS_MODULE", "") or os.environ.get("DJANGO_SETTINGS_MODULE", "")
    return module.endswith(".production") or bool(getattr(settings, "COMPLAINTS_REQUIRE_KEYS", False))


def configured_keys() -> list[bytes]:
    """Keys from the environment for the current settings."""
    return parse_keys(os.environ.get(ENV_VAR), production=is_production())


def key_id(key: bytes) -> str:
    """A short, non-secret fingerprint of a key, to know which data still needs it."""
    return hashlib.sha256(b"ita-complaints key id\0" + key).hexdigest()[:12]
