"""QR codes for the corruption-complaint and EIT-survey widgets (O28 and O43 in 2566).

Assessors and citizens scan these from the homepage or from a printed poster at
the agency's counter, so editors get an SVG (for any size) and an A4 PNG poster
with the agency name and a Thai caption rendered in Sarabun. Pure functions:
no Django, so they are cheap to test and to call from a view.
"""

from __future__ import annotations

import io
from functools import lru_cache

import qrcode
import qrcode.image.svg
from PIL import Image, ImageDraw, ImageFont, features

from ita_pages.core.fonts import sarabun

# A4 at 300 dpi: print shops and office printers take it without scaling.
POSTER_SIZE = (2480, 3508)
MARGIN = 200


def _qr(data: str) -> qrcode.QRCode:
    # Level M survives a smudged print yet keeps long URLs scannable.
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(data)
    code.make(fit=True)
    return code


def qr_svg(data: str) -> bytes:
    """A standalone SVG of the QR code (one path, scales to any size)."""
    image = _qr(data).make_image(image_factory=qrcode.image.svg.SvgPathImage)
    return image.to_string(encoding="unicode").encode("utf-8")


def qr_image(data: str, box_size: int = 10) -> Image.Image:
    """The QR code as a black-on-white Pillow image."""
    code = _qr(data)
    code.box_size = box_size
    return code.make_image().get_image().convert("RGB")


@lru_cache(maxsize=8)
def _font(weight: str, size: int) -> ImageFont.FreeTypeFont:
    # Thai needs mark positioning (tone marks above vowels): raqm does it right.
    layout = ImageFont.Layout.RAQM if features.check("raqm") else ImageFont.Layout.BASIC
    return ImageFont.truetype(str(sarabun(weight)), size, layout_engine=layout)


def _words(text: str) -> list[str]:
    """Split into wrap points: Thai is written without spaces between words."""
    from pythainlp.tokenize import word_tokenize

    return word_tokenize(text, engine="newmm", keep_whitespace=True)


def wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Greedy word wrap measured in pixels."""
    lines, current = [], ""
    for word in _words(text):
        candidate = current + word
        if current and font.getlength(candidate.strip()) > width:
            lines.append(current.strip())
            current = word.lstrip()
        else:
            current = candidate
    if current.strip():
        lines.append(current.strip())
    return lines


def poster_png(data: str, agency_name: str, caption: str, footer: str = "") -> bytes:
    """An A4 poster: agency name, a big QR code, the Thai caption and the URL."""
    poster = Image.new("RGB", POSTER_SIZE, "white")
    draw = ImageDraw.Draw(poster)
    width = POSTER_SIZE[0] - 2 * MARGIN
    y = MARGIN
    y = _draw_lines(draw, wrap(agency_name, _font("Bold", 110), width), _font("Bold", 110), y)
    y += 80
    modules = _qr(data).modules_count + 8  # the 4-module quiet zone on each side
    # Whole pixels per module: scaled QR codes with uneven modules scan badly.
    code = qr_image(data, box_size=max(1, min(width, POSTER_SIZE[1] - y - 900) // modules))
    poster.paste(code, ((POSTER_SIZE[0] - code.width) // 2, y))
    y += code.height + 80
    y = _draw_lines(draw, wrap(caption, _font("SemiBold", 96), width), _font("SemiBold", 96), y)
    if footer:
        y += 40
        _draw_lines(draw, wrap(footer, _font("Regular", 56), width), _font("Regular", 56), y)
    return _png(poster)


def _draw_lines(draw: ImageDraw.ImageDraw, lines, font, y: int) -> int:
    line_height = int(font.size * 1.6)  # room for Thai marks above and below
    for line in lines:
        x = (POSTER_SIZE[0] - font.getlength(line)) / 2
        draw.text((x, y), line, font=font, fill="black")
        y += line_height
    return y


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
