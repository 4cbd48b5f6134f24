"""Extra searchable text for page types whose public content lives in child rows.

Why this exists: the Q&A page (ita_pages.channels.qa, O8) shows citizens' questions and
staff answers stored as ``Question`` rows, not page fields, and only the
published ones. The generic route for such pages is a callable in their
``search_fields`` plus ``search_parent_page`` on the row (see docs/search.md);
until a page type does that itself, an adapter here supplies the text. Every
adapter is optional: it does nothing when its app is not installed.
"""

from __future__ import annotations

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_delete, post_save

# model label -> function(page) -> text
_PAGE_TEXT: dict[str, object] = {}


def extra_text(page) -> str:
    provider = _PAGE_TEXT.get(page._meta.label)
    return provider(page) if provider else ""


def _qa_text(page) -> str:
    from ita_pages.channels.qa.models import QuestionStatus

    rows = page.questions.filter(status=QuestionStatus.PUBLISHED).values_list("question", "answer")
    # The asker's display name and e-mail are deliberately left out.
    return "\n".join(f"{question}\n{answer}" for question, answer in rows)


def _reindex_question_page(sender, instance, **kwargs):
    from wagtail.models import Page

    from . import indexer

    page_id = instance.page_id

    def reindex():
        page = Page.objects.filter(pk=page_id).first()
        if page is not None:
            indexer.index_page(page)

    if kwargs.get("signal") is post_delete:
        # The question may be deleted with its page: wait for the outcome.
        transaction.on_commit(reindex)
    else:
        reindex()


def connect() -> None:
    if apps.is_installed("ita_pages.channels.qa"):
        question = apps.get_model("qa", "Question")
        _PAGE_TEXT["qa.QAPage"] = _qa_text
        post_save.connect(_reindex_question_page, sender=question, dispatch_uid="thai_search_qa_saved")
        post_delete.connect(_reindex_question_page, sender=question, dispatch_uid="thai_search_qa_deleted")
