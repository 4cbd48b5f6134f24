"""Citizen-facing request handling of the Q&A page (list, search, ask, follow).

Why: the page lists only published answers; asking goes through the same
protections as the complaint forms (CSRF, honeypot, rate limit, length limits).
"""

from django.utils.translation import gettext as _

from ita_pages.channels import follow, protection, receipts
from ita_pages.channels.confidential import no_store
from ita_pages.channels.follow import render as _render
from ita_pages.channels.text import normalise_query

from .forms import QuestionForm
from .models import Question
from .services import ask_question

TOO_MANY = 429


def format_duration(duration) -> str:
    """A waiting time as people say it: days and hours (minutes when under an hour)."""
    if duration is None:
        return ""
    total_minutes = int(duration.total_seconds() // 60)
    days, rest = divmod(total_minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return _("%(days)s days %(hours)s hours") % {"days": days, "hours": hours}
    if hours:
        return _("%(hours)s hours") % {"hours": hours}
    return _("%(minutes)s minutes") % {"minutes": max(minutes, 1)}


def _list_context(page, request):
    query = normalise_query(request.GET.get("q") or "").strip()[:100]
    return {
        "query": query,
        "questions": page.paginate(request, query),
        "median_answer_time": format_duration(page.median_answer_time()),
    }


def qa_index(page, request):
    template = "qa/qa_page.html"
    if request.method != "POST":
        return _render(page, request, template, form=QuestionForm(), **_list_context(page, request))
    form = QuestionForm(request.POST)
    if not protection.allow(request, "qa-ask"):
        form.is_valid()
        form.add_error(None, follow.too_many_message())
        return _render(page, request, template, status=TOO_MANY, form=form, **_list_context(page, request))
    if not form.is_valid():
        return _render(page, request, template, status=400, form=form, **_list_context(page, request))
    if form.is_bot():
        code = receipts.new_code()
    else:
        _question, code = ask_question(page=page, data=form.cleaned_data)
    return no_store(_render(page, request, "qa/question_received.html", receipt_code=receipts.display(code)))


def qa_follow(page, request):
    return follow.follow(
        page,
        request,
        template="qa/qa_follow.html",
        scope="qa-follow",
        find=lambda code: Question.find_by_receipt(code, queryset=page.questions.all()),
        context=lambda question, _code: {"question": question},
    )
