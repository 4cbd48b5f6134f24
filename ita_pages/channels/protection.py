"""Abuse protection shared by the citizen forms and the JSON API.

Why: public forms attract spam and floods. Rate limits are counted in the Django
cache only, for a few minutes, under a keyed hash of the client address
(ita_pages/core/rate_limit.py), so the address itself is never written anywhere
(O28: nothing that identifies a complainant is stored). The honeypot is a field
people never see; bots fill it. Without a cache the limits fail open
(docs/production.md, "When a service fails").
"""

from django.conf import settings
from django.core.cache import cache

from ita_pages.core.rate_limit import count_attempt

HONEYPOT_FIELD = "website"


def allow(request, scope: str, limit: int | None = None, window: int | None = None) -> bool:
    """Count one attempt for this client and scope; False once over the limit."""
    limits = getattr(settings, "CITIZEN_FORM_RATE_LIMIT", (5, 600))
    limit = limit if limit is not None else limits[0]
    window = window if window is not None else limits[1]
    allowed = count_attempt(request, scope, limit, window, store=cache)
    if allowed is None:
        # The cache is unreachable: fail open. Refusing would lose citizens' complaints
        # for as long as Redis is down; the honeypot and the forms' validation still
        # apply to every submission.
        return True
    return allowed


def honeypot_filled(data) -> bool:
    value = data.get(HONEYPOT_FIELD) if hasattr(data, "get") else None
    return bool(value and str(value).strip())
