"""Template filters that show dates the way Thai readers expect.

Thai pages read "25 พฤศจิกายน 2569" (Buddhist Era); English pages read the Common Era
date in English. The language of the request decides, so templates just write
`{{ value|thai_date }}`.
"""

import datetime as dt

from django import template
from django.utils import timezone
from django.utils.translation import get_language

from ita_pages.core import fiscal

register = template.Library()


def _local(value):
    if isinstance(value, dt.datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def _is_thai() -> bool:
    return (get_language() or "th").startswith("th")


@register.filter
def thai_date(value):
    """Full date: Thai BE on Thai pages, English CE on English pages."""
    if not value:
        return ""
    value = _local(value)
    return fiscal.format_thai_date(value) if _is_thai() else fiscal.format_english_date(value)


@register.filter
def thai_date_short(value):
    """Abbreviated date ("25 พ.ย. 69"); English pages get "25 Nov 2026"."""
    if not value:
        return ""
    value = _local(value)
    if _is_thai():
        return fiscal.format_thai_date_short(value)
    return f"{value.day} {fiscal.ENGLISH_MONTHS[value.month - 1][:3]} {value.year}"


@register.filter
def fiscal_year(value):
    """The fiscal year a date falls in, as "ปีงบประมาณ พ.ศ. 2566" or "Fiscal year 2023"."""
    if not value:
        return ""
    year = fiscal.FiscalYear.of(_local(value))
    return str(year) if _is_thai() else f"Fiscal year {year.ce_year} (BE {year.be_year})"
