"""Daily visit counts per site: the homepage's today/yesterday/month/total bar.

Only a number per site and day is stored (no IP, no cookie, nothing personal:
PDPA). Days are Bangkok days whatever the server's clock zone.
"""

from __future__ import annotations

import datetime
import zoneinfo

from django.db import IntegrityError, models, transaction
from django.db.models import F, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

BANGKOK = zoneinfo.ZoneInfo("Asia/Bangkok")


def bangkok_today(now: datetime.datetime | None = None) -> datetime.date:
    return timezone.localtime(now or timezone.now(), BANGKOK).date()


class DailyVisits(models.Model):
    """How many counted page views one site had on one Bangkok day."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+")
    date = models.DateField(_("date"))
    count = models.PositiveBigIntegerField(_("visits"), default=0)

    class Meta:
        verbose_name = _("daily visits")
        verbose_name_plural = _("daily visits")
        constraints = [models.UniqueConstraint(fields=["site", "date"], name="visitors_one_row_per_day")]

    def __str__(self):
        return f"{self.site} {self.date}: {self.count}"


class CountedView(models.Model):
    """A page view that has been counted, kept while its beacon token is still valid.

    Why in the database: every server process must see the same set, or a token
    replayed to another worker would count again; the embedded stack has no shared
    cache. The unique view id makes "count once" atomic, and the id is random, so the
    row says nothing about the visitor.
    """

    view_id = models.CharField(max_length=32, unique=True)
    counted_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("counted page view")
        verbose_name_plural = _("counted page views")

    def __str__(self):
        return self.view_id


def first_count(view_id: str, keep_for: datetime.timedelta, now: datetime.datetime | None = None) -> bool:
    """True the first time a view id is seen; later attempts with it answer False."""
    now = now or timezone.now()
    try:
        with transaction.atomic():
            CountedView.objects.create(view_id=view_id, counted_at=now)
    except IntegrityError:
        return False
    # Tokens older than this are refused anyway, so their rows can go.
    CountedView.objects.filter(counted_at__lt=now - keep_for).delete()
    return True


def record_visit(site, now: datetime.datetime | None = None) -> None:
    """Add one visit, exactly, however many requests race.

    The UPDATE with F() is atomic in the database; when the day's row does not
    exist yet, concurrent INSERTs collide on the unique constraint and the losers
    fall back to the UPDATE.
    """
    day = bangkok_today(now)
    rows = DailyVisits.objects.filter(site=site, date=day)
    if rows.update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            DailyVisits.objects.create(site=site, date=day, count=1)
    except IntegrityError:
        rows.update(count=F("count") + 1)


def visit_stats(site, now: datetime.datetime | None = None) -> dict[str, int]:
    """Today, yesterday, this month and total, in one query."""
    today = bangkok_today(now)
    yesterday = today - datetime.timedelta(days=1)
    totals = DailyVisits.objects.filter(site=site).aggregate(
        today=Sum("count", filter=Q(date=today), default=0),
        yesterday=Sum("count", filter=Q(date=yesterday), default=0),
        month=Sum("count", filter=Q(date__gte=today.replace(day=1), date__lte=today), default=0),
        total=Sum("count", default=0),
    )
    return {key: int(value) for key, value in totals.items()}
