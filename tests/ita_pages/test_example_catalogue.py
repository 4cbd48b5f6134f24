"""The example later year keeps the part rules real later years keep and reads right in English."""

from __future__ import annotations

import re
from dataclasses import fields

from ita_pages.core.catalogue import registry
from ita_pages.core.catalogue.succession import predecessors
from tests.ita_pages.rollover_helpers import example_catalogue

THAI = re.compile(r"[\u0e00-\u0e7f]")
CODE = re.compile(r"\bO\d+\b")


def _english(obj) -> dict[str, str]:
    return {f.name: getattr(obj, f.name) for f in fields(obj) if f.name.endswith("_en")}


def test_parts_keep_the_minimum_and_dates_of_the_part_they_continue():
    with example_catalogue() as example:
        previous = registry.get_catalogue(example.previous_year)
        checked = 0
        for item in example.items:
            old = predecessors(item, previous)
            if len(old) != 1:  # new items have nothing to keep; the merge is checked below
                continue
            old_parts = {part.key: part for part in old[0].parts}
            for part in item.parts:
                before = old_parts.get(part.key)
                if before is None:
                    continue
                assert (part.minimum, part.dates) == (before.minimum, before.dates), (item.code, part.key)
                checked += part.minimum > 1 or bool(part.dates)
        assert checked >= 9
        assert example.item("O2").part("name").minimum == 2
        # The merged item now holds the actions taken in the year, as 2566's O35 did.
        assert example.item("O23").part("measures").dates == "during:Y"


def test_english_texts_are_english_and_name_this_years_codes():
    with example_catalogue() as example:
        codes = {item.code for item in example.items}
        assert not THAI.search(example.title_en)
        for item in example.items:
            texts = [_english(item), *(_english(part) for part in item.parts)]
            for text in (value for group in texts for value in group.values()):
                assert not THAI.search(text), (item.code, text)
            described = " ".join([item.description_th, item.description_en, *(p.looks_for_th for p in item.parts)])
            for named in CODE.findall(described):
                assert named in codes and named != item.code, (item.code, named)
        assert example.item("O23").title_en == "Corruption risk assessment and risk management actions"
