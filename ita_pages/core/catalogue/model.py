"""Frozen dataclasses for a loaded catalogue.

Why frozen: a catalogue is read once at start-up and shared by every request; nothing
may change it afterwards. Thai and English texts sit side by side and ``text()``
picks one by language code, falling back to Thai (the legally binding wording).
"""

from __future__ import annotations

from dataclasses import dataclass

PERIOD_RULES = ("none", "in-force:Y", "during:Y", "report:Y-1", "first-half:Y")
PLACEMENTS = (
    "none",
    "home-bottom",
    "home-menu-public-services",
    "home-right-facebook-banner",
    "home-right-qr-code",
    "site-qr-code",
)
# The page type for items no dedicated page type serves; several items may name it,
# each page of it stores the code of the item it serves.
GENERIC_PAGE_TYPE = "ita_pages.CatalogueItemPage"
# Who must have signed what a part holds: "head-of-agency" is whoever heads the agency
# for its kind (``ita_pages.core.roles``).
SIGNERS = ("head-of-agency",)
# Mirrors core.AgencyProfile.kind; kept here so the catalogue stays Django-free.
AGENCY_KINDS = ("ministry", "department", "provincial", "lao", "state_enterprise", "other")


class _Bilingual:
    """Mixin: pick the Thai or English variant of a text field."""

    def text(self, name: str, language: str | None = "th") -> str:
        lang = (language or "th").split("-")[0].lower()
        value = getattr(self, f"{name}_{lang}", "") if lang in ("th", "en") else ""
        return value or getattr(self, f"{name}_th")


@dataclass(frozen=True)
class Indicator(_Bilingual):
    code: str
    heading_th: str
    heading_en: str


@dataclass(frozen=True)
class Group(_Bilingual):
    code: str
    indicator: str
    heading_th: str
    heading_en: str


@dataclass(frozen=True)
class Section(_Bilingual):
    key: str
    heading_th: str
    heading_en: str


@dataclass(frozen=True)
class Part(_Bilingual):
    """One "at least" element an assessor looks for."""

    key: str
    label_th: str
    label_en: str
    looks_for_th: str
    looks_for_en: str
    agency_kinds: tuple[str, ...] = ()
    # At least this many of the blocks the part lives in (O2: two executives).
    minimum: int = 1
    # A period rule (as ``Item.period``) every date inside the part must fit; "" = dates not judged.
    dates: str = ""
    # Who must have signed the part's blocks (one of ``SIGNERS``); "" = anyone.
    signer: str = ""

    def applies_to(self, agency_kind: str | None) -> bool:
        return not self.agency_kinds or agency_kind in self.agency_kinds


@dataclass(frozen=True)
class Item(_Bilingual):
    code: str
    group: str
    section: str
    title_th: str
    title_en: str
    link_th: str
    link_en: str
    description_th: str
    description_en: str
    period: str
    nil_allowed: bool
    placement: str
    page_type: str
    parts: tuple[Part, ...] = ()
    # Codes of the previous year's items this item continues (two codes: a merge).
    successor_of: tuple[str, ...] = ()

    @property
    def slug(self) -> str:
        """Stable URL segment: ``O2`` → ``o2`` (assessors recheck the first link)."""
        return self.code.lower()

    @property
    def app_label(self) -> str:
        return self.page_type.split(".")[0]

    @property
    def model_name(self) -> str:
        return self.page_type.split(".")[1]

    def part(self, key: str) -> Part:
        for part in self.parts:
            if part.key == key:
                return part
        raise KeyError(f"{self.code} has no part {key!r}")

    def parts_for(self, agency_kind: str | None) -> tuple[Part, ...]:
        return tuple(p for p in self.parts if p.applies_to(agency_kind))

    def signed_parts(self, agency_kind: str | None) -> tuple[Part, ...]:
        """The parts whose blocks the catalogue says a particular person must have signed."""
        return tuple(p for p in self.parts_for(agency_kind) if p.signer)


@dataclass(frozen=True)
class Catalogue(_Bilingual):
    framework: str
    year: int
    title_th: str
    title_en: str
    source: str
    indicators: tuple[Indicator, ...]
    groups: tuple[Group, ...]
    sections: tuple[Section, ...]
    items: tuple[Item, ...]
    # The year whose items ``successor_of`` names; None when nothing is carried forward.
    previous_year: int | None = None

    def item(self, code: str) -> Item:
        for it in self.items:
            if it.code.lower() == code.lower():
                return it
        raise KeyError(f"{self.source}: no item {code!r}")

    def item_for_page_type(self, page_type: str) -> Item | None:
        """The item a page type serves (``app_label.ModelName``, case-insensitive)."""
        wanted = page_type.lower()
        if wanted == GENERIC_PAGE_TYPE.lower():
            return None  # a generic page names its item itself (see ``item_code``)
        for it in self.items:
            if it.page_type.lower() == wanted:
                return it
        return None

    def group(self, code: str) -> Group:
        return next(g for g in self.groups if g.code == code)

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)
