"""Receipt codes for following a case anonymously.

Why: a complainant who stays anonymous can only come back with a secret. Codes
carry 100 random bits (20 Crockford base-32 characters, grouped by 4 for reading
aloud or copying by hand), are shown once and stored only as:
- ``index``: HMAC-SHA256 under a key derived from the encryption key, so the row can
  be found without a table scan and a database dump alone cannot test guesses;
- ``hash``: an Argon2id hash, so that even with the key a stolen row is slow to
  attack.
A wrong code and a code for no case take the same path (a dummy Argon2 check runs
when no row matches), so the answer reveals nothing about which cases exist.
"""

import hmac
import secrets
from hashlib import sha256

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
CODE_LENGTH = 20  # 20 * 5 = 100 bits
GROUP_SIZE = 4
RANDOM_BITS = CODE_LENGTH * 5

# Crockford decoding: letters people confuse map to the digit they resemble.
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SEPARATORS = str.maketrans("", "", " -_\t\n\r.")

# OWASP minimum for Argon2id (19 MiB, 2 passes): slow for attackers, fine for a
# rate-limited form on a small server.
_hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)
_dummy_hash: str | None = None


def new_code() -> str:
    """A fresh code, normalised (no separators)."""
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def normalize(code: str | None) -> str | None:
    """Canonical form of a typed code, or None if it cannot be a code."""
    if not isinstance(code, str) or len(code) > 64:
        return None
    cleaned = code.upper().translate(_SEPARATORS).translate(_CONFUSABLE)
    if len(cleaned) != CODE_LENGTH or any(char not in ALPHABET for char in cleaned):
        return None
    return cleaned


def display(code: str) -> str:
    """Grouped form for people: XXXX-XXXX-XXXX-XXXX-XXXX."""
    return "-".join(code[i : i + GROUP_SIZE] for i in range(0, len(code), GROUP_SIZE))


def index(code: str, key: bytes) -> str:
    """Keyed lookup index of a normalised code."""
    return hmac.new(key, code.encode("ascii"), sha256).hexdigest()


def make_hash(code: str) -> str:
    return _hasher.hash(code)


def verify(stored_hash: str, code: str) -> bool:
    try:
        return _hasher.verify(stored_hash, code)
    except (VerificationError, InvalidHashError):
        return False


def burn_time(code: str | None) -> None:
    """Spend the same work as a real check, for codes that match nothing."""
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = _hasher.hash(new_code())
    verify(_dummy_hash, code or "0" * CODE_LENGTH)
