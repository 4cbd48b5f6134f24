"""The follow-up flow every channel shares: ask for the code, limit attempts, show the case.

Why one implementation: a citizen following a question, a general complaint or a
corruption case must meet the same form, the same rate limit and the same answer
for a wrong, malformed or unknown code, so nothing about other cases leaks from
one channel that another keeps hidden.
"""

from __future__ import annotations

from collections.abc import Callable

from django.utils.translation import gettext as _

from config.errors import too_many_requests

from . import protection
from .confidential import no_store
from .forms import ReceiptForm

FOLLOW_LIMIT = 20


def too_many_message() -> str:
    return _("Too many attempts from your connection. Please wait a few minutes and try again.")


def not_found_message() -> str:
    # The same words for a malformed, wrong or unknown code: nothing to learn from it.
    return _("No case matches this code. Check the code and try again.")


def render(page, request, template, status=200, **context):
    """The page rendered with `template` and extra context, with the given status."""
    response = page.render(request, template=template, context_overrides=context)
    response.status_code = status
    return response


def too_many_lookups(page, request, back="follow/"):
    """The site's 429 page for a lookup, showing back any message the citizen typed for copying."""
    unsent = request.POST.get("body", "")
    return no_store(too_many_requests(request, back_url=page.get_url(request) + back, unsent_text=unsent))


def follow(
    page,
    request,
    *,
    template: str,
    scope: str,
    find: Callable[[str], object | None],
    context: Callable[[object, str], dict],
):
    """GET shows the code form; POST looks the code up (rate-limited) and shows what `context` gives.

    `find(code)` returns the case or None; `context(case, code)` the template context
    for a found case. Never cached: the page shows a private case.
    """
    if request.method != "POST":
        return no_store(render(page, request, template, form=ReceiptForm()))
    if not protection.allow(request, scope, limit=FOLLOW_LIMIT):
        return too_many_lookups(page, request)
    code = request.POST.get("code", "")
    found = find(code)
    if found is None:
        return no_store(render(page, request, template, form=ReceiptForm(), error=not_found_message()))
    return no_store(render(page, request, template, found=True, **context(found, code)))
