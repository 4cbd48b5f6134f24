"""Find untranslated English interface strings in rendered admin HTML.

Why: catalogue coverage proves each msgid has Thai, but not that the screens
actually show it (a missing LOCALE_PATHS entry, a lazy string evaluated at
import time, or a template that bypasses gettext would still show English).
The detector reads the visible text of a page (text nodes plus the labels
screen readers and tooltips show: aria-label, title, placeholder, alt) and
reports every piece that is, word for word, an English msgid of the installed
Wagtail / wagtail-localize catalogues. Content, user names and brand names are
not msgids, so they do not trip it; msgids whose Thai is the same as the
English (URL, ID, XLSX, …) are ignored.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts" / "i18n"))

from catalogues import load_messages  # noqa: E402

VISIBLE_ATTRIBUTES = ("aria-label", "title", "placeholder", "alt", "aria-description")
SKIP_CONTENT = {"script", "style", "noscript"}
# A text piece must look like words to be an interface string.
WORDY = re.compile(r"[A-Za-z]{2,}")


def normalise(text: str) -> str:
    return " ".join(text.split())


@cache
def english_msgids() -> frozenset[str]:
    """Normalised English msgids (singular and plural) that Thai replaces."""
    from django.utils import translation

    found = set()
    for (_domain, ctxt, msgid, plural), _msg in load_messages().items():
        for text in filter(None, (msgid, plural)):
            if "%" in text or "{" in text or "<" in text:
                continue  # formatted at run time: never rendered verbatim
            norm = normalise(text)
            if not WORDY.search(norm):
                continue
            with translation.override("th"):
                if ctxt:
                    thai = translation.pgettext(ctxt, text)
                elif plural:
                    thai = translation.ngettext(msgid, plural, 2)
                else:
                    thai = translation.gettext(text)
            if normalise(thai) == norm:
                continue  # same in both languages (URL, ID, Wagtail API v2, …)
            found.add(norm)
            # Field verbose names ("site name") are shown capitalised ("Site name").
            found.add(norm[0].upper() + norm[1:])
    # Python reprs leaking into the interface (a boolean rendered as text).
    found.update({"True", "False"})
    return frozenset(found)


class _VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self._skip = 0
        # Elements with the `hidden` attribute (e.g. an empty side-panel counter
        # rendering Python's None) are not shown; skip them until they close.
        self._hidden_tag: str | None = None
        self._hidden_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_CONTENT:
            self._skip += 1
        if self._hidden_tag is None and any(name == "hidden" for name, _ in attrs):
            self._hidden_tag, self._hidden_depth = tag, 0
        if tag == self._hidden_tag:
            self._hidden_depth += 1
            return
        if self._hidden_tag is not None:
            return
        for name, value in attrs:
            if name in VISIBLE_ATTRIBUTES and value:
                self.pieces.append(value)

    def handle_startendtag(self, tag, attrs):
        if self._hidden_tag is not None:
            return
        for name, value in attrs:
            if name in VISIBLE_ATTRIBUTES and value:
                self.pieces.append(value)

    def handle_endtag(self, tag):
        if tag in SKIP_CONTENT and self._skip:
            self._skip -= 1
        if tag == self._hidden_tag:
            self._hidden_depth -= 1
            if self._hidden_depth <= 0:
                self._hidden_tag = None

    def handle_data(self, data):
        if not self._skip and self._hidden_tag is None:
            self.pieces.append(data)


def visible_text(html: str) -> list[str]:
    parser = _VisibleText()
    parser.feed(html)
    return [p for p in (normalise(p) for p in parser.pieces) if p]


@cache
def _phrase_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    """Multi-word msgids, matched inside longer text ("เมื่อ 0 minutes ที่แล้ว")."""
    return tuple(
        (msgid, re.compile(r"(?<![A-Za-z])" + re.escape(msgid) + r"(?![A-Za-z])"))
        for msgid in sorted(english_msgids())
        if " " in msgid
    )


def untranslated(html: str, allow: frozenset[str] = frozenset()) -> list[str]:
    """English msgids shown on the page (sorted, without repeats).

    A text piece that is exactly a msgid (ignoring a trailing ':' or '.') is
    reported, and so is a multi-word msgid embedded in a longer piece, which
    catches English glued into Thai sentences.
    """
    english = english_msgids()
    hits = set()
    for piece in visible_text(html):
        candidates = {piece, piece.rstrip(":").strip(), piece.rstrip(".").strip()}
        hits.update(c for c in candidates if c in english)
        if WORDY.search(piece):
            hits.update(msgid for msgid, pattern in _phrase_patterns() if pattern.search(piece))
    return sorted(hits - allow)
