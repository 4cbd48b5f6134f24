"""Builders shared by the readiness tests: the real 2566 catalogue cut to a few items.

The items keep their real page types and parts, so the checker runs against the
page types editors use; a test may change an item's catalogue data (its period
rule, placement) to put a real page in a situation the real catalogue lacks.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from ita_pages.core.catalogue import registry

YEAR = 2566


def item(code: str, **changes):
    """Item ``code`` of the real 2566 catalogue, with ``changes`` to its catalogue data."""
    return dataclasses.replace(registry.get_catalogue(YEAR).item(code), **changes)


def make_catalogue(*items):
    """The real 2566 catalogue holding only ``items`` (codes or items), in that order."""
    chosen = tuple(item(i) if isinstance(i, str) else i for i in items)
    return dataclasses.replace(registry.get_catalogue(YEAR), items=chosen, source="readiness-test.toml")


def publish(page):
    """Publish ``page``'s current fields without validation (content changed in code)."""
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    return page


def fy_dates(start, end):
    return {"period_start": dt.date.fromisoformat(start), "period_end": dt.date.fromisoformat(end)}
