"""Refusing oversize requests before their body is read: 413, never a 500.

Why: an upload is parsed (and a JSON body held in memory) before any view can say
no, so a 100 MB body would be read in full even when the answer is a rate-limit
refusal, and a body over Django's in-memory limit ended in a server error. This
middleware runs early and caps every public request by kind (limits in
``ita_pages.channels.limits``):

- the page forms and API endpoints that carry attachments get the attachment limit
  times the file count, plus room for the text fields;
- every other public request gets the small cap for text-only forms;
- the admin (``/admin/``, ``/django-admin/``) keeps Wagtail's and Django's own limits.

A request whose Content-Length is over its cap is answered at once, unread. A body
without a Content-Length (chunked transfer) is read through a counter that stops
one byte past the cap. The answer is the site's Thai page for a page, or an RFC 7807
problem under /api/. The request is marked confidential first: a refused body may be
a corruption complaint, and the log line of a 413 must not carry its sender.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Page

from config.errors import render_error
from ita_pages.api.problems import API_PREFIX, problem_response
from ita_pages.channels import limits
from ita_pages.channels.confidential import mark_confidential, no_store

TOO_LARGE = 413
BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
UNCAPPED_PREFIXES = ("/admin/", "/django-admin/")
# API endpoints whose JSON carries base64 attachments (their routers are mounted in
# config/api.py); every other path under /api/ gets the small cap.
API_UPLOAD_PATHS = frozenset({"/api/complaints/corruption"})
CHUNK = 64 * 1024


class RequestTooLarge(RequestDataTooBig):
    """More body arrived than the request's cap allows."""


class CappedStream:
    """A request body that refuses to deliver more than `cap` bytes."""

    def __init__(self, stream, cap: int):
        self.stream = stream
        self.cap = cap
        self.count = 0

    def _take(self, data: bytes) -> bytes:
        self.count += len(data)
        if self.count > self.cap:
            raise RequestTooLarge("The request body is over its size cap.")
        return data

    def _room(self, size: int | None) -> int:
        room = self.cap + 1 - self.count
        return room if size is None or size < 0 else min(size, room)

    def read(self, size: int | None = -1) -> bytes:
        if size is not None and size >= 0:
            return self._take(self.stream.read(self._room(size)))
        chunks = []
        while chunk := self._take(self.stream.read(min(CHUNK, self._room(None)))):
            chunks.append(chunk)
        return b"".join(chunks)

    def readline(self, size: int | None = -1) -> bytes:
        return self._take(self.stream.readline(self._room(size)))

    def close(self):
        close = getattr(self.stream, "close", None)
        if close:
            close()


def content_length(request) -> int | None:
    """The declared body length; None when there is none (chunked), 0 when malformed."""
    value = request.META.get("CONTENT_LENGTH")
    if value in (None, ""):
        return None
    try:
        return max(int(value), 0)
    except ValueError:
        return 0


def _accepts_attachments(request) -> bool:
    """Whether the page view this path routes to takes evidence files.

    Only asked for bodies over the small cap, so an ordinary form costs no lookup.
    The route is computed in the path's language and not kept, so Wagtail routes the
    request afresh once the language middleware has run.
    """
    language = translation.get_language_from_path(request.path_info)
    path = request.path_info
    if language:
        path = path[len(language) + 1 :]
    try:
        with translation.override(language or settings.LANGUAGE_CODE):
            result = Page.route_for_request(request, path)
    except Exception:  # an unroutable path simply gets the small cap
        result = None
    finally:
        for attribute in ("_wagtail_route_for_request", "routable_resolver_match"):
            if hasattr(request, attribute):
                delattr(request, attribute)
    if result is None:
        return False
    _page, args, _kwargs = result
    view = args[0] if args else None
    return bool(getattr(view, limits.ACCEPTS_ATTACHMENTS, False))


def cap_for(request) -> int:
    """The largest body this request may have."""
    path = request.path_info
    if path.startswith(API_PREFIX):
        if path.rstrip("/") in API_UPLOAD_PATHS:
            return limits.upload_api_max_bytes()
        return limits.public_post_max_bytes()
    if _accepts_attachments(request):
        return limits.upload_form_max_bytes()
    return limits.public_post_max_bytes()


def too_large(request, cap: int):
    """The 413 answer, in the path's language (the language middleware has not run)."""
    mark_confidential(request)
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    megabytes = f"{cap / limits.MIB:.1f}".rstrip("0").rstrip(".")
    with translation.override(language):
        detail = _("What was sent is too large: at most %(mb)s MB can be sent here.") % {"mb": megabytes}
        if request.path_info.startswith(API_PREFIX):
            response = problem_response(request, TOO_LARGE, detail)
        else:
            response = render_error(
                request,
                TOO_LARGE,
                detail=detail,
                max_files=limits.max_files(),
                max_file_mb=limits.max_file_megabytes(),
            )
    return no_store(response)


class RequestSizeLimitMiddleware:
    """Caps each public request's body by its kind, before anything parses it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        refusal = self.check(request)
        if refusal is not None:
            return refusal
        return self.get_response(request)

    def check(self, request):
        if request.method not in BODY_METHODS or request.path_info.startswith(UNCAPPED_PREFIXES):
            return None
        length = content_length(request)
        if length is not None:
            if length <= limits.public_post_max_bytes():
                return None
            cap = cap_for(request)
            return too_large(request, cap) if length > cap else None
        if not request.environ.get("wsgi.input_terminated"):
            return None  # without a length and an end marker Django reads no body at all
        cap = cap_for(request)
        request._stream = CappedStream(request._stream, cap)
        try:
            request.body  # noqa: B018 - read now, through the counter, while a 413 can still be sent
        except RequestDataTooBig:
            return too_large(request, cap)
        return None
