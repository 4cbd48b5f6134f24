"""The ITAS export: one row per item in catalogue (ITAS) order, as CSV or XLSX.

Why: agencies copy code, title, URL(s), status and a note into the NACC's ITAS
system by hand; a file in the same order makes that a column-by-column copy. Once
the year is frozen, the frozen permalink comes first among the URLs (assessors
recheck that link), followed by the live page's address.
"""

from __future__ import annotations

import csv
import io

from django.utils.translation import pgettext
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from .results import Report, status_label


def rows(report: Report, frozen_urls: dict[str, str] | None = None, language: str = "th") -> list[list[str]]:
    """Header plus one row per item: code, Thai title, URL(s), status, note."""
    frozen_urls = frozen_urls or {}
    table = [
        [
            pgettext("ITAS export", "Item"),
            pgettext("ITAS export", "Title"),
            pgettext("ITAS export", "URL"),
            pgettext("ITAS export", "Status"),
            pgettext("ITAS export", "Note"),
        ]
    ]
    for item in report.items:
        urls = [u for u in (frozen_urls.get(item.code), item.url) if u]
        note = " / ".join(p.message(language) for p in item.problems)
        table.append([item.code, item.title_th, "\n".join(dict.fromkeys(urls)), status_label(item.status), note])
    return table


def to_csv(table: list[list[str]]) -> bytes:
    """UTF-8 with a byte-order mark, so that Excel shows the Thai correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(table)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(table: list[list[str]], title: str) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title[:31]
    for row in table:
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column, width in zip("ABCDE", (8, 50, 60, 12, 80), strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
