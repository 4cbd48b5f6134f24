"""RFC 7807 "problem details" bodies for every API error.

Why: API clients (provincial portals, mobile apps, auditors' tools) must be able to
handle every error the same way, whether it comes from django-ninja, Wagtail's API
v2 (Django REST framework) or Django itself (an unknown URL, a crash). Each error is
answered with ``application/problem+json``: ``type``, ``title``, ``status``,
``detail`` and ``instance``, plus ``errors`` for validation failures.
"""

from __future__ import annotations

import json
from http import HTTPStatus

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

PROBLEM_CONTENT_TYPE = "application/problem+json"
API_PREFIX = "/api/"
PROBLEM_MEMBERS = ("type", "title", "status", "detail", "instance")


def status_title(status: int) -> str:
    """The standard reason phrase for `status` (RFC 7807's recommended `title`)."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def problem_body(
    status: int,
    detail: str = "",
    *,
    instance: str = "",
    title: str | None = None,
    errors: list | None = None,
) -> dict:
    """The JSON object of one problem; `type` stays "about:blank" (the status says it all)."""
    body = {
        "type": "about:blank",
        "title": title or status_title(status),
        "status": status,
        "detail": detail or status_title(status),
        "instance": instance,
    }
    if errors is not None:
        body["errors"] = errors
    return body


def problem_response(request: HttpRequest | None, status: int, detail: str = "", **kwargs) -> HttpResponse:
    """A Django response carrying a problem body; never cached by shared caches."""
    instance = request.path if request is not None else ""
    body = problem_body(status, detail, instance=instance, **kwargs)
    response = HttpResponse(
        json.dumps(body, ensure_ascii=False),
        status=status,
        content_type=PROBLEM_CONTENT_TYPE,
    )
    response["Cache-Control"] = "no-store"
    return response


def is_problem(response: HttpResponse) -> bool:
    return response.get("Content-Type", "").startswith(PROBLEM_CONTENT_TYPE)


def default_detail(status: int) -> str:
    """A translated explanation for errors that arrive without one (Thai by default)."""
    if status == 404:
        return _("Nothing was found at this address.")
    if status == 405:
        return _("This method is not allowed here.")
    if status == 403:
        return _("You are not allowed to do this.")
    if status >= 500:
        return _("The server could not answer. Please try again later.")
    return _("The request could not be processed.")


def json_body(response: HttpResponse) -> dict:
    """The JSON object of an error response (DRF, Wagtail, an app's own), else {}."""
    if not response.get("Content-Type", "").startswith("application/json"):
        return {}
    try:
        data = json.loads(response.content or b"{}")
    except (ValueError, UnicodeDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def as_problem(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """Rewrite an error response as a problem, keeping what it said.

    A string ``detail`` (DRF, ninja) or ``message`` (Wagtail) becomes the detail;
    any other member (e.g. an app's ``errors`` per form field) stays as an RFC 7807
    extension member, so clients of that app lose nothing.
    """
    data = json_body(response)
    detail = ""
    for key in ("detail", "message"):
        if isinstance(data.get(key), str):
            detail = data[key]
            break
    problem = problem_response(request, response.status_code, detail or default_detail(response.status_code))
    extensions = {k: v for k, v in data.items() if k not in PROBLEM_MEMBERS and k != "message"}
    if extensions:
        body = json.loads(problem.content)
        body.update(extensions)
        problem.content = json.dumps(body, ensure_ascii=False)
    for header in ("Allow", "Retry-After", "WWW-Authenticate"):
        if response.has_header(header):
            problem[header] = response[header]
    return problem
