"""The project's own JSON API (django-ninja), served at /api/ with /api/openapi.json.

Wagtail's read-only API v2 (/api/v2/, `ita_pages.api.v2`) covers pages, images and
documents; this API carries what v2 cannot: the ITA catalogue and readiness data,
and citizen submissions. Each app contributes a `router` in its own `api.py`, added
below. Conventions for every router (see README, "Using the API"):

- errors are RFC 7807 problem details (``application/problem+json``), also for
  validation errors (422, with ``errors``) and crashes (500); the OpenAPI document
  declares them for every operation;
- lists take ``limit`` (1–100) and ``offset`` and answer
  ``{"meta": {"total_count", "limit", "offset"}, "items": [...]}`` in a stable order
  (`ita_pages.api.ita.paginate`);
- public reads get cache headers and CORS from settings (`ita_pages.api.middleware`).
"""

import logging

from django.http import Http404
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from ita_pages.api.problems import PROBLEM_CONTENT_TYPE, default_detail, problem_response

logger = logging.getLogger(__name__)

PROBLEM_SCHEMA = {
    "title": "Problem",
    "description": "RFC 7807 problem details.",
    "type": "object",
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "instance": {"type": "string"},
        "errors": {"description": "What was wrong: a list of {loc, msg, type} (422) or {field: [messages]} (400)."},
    },
    "required": ["type", "title", "status", "detail", "instance"],
}


class ProjectAPI(NinjaAPI):
    """NinjaAPI whose every error is a problem body, declared as such in the OpenAPI document."""

    def set_default_exception_handlers(self) -> None:
        super().set_default_exception_handlers()
        self.add_exception_handler(Http404, self._not_found)
        self.add_exception_handler(HttpError, self._http_error)
        self.add_exception_handler(AuthenticationError, self._http_error)
        self.add_exception_handler(ValidationError, self._validation_error)
        # An id beyond the database's integer range (SQLite raises this) names nothing.
        self.add_exception_handler(OverflowError, self._not_found)
        self.add_exception_handler(Exception, self._server_error)

    @staticmethod
    def _not_found(request, exc):
        return problem_response(request, 404, _("Nothing was found at this address."))

    @staticmethod
    def _http_error(request, exc):
        return problem_response(request, exc.status_code, str(exc) or default_detail(exc.status_code))

    @staticmethod
    def _validation_error(request, exc):
        errors = [
            {
                "loc": [str(part) for part in error.get("loc", ())],
                "msg": str(error.get("msg", "")),
                "type": str(error.get("type", "")),
            }
            for error in exc.errors
        ]
        return problem_response(request, 422, _("Some parameters are missing or invalid."), errors=errors)

    @staticmethod
    def _server_error(request, exc):
        logger.exception("API error on %s", request.path)
        return problem_response(request, 500, default_detail(500))

    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components["Problem"] = PROBLEM_SCHEMA
        problem_content = {PROBLEM_CONTENT_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}
        for operations in schema.get("paths", {}).values():
            for operation in operations.values():
                if not isinstance(operation, dict) or "responses" not in operation:
                    continue
                responses = operation["responses"]
                for status, response in responses.items():
                    if str(status)[0] in "45":
                        response["content"] = dict(problem_content)
                responses.setdefault(
                    "default",
                    {"description": "Any other error, as problem details", "content": dict(problem_content)},
                )
        return schema


api = ProjectAPI(
    title="ITA agency API",
    version="1.0.0",
    description=(
        "ITA data and citizen channels of a Thai agency website. Pages, images and documents are "
        "served by Wagtail's API v2 at /api/v2/ (pages/, images/, documents/, preview/). Errors are "
        "RFC 7807 problem details; lists are paginated with limit/offset and meta.total_count."
    ),
    urls_namespace="ita_api",
)

# Routers of the apps (one line each, grouped by app).
api.add_router("/qa/", "ita_pages.channels.qa.api.router")  # O8 questions
api.add_router("/complaints/", "ita_pages.channels.complaints.api.router")  # general + O28 complaints
api.add_router("/ita/", "ita_pages.api.ita.router")  # catalogue, status, announcements, Q&A
