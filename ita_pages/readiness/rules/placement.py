"""Rule `placement`: the item appears where the ITA says on the homepage or menu.

Why read the rendered homepage: assessors look at the page a citizen gets, so the
check fetches the homepage anonymously and looks for the widget's
`data-ita-item="<code>"` inside the region (`data-region="bottom|right"`) that the
catalogue's placement names. The "บริการประชาชน" rule reads the main menu snippet
(issue 5's `menus.MainMenu`): a submenu with the public-services role must link to
the item's live page. Absent apps are reported as missing, with a clear message.
"""

from __future__ import annotations

from bs4 import BeautifulSoup
from django.utils.translation import gettext_lazy as _

from ..registry import Rule, register

PUBLIC_SERVICES_LABEL = "บริการประชาชน"
REGION_OF = {
    "home-bottom": "bottom",
    "home-right-facebook-banner": "right",
    "home-right-qr-code": "right",
    "site-qr-code": None,  # anywhere on the homepage
}


def has_widget(html: str, code: str, region: str | None) -> bool:
    """True when an element with data-ita-item=`code` sits in `region` (or anywhere)."""
    if not html:
        return False
    soup = BeautifulSoup(html, "html.parser")
    scopes = soup.select(f'[data-region="{region}"]') if region else [soup]
    return any(scope.select_one(f'[data-ita-item="{code}"]') is not None for scope in scopes)


def public_services_pages(menu) -> set[int] | None:
    """Ids of pages linked from the menu's "บริการประชาชน" submenu; None when there is none."""
    found = None
    for child in menu.items:
        if child.block_type != "submenu":
            continue
        value = child.value
        if value.get("role") != "public_services" and (value.get("label") or "").strip() != PUBLIC_SERVICES_LABEL:
            continue
        found = found or set()
        for link in value.get("links") or []:
            page = link.get("page")
            if page is not None and page.live:
                found.add(page.pk)
    return found


@register
class PlacementRule(Rule):
    code = "placement"
    messages = {
        "no-homepage": _("The homepage could not be opened (HTTP %(status)s), so the placement cannot be checked."),
        "home-bottom": _("The homepage's bottom section has no widget for %(code)s: add it in the homepage editor."),
        "home-right-facebook-banner": _(
            "The homepage's right column has no Facebook banner for %(code)s: add it in the homepage editor."
        ),
        "home-right-qr-code": _(
            "The homepage's right column has no QR code for %(code)s: add it in the homepage editor."
        ),
        "site-qr-code": _("The homepage shows no QR code for %(code)s: add it in the homepage editor."),
        "no-menu-app": _(
            "The main menu is not installed, so %(code)s cannot be placed under “บริการประชาชน” (public services)."
        ),
        "no-menu": _("This site has no main menu yet: create one with a “บริการประชาชน” submenu linking %(code)s."),
        "no-public-services": _("The main menu has no “บริการประชาชน” (public services) submenu."),
        "not-in-menu": _("The “บริการประชาชน” submenu does not link to the live page “%(title)s” (%(code)s)."),
    }

    def applies(self, ctx, item):
        return item.placement != "none"

    def check(self, ctx, item):
        if item.placement == "home-menu-public-services":
            yield from self._menu(ctx, item)
            return
        status, html = ctx.render_public(ctx.root)
        if status != 200:
            yield self.problem("no-homepage", status=status or "-")
            return
        if not has_widget(html, item.code, REGION_OF.get(item.placement)):
            yield self.problem(item.placement, code=item.code)

    def _menu(self, ctx, item):
        menu = ctx.main_menu
        if menu is None:
            yield self.problem("no-menu", code=item.code)
            return
        linked = public_services_pages(menu)
        if linked is None:
            yield self.problem("no-public-services")
            return
        page = ctx.page_for(item)
        if page.pk not in linked:
            yield self.problem("not-in-menu", title=page.title, code=item.code)
