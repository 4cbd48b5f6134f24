"""Announcements and policies: signed declarations (O31, O40) and policies (O10, O23, O39)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .fields import ITAStructBlock, date, document, line, paragraph

SIGNER_ROLE_CHOICES = [
    ("top", _("Top executive")),
    ("acting_top", _("Acting top executive")),
    ("deputy", _("Deputy executive")),
    ("other", _("Other")),
]
_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link"]


class SignedAnnouncementBlock(ITAStructBlock):
    """An official announcement or order with its signer and the signed file."""

    title = line(_("Title"))
    text = paragraph(_("Announcement text"), _("The text of the announcement as signed."), required=False)
    signer = line(_("Signed by"), _("The full name of the person who signed."))
    signer_position = line(_("Signer's position"))
    signer_role = blocks.ChoiceBlock(
        choices=SIGNER_ROLE_CHOICES,
        label=_("Signer's role"),
        help_text=_("Declarations such as the No Gift Policy must be signed by the top executive in office."),
    )
    signed_on = date(_("Signed on"))
    document = document(_("Signed document"), _("A scan or PDF of the signed announcement."), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Signed announcement")
        help_text = _("The announcement text, who signed it and when, and the signed file.")
        preview_value = {"title": "ประกาศเจตนารมณ์", "signer": "นายสมชาย ใจดี", "signer_role": "top"}


class PolicyBlock(ITAStructBlock):
    """A policy or code published in full (O10, O23, O39)."""

    title = line(_("Title"))
    text = blocks.RichTextBlock(
        label=_("Policy text"), features=_TEXT_FEATURES, help_text=_("The full text of the policy."), required=False
    )
    issued_by = line(_("Issued by"), required=False)
    issued_on = date(_("Issued on"), required=False)
    document = document(_("Policy document"))

    class Meta:
        icon = "doc-full"
        label = _("Policy")
        help_text = _("The full text of a policy, who issued it and when.")
        preview_value = {"title": "นโยบายคุ้มครองข้อมูลส่วนบุคคล"}


class GuidelineBlock(ITAStructBlock):
    """A guideline such as the ethics Dos & Don'ts (O40)."""

    title = line(_("Title"))
    text = paragraph(_("Guideline"), _("What staff should and should not do."), required=False)
    document = document(_("Guideline document"))

    class Meta:
        icon = "help"
        label = _("Guideline")
        help_text = _("A guideline for staff conduct.")
        preview_value = {"title": "แนวทางปฏิบัติ Dos & Don'ts"}
