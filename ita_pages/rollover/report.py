"""The rollover's outcome as lines an editor or a host reads (command and admin alike)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from ita_pages.catalogue import registry

from .carry import CARRIED, ELSEWHERE, EXISTS, MERGED, NEW, UNAVAILABLE, RolloverResult


def item_line(outcome, catalogue, language) -> str:
    item = catalogue.item(outcome.code)
    title = item.text("title", language)
    messages = {
        CARRIED: _("draft carried forward from %(sources)s"),
        MERGED: _("draft merged from %(sources)s"),
        NEW: _("new item: empty draft with the catalogue's guidance"),
        EXISTS: _("already has a page: left as it is"),
        ELSEWHERE: _("served by %(page_type)s where it is on the site: nothing to copy"),
        UNAVAILABLE: _("its page type %(page_type)s is not installed"),
    }
    text = messages[outcome.action] % {"sources": ", ".join(outcome.sources), "page_type": item.page_type}
    return f"{item.code} {title}: {text}"


def lines(result: RolloverResult, language: str) -> list[str]:
    """Summary, one line per item with its note beneath, then the dropped items."""
    catalogue = registry.get_catalogue(result.year)
    out = [
        (
            _("Created the %(year)s ITA index (a draft) at %(path)s.")
            if result.created_index
            else _("The %(year)s ITA index already exists at %(path)s.")
        )
        % {"year": result.year, "path": result.index.url_path},
        _("%(carried)s drafts carried forward from %(from_year)s, %(new)s new, %(exists)s already there.")
        % {
            "carried": result.count(CARRIED, MERGED),
            "new": result.count(NEW),
            "exists": result.count(EXISTS),
            "from_year": result.from_year,
        },
    ]
    for outcome in result.items:
        out.append(item_line(outcome, catalogue, language))
        if outcome.note is not None:
            out.extend(f"    - {line}" for line in outcome.note.lines())
    if result.dropped:
        previous = registry.get_catalogue(result.from_year)
        codes = ", ".join(f"{it.code} {it.text('title', language)}" for it in result.dropped)
        out.append(
            _("No longer items in %(year)s (their %(from_year)s pages stay public as the archive): %(codes)s")
            % {"year": result.year, "from_year": previous.year, "codes": codes}
        )
    out.append(
        _(
            "Next: update each draft's period and dates, publish it, publish the index, then set the site's "
            "assessment year to %(year)s in ITA settings."
        )
        % {"year": result.year}
    )
    return out
