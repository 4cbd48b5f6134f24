"""Editors-only readiness status on public pages (the ITA index shows it per row).

Why a tag: the ITA index template adds one line per row,
`{% ita_status_badge item.code %}`, and citizens never see anything: the tag
renders only for a logged-in user who may use the Wagtail admin, in that editor's
admin language (the page around it may be in another). Pages shown to editors must
not be served from a shared page cache to the public.
"""

from __future__ import annotations

from django import template
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site
from wagtail.users.models import UserProfile

from ..cache import get_report

register = template.Library()


def _is_editor(request) -> bool:
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"))


@register.simple_tag(takes_context=True)
def ita_item_status(context, code: str):
    """The `ItemResult` of `code` for the current site, or None for the public."""
    request = context.get("request")
    if request is None or not _is_editor(request):
        return None
    site = Site.find_for_request(request)
    if site is None:
        return None
    # The ITA index shows its own year's items; any other page, the site's assessment year.
    year = getattr(context.get("page"), "assessment_year", None)
    try:
        report = get_report(site, year)
    except KeyError:
        return None
    return report.item(code)


@register.inclusion_tag("readiness/status_badge.html", takes_context=True)
def ita_status_badge(context, code: str):
    result = ita_item_status(context, code)
    if result is None:
        return {"result": None}
    language = UserProfile.get_for_user(context["request"].user).get_preferred_language()
    with translation.override(language):
        return {
            "result": result,
            "label": result.status_label,
            "messages": result.messages(language),
            "report_url": reverse("readiness_report"),
        }
