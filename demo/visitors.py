"""Demo part 40: some past visit counts so the counter bar is not all zeros."""

import datetime

from ita_pages.furniture.visitors.models import DailyVisits, bangkok_today

DEMO_ORDER = 40


def load(site, stdout) -> None:
    today = bangkok_today()
    for days_ago in range(1, 61):
        DailyVisits.objects.get_or_create(
            site=site,
            date=today - datetime.timedelta(days=days_ago),
            defaults={"count": 40 + (days_ago * 37) % 90},
        )
    stdout.write("visitors: 60 days of demo counts")
