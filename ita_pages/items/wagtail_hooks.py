"""Admin wiring of the ITA section: the "start a new ITA year" action and rollover notes.

Why hooks: the action belongs on the ITA section's own page in the explorer, where
editors manage the years, and a draft the rollover carried forward must say, when
opened, what the editor still has to update for the new year.
"""

from __future__ import annotations

from django.contrib import messages
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from ita_pages.items.models import CarriedForwardNote, ITAIndexPage, ITASectionPage
from ita_pages.items.rollover.views import NewYearView, can_start_year, section_of


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("ita/<int:section_id>/new-year/", NewYearView.as_view(), name="ita_new_year")]


@hooks.register("register_page_header_buttons")
def new_year_button(page, user, view_name, next_url=None):
    if not isinstance(page.specific_deferred, (ITASectionPage, ITAIndexPage)):
        return
    section = section_of(page)
    if section is not None and can_start_year(user, section):
        yield Button(
            _("Start a new ITA year"),
            reverse("ita_new_year", args=[section.pk]),
            icon_name="calendar",
            priority=90,
        )


@hooks.register("before_edit_page")
def show_rollover_note(request, page):
    """While a carried-forward draft is not yet published again, say what to update."""
    if request.method != "GET":
        return None
    note = CarriedForwardNote.objects.filter(page=page).first()
    if note is None:
        return None
    if page.live and page.last_published_at and page.last_published_at >= note.created_at:
        return None
    items = format_html_join("", "<li>{}</li>", ((line,) for line in note.lines()))
    messages.warning(
        request,
        format_html(
            "{}<ul>{}</ul>", _("This draft was carried forward from last year: update it before publishing."), items
        ),
    )
    return None
