"""Sample images and PDFs for the demo, generated in code (no binary files in the repo).

Why generated: demo evidence (portraits, an organisation chart, signed announcements)
must exist as real Wagtail images and documents for the pages to validate, but a
public repository should not ship fake photos or scans; Pillow draws labelled
placeholders with the Sarabun Thai font and saves PDFs directly.
"""

from __future__ import annotations

import hashlib
import io

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont

from ita_pages.core.fonts import sarabun


def _font(size: int):
    try:
        return ImageFont.truetype(str(sarabun("Regular")), size)
    except OSError:  # pragma: no cover - the font ships in static/fonts/sarabun
        return ImageFont.load_default()


def _colour(seed: str) -> tuple[int, int, int]:
    digest = hashlib.sha256(seed.encode("utf-8")).digest()
    return 90 + digest[0] % 120, 90 + digest[1] % 120, 90 + digest[2] % 120


def _draw_lines(size, lines, background=(255, 255, 255), font_size=28):
    image = Image.new("RGB", size, background)
    draw = ImageDraw.Draw(image)
    font = _font(font_size)
    y = 60
    for line in lines:
        draw.text((60, y), line, fill=(20, 20, 20), font=font)
        y += int(font_size * 1.7)
    return image


def portrait_bytes(name: str) -> bytes:
    """A 300×400 placeholder portrait with the person's name."""
    image = Image.new("RGB", (300, 400), _colour(name))
    draw = ImageDraw.Draw(image)
    draw.ellipse((90, 60, 210, 180), fill=(245, 235, 220))
    draw.rectangle((60, 200, 240, 400), fill=(40, 60, 110))
    draw.text((20, 360), name[:22], fill=(255, 255, 255), font=_font(22))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def chart_bytes(title: str, units: list[str]) -> bytes:
    """A simple organisation chart: one box on top, units below."""
    image = Image.new("RGB", (1200, 600), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    font = _font(24)
    draw.rectangle((450, 40, 750, 120), outline=(30, 60, 120), width=3)
    draw.text((470, 60), title[:24], fill=(30, 60, 120), font=font)
    width = 1100 // max(len(units), 1)
    for i, unit in enumerate(units):
        x = 50 + i * width
        draw.line((600, 120, x + width // 2 - 10, 300), fill=(30, 60, 120), width=2)
        draw.rectangle((x, 300, x + width - 20, 380), outline=(30, 60, 120), width=3)
        draw.text((x + 10, 320), unit[:14], fill=(30, 60, 120), font=_font(20))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A one-page A4 PDF (at 100 dpi) with a Thai title and text."""
    page = _draw_lines((827, 1169), [title, "", *lines, "", "(เอกสารสมมติเพื่อการสาธิต)"])
    buffer = io.BytesIO()
    page.save(buffer, "PDF", resolution=100.0)
    return buffer.getvalue()


def get_image(title: str, data: bytes, filename: str):
    from wagtail.images import get_image_model

    Image_ = get_image_model()
    existing = Image_.objects.filter(title=title).first()
    if existing:
        return existing
    width, height = Image.open(io.BytesIO(data)).size
    image = Image_(title=title)
    image.file.save(filename, ContentFile(data), save=False)
    image.width, image.height = width, height
    image.save()
    return image


def get_document(title: str, lines: list[str], filename: str):
    from wagtail.documents import get_document_model

    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    document = Document(title=title)
    document.file.save(filename, ContentFile(pdf_bytes(title, lines)), save=False)
    document.save()
    return document
