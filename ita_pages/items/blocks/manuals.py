"""Manuals: staff operating manuals (O14), service manuals (O15), complaint guideline (O27)."""

from django.utils.translation import gettext_lazy as _

from .fields import ITAStructBlock, document, line, paragraph, steps


class WorkManualBlock(ITAStructBlock):
    """O14: a staff manual: which mission, which positions, which steps."""

    title = line(_("Manual title"))
    mission = line(_("Mission covered"), _("Which mission of the agency this manual covers."), required=False)
    positions = paragraph(_("Staff positions"), _("Which staff positions follow this manual."), required=False)
    steps = steps(_("Procedure steps"), _("The procedure, one step per line, in order."))
    document = document(_("Manual document"))

    class Meta:
        icon = "list-ol"
        label = _("Staff operating manual")
        help_text = _("Mission, staff positions and procedure steps of one manual.")
        preview_value = {"title": "คู่มือการจัดเก็บภาษี", "mission": "การจัดเก็บรายได้", "positions": "นักวิชาการคลัง"}


class ServiceManualBlock(ITAStructBlock):
    """O15: a public service manual: which service and how to obtain it."""

    title = line(_("Manual title"))
    service = line(_("Service"), _("Which service or mission the manual is for."), required=False)
    steps = steps(_("Service steps"), _("How a citizen obtains the service, one step per line, in order."))
    duration = line(_("Time needed"), required=False)
    fees = line(_("Fees"), required=False)
    document = document(_("Manual document"))

    class Meta:
        icon = "list-ol"
        label = _("Public service manual")
        help_text = _("The service and the steps for obtaining it.")
        preview_value = {"title": "คู่มือการขอใบอนุญาตก่อสร้างอาคาร", "service": "การขออนุญาตก่อสร้างอาคาร"}


class ComplaintGuidelineBlock(ITAStructBlock):
    """O27: how corruption complaints are filed and handled."""

    how_to_complain = paragraph(
        _("How to complain"), _("How an outsider files a complaint: the channels and what to include."), required=False
    )
    steps = steps(_("Handling steps"), _("How the agency handles a complaint, one step per line, in order."))
    responsible_unit = line(_("Responsible unit"), _("The unit that receives and handles complaints."), required=False)
    time_frame = line(_("Time frame"), _("How long handling takes, e.g. within 30 days."), required=False)
    document = document(_("Guideline document"))

    class Meta:
        icon = "help"
        label = _("Complaint handling guideline")
        help_text = _("How to complain, the handling steps, the responsible unit and the time frame.")
        preview_value = {"responsible_unit": "สำนักปลัด", "time_frame": "ภายใน 30 วัน"}
