"""The counting endpoint: a 1×1 image requested by every page, cached or not.

Counting in a separate request keeps it independent of page rendering and of
the page cache; an <img> beacon needs no JavaScript.
"""

import base64
import re

from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Site

from .models import record_visit

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


@never_cache
@require_GET
def hit(request):
    """Count one visit for the request's site and answer with a blank pixel."""
    if not is_bot(request):
        site = Site.find_for_request(request)
        if site is not None:
            record_visit(site)
    return HttpResponse(PIXEL, content_type="image/gif")
