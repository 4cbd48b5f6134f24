"""Builders shared by the readiness tests: a catalogue from dicts, pages, periods."""

from __future__ import annotations

import datetime as dt

from ita_pages.catalogue import parse_catalogue

YEAR = 2566
APP = "readiness_testapp"


def item(code, page_type, group="9.1", period="none", nil_allowed=False, placement="none", parts=None):
    return {
        "code": code,
        "group": group,
        "section": "basic",
        "title_th": f"หัวข้อ {code}",
        "title_en": f"Title {code}",
        "link_th": code,
        "link_en": code,
        "description_th": "คำอธิบาย",
        "description_en": "Description",
        "period": period,
        "nil_allowed": nil_allowed,
        "placement": placement,
        "page_type": f"{APP}.{page_type}" if "." not in page_type else page_type,
        "parts": parts
        or [{"key": "summary", "label_th": "สรุป", "label_en": "Summary", "looks_for_th": "ก", "looks_for_en": "a"}],
    }


def make_catalogue(*items, year=YEAR):
    data = {
        "schema": 1,
        "framework": "ITA",
        "year": year,
        "title_th": "ทดสอบ",
        "title_en": "Test",
        "indicators": [{"code": "9", "heading_th": "ตัวชี้วัดที่ 9", "heading_en": "Indicator 9"}],
        "groups": [
            {"code": "9.1", "indicator": "9", "heading_th": "9.1 ข้อมูลพื้นฐาน", "heading_en": "9.1 Basic"},
            {"code": "9.2", "indicator": "9", "heading_th": "9.2 การบริหารงาน", "heading_en": "9.2 Admin"},
        ],
        "sections": [{"key": "basic", "heading_th": "พื้นฐาน", "heading_en": "Basic"}],
        "items": list(items),
    }
    return parse_catalogue(data, "test.toml")


def publish(page):
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    return page


def body(*extra, summary="สรุปข้อมูล"):
    blocks = [("summary", summary)] if summary is not None else []
    return [*blocks, *extra]


def fy_dates(start, end):
    return {"period_start": dt.date.fromisoformat(start), "period_end": dt.date.fromisoformat(end)}
