"""Small tree helpers the demo loaders share.

Why: the loaders are idempotent and use slugs as identity, so each needs the same
"find my page again" lookup.
"""

from __future__ import annotations

from wagtail.models import Page


def child_by_slug(parent: Page, slug: str) -> Page | None:
    """The specific child page with `slug` (demo loaders use slugs as identity)."""
    page = parent.get_children().filter(slug=slug).first()
    return page.specific if page else None
