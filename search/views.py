"""The public search page and its autocomplete endpoint.

Why this exists: citizens and ITA assessors look for evidence by typing Thai;
results come from the Thai index (``search.query``), limited to the active
language's pages plus documents, with filters by content type and ITA group.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, Site

from ita_pages.channels.text import normalise_query
from ita_pages.core.catalogue import registry

from .groups import group_choices
from .models import IndexEntry
from .query import Filters, autocomplete, filtered_entries, highlight, highlight_pattern, ranked_entry_ids, snippet

PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def _active_locale_id() -> int | None:
    try:
        return Locale.get_active().pk
    except Locale.DoesNotExist:
        return None


def _type_key(content_type: ContentType) -> str:
    return f"{content_type.app_label}.{content_type.model}"


def _type_label(content_type: ContentType) -> str:
    model = content_type.model_class()
    if model is None:
        return content_type.model
    if issubclass(model, get_document_model()):
        return _("Document")
    return str(model._meta.verbose_name).capitalize()


def _site_id(request) -> int | None:
    site = Site.find_for_request(request)
    return site.pk if site else None


def _type_choices(request) -> list[tuple[str, str, ContentType]]:
    scope = Filters(locale_id=_active_locale_id(), site_id=_site_id(request))
    ids = filtered_entries(scope).values("content_type_id").distinct()
    types = ContentType.objects.filter(pk__in=ids)
    return sorted(((_type_key(ct), _type_label(ct), ct) for ct in types), key=lambda item: item[1])


def _group_choices(request) -> list[tuple[str, str]]:
    return group_choices(registry.catalogue_for_site(Site.find_for_request(request)))


def _filters(request, type_choices, groups) -> tuple[Filters, str, str]:
    locale_id = _active_locale_id()
    type_key = request.GET.get("type", "")
    content_type = next((ct for key, _label, ct in type_choices if key == type_key), None)
    group = request.GET.get("group", "")
    if group not in groups:
        group = ""
    filters = Filters(
        locale_id=locale_id,
        content_type_id=content_type.pk if content_type else None,
        ita_group=group,
        site_id=_site_id(request),
    )
    return filters, (type_key if content_type else ""), group


def _results(request, entries, query, groups):
    pattern = highlight_pattern(query)
    pages = Page.objects.in_bulk([e.page_id for e in entries if e.page_id])
    documents = get_document_model().objects.in_bulk([e.document_id for e in entries if e.document_id])
    results = []
    for entry in entries:
        if entry.page_id:
            page = pages.get(entry.page_id)
            url = page.get_url(request) if page else None
            date = page.last_published_at if page else None
        else:
            document = documents.get(entry.document_id)
            url = document.url if document else None
            date = document.created_at if document else None
        if not url:
            continue
        results.append(
            {
                "title": highlight(entry.title, pattern),
                "url": url,
                "kind": _type_label(entry.content_type),
                "is_document": bool(entry.document_id),
                "group": groups.get(entry.ita_group, ""),
                "snippet": snippet(entry.body, pattern),
                "date": date,
            }
        )
    return results


@require_GET
def search_view(request):
    query = normalise_query(request.GET.get("q", "")).strip()[:MAX_QUERY_LENGTH]
    type_choices = _type_choices(request)
    groups = dict(_group_choices(request))
    filters, type_key, group = _filters(request, type_choices, groups)
    results, page_obj, total = [], None, 0
    if query:
        paginator = Paginator(ranked_entry_ids(query, filters), PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("page"))
        total = paginator.count
        rows = list(page_obj.object_list)
        by_id = IndexEntry.objects.select_related("content_type").in_bulk([row["entry"] for row in rows])
        entries = [by_id[row["entry"]] for row in rows if row["entry"] in by_id]
        results = _results(request, entries, query, groups)
    context = {
        "search_query": query,
        "results": results,
        "page_obj": page_obj,
        "total": total,
        "type_choices": [(key, label) for key, label, _ct in type_choices],
        "group_choices": list(groups.items()),
        "selected_type": type_key,
        "selected_group": group,
    }
    return render(request, "search/search.html", context)


@require_GET
def autocomplete_view(request):
    query = normalise_query(request.GET.get("q", "")).strip()[:MAX_QUERY_LENGTH]
    entries = autocomplete(query, Filters(locale_id=_active_locale_id(), site_id=_site_id(request)))
    pages = Page.objects.in_bulk([e.page_id for e in entries if e.page_id])
    documents = get_document_model().objects.in_bulk([e.document_id for e in entries if e.document_id])
    results = []
    for entry in entries:
        target = pages.get(entry.page_id) if entry.page_id else documents.get(entry.document_id)
        if target is None:
            continue
        url = target.get_url(request) if entry.page_id else target.url
        if url:
            results.append({"title": entry.title, "url": url, "type": _type_label(entry.content_type)})
    return JsonResponse({"query": query, "results": results}, json_dumps_params={"ensure_ascii": False})
