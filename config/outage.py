"""Answering "try again later" while the database is unreachable.

Why: with PostgreSQL down or restarting, every page would answer Django's 500 "server
error", which tells a citizen something is broken for good and tells a monitor
nothing. Instead the site answers 503 with ``Retry-After``: the standalone Thai page
``templates/503.html`` (no database, no request, no context processors, so rendering
it cannot fail the same way), or an RFC 7807 problem under /api/.

Two paths lead here. The middleware (placed early in MIDDLEWARE, right after the
static files) catches a view's database error in ``process_exception``; an error
raised by a middleware after it (sessions, authentication) is turned into a response
by Django before any middleware sees it, so ``config.errors.server_error`` asks
``outage_response`` too.
"""

from __future__ import annotations

import logging

from django.http import HttpResponse
from django.template import loader
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from ita_pages.api.problems import API_PREFIX, problem_response
from ita_pages.core.outage import is_database_outage

logger = logging.getLogger(__name__)

# Seconds a client is asked to wait: a database restart or fail-over takes about this long.
DEFAULT_RETRY_AFTER = 30

# Written out so that the answer cannot fail: no template, no translation catalogue.
LAST_RESORT = (
    '<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>ปิดปรับปรุงชั่วคราว</title></head>'
    "<body><h1>ขออภัย ระบบไม่พร้อมให้บริการชั่วคราว</h1><p>กรุณาลองใหม่อีกครั้งในอีกสักครู่</p>"
    '<p lang="en">The service is temporarily unavailable. Please try again in a few minutes.</p></body></html>'
)


def unavailable_page() -> HttpResponse:
    """The standalone 503 page, rendered without the database or the request."""
    try:
        body = loader.render_to_string("503.html")
    except Exception:
        logger.exception("The 503 page could not be rendered")
        body = LAST_RESORT
    return HttpResponse(body, status=503, content_type="text/html; charset=utf-8")


def outage_response(request) -> HttpResponse:
    """503 for this request: problem JSON under /api/, the Thai page elsewhere."""
    if request is not None and request.path.startswith(API_PREFIX):
        response = problem_response(
            request, 503, _("The service is temporarily unavailable. Please try again in a few minutes.")
        )
    else:
        response = unavailable_page()
    response["Retry-After"] = str(DEFAULT_RETRY_AFTER)
    add_never_cache_headers(response)
    return response


class DatabaseOutageMiddleware:
    """A view's database connection error becomes a 503 with Retry-After (see above)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_database_outage(exception):
            return None
        # One line, not a traceback per request: the cause is the database, not the code.
        logger.error("Database unreachable on %s (%s): answering 503", request.path, type(exception).__name__)
        return outage_response(request)
