"""Per-client rate limits counted in the cache, for every layer that takes public requests.

Why in the core: the citizen channels and the site furniture (the visit counter) both
limit what one client may do, and neither may import the other. Counts live in the
cache only, for one window, under a keyed hash of the client address, so the address
itself is never written anywhere (O28: nothing that identifies a complainant is stored).
"""

import hashlib
import hmac
import time

from django.conf import settings
from django.core.cache import cache as default_cache

from ita_pages.core.client_address import client_address


def client_fingerprint(request) -> str:
    """A keyed hash of the client address; the address is used in memory only.

    The address is the citizen's, not the reverse proxy's (TRUSTED_PROXIES), so two
    citizens behind one proxy keep separate quotas and a forged header changes nothing.
    """
    address = client_address(request) or "unknown"
    key = hashlib.sha256(b"ita rate limit\0" + settings.SECRET_KEY.encode()).digest()
    return hmac.new(key, address.encode(), hashlib.sha256).hexdigest()[:32]


def count_attempt(request, scope: str, limit: int, window: int, store=None) -> bool | None:
    """Count one attempt for this client and scope: True within the limit, False over it.

    None when the cache cannot be reached (its errors are ignored, see config.cache):
    each caller decides whether that means yes or no.
    """
    store = store if store is not None else default_cache
    bucket = int(time.time() // window)
    key = f"ita-rl:{scope}:{client_fingerprint(request)}:{bucket}"
    store.add(key, 0, timeout=window)
    try:
        count = store.incr(key)
    except ValueError:  # expired between add and incr
        store.set(key, 1, timeout=window)
        count = 1
    if count is None:
        return None
    return count <= limit
