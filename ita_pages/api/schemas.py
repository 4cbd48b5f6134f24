"""Response shapes of the ITA endpoints, with examples for the OpenAPI document.

Why explicit schemas: clients generate code from /api/openapi.json, and schemathesis
checks every answer against it, so each field and its type is declared here once.
Texts that exist in both languages are ``{"th": …, "en": …}`` objects so that one
cached answer serves Thai and English clients alike.
"""

from __future__ import annotations

import datetime

from ninja import Schema
from pydantic import Field


class Problem(Schema):
    """RFC 7807 problem details (every error of this API)."""

    type: str = Field(examples=["about:blank"])
    title: str = Field(examples=["Not Found"])
    status: int = Field(examples=[404])
    detail: str = Field(examples=["ไม่พบข้อมูลที่ขอ"])
    instance: str = Field(examples=["/api/ita/catalogues/2499"])
    errors: list[dict] | None = None


class ListMeta(Schema):
    """Pagination of every list: the total before paging, and the window returned."""

    total_count: int = Field(examples=[43])
    limit: int = Field(examples=[20])
    offset: int = Field(examples=[0])


class Bilingual(Schema):
    th: str = Field(examples=["โครงสร้าง"])
    en: str = Field(examples=["Organisation structure"])


def bilingual(obj, name: str) -> dict:
    return {"th": getattr(obj, f"{name}_th"), "en": getattr(obj, f"{name}_en") or getattr(obj, f"{name}_th")}


class CatalogueSummary(Schema):
    year: int = Field(examples=[2566])
    framework: str = Field(examples=["ITA"])
    title: Bilingual
    item_count: int = Field(examples=[43])
    url: str = Field(examples=["https://agency.example/api/ita/catalogues/2566"])


class CatalogueList(Schema):
    meta: ListMeta
    items: list[CatalogueSummary]


class PartOut(Schema):
    key: str = Field(examples=["chart"])
    label: Bilingual
    looks_for: Bilingual
    agency_kinds: list[str] = Field(examples=[["lao"]])


class ItemOut(Schema):
    code: str = Field(examples=["O1"])
    group: str = Field(examples=["9.1"])
    section: str = Field(examples=["basic-information"])
    title: Bilingual
    link: Bilingual
    description: Bilingual
    period: str = Field(examples=["in-force:Y"])
    nil_allowed: bool
    placement: str = Field(examples=["none"])
    page_type: str = Field(examples=["ita_pages.OrganisationStructurePage"])
    parts: list[PartOut]


class IndicatorOut(Schema):
    code: str = Field(examples=["9"])
    heading: Bilingual


class GroupOut(Schema):
    code: str = Field(examples=["9.1"])
    indicator: str = Field(examples=["9"])
    heading: Bilingual


class SectionOut(Schema):
    key: str = Field(examples=["basic-information"])
    heading: Bilingual


class CatalogueOut(Schema):
    year: int = Field(examples=[2566])
    framework: str = Field(examples=["ITA"])
    title: Bilingual
    indicators: list[IndicatorOut]
    groups: list[GroupOut]
    sections: list[SectionOut]
    items: list[ItemOut]


class ProblemItem(Schema):
    rule: str = Field(examples=["page-exists"])
    message: str = Field(examples=["ยังไม่มีหน้าที่เผยแพร่สำหรับข้อนี้"])


class StatusItem(Schema):
    code: str = Field(examples=["O1"])
    title: Bilingual
    url: str | None = Field(
        description="The page serving the item, on the site's public address; null while none is published.",
        examples=["https://agency.example/th/ita/2566/o1/"],
    )
    page_id: int | None = Field(
        description="The page's id in /api/v2/pages/; null while no public page serves the item.", examples=[7]
    )
    api_url: str | None = Field(
        description="The page's detail in the API (/api/v2/pages/{page_id}/), on the site's public address.",
        examples=["https://agency.example/api/v2/pages/7/"],
    )
    status: str | None = Field(
        description=(
            "pass, fail, missing or restricted (see docs/readiness.md); "
            "null for anonymous clients (editors and API tokens only)."
        ),
        examples=["pass"],
    )
    problems: list[ProblemItem] | None = Field(
        description="Why the item does not pass; null for anonymous clients.",
    )


class StatusReport(Schema):
    site: str = Field(examples=["agency.example"])
    year: int = Field(examples=[2566])
    meta: ListMeta
    items: list[StatusItem]


class AnnouncementOut(Schema):
    id: int
    project_id: str = Field(examples=["66019123456"])
    type: str = Field(examples=["W0"])
    type_label: str = Field(examples=["ประกาศผู้ชนะการเสนอราคา"])
    date: datetime.date
    title: str = Field(examples=["ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุสำนักงาน"])
    link: str = Field(examples=["https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?..."])
    method: str = Field(examples=["เฉพาะเจาะจง"])
    source: str = Field(examples=["egp"])


class AnnouncementList(Schema):
    meta: ListMeta
    items: list[AnnouncementOut]


class QuestionOut(Schema):
    id: int
    display_name: str = Field(examples=["ชาวบ้านหมู่ 3"])
    question: str = Field(examples=["ขอถามเรื่องการชำระภาษีที่ดินออนไลน์"])
    answer: str = Field(examples=["ชำระได้ที่เมนูบริการออนไลน์ ..."])
    asked_at: datetime.datetime
    answered_at: datetime.datetime | None
    page_url: str | None = Field(examples=["https://agency.example/th/qa/"])


class QuestionList(Schema):
    meta: ListMeta
    items: list[QuestionOut]
