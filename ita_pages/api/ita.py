"""The ITA endpoints under /api/ita/: catalogue, per-site status, announcements, Q&A.

Why on django-ninja: Wagtail's API v2 serves pages only; the ITA catalogue is data
files, the status is computed, announcements and questions are plain models. Every
list here is paginated the same way (``limit``/``offset``, ``meta.total_count``) with
a stable order, and only public data is served: announcements of the site,
published questions of live public Q&A pages (never the asker's e-mail, follow-up
code or unpublished questions), and the readiness verdicts only to editors.
"""

from __future__ import annotations

import datetime

from django.http import HttpRequest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from ninja import Query, Router
from ninja.errors import HttpError
from wagtail.models import APIToken, Site

from config.addresses import absolute_url
from ita_pages.channels.qa.models import Question, QuestionStatus
from ita_pages.core.catalogue import registry
from ita_pages.furniture.procurement.models import ProcurementAnnouncement

from . import schemas, sources

router = Router(tags=["ITA"])

ERRORS = {400: schemas.Problem, 404: schemas.Problem, 422: schemas.Problem}
MAX_LIMIT = 100
# Far beyond any real list; keeps offsets within every database's integer range.
MAX_OFFSET = 1_000_000


def paginate(items, limit: int, offset: int) -> dict:
    """One page of `items` (a queryset or list) with the total count before paging."""
    total = items.count() if hasattr(items, "count") and not isinstance(items, list) else len(items)
    return {
        "meta": {"total_count": total, "limit": limit, "offset": offset},
        "items": list(items[offset : offset + limit]),
    }


def resolve_site(request: HttpRequest, site: str | None) -> Site:
    """The site named by ``?site=host[:port]``, else the one the request came to."""
    if site:
        hostname, _sep, port = site.partition(":")
        candidates = Site.objects.filter(hostname=hostname)
        if port.isdigit():
            candidates = candidates.filter(port=int(port))
        found = candidates.select_related("root_page").first()
    else:
        found = Site.find_for_request(request)
    if found is None:
        raise HttpError(404, _("No such site."))
    return found


def _absolute(request: HttpRequest, path: str) -> str:
    """`path` on the public address of the request's site (as given when there is no site)."""
    site = Site.find_for_request(request)
    return absolute_url(site, path) if site is not None else path


def is_staff_client(request: HttpRequest) -> bool:
    """An editor's session, or a Wagtail API token of someone who may use the admin."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"):
        return True
    header = request.headers.get("Authorization", "")
    scheme, _sep, token = header.partition(" ")
    if scheme.lower() != "bearer" or not APIToken.validate_token_format(token.strip()):
        return False
    api_token = (
        APIToken.objects.filter(key_hash__in=APIToken.candidate_key_hashes(token.strip()), revoked_at__isnull=True)
        .select_related("user")
        .first()
    )
    return bool(api_token and api_token.user.is_active and api_token.user.has_perm("wagtailadmin.access_admin"))


def problem_language() -> str:
    """ "en" when the client asked for English (Accept-Language), else Thai."""
    return "en" if (translation.get_language() or "th").startswith("en") else "th"


def _catalogue_or_404(year: int):
    catalogue = registry.catalogues().get(year)
    if catalogue is None:
        raise HttpError(404, _("There is no ITA catalogue for the year %(year)s.") % {"year": year})
    return catalogue


@router.get("/catalogues", response={200: schemas.CatalogueList, **ERRORS}, summary="ITA catalogues by year")
def list_catalogues(
    request,
    limit: int = Query(20, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
):
    """The assessment years this site knows (Buddhist era), oldest first."""
    summaries = [
        {
            "year": cat.year,
            "framework": cat.framework,
            "title": schemas.bilingual(cat, "title"),
            "item_count": len(cat.items),
            "url": _absolute(request, f"/api/ita/catalogues/{cat.year}"),
        }
        for cat in registry.catalogues().values()
    ]
    return paginate(summaries, limit, offset)


@router.get("/catalogues/{year}", response={200: schemas.CatalogueOut, **ERRORS}, summary="One ITA catalogue")
def get_catalogue(request, year: int):
    """Every indicator, group, section and item of one year, with each item's required parts."""
    cat = _catalogue_or_404(year)
    return {
        "year": cat.year,
        "framework": cat.framework,
        "title": schemas.bilingual(cat, "title"),
        "indicators": [{"code": i.code, "heading": schemas.bilingual(i, "heading")} for i in cat.indicators],
        "groups": [
            {"code": g.code, "indicator": g.indicator, "heading": schemas.bilingual(g, "heading")} for g in cat.groups
        ],
        "sections": [{"key": s.key, "heading": schemas.bilingual(s, "heading")} for s in cat.sections],
        "items": [
            {
                "code": it.code,
                "group": it.group,
                "section": it.section,
                "title": schemas.bilingual(it, "title"),
                "link": schemas.bilingual(it, "link"),
                "description": schemas.bilingual(it, "description"),
                "period": it.period,
                "nil_allowed": it.nil_allowed,
                "placement": it.placement,
                "page_type": it.page_type,
                "parts": [
                    {
                        "key": p.key,
                        "label": schemas.bilingual(p, "label"),
                        "looks_for": schemas.bilingual(p, "looks_for"),
                        "agency_kinds": list(p.agency_kinds),
                    }
                    for p in it.parts
                ],
            }
            for it in cat.items
        ],
    }


@router.get("/status/{year}", response={200: schemas.StatusReport, **ERRORS}, summary="Per-item status of a site")
def site_status(
    request,
    year: int,
    site: str | None = Query(None, max_length=255, description="host[:port]; default: the site of this request"),
    lang: str | None = Query(
        None, pattern="^(th|en)$", description="language of the problems; default: the Accept-Language header"
    ),
    limit: int = Query(MAX_LIMIT, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
):
    """Where each item's evidence is published, in catalogue (ITAS) order.

    Editors (a Wagtail session) and holders of a Wagtail API token with admin access
    also get each item's status and problems, the same data as
    ``manage.py ita_check --format json``; anonymous clients get the URLs only.
    """
    cat = _catalogue_or_404(year)
    the_site = resolve_site(request, site)
    staff = is_staff_client(request)
    if staff:
        report = sources.readiness_report(the_site, year, lang or problem_language())
        by_code = {entry["code"]: entry for entry in report["items"]}
    else:
        # Anonymous clients get addresses only: no need to run the checker's rules.
        by_code = sources.item_locations(the_site, year)
    # Only pages the API serves get an API link (live, public, in this site).
    ids = {entry.get("page_id") for entry in by_code.values() if entry.get("url") and entry.get("page_id")}
    served = set(sources.public_site_pages(the_site).filter(pk__in=ids).values_list("pk", flat=True))
    items = []
    for it in cat.items:
        entry = by_code.get(it.code, {"status": "missing", "url": None, "problems": []})
        page_id = entry.get("page_id") if entry.get("page_id") in served else None
        items.append(
            {
                "code": it.code,
                "title": schemas.bilingual(it, "title"),
                "url": entry.get("url"),
                "page_id": page_id,
                "api_url": absolute_url(the_site, reverse("wagtailapi_v2:pages:detail", args=[page_id]))
                if page_id
                else None,
                "status": entry.get("status") if staff else None,
                "problems": entry.get("problems", []) if staff else None,
            }
        )
    page = paginate(items, limit, offset)
    return {"site": sources.site_label(the_site), "year": year, **page}


@router.get(
    "/announcements",
    response={200: schemas.AnnouncementList, **ERRORS},
    summary="Procurement announcements",
)
def list_announcements(
    request,
    site: str | None = Query(None, max_length=255, description="host[:port]; default: the site of this request"),
    type: str | None = Query(
        None,
        pattern="^[A-Z0-9]{2}(,[A-Z0-9]{2})*$",
        description="e-GP type codes, comma-separated: P0, 15, B0, D0, W0, D1, W1, D2, W2",
    ),
    date_from: datetime.date | None = Query(None, description="Announced on or after (ISO date, CE)"),  # noqa: B008
    date_to: datetime.date | None = Query(None, description="Announced on or before (ISO date, CE)"),  # noqa: B008
    fiscal_year: int | None = Query(None, ge=2500, le=2700, description="Thai fiscal year (BE)"),
    limit: int = Query(20, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
):
    """The site's announcements, newest first (date, then id), filterable by type and date."""
    from ita_pages.core.fiscal import FiscalYear

    the_site = resolve_site(request, site)
    queryset = ProcurementAnnouncement.objects.filter(site=the_site)
    if type:
        queryset = queryset.filter(type_code__in=type.split(","))
    if date_from:
        queryset = queryset.filter(date__gte=date_from)
    if date_to:
        queryset = queryset.filter(date__lte=date_to)
    if fiscal_year:
        fy = FiscalYear(fiscal_year)
        queryset = queryset.filter(date__gte=fy.start, date__lte=fy.end)
    page = paginate(queryset.order_by("-date", "-pk"), limit, offset)
    page["items"] = [
        {
            "id": a.pk,
            "project_id": a.project_id,
            "type": a.type_code,
            "type_label": a.type_name or a.get_type_code_display(),
            "date": a.date,
            "title": a.title,
            "link": a.link,
            "method": a.method,
            "source": a.source,
        }
        for a in page["items"]
    ]
    return page


@router.get("/questions", response={200: schemas.QuestionList, **ERRORS}, summary="Published Q&A")
def list_questions(
    request,
    site: str | None = Query(None, max_length=255, description="host[:port]; default: the site of this request"),
    limit: int = Query(20, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
):
    """Answered questions that staff published, newest first, from the site's public Q&A pages."""
    the_site = resolve_site(request, site)
    public_pages = sources.public_site_pages(the_site).values("pk")
    queryset = (
        Question.objects.filter(status=QuestionStatus.PUBLISHED, page__in=public_pages)
        .select_related("page")
        .order_by("-asked_at", "-pk")
    )
    page = paginate(queryset, limit, offset)
    page["items"] = [
        {
            "id": q.pk,
            "display_name": q.display_name,
            "question": q.question,
            "answer": q.answer,
            "asked_at": q.asked_at,
            "answered_at": q.answered_at,
            "page_url": q.page.get_full_url(request),
        }
        for q in page["items"]
    ]
    return page
