"""The administrator freezes the ITA submission and downloads the ITAS files to copy from.

Every address in the CSV and Excel files is pasted into the NACC's ITAS system and
opened by assessors elsewhere, so each must be on the site's public address and answer.
"""

import csv
import io
import re
import urllib.request
from pathlib import Path

from openpyxl import load_workbook
from playwright.sync_api import expect

URL = re.compile(r"https?://\S+")


def download(page, selector) -> bytes:
    with page.expect_download() as info:
        page.locator(selector).click()
    return Path(info.value.path()).read_bytes()


def csv_rows(body: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def xlsx_rows(body: bytes) -> list[list[str]]:
    sheet = load_workbook(io.BytesIO(body)).active
    return [["" if cell is None else str(cell) for cell in row] for row in sheet.iter_rows(values_only=True)]


def test_administrator_freezes_and_exports_links_on_the_public_address(stack, desktop, login, shot):
    login(desktop, "demo-admin", "demo-admin-2569")
    desktop.goto("/admin/ita-readiness/")
    desktop.locator('form[action$="/freeze/"] button[type=submit]').click()
    expect(desktop.locator("[data-frozen]")).to_be_visible()
    expect(desktop.locator(".messages")).to_contain_text("2566")
    shot(desktop, "readiness-frozen")

    files = {
        "csv": csv_rows(download(desktop, 'a[href*="export.csv"]')),
        "xlsx": xlsx_rows(download(desktop, 'a[href*="export.xlsx"]')),
    }
    assert files["csv"] == files["xlsx"]
    rows = files["csv"][1:]
    assert len(rows) == 43
    urls = [url for row in rows for cell in row for url in URL.findall(cell)]
    assert urls and all(url.startswith(stack.url + "/") for url in urls), [u for u in urls if stack.url not in u]
    for code, _title, cell, *_rest in rows:
        frozen, live = cell.splitlines()
        assert frozen == f"{stack.url}/th/ita/frozen/2566/{code.lower()}/", (code, cell)
        assert live.startswith(f"{stack.url}/th/"), (code, cell)

    # Every submitted link answers, the frozen and the live one.
    for url in urls:
        with urllib.request.urlopen(url) as response:  # the stack's own address
            assert response.status == 200, url

    # An assessor opens one frozen link: the dated copy of what was submitted.
    o1_frozen = next(cell.splitlines()[0] for code, _t, cell, *_ in rows if code == "O1")
    response = desktop.goto(o1_frozen)
    assert response.status == 200
    expect(desktop.locator("[data-frozen-notice]")).to_contain_text("O1")
    shot(desktop, "frozen-o1")
