"""Who the agency is: structure charts, executives, duties, laws and social links."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .fields import ITAStructBlock, document, image, line, paragraph

ROLE_CHOICES = [
    ("top", _("Top executive")),
    ("deputy", _("Deputy executive")),
    ("other", _("Other executive")),
]
SIDE_CHOICES = [
    ("political", _("Political side")),
    ("civil_service", _("Civil-service side")),
]
CHART_SIDE_CHOICES = [("whole", _("Whole agency")), *SIDE_CHOICES]
NETWORK_CHOICES = [
    ("facebook", "Facebook"),
    ("x", "X (Twitter)"),
    ("instagram", "Instagram"),
    ("youtube", "YouTube"),
    ("line", "LINE"),
    ("tiktok", "TikTok"),
    ("other", _("Other")),
]


class StructureChartBlock(ITAStructBlock):
    """O1: one chart of the agency's divisions (LAOs need a political and a civil-service one)."""

    title = line(_("Chart title"))
    side = blocks.ChoiceBlock(
        choices=CHART_SIDE_CHOICES,
        default="whole",
        label=_("Structure side"),
        help_text=_("Local administrations must publish both a political and a civil-service chart."),
    )
    image = image(
        _("Structure chart"), _("The chart assessors look for: the agency's divisions at a glance."), required=False
    )
    units = paragraph(
        _("Key positions and internal units"),
        _("List the key positions and internal units (bureaux, divisions, centres, sections, groups)."),
        required=False,
    )

    class Meta:
        icon = "sitemap"
        label = _("Structure chart")
        help_text = _("A chart of the agency's divisions with key positions and internal units.")
        preview_value = {"title": "โครงสร้างส่วนราชการ", "side": "whole", "units": "สำนักปลัด กองคลัง กองช่าง"}


class PersonBlock(ITAStructBlock):
    """O2: one executive with the four things assessors check for every person."""

    name = line(_("Full name"), _("Title, first name and surname as assessors expect to read them."), required=False)
    position = line(_("Position"), required=False)
    role = blocks.ChoiceBlock(
        choices=ROLE_CHOICES,
        label=_("Role"),
        help_text=_("At least one top executive and one deputy are required."),
    )
    side = blocks.ChoiceBlock(
        choices=SIDE_CHOICES,
        required=False,
        label=_("Side"),
        help_text=_("Local administrations need executives on both the political and the civil-service side."),
    )
    photo = image(_("Photo"), _("A recent photo of this executive."), required=False)
    contact = line(
        _("Contact channel"), _("A phone number, e-mail or other channel that reaches this executive."), required=False
    )

    class Meta:
        icon = "user"
        label = _("Executive")
        help_text = _("Name, position, photo and contact channel of one executive.")
        preview_value = {"name": "นายสมชาย ใจดี", "position": "นายกองค์การบริหารส่วนตำบล", "role": "top"}


class DutyBlock(ITAStructBlock):
    """O3: duties and powers, with the law that sets them."""

    law = line(
        _("Law that sets the duties"),
        _("Name the act or regulation that gives these duties and powers."),
        required=False,
    )
    duties = blocks.RichTextBlock(
        label=_("Duties and powers"),
        features=["bold", "italic", "ol", "ul", "link"],
        help_text=_("The duties and powers exactly as the law sets them."),
        required=False,
    )

    class Meta:
        icon = "list-ul"
        label = _("Duties and powers")
        help_text = _("Duties and powers under one law.")
        preview_value = {"law": "พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537"}


class LawBlock(ITAStructBlock):
    """O6: one law governing the agency's work."""

    title = line(_("Law"), _("The full name of the law, e.g. an act with its B.E. year."), required=False)
    summary = paragraph(_("What it governs"), required=False)
    url = blocks.URLBlock(label=_("Link to the law"), required=False)
    document = document(_("Law document"))

    class Meta:
        icon = "doc-full"
        label = _("Related law")
        help_text = _("A law related to the agency's work.")
        preview_value = {"title": "พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540"}


class SocialLinkBlock(ITAStructBlock):
    """O9: one social network account of the agency."""

    network = blocks.ChoiceBlock(choices=NETWORK_CHOICES, label=_("Network"), required=False)
    url = blocks.URLBlock(
        label=_("Address"), help_text=_("The link that opens the agency's own account."), required=False
    )
    name = line(_("Account name"), required=False)

    class Meta:
        icon = "link"
        label = _("Social network link")
        help_text = _("A link to one of the agency's social network accounts.")
        preview_value = {"network": "facebook", "url": "https://www.facebook.com/"}
