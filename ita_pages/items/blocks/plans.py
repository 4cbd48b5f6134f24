"""Plans: strategies (O4) and plan items with budget and period (O11, O36)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .fields import ITAStructBlock, baht, date, line, paragraph


class StrategyBlock(ITAStructBlock):
    """O4: one strategy of a multi-year plan with its goals and indicators."""

    strategy = paragraph(
        _("Strategy or approach"), _("The strategy or approach as the plan states it."), required=False
    )
    goals = paragraph(_("Goals"), _("The goals this strategy must reach."), required=False)
    indicators = paragraph(
        _("Indicators"), _("How achievement is measured: the indicators and their targets."), required=False
    )

    class Meta:
        icon = "pick"
        label = _("Strategy")
        help_text = _("A strategy with its goals and indicators.")
        preview_value = {"strategy": "พัฒนาโครงสร้างพื้นฐาน", "goals": "ถนนได้มาตรฐาน", "indicators": "ร้อยละ 80"}


class PlanItemBlock(ITAStructBlock):
    """O11, O36: one project or activity with its budget and period."""

    project = line(_("Project or activity"), required=False)
    budget = baht(_("Budget (baht)"), _("The budget planned for this project or activity, in baht."), required=False)
    start = date(_("Starts"), _("When the project or activity starts."), required=False)
    end = date(_("Ends"), _("When the project or activity ends."), required=False)
    responsible = line(_("Responsible unit"), required=False)

    class Meta:
        icon = "tasks"
        label = _("Project or activity")
        help_text = _("A project or activity with its budget and period.")
        preview_value = {"project": "โครงการก่อสร้างถนนคอนกรีต", "budget": "450000.00"}

    def clean(self, value):
        value = super().clean(value)
        if value.get("start") and value.get("end") and value["end"] < value["start"]:
            raise blocks.StructBlockValidationError(
                block_errors={"end": ValidationError(_("The end is before the start."))}
            )
        return value
