"""Keeping complainants out of logs and caches.

Why: O28 forbids logging anything that identifies a complainant. Django's error
logging attaches the request (with its address, user agent and POST body) to log
records; for requests marked confidential this filter drops the request from the
record, and ``sensitive_post_parameters`` hides the body from error reports. The
responses are marked ``no-store`` so no proxy or browser cache keeps a receipt code.

The referrer policy keeps the page address from other sites (a link to a
third party carries no ``Referer``) without hiding the origin from this site:
under ``no-referrer`` browsers post the page's forms with ``Origin: null``, which
Django's CSRF protection rightly refuses, so nobody could file or follow a case.
"""

import logging

from django.utils.cache import add_never_cache_headers, patch_cache_control

CONFIDENTIAL_LOGGERS = (
    "django.request",
    "django.security.csrf",
    "django.security.SuspiciousOperation",
    "django.security.DisallowedHost",
    "django.server",
)


def mark_confidential(request) -> None:
    request.sensitive_post_parameters = "__ALL__"
    request.ita_confidential = True


REFERRER_POLICY = "same-origin"


def no_store(response):
    add_never_cache_headers(response)
    patch_cache_control(response, no_store=True, private=True)
    response["Referrer-Policy"] = REFERRER_POLICY
    return response


# API paths are confidential even before the view runs (e.g. a malformed body).
CONFIDENTIAL_PATH_MARKERS = ("/api/complaints/",)


def is_confidential(request) -> bool:
    if getattr(request, "ita_confidential", False):
        return True
    path = getattr(request, "path", "") or ""
    return any(marker in path for marker in CONFIDENTIAL_PATH_MARKERS)


class DropConfidentialRequest(logging.Filter):
    """Remove the request object from records about confidential requests."""

    def filter(self, record):
        request = getattr(record, "request", None)
        if request is not None and is_confidential(request):
            record.request = None
        return True


def install_log_filter() -> None:
    log_filter = DropConfidentialRequest()
    for name in CONFIDENTIAL_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(existing, DropConfidentialRequest) for existing in logger.filters):
            logger.addFilter(log_filter)
