"""What the rollover left for an editor to check on a draft it carried forward.

Why a model of its own: a draft copied from last year's page looks complete, yet its
period and the dates inside its parts belong to the old year. The note records what
to update (structured, so it is shown in the editor's language) and stays with the
page until the editor publishes a version that fits the new year.
"""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.utils.translation import get_language, get_language_info, gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


class CarriedForwardNote(models.Model):
    """One draft's rollover note: from which items it came and what the editor must update."""

    page = models.OneToOneField(Page, on_delete=models.CASCADE, related_name="ita_rollover_note")
    year = models.PositiveSmallIntegerField(_("assessment year (B.E.)"))
    from_year = models.PositiveSmallIntegerField(_("carried from year (B.E.)"), null=True, blank=True)
    sources = models.CharField(_("carried from items"), max_length=100, blank=True)
    # [{"kind": "period"|"date"|"merged"|"new-part"|"new-item"|"guidance"|"language", ...}]
    entries = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("rollover note")

    def __str__(self):
        return f"{self.page_id}: {self.year}"

    def lines(self) -> list[str]:
        """The note as sentences in the active language, most important first."""
        return [describe(entry) for entry in self.entries]


def _pick(entry: dict, name: str) -> str:
    """A text stored in both languages, in the active one (Thai when English is empty)."""
    lang = (get_language() or "th").split("-")[0]
    return entry.get(f"{name}_{lang}") or entry.get(f"{name}_th", "")


def describe(entry: dict) -> str:
    kind = entry.get("kind")
    entry = {**entry, "label": _pick(entry, "label"), "looks_for": _pick(entry, "looks_for")}
    entry["description"] = _pick(entry, "description")
    if kind == "carried":
        return (
            gettext("Carried forward as a draft from %(sources)s of %(from_year)s: check every part against %(year)s.")
            % entry
        )
    if kind == "merged":
        return (
            gettext("%(code)s was merged into this item: its %(count)s evidence document(s) were added here.") % entry
        )
    if kind == "period":
        return gettext("The period was cleared: give the period this item covers in %(year)s.") % entry
    if kind == "date":
        from ita_pages.items.templatetags.thai_dates import thai_date

        entry["date"] = thai_date(dt.date.fromisoformat(entry["date"]))
        return gettext("Update this date for %(year)s: %(where)s (%(date)s).") % entry
    if kind == "new-part":
        return gettext("New part in %(year)s: %(label)s. A catalogue-part block was added for it; fill it in.") % entry
    if kind == "new-item":
        return gettext("New item in %(year)s, nothing to carry forward: %(description)s") % entry
    if kind == "guidance":
        return gettext("The assessor looks for: %(label)s — %(looks_for)s") % entry
    if kind == "language":
        entry["language"] = get_language_info(entry["language"])["name_translated"]
        if entry.get("carried"):
            return (
                gettext(
                    "The %(language)s text of last year's page was carried where it still matches; "
                    "translate the rest in the translation editor."
                )
                % entry
            )
        return (
            gettext("Last year's page had no %(language)s version: translate this draft in the translation editor.")
            % entry
        )
    if kind == "other-type":
        return (
            gettext(
                "%(code)s of %(from_year)s was a different kind of page: only its evidence documents were carried."
            )
            % entry
        )
    return str(entry)
