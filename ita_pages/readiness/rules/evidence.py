"""Rule `evidence`: every document and link the live page offers actually opens.

Why: an item "published" with a deleted PDF, a document whose file vanished from
storage or a link to an unpublished page fails in front of the assessor. Documents
and internal pages are checked every time (database and storage only); external
links only with `--check-links`, whose results the checker fetched beforehand.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.models import Page

from ..content import references
from ..registry import Rule, register


def document_file_exists(document) -> bool:
    try:
        return bool(document.file) and document.file.storage.exists(document.file.name)
    except (OSError, ValueError):
        return False


@register
class EvidenceRule(Rule):
    code = "evidence"
    messages = {
        "document-deleted": _("%(where)s links to a document that has been deleted: choose the document again."),
        "document-file": _("%(where)s: the file of the document “%(title)s” is missing: upload it again."),
        "page-deleted": _("%(where)s links to a page that has been deleted."),
        "page-not-live": _("%(where)s links to the page “%(title)s”, which is not published."),
        "url-broken": _("%(where)s: the link %(url)s does not open (%(reason)s)."),
    }

    def check(self, ctx, item):
        obj = ctx.live_object(ctx.page_for(item))
        refs = references(obj)
        document_ids = {int(r.target) for r in refs if r.kind == "document" and r.target.isdigit()}
        page_ids = {int(r.target) for r in refs if r.kind == "page" and r.target.isdigit()}
        documents = get_document_model().objects.in_bulk(document_ids)
        pages = Page.objects.in_bulk(page_ids)
        for ref in refs:
            if ref.kind == "document":
                document = documents.get(int(ref.target)) if ref.target.isdigit() else None
                if document is None:
                    yield self.problem("document-deleted", where=ref.where)
                elif not document_file_exists(document):
                    yield self.problem("document-file", where=ref.where, title=document.title)
            elif ref.kind == "page":
                page = pages.get(int(ref.target)) if ref.target.isdigit() else None
                if page is None:
                    yield self.problem("page-deleted", where=ref.where)
                elif not page.live:
                    yield self.problem("page-not-live", where=ref.where, title=page.title)
            elif ref.kind == "url" and ctx.check_links:
                result = ctx.link_results.get(ref.target)
                if result is not None and not result.ok:
                    yield self.problem("url-broken", where=ref.where, url=ref.target, reason=result.reason)


def external_urls(obj) -> list[str]:
    """The external links on a page (the checker collects them before --check-links)."""
    return [r.target for r in references(obj) if r.kind == "url"]
