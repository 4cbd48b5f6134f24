"""``successor_of`` and ``previous_year``: the loader refuses bad data, the registry unknown codes."""

import copy
import tomllib
from pathlib import Path

import pytest
from django.test import override_settings

from ita_pages.core.catalogue import CatalogueError, parse_catalogue, registry
from ita_pages.core.catalogue.succession import check_succession, dropped, new_items, predecessors

ROOT = Path(__file__).resolve().parents[2]
BUILTIN = ROOT / "ita_pages" / "core" / "catalogues" / "ita-2566.toml"


def raw_2566():
    with BUILTIN.open("rb") as fh:
        return tomllib.load(fh)


def next_year(**changes):
    """2566's data as a year 2570 that continues it item by item."""
    data = copy.deepcopy(raw_2566())
    data["year"] = 2570
    data["previous_year"] = 2566
    for item in data["items"]:
        item["successor_of"] = [item["code"]]
    data.update(changes)
    return data


def test_successor_of_and_previous_year_are_read():
    data = next_year()
    data["items"][1]["successor_of"] = ["O2", "O3"]
    data["items"][2]["successor_of"] = []
    cat = parse_catalogue(data, "ita-2570.toml")
    assert cat.previous_year == 2566
    assert cat.item("O2").successor_of == ("O2", "O3")
    assert cat.item("O3").successor_of == ()
    assert registry.get_catalogue(2566).previous_year is None
    assert registry.get_catalogue(2566).item("O1").successor_of == ()


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("O1", "must be a list of item codes"),
        (["o1"], "must be a list of item codes"),
        ([12], "must be a list of item codes"),
        (["O1", "O1"], "duplicate 'O1'"),
    ],
)
def test_malformed_successor_of_names_the_item_and_field(value, problem):
    data = next_year()
    data["items"][0]["successor_of"] = value
    with pytest.raises(CatalogueError, match=f"^ita-2570.toml: item O1: field 'successor_of': {problem}"):
        parse_catalogue(data, "ita-2570.toml")


def test_successors_need_a_previous_year_before_this_one():
    data = next_year()
    del data["previous_year"]
    with pytest.raises(CatalogueError, match="field 'previous_year': missing: items name predecessors"):
        parse_catalogue(data, "ita-2570.toml")
    with pytest.raises(CatalogueError, match="field 'previous_year': must be a whole number from 2500 to 2569"):
        parse_catalogue(next_year(previous_year=2570), "ita-2570.toml")


def test_unknown_successor_code_is_refused_naming_the_previous_year():
    previous = registry.get_catalogue(2566)
    data = next_year()
    data["items"][3]["successor_of"] = ["O44"]
    current = parse_catalogue(data, "ita-2570.toml")
    with pytest.raises(CatalogueError) as exc:
        check_succession(current, previous)
    assert str(exc.value) == (
        "ita-2570.toml: item O4: field 'successor_of': 'O44' is not an item of 2566 (ita-2566.toml)"
    )


def test_the_registry_refuses_unknown_codes_and_a_missing_previous_year(tmp_path):
    text = BUILTIN.read_text(encoding="utf-8").replace("year = 2566\n", "year = 2570\nprevious_year = 2569\n", 1)
    (tmp_path / "ita-2570.toml").write_text(text, encoding="utf-8")
    with override_settings(ITA_CATALOGUE_DIRS=[str(tmp_path)]):
        registry.reset()
        try:
            with pytest.raises(CatalogueError, match="ita-2570.toml: catalogue: field 'previous_year': there is no"):
                registry.catalogues()
        finally:
            registry.reset()
    text = text.replace("previous_year = 2569", "previous_year = 2566").replace(
        'code = "O4"\n', 'code = "O4"\nsuccessor_of = ["O44"]\n', 1
    )
    (tmp_path / "ita-2570.toml").write_text(text, encoding="utf-8")
    with override_settings(ITA_CATALOGUE_DIRS=[str(tmp_path)]):
        registry.reset()
        try:
            with pytest.raises(CatalogueError, match="item O4: field 'successor_of': 'O44' is not an item of 2566"):
                registry.catalogues()
        finally:
            registry.reset()


def test_dropped_new_and_merged_items():
    previous = registry.get_catalogue(2566)
    data = next_year()
    data["items"][11]["successor_of"] = ["O12", "O13"]  # O12 continues O12 and O13
    data["items"][12]["successor_of"] = []  # O13 is new
    del data["items"][42]  # O43 is dropped
    current = parse_catalogue(data, "ita-2570.toml")
    assert [it.code for it in dropped(current, previous)] == ["O43"]
    assert [it.code for it in new_items(current)] == ["O13"]
    assert [it.code for it in predecessors(current.item("O12"), previous)] == ["O12", "O13"]
