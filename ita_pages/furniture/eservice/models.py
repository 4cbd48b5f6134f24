"""The E-Service page: online channels that spare citizens a visit.

An item of the year's catalogue (O18 in 2566). Each service names what it does and
where to do it (an external system or a form page on this site). The catalogue's
part says the page must list a service before it is published, and its placement
that the main menu's public-services entry must link to it.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.blocks import StructBlockValidationError
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from ita_pages.items.models.item import ItemPage


class EServiceBlock(blocks.StructBlock):
    """One online service: its name, what it does, and a link or a form page."""

    name = blocks.CharBlock(label=_("service name"), max_length=200)
    description = blocks.TextBlock(label=_("description"))
    url = blocks.URLBlock(label=_("link to the online service"), required=False, default="")
    page = blocks.PageChooserBlock(label=_("or a form page on this site"), required=False)

    class Meta:
        icon = "link"
        label = _("Online service")
        help_text = _("Give either a link to an online system or a form page on this site.")
        preview_value = {
            "name": "ขออนุญาตก่อสร้างออนไลน์",
            "description": "ยื่นคำขอและติดตามสถานะได้โดยไม่ต้องเดินทางมาที่สำนักงาน",
            "url": "https://example.go.th/e-service/",
        }

    def clean(self, value):
        value = super().clean(value)
        if not self.is_deferred_validation and not value.get("url") and not value.get("page"):
            raise StructBlockValidationError(
                block_errors={"url": ValidationError(_("Give a link or choose a form page."))}
            )
        return value


class EServicePage(ItemPage, Page):
    """The list of the agency's online services."""

    intro = RichTextField(_("introduction"), blank=True)
    services = StreamField(
        [("service", EServiceBlock())],
        verbose_name=_("online services"),
        blank=True,
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("services")]
    max_count_per_parent = 1
    part_specs = {"online_channel": "services.service"}

    class Meta:
        verbose_name = _("E-Service page")
