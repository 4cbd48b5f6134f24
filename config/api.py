"""The project's own JSON API (django-ninja), served at /api/ with /api/openapi.json.

Wagtail's read-only API v2 covers pages, images and documents; this API carries
what v2 cannot: the ITA catalogue and readiness data, and citizen submissions. Each
app contributes a `router` in its own `api.py`, added below.
"""

from ninja import NinjaAPI

api = NinjaAPI(
    title="ITA agency API",
    version="1.0.0",
    description="ITA data and citizen channels of a Thai agency website.",
    urls_namespace="ita_api",
)

# Routers of the apps (one line each, grouped by app).
api.add_router("/qa/", "ita_pages.qa.api.router")  # O8 questions (issue 4)
api.add_router("/complaints/", "ita_pages.complaints.api.router")  # general + O28 complaints (issue 4)
