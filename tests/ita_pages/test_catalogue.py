"""The catalogue files load, and malformed ones fail naming file, item and field."""

import copy
import datetime as dt
import tomllib
from pathlib import Path

import pytest

from ita_pages.core.catalogue import CatalogueError, load_catalogue, parse_catalogue
from ita_pages.core.catalogue.periods import (
    MISSING,
    NOT_COVERING_YEAR,
    NOT_FIRST_HALF,
    NOT_PREVIOUS_YEAR,
    OUTSIDE_YEAR,
    Period,
    first_half_months,
    period_problem,
)

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE_2566 = ROOT / "ita_pages" / "core" / "catalogues" / "ita-2566.toml"
CATALOGUE_2567 = Path(__file__).parent / "fixtures" / "ita-2567.toml"
OTHER_APPS = {
    "O7": "news.NewsIndexPage",
    "O8": "qa.QAPage",
    "O18": "eservice.EServicePage",
    "O20": "procurement.ProcurementAnnouncementPage",
    "O28": "complaints.CorruptionComplaintPage",
    "O29": "complaints.ComplaintStatisticsPage",
}


def raw_2566():
    with CATALOGUE_2566.open("rb") as fh:
        return tomllib.load(fh)


def test_2566_has_all_43_items_in_order_with_groups():
    cat = load_catalogue(CATALOGUE_2566)
    assert cat.year == 2566
    assert [i.code for i in cat.items] == [f"O{n}" for n in range(1, 44)]
    groups = {i.code: i.group for i in cat.items}
    assert groups["O1"] == groups["O10"] == "9.1"
    assert groups["O11"] == groups["O18"] == "9.2"
    assert groups["O19"] == groups["O22"] == "9.3"
    assert groups["O23"] == groups["O26"] == "9.4"
    assert groups["O27"] == groups["O30"] == "9.5"
    assert groups["O31"] == groups["O38"] == "10.1"
    assert groups["O39"] == groups["O43"] == "10.2"
    assert cat.group("9.1").heading_th == "9.1 ข้อมูลพื้นฐาน"


def test_2566_serving_page_types():
    cat = load_catalogue(CATALOGUE_2566)
    for code, page_type in OTHER_APPS.items():
        assert cat.item(code).page_type == page_type
    own = [i for i in cat.items if i.code not in OTHER_APPS]
    assert len(own) == 37
    assert all(i.page_type.startswith("ita_pages.") for i in own)


def test_2566_period_rules_and_nil_statements():
    cat = load_catalogue(CATALOGUE_2566)
    rules = {i.code: i.period for i in cat.items}
    assert rules["O4"] == rules["O11"] == rules["O25"] == rules["O36"] == "in-force:Y"
    assert rules["O12"] == rules["O16"] == rules["O21"] == rules["O29"] == "first-half:Y"
    assert rules["O13"] == rules["O17"] == rules["O22"] == rules["O38"] == "report:Y-1"
    assert rules["O7"] == rules["O19"] == rules["O31"] == rules["O43"] == "during:Y"
    assert rules["O1"] == rules["O5"] == "none"
    assert {i.code for i in cat.items if i.nil_allowed} == {"O19", "O21", "O29"}
    assert cat.item("O9").placement == "home-right-facebook-banner"
    assert cat.item("O28").placement == "home-right-qr-code"


def test_lao_only_parts_apply_only_to_lao():
    o2 = load_catalogue(CATALOGUE_2566).item("O2")
    assert "political_side" in {p.key for p in o2.parts_for("lao")}
    assert "political_side" not in {p.key for p in o2.parts_for("department")}


def test_texts_fall_back_to_thai():
    o2 = load_catalogue(CATALOGUE_2566).item("O2")
    assert o2.text("title", "en") == "Executives"
    assert o2.text("title", "th") == "ข้อมูลผู้บริหาร"
    assert o2.text("title", "fr") == "ข้อมูลผู้บริหาร"


def test_second_year_catalogue_renumbers_onto_the_same_page_types():
    c66, c67 = load_catalogue(CATALOGUE_2566), load_catalogue(CATALOGUE_2567)
    assert c67.year == 2567
    assert c67.item_for_page_type("ita_pages.ExecutivesPage").code == "O1"
    assert c66.item_for_page_type("ita_pages.ExecutivesPage").code == "O2"
    assert c67.item("O2").page_type == c66.item("O5").page_type
    assert c67.item("O10").text("title", "th") == "ประกาศนโยบายไม่รับของขวัญ"


def _mutate(path_fn, value):
    data = copy.deepcopy(raw_2566())
    path_fn(data, value)
    return data


@pytest.mark.parametrize(
    ("mutate", "where", "field"),
    [
        (lambda d: d["items"][11].__setitem__("period", "half:Y"), "item O12", "period"),
        (lambda d: d["items"][1].pop("title_th"), "item O2", "title_th"),
        (lambda d: d["items"][4].__setitem__("placement", "footer"), "item O5", "placement"),
        (lambda d: d["items"][2].__setitem__("group", "9.9"), "item O3", "group"),
        (lambda d: d["items"][2].__setitem__("section", "nowhere"), "item O3", "section"),
        (lambda d: d["items"][2].__setitem__("page_type", "DutiesPage"), "item O3", "page_type"),
        (lambda d: d["items"][2].__setitem__("nil_allowed", "no"), "item O3", "nil_allowed"),
        (lambda d: d["items"][2].__setitem__("titel_en", "x"), "item O3", "titel_en"),
        (lambda d: d["items"][2].__setitem__("parts", []), "item O3", "parts"),
        (lambda d: d["items"][1]["parts"][2].__setitem__("label_th", " "), "item O2 part name", "label_th"),
        (lambda d: d["items"][1]["parts"][3].__setitem__("key", "name"), "item O2", "parts.key"),
        (
            lambda d: d["items"][1]["parts"][6].__setitem__("agency_kinds", ["city"]),
            "item O2 part political_side",
            "agency_kinds",
        ),
        (lambda d: d["items"][3].__setitem__("code", "O3"), "catalogue", "items.code"),
        (lambda d: d["items"][3].__setitem__("page_type", "ita_pages.DutiesPage"), "catalogue", "items.page_type"),
        (lambda d: d["items"][3].__setitem__("code", "4"), "item #4", "code"),
        (lambda d: d.__setitem__("year", "2566"), "catalogue", "year"),
        (lambda d: d.__setitem__("schema", 2), "catalogue", "schema"),
        (lambda d: d["groups"][0].__setitem__("indicator", "11"), "group #1", "indicator"),
    ],
)
def test_malformed_catalogue_names_file_item_and_field(mutate, where, field):
    data = copy.deepcopy(raw_2566())
    mutate(data)
    with pytest.raises(CatalogueError) as exc:
        parse_catalogue(data, "ita-2566.toml")
    assert exc.value.source == "ita-2566.toml"
    assert exc.value.where == where
    assert exc.value.field == field
    assert str(exc.value).startswith(f"ita-2566.toml: {where}: field '{field}'")


def test_invalid_toml_names_the_file(tmp_path):
    bad = tmp_path / "ita-2568.toml"
    bad.write_text("year = = 2568\n", encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"^ita-2568.toml: catalogue: .*not valid TOML"):
        load_catalogue(bad)


FY66 = Period(dt.date(2022, 10, 1), dt.date(2023, 9, 30))


@pytest.mark.parametrize(
    ("rule", "period", "expected"),
    [
        ("none", Period(None, None), None),
        ("during:Y", Period(None, None), MISSING),
        ("in-force:Y", FY66, None),
        ("in-force:Y", Period(dt.date(2022, 10, 1), dt.date(2027, 9, 30)), None),
        ("in-force:Y", Period(dt.date(2022, 10, 1), dt.date(2023, 3, 31)), NOT_COVERING_YEAR),
        ("during:Y", Period(dt.date(2023, 1, 15), dt.date(2023, 1, 15)), None),
        ("during:Y", Period(dt.date(2023, 10, 1), dt.date(2023, 10, 2)), OUTSIDE_YEAR),
        ("report:Y-1", Period(dt.date(2021, 10, 1), dt.date(2022, 9, 30)), None),
        ("report:Y-1", FY66, NOT_PREVIOUS_YEAR),
        ("first-half:Y", Period(dt.date(2022, 10, 1), dt.date(2023, 3, 31)), None),
        ("first-half:Y", Period(dt.date(2022, 10, 1), dt.date(2023, 2, 28)), NOT_FIRST_HALF),
        ("first-half:Y", Period(dt.date(2021, 10, 1), dt.date(2022, 3, 31)), NOT_FIRST_HALF),
    ],
)
def test_period_rules(rule, period, expected):
    assert period_problem(rule, 2566, period) == expected


def test_first_half_months_of_2566():
    assert first_half_months(2566) == [
        dt.date(2022, 10, 1),
        dt.date(2022, 11, 1),
        dt.date(2022, 12, 1),
        dt.date(2023, 1, 1),
        dt.date(2023, 2, 1),
        dt.date(2023, 3, 1),
    ]


def test_fiscal_years_of_a_period():
    assert FY66.fiscal_years() == (2566, 2566)
    assert Period(dt.date(2022, 10, 1), dt.date(2027, 9, 30)).fiscal_years() == (2566, 2570)
    assert Period(dt.date(2022, 10, 1), dt.date(2023, 3, 31)).fiscal_years() is None


def test_part_minimum_and_dates_are_read_with_defaults():
    catalogue = parse_catalogue(raw_2566(), "ita-2566.toml")
    assert catalogue.item("O2").part("name").minimum == 2
    assert catalogue.item("O2").part("photo").minimum == 1
    assert catalogue.item("O31").part("signed_by_top_executive").dates == "during:Y"
    assert catalogue.item("O31").part("declaration").dates == ""


@pytest.mark.parametrize(
    ("key", "value"),
    [("minimum", 0), ("minimum", "2"), ("minimum", True), ("dates", "none"), ("dates", "half:Y")],
)
def test_bad_part_minimum_or_dates_names_the_part(key, value):
    data = _mutate(lambda d, v: d["items"][1]["parts"][2].__setitem__(key, v), value)
    with pytest.raises(CatalogueError) as exc:
        parse_catalogue(data, "ita-2566.toml")
    assert (exc.value.where, exc.value.field) == ("item O2 part name", key)


@pytest.mark.parametrize(
    ("rule", "day", "expected"),
    [
        ("during:Y", dt.date(2022, 10, 1), None),
        ("during:Y", dt.date(2022, 9, 30), "outside-year"),
        ("in-force:Y", dt.date(2019, 1, 1), None),
        ("in-force:Y", dt.date(2023, 10, 1), "after-year"),
        ("report:Y-1", dt.date(2022, 9, 30), None),
        ("report:Y-1", dt.date(2022, 10, 1), "not-previous-year"),
        ("first-half:Y", dt.date(2023, 3, 31), None),
        ("first-half:Y", dt.date(2023, 4, 1), "not-first-half"),
    ],
)
def test_date_rules(rule, day, expected):
    from ita_pages.core.catalogue.periods import date_problem

    assert date_problem(rule, 2566, day) == expected
