"""Text extraction from uploaded documents (PDF and plain text) for the search index.

Why this exists: most ITA evidence is published as PDF, and citizens search for
words inside it. Extraction runs once when a document is uploaded or replaced
(see ``search.signals``), never at query time. Broken, encrypted or image-only
PDFs give an empty string: the document stays findable by its title.
"""

from __future__ import annotations

import logging
import re

from pypdf import PdfReader

logger = logging.getLogger(__name__)

# Bounds keep one huge upload from stalling the request that saved it.
MAX_PAGES = 300
MAX_CHARS = 300_000
_SPACES = re.compile(r"[ \t\u00a0\u200b]+")
# A space never precedes a Thai vowel or tone mark; extractors insert one when a
# PDF positions each glyph separately.
_SPACE_BEFORE_MARK = re.compile(r" (?=[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E])")
# PDFs made with Windows Thai fonts (Tahoma, Angsana, TH Sarabun PSK...) often map
# repositioned marks to these Private Use code points instead of the Thai letters.
THAI_PUA = str.maketrans(
    {
        0xF700: "\u0e10", 0xF701: "\u0e34", 0xF702: "\u0e35", 0xF703: "\u0e36", 0xF704: "\u0e37",
        0xF705: "\u0e48", 0xF706: "\u0e49", 0xF707: "\u0e4a", 0xF708: "\u0e4b", 0xF709: "\u0e4c",
        0xF70A: "\u0e48", 0xF70B: "\u0e49", 0xF70C: "\u0e4a", 0xF70D: "\u0e4b", 0xF70E: "\u0e4c",
        0xF70F: "\u0e0d", 0xF710: "\u0e31", 0xF711: "\u0e4d", 0xF712: "\u0e47", 0xF713: "\u0e48",
        0xF714: "\u0e49", 0xF715: "\u0e4a", 0xF716: "\u0e4b", 0xF717: "\u0e4c", 0xF718: "\u0e38",
        0xF719: "\u0e39", 0xF71A: "\u0e3a",
    }
)  # fmt: skip
_BLANK_LINES = re.compile(r"\n\s*\n+")


def clean_text(text: str) -> str:
    """Undo extraction artefacts: Thai Private Use glyphs, stray spaces, NULs, blank runs."""
    text = text.replace("\x00", "").replace("\ufeff", "").translate(THAI_PUA)
    text = _SPACES.sub(" ", text)
    text = _SPACE_BEFORE_MARK.sub("", text)
    return _BLANK_LINES.sub("\n", text).strip()


def extract_pdf_text(fileobj) -> str:
    """Text of a PDF file object (first ``MAX_PAGES`` pages), or "" if unreadable."""
    try:
        reader = PdfReader(fileobj)
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:  # any decryption failure means "no text"
                return ""
        parts: list[str] = []
        size = 0
        for page in reader.pages[:MAX_PAGES]:
            text = page.extract_text() or ""
            parts.append(text)
            size += len(text)
            if size >= MAX_CHARS:
                break
        return clean_text("\n".join(parts))[:MAX_CHARS]
    except Exception:  # a malformed upload must not break saving it
        logger.warning("Could not extract text from PDF", exc_info=True)
        return ""


def extract_text(fileobj, filename: str) -> str:
    """Dispatch on the file name's extension; unknown kinds have no text."""
    name = (filename or "").lower()
    if name.endswith(".pdf"):
        return extract_pdf_text(fileobj)
    if name.endswith((".txt", ".csv")):
        raw = fileobj.read(MAX_CHARS * 4)
        for encoding in ("utf-8", "cp874"):
            try:
                return clean_text(raw.decode(encoding))[:MAX_CHARS]
            except UnicodeDecodeError:
                continue
    return ""
