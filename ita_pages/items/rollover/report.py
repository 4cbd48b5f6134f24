"""The rollover's outcome as an editor or a host reads it (admin page and command alike).

Why rows and not tree paths: editors know their pages by title and by the item
code the assessor uses, and each year renumbers the codes; each row says which of
last year's items an item continues (old codes -> new code), the page's title, what
the rollover did and where to edit the draft in every language.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from ita_pages.core.catalogue import registry

from .carry import CARRIED, ELSEWHERE, EXISTS, MERGED, NEW, UNAVAILABLE, RolloverResult


@dataclass
class Link:
    """A page of the new year: its title, language and admin edit address."""

    title: str
    url: str
    language: str = ""


@dataclass
class Row:
    """One item of the new year."""

    codes: str
    text: str
    page: Link | None
    title: str
    notes: list[str] = field(default_factory=list)
    translations: list[Link] = field(default_factory=list)


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def _language(code: str) -> str:
    return get_language_info(code)["name_translated"]


def _links(pages: dict) -> list[Link]:
    return [Link(page.title, edit_url(page), _language(code)) for code, page in pages.items()]


def codes(item, sources) -> str:
    """``O34 + O35 → O23``: last year's items this one continues, then its own code."""
    old = " + ".join(sources or item.successor_of)
    return f"{old} → {item.code}" if old else f"→ {item.code}"


def rows(result: RolloverResult, language: str) -> list[Row]:
    catalogue = registry.get_catalogue(result.year)
    messages = {
        CARRIED: _("draft carried forward from %(sources)s"),
        MERGED: _("draft merged from %(sources)s"),
        NEW: _("new item: empty draft with the catalogue's guidance"),
        EXISTS: _("already has a page: left as it is"),
        ELSEWHERE: _("served by %(page_type)s where it is on the site: nothing to copy"),
        UNAVAILABLE: _("its page type %(page_type)s is not installed"),
    }
    out = []
    for outcome in result.items:
        item = catalogue.item(outcome.code)
        text = messages[outcome.action] % {"sources": ", ".join(outcome.sources), "page_type": item.page_type}
        page = outcome.page
        out.append(
            Row(
                codes=codes(item, outcome.sources),
                text=text,
                page=Link(page.title, edit_url(page)) if page is not None else None,
                title=page.title if page is not None else item.text("title", language),
                notes=outcome.note.lines() if outcome.note is not None else [],
                translations=_links(outcome.translations),
            )
        )
    return out


def heading(result: RolloverResult) -> list[str]:
    """What was created, in a sentence or two."""
    index = result.index
    out = [
        (
            _("Created the %(year)s ITA index (a draft): %(title)s.")
            if result.created_index
            else _("The %(year)s ITA index already exists: %(title)s.")
        )
        % {"year": result.year, "title": index.title},
        _("%(carried)s drafts carried forward from %(from_year)s, %(new)s new, %(exists)s already there.")
        % {
            "carried": result.count(CARRIED, MERGED),
            "new": result.count(NEW),
            "exists": result.count(EXISTS),
            "from_year": result.from_year,
        },
    ]
    for code, page in result.index_translations.items():
        out.append(
            _("%(language)s: the index and its drafts are translations of the Thai drafts (%(title)s).")
            % {"language": _language(code), "title": page.title}
        )
    return out


def closing(result: RolloverResult, language: str) -> list[str]:
    """The items dropped and what the editor does next."""
    out = []
    if result.dropped:
        names = ", ".join(f"{it.code} {it.text('title', language)}" for it in result.dropped)
        out.append(
            _("No longer items in %(year)s (their %(from_year)s pages stay public as the archive): %(codes)s")
            % {"year": result.year, "from_year": result.from_year, "codes": names}
        )
    out.append(
        _(
            "Next: update each draft's period and dates, publish it, publish the index (and their translations), "
            "then set the site's assessment year to %(year)s in ITA settings."
        )
        % {"year": result.year}
    )
    return out


def lines(result: RolloverResult, language: str, base_url: str | None = None) -> list[str]:
    """The whole report as text: one line per item with its edit links, its note beneath."""
    base = (settings.WAGTAILADMIN_BASE_URL if base_url is None else base_url).rstrip("/")
    out = [*heading(result), f"{_('Edit the index')}: {result.index.title} — {base}{edit_url(result.index)}"]
    for row in rows(result, language):
        line = f"{row.codes} {row.title}: {row.text}"
        if row.page is not None:
            line += f" — {base}{row.page.url}"
        out.append(line)
        out.extend(f"    {link.language}: {link.title} — {base}{link.url}" for link in row.translations)
        out.extend(f"    - {note}" for note in row.notes)
    out.extend(closing(result, language))
    return out
