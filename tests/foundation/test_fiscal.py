"""Buddhist Era and fiscal-year arithmetic, the base of every ITA period rule."""

import datetime as dt

import pytest

from ita_pages.core.fiscal import (
    FiscalYear,
    Period,
    format_english_date,
    format_thai_date,
    format_thai_date_short,
    format_thai_period,
    to_be,
    to_ce,
)


def test_be_ce_round_trip():
    assert to_be(2026) == 2569
    assert to_ce(2569) == 2026
    assert to_ce(to_be(1999)) == 1999


@pytest.mark.parametrize(
    ("day", "full", "short"),
    [
        (dt.date(2026, 11, 25), "25 พฤศจิกายน 2569", "25 พ.ย. 69"),
        (dt.date(2024, 2, 29), "29 กุมภาพันธ์ 2567", "29 ก.พ. 67"),
        (dt.date(2023, 1, 1), "1 มกราคม 2566", "1 ม.ค. 66"),
        (dt.date(2022, 12, 31), "31 ธันวาคม 2565", "31 ธ.ค. 65"),
        (dt.date(2057, 5, 5), "5 พฤษภาคม 2600", "5 พ.ค. 00"),
    ],
)
def test_thai_dates(day, full, short):
    assert format_thai_date(day) == full
    assert format_thai_date_short(day) == short


def test_datetime_is_formatted_by_its_date():
    assert format_thai_date(dt.datetime(2026, 11, 25, 23, 59)) == "25 พฤศจิกายน 2569"


def test_english_dates_use_common_era():
    assert format_english_date(dt.date(2026, 11, 25)) == "25 November 2026"


def test_fiscal_year_bounds():
    year = FiscalYear(2566)
    assert year.ce_year == 2023
    assert year.start == dt.date(2022, 10, 1)
    assert year.end == dt.date(2023, 9, 30)
    assert year.first_half == Period(dt.date(2022, 10, 1), dt.date(2023, 3, 31))
    assert year.second_half == Period(dt.date(2023, 4, 1), dt.date(2023, 9, 30))
    assert str(year) == "ปีงบประมาณ พ.ศ. 2566"


@pytest.mark.parametrize(
    ("day", "be_year"),
    [
        (dt.date(2022, 9, 30), 2565),
        (dt.date(2022, 10, 1), 2566),
        (dt.date(2022, 12, 31), 2566),
        (dt.date(2023, 1, 1), 2566),
        (dt.date(2023, 9, 30), 2566),
        (dt.date(2023, 10, 1), 2567),
        (dt.datetime(2026, 11, 25, 8, 0), 2570),
    ],
)
def test_fiscal_year_of_a_date_turns_in_october(day, be_year):
    assert FiscalYear.of(day) == FiscalYear(be_year)


def test_quarters_cover_the_year_without_gaps():
    year = FiscalYear(2567)  # Oct 2023 – Sep 2024, a leap February
    quarters = year.quarters()
    assert quarters[0] == Period(dt.date(2023, 10, 1), dt.date(2023, 12, 31))
    assert quarters[1] == Period(dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    assert quarters[2] == Period(dt.date(2024, 4, 1), dt.date(2024, 6, 30))
    assert quarters[3] == Period(dt.date(2024, 7, 1), dt.date(2024, 9, 30))
    for earlier, later in zip(quarters, quarters[1:], strict=False):
        assert later.start - earlier.end == dt.timedelta(days=1)
    with pytest.raises(ValueError):
        year.quarter(5)


def test_first_half_months_are_october_to_march():
    assert FiscalYear(2566).first_half_months() == [
        (2022, 10),
        (2022, 11),
        (2022, 12),
        (2023, 1),
        (2023, 2),
        (2023, 3),
    ]
    assert len(FiscalYear(2566).months()) == 12


def test_leap_february_inside_a_quarter():
    assert FiscalYear(2567).quarter(2).end == dt.date(2024, 3, 31)
    assert dt.date(2024, 2, 29) in FiscalYear(2567)
    assert dt.date(2024, 2, 29) in FiscalYear(2567).first_half


def test_from_ce_and_neighbours():
    assert FiscalYear.from_ce(2023) == FiscalYear(2566)
    assert FiscalYear(2566).previous() == FiscalYear(2565)
    assert FiscalYear(2566).next() == FiscalYear(2567)


def test_implausible_year_is_refused():
    with pytest.raises(ValueError):
        FiscalYear(2023)


def test_period_rules():
    plan = Period(dt.date(2022, 10, 1), dt.date(2027, 9, 30))
    assert plan.covers(FiscalYear(2566).period)
    assert not Period(dt.date(2023, 1, 1), dt.date(2027, 9, 30)).covers(FiscalYear(2566).period)
    assert plan.overlaps(FiscalYear(2570).period)
    with pytest.raises(ValueError):
        Period(dt.date(2023, 1, 2), dt.date(2023, 1, 1))


def test_thai_period_text():
    assert format_thai_period(FiscalYear(2566).first_half) == "ตุลาคม 2565 – มีนาคม 2566"
    assert format_thai_period(Period(dt.date(2023, 1, 1), dt.date(2023, 1, 31))) == "มกราคม 2566"


def test_span_in_year_prefers_dates_inside_the_year():
    from ita_pages.core.fiscal import span_in_year

    year = FiscalYear(2566)
    assert span_in_year([], year) is None
    outside = [dt.date(2021, 5, 1), dt.date(2024, 1, 1)]
    assert span_in_year(outside, year) == (dt.date(2021, 5, 1), dt.date(2024, 1, 1))
    inside = [*outside, dt.date(2022, 10, 1), dt.datetime(2023, 9, 30, 12, 0)]
    assert span_in_year(inside, year) == (dt.date(2022, 10, 1), dt.date(2023, 9, 30))
