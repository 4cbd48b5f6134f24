"""Field encryption at rest for complaint data (Fernet with key rotation).

Why: a database dump or backup must not reveal who complained about whom. Values
are encrypted with the newest key and decrypted with any configured key
(MultiFernet); ``rotate`` re-encrypts with the newest key. A separate key for the
receipt lookup index is derived from each Fernet key with HKDF so that the two uses
never share key material.
"""

import base64

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ita_pages.channels import keys as key_config

__all__ = ["InvalidToken", "decrypt_bytes", "decrypt_str", "encrypt_bytes", "encrypt_str", "index_keys", "rotate"]

_cache: dict[tuple[bytes, ...], MultiFernet] = {}


def _keys() -> list[bytes]:
    return key_config.configured_keys()


def multifernet(keys: list[bytes] | None = None) -> MultiFernet:
    """A MultiFernet for the given (or configured) keys; cached per key list."""
    key_tuple = tuple(keys or _keys())
    if key_tuple not in _cache:
        _cache[key_tuple] = MultiFernet([Fernet(key) for key in key_tuple])
    return _cache[key_tuple]


def encrypt_bytes(data: bytes, keys: list[bytes] | None = None) -> bytes:
    return multifernet(keys).encrypt(data)


def decrypt_bytes(token: bytes, keys: list[bytes] | None = None) -> bytes:
    return multifernet(keys).decrypt(token)


def encrypt_str(value: str, keys: list[bytes] | None = None) -> str:
    return encrypt_bytes(value.encode("utf-8"), keys).decode("ascii")


def decrypt_str(token: str, keys: list[bytes] | None = None) -> str:
    return decrypt_bytes(token.encode("ascii"), keys).decode("utf-8")


def rotate(token: bytes, keys: list[bytes] | None = None) -> bytes:
    """Re-encrypt a token with the newest key (it must decrypt with one of them)."""
    return multifernet(keys).rotate(token)


def index_keys(keys: list[bytes] | None = None) -> list[bytes]:
    """HMAC keys for the receipt index, one per Fernet key, newest first."""
    derived = []
    for key in keys or _keys():
        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"ita-complaints receipt index v1")
        derived.append(hkdf.derive(base64.urlsafe_b64decode(key)))
    return derived
