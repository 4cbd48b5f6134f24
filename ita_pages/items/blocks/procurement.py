"""Procurement: the plan (O19) and the monthly summary (O21)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .fields import ITAStructBlock, baht, date, document, line, paragraph

METHOD_CHOICES = [
    ("specific", _("Specific method")),
    ("e_bidding", _("e-bidding")),
    ("e_market", _("e-market")),
    ("selection", _("Selection")),
]


class ProcurementPlanBlock(ITAStructBlock):
    """O19: the published procurement plan."""

    title = line(_("Plan title"))
    published_on = date(_("Published on"))
    summary = paragraph(_("Summary"), required=False)
    document = document(_("Plan document"), _("The procurement plan as published."), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Procurement plan")
        help_text = _("The procurement plan for the assessment year.")
        preview_value = {"title": "แผนการจัดซื้อจัดจ้างประจำปีงบประมาณ"}


class ProcurementResultBlock(ITAStructBlock):
    """O21: one procurement with every column the assessor looks for."""

    item = line(_("Item bought or hired"), required=False)
    budget = baht(_("Budget (baht)"), required=False)
    median_price = baht(_("Reference price (baht)"), _("The median (reference) price."), required=False)
    method = blocks.ChoiceBlock(choices=METHOD_CHOICES, label=_("Procurement method"), required=False)
    bidders = paragraph(
        _("Bidders and their prices"), _("Every bidder and the price offered, one per line."), required=False
    )
    winner = line(_("Winner and agreed price"), _("Who was chosen and the agreed price."), required=False)
    reason = paragraph(_("Reason for the choice"), _("Why the winner was chosen, in short."), required=False)
    contract_number = line(_("Contract number"), required=False)
    contract_date = date(_("Contract date"), required=False)

    class Meta:
        icon = "form"
        label = _("Procurement")
        help_text = _("One procurement: item, budget, reference price, method, bidders, winner, reason, contract.")
        preview_value = {"item": "จัดซื้อวัสดุสำนักงาน", "budget": "25000.00", "method": "specific"}


class MonthlyProcurementBlock(ITAStructBlock):
    """O21: one month's procurements, or a nil statement for that month."""

    month = date(_("Month"), _("Any day of the month this row reports on."), required=False)
    nil_statement = line(_("Nil statement"), _("Fill only if there was no procurement this month."), required=False)
    procurements = blocks.ListBlock(ProcurementResultBlock(), label=_("Procurements"), default=[])

    class Meta:
        icon = "date"
        label = _("Month")
        help_text = _("A month of the first half-year: its procurements or a nil statement.")
        preview_value = {"nil_statement": "ไม่มีการจัดซื้อจัดจ้าง"}

    def clean(self, value):
        value = super().clean(value)
        if self.is_deferred_validation:
            return value
        # A month with neither is missing from the O21 part (the catalogue's rule names it).
        has_rows = len(value.get("procurements") or []) > 0
        has_nil = bool((value.get("nil_statement") or "").strip())
        if has_rows and has_nil:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "nil_statement": ValidationError(_("A month with procurements cannot also say there were none."))
                }
            )
        return value
