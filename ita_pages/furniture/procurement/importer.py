"""Store e-GP feed items as announcements and record each feed's status.

Called from the background task, the `fetch_egp` command and the offline demo.
It never raises on a feed fault: the error is recorded for editors and the last
good announcements stay in place.
"""

from __future__ import annotations

import dataclasses
import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from . import egp
from .models import EGPFeed, EGPFeedStatus, ProcurementAnnouncement, Source

logger = logging.getLogger(__name__)


@dataclasses.dataclass
class ImportReport:
    """What one run did, for the command's output and the task's result."""

    fetched: int = 0
    stored: int = 0
    errors: list[str] = dataclasses.field(default_factory=list)


def store_items(site, items: tuple[egp.FeedItem, ...]) -> int:
    """Insert or refresh announcements; the unique key makes repeats harmless."""
    if not items:
        return 0
    rows = [
        ProcurementAnnouncement(
            site=site,
            project_id=item.project_id,
            type_code=item.type_code,
            date=item.date,
            title=item.title[:1000],
            link=item.link[:1000],
            method=item.method,
            type_name=item.type_name,
            source=Source.EGP,
            updated_at=timezone.now(),
        )
        for item in items
    ]
    ProcurementAnnouncement.objects.bulk_create(
        rows,
        update_conflicts=True,
        unique_fields=["site", "project_id", "type_code", "date"],
        update_fields=["title", "link", "method", "type_name", "updated_at"],
    )
    return len(rows)


def _status(site, type_code: str) -> EGPFeedStatus:
    status, _created = EGPFeedStatus.objects.get_or_create(site=site, type_code=type_code)
    return status


def record_success(site, type_code: str, result: egp.FeedResult) -> int:
    """Store a good fetch and mark the feed healthy.

    An empty answer proves the feed works but confirms no announcement, so only a
    fetch with items moves the date citizens are shown.
    """
    now = timezone.now()
    with transaction.atomic():
        stored = store_items(site, result.items)
        status = _status(site, type_code)
        status.last_attempt = now
        status.last_success = now
        if result.items:
            status.last_data_at = now
        status.item_count = len(result.items)
        status.last_error = ""
        status.last_error_at = None
        status.save()
    return stored


def record_failure(site, type_code: str, error: egp.FeedError) -> None:
    """Keep the old announcements; remember the error for the admin."""
    now = timezone.now()
    status = _status(site, type_code)
    status.last_attempt = now
    status.last_error = str(error)[:2000]
    status.last_error_at = now
    status.save()


def import_feed(site, type_code: str, url: str) -> tuple[int, str | None]:
    """Fetch one feed and record the outcome; returns (stored, error or None)."""
    try:
        result = egp.fetch_and_parse(
            url,
            type_code,
            timeout=settings.EGP_TIMEOUT,
            max_bytes=settings.EGP_MAX_BYTES,
        )
    except egp.FeedError as exc:
        logger.warning("e-GP feed %s for %s failed: %s", type_code, site, exc)
        record_failure(site, type_code, exc)
        return 0, str(exc)
    return record_success(site, type_code, result), None


def import_bytes(site, type_code: str, body: bytes) -> int:
    """Import a saved feed file (the offline demo uses the shipped samples)."""
    return record_success(site, type_code, egp.parse(egp.decode(body), type_code))


def import_all(site_id: int | None = None) -> ImportReport:
    """Fetch every followed feed of every configured site (or of one site)."""
    report = ImportReport()
    base_url = settings.EGP_FEED_BASE_URL
    feeds = EGPFeed.objects.exclude(dept_id="").select_related("site")
    if site_id is not None:
        feeds = feeds.filter(site_id=site_id)
    for feed in feeds:
        for type_code in feed.types:
            stored, error = import_feed(feed.site, type_code, egp.build_feed_url(feed.dept_id, type_code, base_url))
            report.fetched += 1
            report.stored += stored
            if error:
                report.errors.append(f"{feed.site} {type_code}: {error}")
    return report


def data_as_of(site):
    """When this site's announcements were last confirmed: the newest fetch that
    brought announcements, else the newest hand-entered change; None when there is
    nothing at all. An empty or failed fetch confirms nothing, so it never counts."""
    latest = (
        EGPFeedStatus.objects.filter(site=site, last_data_at__isnull=False)
        .order_by("-last_data_at")
        .values_list("last_data_at", flat=True)
        .first()
    )
    if latest:
        return latest
    return (
        ProcurementAnnouncement.objects.filter(site=site)
        .order_by("-updated_at")
        .values_list("updated_at", flat=True)
        .first()
    )
