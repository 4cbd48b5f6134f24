"""Abuse protection shared by the citizen forms and the JSON API.

Why: public forms attract spam and floods. Rate limits are counted in the Django
cache only, for a few minutes, under a keyed hash of the client address, so the
address itself is never written anywhere (O28: nothing that identifies a
complainant is stored). The honeypot is a field people never see; bots fill it.
Without a cache the limits fail open (docs/production.md, "When a service fails").
"""

import hashlib
import hmac
import time

from django.conf import settings
from django.core.cache import cache

from ita_pages.core.client_address import client_address

HONEYPOT_FIELD = "website"


def client_fingerprint(request) -> str:
    """A keyed hash of the client address; the address is used in memory only.

    The address is the citizen's, not the reverse proxy's (TRUSTED_PROXIES), so two
    citizens behind one proxy keep separate quotas and a forged header changes nothing.
    """
    address = client_address(request) or "unknown"
    key = hashlib.sha256(b"ita rate limit\0" + settings.SECRET_KEY.encode()).digest()
    return hmac.new(key, address.encode(), hashlib.sha256).hexdigest()[:32]


def allow(request, scope: str, limit: int | None = None, window: int | None = None) -> bool:
    """Count one attempt for this client and scope; False once over the limit."""
    limits = getattr(settings, "CITIZEN_FORM_RATE_LIMIT", (5, 600))
    limit = limit if limit is not None else limits[0]
    window = window if window is not None else limits[1]
    bucket = int(time.time() // window)
    key = f"ita-rl:{scope}:{client_fingerprint(request)}:{bucket}"
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    if count is None:
        # The cache is unreachable (its errors are ignored, see config.cache): fail open.
        # Refusing would lose citizens' complaints for as long as Redis is down; the
        # honeypot and the forms' validation still apply to every submission.
        return True
    return count <= limit


def honeypot_filled(data) -> bool:
    value = data.get(HONEYPOT_FIELD) if hasattr(data, "get") else None
    return bool(value and str(value).strip())
