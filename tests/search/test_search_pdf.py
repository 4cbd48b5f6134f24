"""PDF text extraction, on a real text PDF with embedded Thai font made in the test."""

import io

from pypdf import PdfReader

from search import thai
from search.extract import extract_pdf_text, extract_text
from tests.search.pdf_writer import thai_text_pdf


def test_thai_pdf_text_is_extracted():
    pdf = thai_text_pdf(["ประกาศผลการจัดซื้อจัดจ้างประจำเดือนตุลาคม 2566", "บริการที่ดี"], title="ทดสอบ")
    reader = PdfReader(io.BytesIO(pdf))
    # A real text PDF: the font is embedded, not an image.
    font = reader.pages[0]["/Resources"]["/Font"]["/F1"].get_object()
    assert font["/Subtype"] == "/Type0"
    text = extract_pdf_text(io.BytesIO(pdf))
    assert "ประกาศผลการจัดซื้อจัดจ้างประจำเดือนตุลาคม 2566" in text
    tokens = thai.index_tokens(text)
    assert "ซื้อ" in tokens and "ดี" in tokens and "ซื่อ" not in tokens


def test_long_text_spans_pages():
    pdf = thai_text_pdf([f"ย่อหน้าที่ {n} รายงานผลการดำเนินงานประจำปี" for n in range(80)])
    assert len(PdfReader(io.BytesIO(pdf)).pages) > 1
    assert "ย่อหน้าที่ 79" in extract_pdf_text(io.BytesIO(pdf))


def test_broken_pdf_gives_empty_text():
    assert extract_pdf_text(io.BytesIO(b"%PDF-1.7 not really")) == ""


def test_dispatch_by_extension():
    assert extract_text(io.BytesIO("ข้อความ".encode("cp874")), "a.TXT") == "ข้อความ"
    assert extract_text(io.BytesIO(b"PK\x03\x04"), "a.docx") == ""


def test_windows_thai_private_use_glyphs_are_mapped_back():
    from search.extract import clean_text

    # "ที่" and "ซื้อ" as Windows Thai fonts encode them (shifted marks in the PUA).
    assert clean_text("ท\uf702\uf70a ซ\uf704\uf70bอ") == "ที่ ซื้อ"


def test_spaces_before_thai_marks_are_removed():
    from search.extract import clean_text

    assert clean_text("จ ัดซ ื ้อ  จัดจ้าง") == "จัดซื้อ จัดจ้าง"
