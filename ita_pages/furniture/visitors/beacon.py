"""Beacon tokens: a visit counts only with a token from the page view it belongs to.

Why: the pixel's address alone can be requested by anyone any number of times, so a
bare request proves nothing. Each rendered page carries a signed token naming its site
and a random view id; the counting endpoint accepts a token while it is fresh, for its
own site, once. Nothing in it identifies the visitor (PDPA).
"""

from __future__ import annotations

import secrets
from typing import NamedTuple

from django.core import signing

SALT = "visitors.beacon"
# Long enough for a page left open in a slow or suspended tab to load its pixel.
MAX_AGE = 2 * 60 * 60


class PageView(NamedTuple):
    """What a valid token says: the site that rendered the page and that rendering's id."""

    site_id: int
    view_id: str


def mint(site_id: int) -> str:
    """A token for one page view of one site."""
    return signing.dumps({"s": site_id, "v": secrets.token_urlsafe(12)}, salt=SALT)


def read(token: str, max_age: int = MAX_AGE) -> PageView | None:
    """The page view a token was minted for, or None when forged, damaged or too old."""
    try:
        data = signing.loads(token, salt=SALT, max_age=max_age)
    except signing.BadSignature:  # SignatureExpired included
        return None
    if not isinstance(data, dict) or not isinstance(data.get("s"), int) or not isinstance(data.get("v"), str):
        return None
    return PageView(data["s"], data["v"])
