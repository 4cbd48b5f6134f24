"""A minimal writer of real *text* PDFs in Thai, with the Sarabun font embedded.

Why this exists: the search tests need PDFs whose Thai text can be extracted, like
the ones agencies upload, built on the fly. It once also wrote the demo's evidence
documents, which are now fixture files (demo/fixtures/documents). Pillow only writes
image PDFs and no PDF writer is a runtime dependency, so this module writes the
few objects a text PDF needs: a Type0/CIDFontType2 font with the TrueType file
embedded (Identity-H, glyph ids looked up in the font's own ``cmap``), widths from
``hmtx`` and a ``ToUnicode`` map so that readers (and pypdf) recover the text.
Glyphs are placed without OpenType shaping, which is enough to read and search.
"""

from __future__ import annotations

import struct
import zlib
from functools import lru_cache

from ita_pages.core.fonts import sarabun

FONT_PATH = sarabun("Regular")
PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN, FONT_SIZE, LEADING = 56, 14, 22


class _TrueType:
    """Just the tables we need from a TrueType file: cmap (format 4), hmtx, head."""

    def __init__(self, data: bytes):
        self.data = data
        num_tables = struct.unpack(">H", data[4:6])[0]
        self.tables = {}
        for i in range(num_tables):
            tag, _checksum, offset, length = struct.unpack(">4sIII", data[12 + 16 * i : 28 + 16 * i])
            self.tables[tag.decode("latin-1")] = (offset, length)
        head = self.tables["head"][0]
        self.units_per_em = struct.unpack(">H", data[head + 18 : head + 20])[0]
        self.cmap = self._read_cmap()
        self.advances = self._read_advances()

    def _read_cmap(self) -> dict[int, int]:
        data, base = self.data, self.tables["cmap"][0]
        count = struct.unpack(">H", data[base + 2 : base + 4])[0]
        for i in range(count):
            platform, encoding, offset = struct.unpack(">HHI", data[base + 4 + 8 * i : base + 12 + 8 * i])
            table = base + offset
            if (platform, encoding) in ((3, 1), (0, 3)) and struct.unpack(">H", data[table : table + 2])[0] == 4:
                return self._format4(table)
        raise ValueError("font has no Unicode BMP cmap")

    def _format4(self, table: int) -> dict[int, int]:
        data = self.data
        seg_x2 = struct.unpack(">H", data[table + 6 : table + 8])[0]
        ends_at = table + 14
        starts_at = ends_at + seg_x2 + 2
        deltas_at = starts_at + seg_x2
        ranges_at = deltas_at + seg_x2
        mapping = {}
        for seg in range(seg_x2 // 2):
            end = struct.unpack(">H", data[ends_at + 2 * seg : ends_at + 2 * seg + 2])[0]
            start = struct.unpack(">H", data[starts_at + 2 * seg : starts_at + 2 * seg + 2])[0]
            delta = struct.unpack(">h", data[deltas_at + 2 * seg : deltas_at + 2 * seg + 2])[0]
            range_offset = struct.unpack(">H", data[ranges_at + 2 * seg : ranges_at + 2 * seg + 2])[0]
            for code in range(start, end + 1):
                if code == 0xFFFF:
                    continue
                if range_offset == 0:
                    glyph = (code + delta) & 0xFFFF
                else:
                    at = ranges_at + 2 * seg + range_offset + 2 * (code - start)
                    glyph = struct.unpack(">H", data[at : at + 2])[0]
                    if glyph:
                        glyph = (glyph + delta) & 0xFFFF
                if glyph:
                    mapping[code] = glyph
        return mapping

    def _read_advances(self) -> list[int]:
        data = self.data
        hhea = self.tables["hhea"][0]
        count = struct.unpack(">H", data[hhea + 34 : hhea + 36])[0]
        hmtx = self.tables["hmtx"][0]
        return [struct.unpack(">H", data[hmtx + 4 * i : hmtx + 4 * i + 2])[0] for i in range(count)]

    def advance(self, glyph: int) -> int:
        """Advance width in 1/1000 em (PDF glyph space)."""
        units = self.advances[min(glyph, len(self.advances) - 1)]
        return round(units * 1000 / self.units_per_em)


@lru_cache(maxsize=1)
def _font() -> _TrueType:
    return _TrueType(FONT_PATH.read_bytes())


def _wrap(line: str, font: _TrueType, max_width: float) -> list[str]:
    """Break a paragraph at spaces (Thai puts spaces between phrases) to fit the page."""
    out, current = [], ""
    for word in line.split(" "):
        candidate = f"{current} {word}" if current else word
        width = sum(font.advance(font.cmap.get(ord(ch), 0)) for ch in candidate) * FONT_SIZE / 1000
        if current and width > max_width:
            out.append(current)
            current = word
        else:
            current = candidate
    out.append(current)
    return out


def _cmap_stream(used: dict[int, str]) -> bytes:
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<0000> <FFFF>",
        "endcodespacerange",
    ]
    items = sorted(used.items())
    for start in range(0, len(items), 100):
        chunk = items[start : start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines.extend(f"<{glyph:04X}> <{ord(ch):04X}>" for glyph, ch in chunk)
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


def thai_text_pdf(paragraphs: list[str], title: str = "") -> bytes:
    """Return the bytes of a text PDF showing ``paragraphs`` (one or more pages)."""
    font = _font()
    lines: list[str] = []
    for paragraph in paragraphs:
        lines.extend(_wrap(paragraph, font, PAGE_WIDTH - 2 * MARGIN))
        lines.append("")
    per_page = int((PAGE_HEIGHT - 2 * MARGIN) // LEADING)
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)] or [[]]

    used: dict[int, str] = {}
    contents = []
    for page_lines in pages:
        ops = ["BT", f"/F1 {FONT_SIZE} Tf", f"{LEADING} TL", f"{MARGIN} {PAGE_HEIGHT - MARGIN} Td"]
        for text in page_lines:
            glyphs = []
            for ch in text:
                glyph = font.cmap.get(ord(ch), 0)
                if glyph:
                    used.setdefault(glyph, ch)
                glyphs.append(glyph)
            ops.append("<" + "".join(f"{g:04X}" for g in glyphs) + "> Tj T*")
        ops.append("ET")
        contents.append(zlib.compress("\n".join(ops).encode("ascii")))

    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(data: bytes, extra: str = "") -> bytes:
        header = f"<< /Length {len(data)} /Filter /FlateDecode {extra}>>\nstream\n".encode("ascii")
        return header + data + b"\nendstream"

    font_file = add(stream(zlib.compress(font.data), f"/Length1 {len(font.data)} "))
    descriptor = add(
        b"<< /Type /FontDescriptor /FontName /Sarabun-Regular /Flags 32 "
        b"/FontBBox [-500 -300 1500 1100] /ItalicAngle 0 /Ascent 1068 /Descent -232 "
        b"/CapHeight 700 /StemV 80 /FontFile2 " + f"{font_file} 0 R".encode("ascii") + b" >>"
    )
    widths = " ".join(f"{glyph} [{font.advance(glyph)}]" for glyph in sorted(used))
    cid_font = add(
        f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Sarabun-Regular "
        f"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        f"/FontDescriptor {descriptor} 0 R /CIDToGIDMap /Identity /DW 500 /W [{widths}] >>".encode("ascii")
    )
    to_unicode = add(stream(zlib.compress(_cmap_stream(used))))
    type0 = add(
        f"<< /Type /Font /Subtype /Type0 /BaseFont /Sarabun-Regular /Encoding /Identity-H "
        f"/DescendantFonts [{cid_font} 0 R] /ToUnicode {to_unicode} 0 R >>".encode("ascii")
    )
    pages_id = len(objects) + 2 * len(pages) + 1
    page_ids = []
    for content in contents:
        content_id = add(stream(content))
        page_ids.append(
            add(
                f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
                f"/Resources << /Font << /F1 {type0} 0 R >> >> /Contents {content_id} 0 R >>".encode("ascii")
            )
        )
    kids = " ".join(f"{pid} 0 R" for pid in page_ids)
    add(f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode("ascii"))
    title_hex = "FEFF" + title.encode("utf-16-be").hex().upper()
    info = add(f"<< /Title <{title_hex}> /Producer (tests.search.pdf_writer) >>".encode("ascii"))
    catalog = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode("ascii"))

    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode("ascii") + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("ascii")
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode("ascii")
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode("ascii")
    return bytes(out)
