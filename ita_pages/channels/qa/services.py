"""Asking questions and telling askers about answers (O8).

Why: the page, the API and the admin share these steps; the e-mail address is
used once for the answer notice and then deleted (PDPA: keep no more than needed).
"""

from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from .models import Question, QuestionStatus


def ask_question(*, page, data: dict) -> tuple[Question, str]:
    question = Question(
        page=page,
        display_name=data["display_name"],
        question=data["question"],
        email=data.get("email", "") or "",
    )
    code = question.issue_receipt()
    with transaction.atomic():
        question.save()
    return question, code


def mark_answered(question: Question, user) -> None:
    """Record who answered and when, the first time an answer is given."""
    if question.status in (QuestionStatus.ANSWERED, QuestionStatus.PUBLISHED) and question.answered_at is None:
        question.answered_at = timezone.now()
        question.answered_by = user if user and user.is_authenticated else None


def notify_if_answered(question: Question) -> bool:
    """Send the one answer notice if an address was given; then forget the address."""
    if not question.email or question.notified_at or not question.is_answered:
        return False
    page_url = question.page.full_url or ""
    with override("th"):
        subject = _("Your question has been answered")
        body = "\n".join(
            [
                _("Your question: %(question)s") % {"question": question.question},
                "",
                _("Answer: %(answer)s") % {"answer": question.answer},
                "",
                _("You can also see the answer with your follow-up code at %(url)s") % {"url": page_url + "follow/"},
            ]
        )
    send_mail(subject, body, None, [question.email])
    Question.objects.filter(pk=question.pk).update(notified_at=timezone.now(), email="")
    question.notified_at, question.email = timezone.now(), ""
    return True
