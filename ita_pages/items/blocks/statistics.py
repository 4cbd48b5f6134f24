"""Statistics tables: counts per period (O16; the same shape serves other statistics)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .fields import ITAStructBlock, count, date, line


class StatisticsRowBlock(ITAStructBlock):
    """One period's count (a month, a quarter or a half-year)."""

    start = date(_("Period from"), required=False)
    end = date(_("Period to"), required=False)
    label = line(_("Service or item"))
    count = count(_("Count"))

    class Meta:
        icon = "table"
        label = _("Statistics row")
        help_text = _("The count for one service and one period.")
        preview_value = {"label": "ขอใบอนุญาตก่อสร้าง", "count": 12}

    def clean(self, value):
        value = super().clean(value)
        if value.get("start") and value.get("end") and value["end"] < value["start"]:
            raise blocks.StructBlockValidationError(
                block_errors={"end": ValidationError(_("The end is before the start."))}
            )
        return value


class StatisticsTableBlock(ITAStructBlock):
    """O16: a table of counts by period (the catalogue says which months it must cover)."""

    title = line(_("Table title"))
    unit = line(_("Unit"), required=False, max_length=50)
    rows = blocks.ListBlock(
        StatisticsRowBlock(),
        label=_("Rows"),
        help_text=_("One row per service and period (month, quarter or half-year) of the first half-year."),
    )

    class Meta:
        icon = "table"
        label = _("Statistics table")
        help_text = _("Counts by period, covering the first six months of the assessment year.")
        preview_value = {"title": "สถิติการให้บริการ", "unit": "ราย"}
