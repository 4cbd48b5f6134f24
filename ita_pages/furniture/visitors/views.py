"""The counting endpoint: a 1×1 image each rendered page requests with its own token.

Counting in a separate request keeps it out of page rendering; an <img> beacon needs
no JavaScript. Only a token minted for a page view counts, once, for its own site, and
one client address adds at most VISIT_RATE_LIMIT views per window (see beacon.py), so
requesting the pixel in a loop adds nothing. Pages must not be served from a shared
page cache: every cached copy would carry the same token and count once.
"""

import base64
import datetime
import re

from django.conf import settings
from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Site

from ita_pages.core.outage import DATABASE_ERRORS
from ita_pages.core.rate_limit import count_attempt

from . import beacon
from .models import first_count, record_visit

PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
# Crawlers, monitors, link previews and command-line clients are not visitors.
BOT_PATTERN = re.compile(
    r"bot|crawl|spider|slurp|preview|fetch|monitor|scan|curl|wget|python|java/|go-http|okhttp|"
    r"httpclient|headless|phantom|lighthouse|pingdom|uptime|facebookexternalhit|embedly",
    re.IGNORECASE,
)


def is_bot(request) -> bool:
    agent = request.headers.get("User-Agent", "")
    if not agent or BOT_PATTERN.search(agent):
        return True
    # Prefetches are not visits either.
    return "prefetch" in (request.headers.get("Sec-Purpose", "") + request.headers.get("Purpose", "")).lower()


def counted_site(request):
    """The site this request adds a visit to, or None when it must not count."""
    if is_bot(request):
        return None
    view = beacon.read(request.GET.get("v", ""))
    if view is None:
        return None
    site = Site.find_for_request(request)
    if site is None or site.pk != view.site_id:
        return None
    if not first_count(view.view_id, datetime.timedelta(seconds=beacon.MAX_AGE)):
        return None
    limit, window = settings.VISIT_RATE_LIMIT
    # None means the cache is down: each view still counts once (the database sees to
    # that), only the per-client limit is off until Redis answers.
    if count_attempt(request, "visit", limit, window) is False:
        return None
    return site


@never_cache
@require_GET
def hit(request):
    """Count the page view the token names, at most once, and answer with a blank pixel."""
    try:
        site = counted_site(request)
        if site is not None:
            record_visit(site)
    except DATABASE_ERRORS:
        # The page around the pixel is already there; a lost count must not break it.
        pass
    return HttpResponse(PIXEL, content_type="image/gif")
