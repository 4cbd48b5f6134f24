"""Blocks of the main menu: plain links and dropdown submenus."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError

PUBLIC_SERVICES = "public_services"


class MenuLinkBlock(blocks.StructBlock):
    """A menu entry pointing at a page of this site or at an external address."""

    label = blocks.CharBlock(label=_("label"), max_length=80, required=False, default="")
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("or an external link"), required=False, default="")

    class Meta:
        icon = "link"
        label = _("Link")
        help_text = _("Choose a page or give an external link; the label defaults to the page title.")
        preview_value = {"label": "ติดต่อเรา", "url": "https://example.go.th/contact/"}

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or give a link."))}
            )
        if value.get("url") and not value.get("page") and not value.get("label"):
            raise StructBlockValidationError(
                block_errors={"label": ValidationError(_("An external link needs a label."))}
            )
        return value


class SubmenuBlock(blocks.StructBlock):
    """A dropdown: a heading with links under it. The role marks the ITA submenu."""

    label = blocks.CharBlock(label=_("label"), max_length=80)
    role = blocks.ChoiceBlock(
        label=_("role"),
        choices=[(PUBLIC_SERVICES, _("Public services (must link the ITA items placed there)"))],
        required=False,
        help_text=_('Mark the "บริการประชาชน" submenu; the year\'s ITA catalogue says which items it must link.'),
    )
    links = blocks.ListBlock(MenuLinkBlock(), label=_("links"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Submenu")
        help_text = _("A heading that opens a list of links.")
        preview_value = {"label": "บริการประชาชน", "role": PUBLIC_SERVICES, "links": []}


class MenuStreamBlock(blocks.StreamBlock):
    """Top-level menu entries, in order."""

    link = MenuLinkBlock()
    submenu = SubmenuBlock()
