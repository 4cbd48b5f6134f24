"""Public route of a frozen item: `/<lang>/ita/frozen/<year>/<code>/`.

Why: the link submitted to the NACC must keep answering with what was submitted.
The view renders the frozen revision with the page type's own template and a dated
notice on top ("copy of the evidence submitted on …"), and serves the frozen copies
of its documents.
"""

from __future__ import annotations

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.html import escape
from wagtail.models import Site

from .freeze import frozen_object
from .models import FrozenDocument, FrozenItem


def _frozen_item(request, year: int, code: str) -> FrozenItem:
    site = Site.find_for_request(request)
    return get_object_or_404(
        FrozenItem.objects.select_related("submission", "revision", "page", "content_type"),
        submission__site=site,
        submission__year=year,
        code__iexact=code,
    )


def frozen_item(request, year: int, code: str):
    item = _frozen_item(request, year, code)
    page = frozen_object(item)
    if page is None:
        raise Http404("nothing was published for this item when the submission was frozen")
    live = item.page if item.page is not None and item.page.live else None
    notice = render_to_string(
        "readiness/frozen_notice.html",
        {"item": item, "submission": item.submission, "live": live, "documents": item.documents.all()},
        request=request,
    )
    context = page.get_context(request)
    context["frozen_item"] = item
    response = TemplateResponse(request, page.get_template(request), context)
    response.render()
    html = response.content.decode(response.charset or "utf-8")
    response.content = _insert_notice(html, notice).encode(response.charset or "utf-8")
    response["X-Robots-Tag"] = "noindex"
    return response


def _insert_notice(html: str, notice: str) -> str:
    """Put the dated notice first inside <body> (any page template works unchanged)."""
    start = html.find("<body")
    if start == -1:
        return notice + html
    end = html.find(">", start)
    return html[: end + 1] + notice + html[end + 1 :]


def frozen_document(request, year: int, code: str, pk: int):
    item = _frozen_item(request, year, code)
    document = get_object_or_404(FrozenDocument, item=item, pk=pk)
    if not document.copy:
        raise Http404(escape(document.title))
    return FileResponse(document.copy.open("rb"), as_attachment=False, filename=document.file_name)
