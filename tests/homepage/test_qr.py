"""QR code and poster generation (pure: no database)."""

import io

from defusedxml import ElementTree
from PIL import Image

from home import qr

URL = "https://example.go.th/th/ร้องเรียนการทุจริต/"


def test_svg_is_a_standalone_svg_document():
    root = ElementTree.fromstring(qr.qr_svg(URL))
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.find("{http://www.w3.org/2000/svg}path") is not None


def test_png_modules_match_the_encoded_matrix():
    image = qr.qr_image(URL, box_size=4).convert("L")
    matrix = qr._qr(URL).get_matrix()  # includes the quiet zone
    assert image.size == (len(matrix) * 4, len(matrix) * 4)
    for row, cells in enumerate(matrix):
        for col, dark in enumerate(cells):
            assert (image.getpixel((col * 4 + 2, row * 4 + 2)) < 128) == dark


def test_different_urls_give_different_codes():
    assert qr.qr_svg(URL) != qr.qr_svg("https://itas.nacc.go.th/go/eit/abc")


def _dark_rows(png: bytes) -> set[int]:
    image = Image.open(io.BytesIO(png)).convert("L")
    assert image.size == qr.POSTER_SIZE
    width, height = image.size
    pixels = image.load()
    return {y for y in range(0, height, 4) if any(pixels[x, y] < 128 for x in range(0, width, 4))}


def test_poster_draws_agency_name_and_thai_caption():
    with_text = _dark_rows(qr.poster_png(URL, "เทศบาลตำบลตัวอย่าง", "สแกนเพื่อแจ้งเรื่องร้องเรียนการทุจริต"))
    without = _dark_rows(qr.poster_png(URL, "", ""))
    extra = with_text - without
    assert any(y < qr.MARGIN + 200 for y in extra)  # the name above the code
    assert any(y > qr.POSTER_SIZE[1] // 2 for y in extra)  # the caption below it


def test_long_thai_caption_wraps_inside_the_margins():
    font = qr._font("SemiBold", 96)
    caption = "สแกนเพื่อแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ " * 2
    lines = qr.wrap(caption, font, 1000)
    assert len(lines) > 2
    assert all(font.getlength(line) <= 1000 for line in lines)
    assert "".join(lines).replace(" ", "") == caption.replace(" ", "")
