"""Cleaning what citizens type: one Unicode form, and no hidden characters.

Why: a name or a complaint is read later by an officer, searched, exported and
printed. Text that looks the same must be stored the same (NFC), and characters
that change how text is displayed without being seen (bidirectional overrides,
zero-width characters, control characters) or that pile marks on one letter until
the line is unreadable are refused, naming the field, so the citizen can retype it.
Thai legitimately stacks a vowel and a tone mark (and rarely a third mark) on one
consonant, so up to ``MAX_MARKS_PER_LETTER`` marks pass. Every public form cleans
its text here (``CitizenForm``), and so does the JSON API, which reuses the forms;
search queries are only normalised.
"""

from __future__ import annotations

import unicodedata

from django.utils.translation import gettext_lazy as _

MAX_MARKS_PER_LETTER = 3

# Characters that reorder or hide text: never accepted.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")
# Direction marks: harmless inside a long text, but a name has no use for them.
DIRECTION_MARKS = frozenset("\u200e\u200f")
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")
# Word processors put a zero-width space between Thai words as a line-break hint and
# a byte-order mark at the start of pasted text; in a long text they are just dropped.
DROPPED_IN_LONG_TEXT = {ord("\u200b"): None, ord("\ufeff"): None}
# Long texts keep their lines and tabs; browsers send lines as CR LF.
LONG_TEXT_CONTROLS = frozenset("\n\r\t")
# What decoding leaves for bytes that were not UTF-8, and halves of UTF-16 pairs.
UNREADABLE = "\ufffd"


class UnsafeText(ValueError):
    """The text cannot be accepted; ``message`` is for the citizen, naming the field."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def hidden_characters_message(label) -> str:
    return _("“%(field)s” contains hidden or control characters. Please type it again.") % {"field": label}


def unreadable_message(label) -> str:
    return _("“%(field)s” contains characters that could not be read. Please type it again.") % {"field": label}


def stacked_marks_message(label) -> str:
    return _("“%(field)s” has too many marks stacked on one letter. Please check the spelling.") % {"field": label}


def normalise(value: str) -> str:
    """NFC, the form in which the same Thai text is always the same characters."""
    return unicodedata.normalize("NFC", value)


def _is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("M")


def _most_stacked_marks(value: str) -> int:
    most = run = 0
    for char in value:
        run = run + 1 if _is_mark(char) else 0
        most = max(most, run)
    return most


def clean_text(value: str, label, *, multiline: bool = False) -> str:
    """`value` in NFC without droppable characters; raises UnsafeText naming `label`."""
    value = normalise(value)
    if multiline:
        value = value.translate(DROPPED_IN_LONG_TEXT)
    for char in value:
        if char == UNREADABLE or unicodedata.category(char) == "Cs":
            raise UnsafeText(unreadable_message(label))
    for char in value:
        category = unicodedata.category(char)
        if category == "Cc" and not (multiline and char in LONG_TEXT_CONTROLS):
            raise UnsafeText(hidden_characters_message(label))
        if char in BIDI_CONTROLS or char in ZERO_WIDTH:
            if multiline and char in ("\u200c", "\u200d"):
                continue  # joiners build emoji and some scripts' letters inside sentences
            raise UnsafeText(hidden_characters_message(label))
        if char in DIRECTION_MARKS and not multiline:
            raise UnsafeText(hidden_characters_message(label))
    if _most_stacked_marks(value) > MAX_MARKS_PER_LETTER:
        raise UnsafeText(stacked_marks_message(label))
    return value


def normalise_query(value: str) -> str:
    """A search query in NFC without control, bidirectional or zero-width characters.

    Queries are not refused: a stray hidden character should not make a search fail.
    """
    value = normalise(value)
    return "".join(
        char
        for char in value
        if unicodedata.category(char) not in ("Cc", "Cs")
        and char not in BIDI_CONTROLS
        and char not in ZERO_WIDTH
        and char not in DIRECTION_MARKS
        and char != UNREADABLE
    )
