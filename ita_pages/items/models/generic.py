"""A page for any catalogue item that no dedicated page type serves.

Why: a new year's catalogue may add an item nobody has written a page type for. The
host names ``ita_pages.CatalogueItemPage`` as its page type in the TOML file, and
editors give each part in catalogue-part blocks; publishing checks the parts the
year's catalogue lists, as for every other item. Several items may share this type,
so each page stores the code of the item it serves.
"""

from __future__ import annotations

from functools import cached_property

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from ita_pages.core.catalogue import registry
from ita_pages.core.catalogue.model import GENERIC_PAGE_TYPE
from ita_pages.items.forms import ItemPageForm

from .base import BodyIndicatorPage, IndicatorPage, body_field


def generic_items(year: int) -> list:
    """The items of ``year``'s catalogue served by the generic page type."""
    catalogue = registry.catalogues().get(year)
    return [it for it in catalogue.items if it.page_type == GENERIC_PAGE_TYPE] if catalogue else []


class CatalogueItemPageForm(ItemPageForm):
    """The item comes from the code the editor picked, not from the page type."""

    def clean(self):
        code = self.data.get(self.add_prefix("item_code"))
        if code is not None:
            self.instance.item_code = code.strip()
        self.instance._ita_parent = self._parent()
        self.instance.__dict__.pop("ita_item_and_year", None)
        return super().clean()


class CatalogueItemPage(BodyIndicatorPage):
    """An item page whose every part is a catalogue-part block."""

    item_code = models.CharField(
        _("item code"),
        max_length=10,
        help_text=_("The code of the item this page serves in the year's catalogue, for example O12."),
    )
    body = body_field()

    part_specs: dict = {}
    max_count_per_parent = None  # one page per generic item, checked in clean()
    base_form_class = CatalogueItemPageForm
    content_panels = [
        *IndicatorPage.content_panels[:1],
        FieldPanel("item_code"),
        *IndicatorPage.content_panels[1:],
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("Catalogue item (generic)")

    @classmethod
    def can_create_at(cls, parent):
        if not Page.can_create_at.__func__(cls, parent):
            return False
        return bool(generic_items(cls.year_for_parent(parent)))

    def item_and_year_for(self, parent):
        year = self.year_for_parent(parent)
        for item in generic_items(year):
            if item.code.lower() == (self.item_code or "").lower():
                return item, year
        return None, year

    @cached_property
    def ita_item_and_year(self):
        return self.item_and_year_for(self._parent_for_rules())

    def clean(self):
        super().clean()
        parent = self._parent_for_rules()
        if parent is None:
            return
        item, year = self.item_and_year_for(parent)
        if item is None:
            codes = ", ".join(it.code for it in generic_items(year)) or "-"
            raise ValidationError(
                {
                    "item_code": _(
                        "%(code)s is not an item of %(year)s served by this page type (these are: %(codes)s)."
                    )
                    % {"code": self.item_code, "year": year, "codes": codes}
                }
            )
        twins = CatalogueItemPage.objects.child_of(parent).filter(item_code__iexact=item.code).exclude(pk=self.pk)
        if twins.exists():
            raise ValidationError(
                {"item_code": _("This index already has a page for %(code)s.") % {"code": item.code}}
            )
