"""Template filters pick Thai BE or English CE dates from the request's language."""

import datetime as dt

from django.template import Context, Template
from django.utils import translation


def render(source, **context):
    return Template("{% load thai_dates %}" + source).render(Context(context))


def test_thai_date_filter_in_thai():
    with translation.override("th"):
        assert render("{{ d|thai_date }}", d=dt.date(2026, 11, 25)) == "25 พฤศจิกายน 2569"
        assert render("{{ d|thai_date_short }}", d=dt.date(2026, 11, 25)) == "25 พ.ย. 69"
        assert render("{{ d|fiscal_year }}", d=dt.date(2026, 11, 25)) == "ปีงบประมาณ พ.ศ. 2570"


def test_thai_date_filter_in_english():
    with translation.override("en"):
        assert render("{{ d|thai_date }}", d=dt.date(2026, 11, 25)) == "25 November 2026"
        assert render("{{ d|thai_date_short }}", d=dt.date(2026, 11, 25)) == "25 Nov 2026"


def test_aware_datetime_uses_bangkok_day():
    # 18:30 UTC on the 25th is already the 26th in Bangkok (UTC+7).
    value = dt.datetime(2026, 11, 25, 18, 30, tzinfo=dt.UTC)
    with translation.override("th"):
        assert render("{{ d|thai_date }}", d=value) == "26 พฤศจิกายน 2569"


def test_empty_value_renders_nothing():
    assert render("{{ d|thai_date }}", d=None) == ""
