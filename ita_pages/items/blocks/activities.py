"""Activity reports (O30, O32, O35, O40, O43): what happened, when, who took part, results."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from .fields import ITAStructBlock, date, document, line, paragraph


def _photos():
    return blocks.ListBlock(ImageChooserBlock(label=_("Photo")), label=_("Photos"), required=False, default=[])


class ActivityReportBlock(ITAStructBlock):
    """One activity: topic, date, participants, results and photos."""

    topic = line(_("Topic"), _("What the activity was about."), required=False)
    date = date(_("Date"), _("When the activity took place; it must fall in the assessment year."), required=False)
    participants = paragraph(_("Participants"), _("Who took part and how many."))
    results = paragraph(_("Results"), _("What the activity achieved."), required=False)
    photos = _photos()
    document = document(_("Report document"))

    class Meta:
        icon = "group"
        label = _("Activity report")
        help_text = _("Topic, date, participants, results and photos of one activity.")
        preview_value = {"topic": "อบรมคุณธรรมจริยธรรม", "participants": "เจ้าหน้าที่ 40 คน"}


class ParticipationBlock(ITAStructBlock):
    """O30: outsiders' participation, and how its results improved the work."""

    topic = line(_("Topic of participation"), _("The issue outsiders were invited to take part in."), required=False)
    date = date(_("Date"))
    participants = paragraph(_("Participants"), _("A summary of who took part: groups and numbers."), required=False)
    results = paragraph(_("Results of participation"), _("What came out of the participation."), required=False)
    improvements = paragraph(
        _("How the results improved the work"),
        _("How the agency used the results to improve its work."),
        required=False,
    )
    photos = _photos()

    class Meta:
        icon = "group"
        label = _("Participation report")
        help_text = _("Topic, participants, results and the improvements they led to.")
        preview_value = {"topic": "ประชาคมจัดทำแผนพัฒนาท้องถิ่น"}
