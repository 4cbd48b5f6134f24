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
_BLANK_LINES = re.compile(r"\n\s*\n+")


def clean_text(text: str) -> str:
    """Collapse whitespace runs and drop NUL/zero-width characters left by extractors."""
    text = text.replace("\x00", "").replace("\ufeff", "")
    text = _SPACES.sub(" ", text)
    return _BLANK_LINES.sub("\n", text).strip()


def extract_pdf_text(fileobj) -> str:
    """Text of a PDF file object (first ``MAX_PAGES`` pages), or "" if unreadable."""
    try:
        reader = PdfReader(fileobj)
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:  # noqa: BLE001 - any decryption failure means "no text"
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
    except Exception:  # noqa: BLE001 - a malformed upload must not break saving it
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
