"""The project's JSON API (django-ninja), served at /api/ with /api/openapi.json.

Why: citizen channels need machine-readable endpoints (a LINE bot or a mobile app
can submit questions and complaints); other apps add their routers here.
"""

from ninja import NinjaAPI

from ita_pages.complaints.api import router as complaints_router
from ita_pages.qa.api import router as qa_router

api = NinjaAPI(
    title="ITA agency website API",
    version="1.0",
    description="Public endpoints of the agency website (Q&A, complaints).",
    urls_namespace="ita_api",
)
api.add_router("/qa/", qa_router)
api.add_router("/complaints/", complaints_router)
