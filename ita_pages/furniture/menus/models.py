"""The main menu: one translatable snippet per site and language.

The ITA requires some items (in 2566: Q&A and E-Service) to be links of the homepage
menu's "บริการประชาชน" (public services) submenu; which items is the catalogue of the
site's assessment year (their placement). The menu refuses to be saved without them,
so a site cannot lose those links by accident.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Site, TranslatableMixin

from ita_pages.core.catalogue import registry
from ita_pages.core.catalogue.placement import menu_items

from .blocks import PUBLIC_SERVICES, MenuStreamBlock


def missing_public_service_pages(items, catalogue) -> list[str]:
    """Names of the items `catalogue` puts in the public-services submenu whose live
    page that submenu (in `items`) does not link, in the editor's language."""
    found = set()
    for block in items:
        if block.block_type != "submenu" or block.value.get("role") != PUBLIC_SERVICES:
            continue
        for link in block.value["links"]:
            page = link.get("page")
            if page is not None and page.live:
                found.add(page.content_type.natural_key())
    language = get_language()
    return [
        gettext("the live page of %(code)s “%(title)s”") % {"code": item.code, "title": item.text("title", language)}
        for item in menu_items(catalogue)
        if (item.app_label, item.model_name.lower()) not in found
    ]


class MainMenu(TranslatableMixin, models.Model):
    """The site's main menu in one language."""

    site = models.ForeignKey(Site, verbose_name=_("site"), on_delete=models.CASCADE, related_name="+")
    items = StreamField(MenuStreamBlock(), verbose_name=_("menu items"))

    panels = [FieldPanel("site"), FieldPanel("items")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("main menu")
        verbose_name_plural = _("main menus")
        constraints = [models.UniqueConstraint(fields=["site", "locale"], name="menus_one_menu_per_site_language")]

    def __str__(self):
        return f"{self.site} ({self.locale})"

    def clean(self):
        super().clean()
        catalogue = registry.catalogue_for_site(self.site if self.site_id else None)
        missing = missing_public_service_pages(self.items, catalogue)
        if missing:
            raise ValidationError(
                {
                    "items": _(
                        'The "บริการประชาชน" (public services) submenu must link to %(pages)s. '
                        "Add a submenu with the role “Public services” and link these pages."
                    )
                    % {"pages": ", ".join(missing)}
                }
            )

    @classmethod
    def for_site(cls, site, locale=None):
        """The menu in the active language, else the site's menu in any language."""
        if site is None:
            return None
        locale = locale or Locale.get_active()
        menus = cls.objects.filter(site=site)
        return menus.filter(locale=locale).first() or menus.order_by("id").first()
