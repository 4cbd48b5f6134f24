"""One middleware that gives every /api/ response the project's conventions.

Why a middleware and not per-view code: errors also come from places no API view
controls (an unknown URL under /api/, an exception deep in Wagtail, a CSRF refusal),
and cache headers must follow one rule everywhere. For every response under /api/:

- an unknown path (which LocaleMiddleware would redirect into the page tree) is 404;
- an error (status >= 400) without a problem body is rewritten as RFC 7807;
- an unhandled exception becomes a problem with status 500 (and is logged);
- a successful anonymous GET of a public read (``API_PUBLIC_CACHE_PREFIXES``) gets
  ``Cache-Control: public, max-age=API_CACHE_MAX_AGE`` and an ETag (answering
  ``If-None-Match`` with 304); anything else gets ``no-store`` unless the view set
  its own header, so a receipt lookup or a preview is never kept by a shared cache.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.http import HttpResponseNotModified
from django.utils.cache import get_conditional_response, patch_vary_headers, set_response_etag

from ita_pages.core.outage import is_database_outage

from .problems import API_PREFIX, as_problem, default_detail, is_problem, problem_response

logger = logging.getLogger(__name__)

DEFAULT_PUBLIC_PREFIXES = (
    "/api/openapi.json",
    "/api/v2/pages/",
    "/api/v2/images/",
    "/api/v2/documents/",
    "/api/ita/",
)


def public_prefixes() -> tuple[str, ...]:
    return tuple(getattr(settings, "API_PUBLIC_CACHE_PREFIXES", DEFAULT_PUBLIC_PREFIXES))


def is_public_read(request) -> bool:
    """An anonymous GET/HEAD of a path whose answer is the same for everyone."""
    if request.method not in ("GET", "HEAD"):
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    return request.path.startswith(public_prefixes())


def is_language_redirect(response) -> bool:
    if response.status_code not in (301, 302):
        return False
    location = response.get("Location", "")
    return any(location.startswith(f"/{code}{API_PREFIX}") for code, _name in settings.LANGUAGES)


class ApiConventionsMiddleware:
    """Problem bodies and cache headers for everything under /api/."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith(API_PREFIX):
            return response
        if is_language_redirect(response):
            # LocaleMiddleware sends unknown paths to /th/api/…, into the page tree:
            # under /api/ an unknown path is simply not found.
            response = problem_response(request, 404, default_detail(404))
        if response.status_code >= 400 and not is_problem(response):
            response = as_problem(request, response)
        return self._cache_headers(request, response)

    def process_exception(self, request, exception):
        if not request.path.startswith(API_PREFIX):
            return None
        if is_database_outage(exception):
            # Not a crash: the outage middleware answers 503 with Retry-After.
            return None
        logger.exception("API error on %s", request.path)
        return problem_response(request, 500, default_detail(500))

    def _cache_headers(self, request, response):
        if response.has_header("Cache-Control"):
            return response
        if response.status_code == 200 and is_public_read(request) and not getattr(response, "streaming", False):
            max_age = int(getattr(settings, "API_CACHE_MAX_AGE", 60))
            response["Cache-Control"] = f"public, max-age={max_age}"
            patch_vary_headers(response, ("Accept-Language", "Origin"))
            set_response_etag(response)
            conditional = get_conditional_response(request, etag=response.get("ETag"), response=response)
            if isinstance(conditional, HttpResponseNotModified):
                return conditional
            return response
        response["Cache-Control"] = "private, no-store" if response.status_code < 400 else "no-store"
        return response
