"""Error pages in the site's design and the visitor's language (Thai by default).

Why: Django's own error pages are English, and its CSRF failure page reads like a
debug report; a citizen who meets one does not know what happened or what to do.
Each page here renders ``templates/<status>.html`` inside ``base.html`` with the
request, so the header, menu and footer of the visitor's site are there. The 500
page needs neither the database nor the request, because whatever broke the
request may break those too; any page that cannot be rendered in the design falls
back to it, keeping its own status code.
"""

import logging
import sys

from django.http import HttpResponse
from django.shortcuts import render
from django.template import loader
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import requires_csrf_token

from config.outage import outage_response
from ita_pages.channels.confidential import mark_confidential
from ita_pages.core.outage import is_database_outage

logger = logging.getLogger(__name__)

# Written out so that the last answer cannot fail: no template, no translation catalogue.
LAST_RESORT = (
    '<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>ขออภัย ระบบขัดข้อง</title></head>'
    "<body><h1>ขออภัย ระบบขัดข้องชั่วคราว</h1><p>กรุณาลองใหม่อีกครั้งภายหลัง</p></body></html>"
)


def plain_page(status: int) -> HttpResponse:
    """The standalone error page: no database, no request, no context processors."""
    try:
        body = loader.render_to_string("500.html")
    except Exception:
        logger.exception("The standalone error page could not be rendered")
        body = LAST_RESORT
    return HttpResponse(body, status=status, content_type="text/html; charset=utf-8")


def render_error(request, status: int, template_name: str | None = None, **context) -> HttpResponse:
    """One error page in the site's design; never cached, since it describes one request."""
    try:
        response = render(request, template_name or f"{status}.html", context, status=status)
    except Exception:
        logger.exception("Error page %s could not be rendered in the site design", status)
        response = plain_page(status)
    add_never_cache_headers(response)
    return response


@requires_csrf_token
def bad_request(request, exception=None):
    return render_error(request, 400)


@requires_csrf_token
def permission_denied(request, exception=None):
    return render_error(request, 403)


@requires_csrf_token
def page_not_found(request, exception=None):
    return render_error(request, 404)


def server_error(request):
    # Django calls this inside its own `except`: a database that cannot be reached,
    # raised by a middleware rather than a view, still gets the 503 "try again later".
    if is_database_outage(sys.exc_info()[1]):
        return outage_response(request)
    return plain_page(500)


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: what went wrong and how to send the form again, never the reason.

    The reason (e.g. which origin was refused) helps nobody filling a form; Django
    logs it for the administrators. The refused form may be a corruption complaint,
    whose view never ran to mark the request confidential, so it is marked here: the
    log record keeps the path and the reason but not the request (address, browser).
    """
    mark_confidential(request)
    retry_url = request.path if request.method == "POST" else ""
    return render_error(request, 403, "403_csrf.html", retry_url=retry_url)


def too_many_requests(request, back_url: str = "", unsent_text: str = "") -> HttpResponse:
    """A rate limit on an HTML page; the JSON API answers its own RFC 7807 problem.

    ``unsent_text`` is what the person typed and could not send, shown back for copying.
    """
    return render_error(request, 429, back_url=back_url, unsent_text=unsent_text)
