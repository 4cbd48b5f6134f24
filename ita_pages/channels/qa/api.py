"""JSON endpoints of the Q&A channel (mounted at /api/qa/).

Why: questions can come from other front ends too; they go through the same form,
honeypot and rate limit as the page, and the follow-up code check answers a wrong
code exactly like a code of no question.
"""

import datetime

from django.http import HttpResponse
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status

from ita_pages.channels import protection, receipts
from ita_pages.channels.api import ErrorOut, too_many
from ita_pages.channels.confidential import no_store

from .forms import QuestionForm
from .models import QAPage, Question, QuestionStatus
from .services import ask_question

router = Router(tags=["qa"])


class QuestionIn(Schema):
    page_id: int
    display_name: str
    question: str
    email: str = ""
    website: str = ""  # honeypot: must stay empty


class FollowCodeOut(Schema):
    follow_code: str


class CodeIn(Schema):
    follow_code: str


class QuestionStatusOut(Schema):
    """``found`` is false for a wrong code and for a code of no question alike."""

    found: bool
    detail: str = ""
    status: str = ""
    question: str = ""
    asked_at: datetime.datetime | None = None
    answer: str = ""


class PublishedQuestionOut(Schema):
    display_name: str
    question: str
    answer: str
    asked_at: datetime.datetime
    answered_at: datetime.datetime | None = None


@router.post("/questions", response={201: FollowCodeOut, 400: ErrorOut, 429: ErrorOut}, summary="Ask a question")
def ask(request, payload: QuestionIn, response: HttpResponse):
    no_store(response)
    if not protection.allow(request, "qa-ask"):
        return too_many()
    page = QAPage.objects.live().filter(pk=payload.page_id).first()
    if page is None:
        message = _("This channel is not available.")
        return Status(400, {"detail": message, "errors": {"page_id": [message]}})
    form = QuestionForm(data=payload.dict(exclude={"page_id"}))
    if not form.is_valid():
        errors = {name: [str(e["message"]) for e in items] for name, items in form.errors.get_json_data().items()}
        return Status(400, {"detail": _("Please correct the errors below."), "errors": errors})
    if form.is_bot():
        return Status(201, {"follow_code": receipts.display(receipts.new_code())})
    _question, code = ask_question(page=page, data=form.cleaned_data)
    return Status(201, {"follow_code": receipts.display(code)})


@router.post(
    "/questions/check",
    response={200: QuestionStatusOut, 429: ErrorOut},
    summary="Check a question with its follow-up code",
)
def check(request, payload: CodeIn, response: HttpResponse):
    no_store(response)
    if not protection.allow(request, "qa-follow", limit=20):
        return too_many()
    question = Question.find_by_receipt(payload.follow_code)
    if question is None:
        return Status(200, {"found": False, "detail": _("No case matches this code. Check the code and try again.")})
    status = "answered" if question.is_answered else ("waiting" if question.status == QuestionStatus.NEW else "closed")
    return Status(
        200,
        {
            "found": True,
            "status": status,
            "question": question.question,
            "asked_at": question.asked_at,
            "answer": question.answer if question.is_answered else "",
        },
    )


@router.get(
    "/pages/{page_id}/questions", response={200: list[PublishedQuestionOut], 400: ErrorOut}, summary="Published Q&A"
)
def published(request, page_id: int, q: str = ""):
    page = QAPage.objects.live().filter(pk=page_id).first()
    if page is None:
        return Status(400, {"detail": _("This channel is not available.")})
    return Status(200, list(page.published_questions(q)[:50]))
