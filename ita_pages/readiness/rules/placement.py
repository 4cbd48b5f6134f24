"""Rule `placement`: the item appears where the catalogue says, and its widget works.

Why read the rendered homepage: assessors look at the page a citizen gets, so the
check fetches the homepage anonymously and looks for the widget marked
`data-ita-item="<code>"` inside the region (`data-region`) the catalogue's placement
names (ita_pages.core.catalogue.placement). A marker alone does not pass: the widget must
render a working target (`data-ita-target`, also a link inside the widget); an address
on this site must be the item's own live, public page, and an address elsewhere (a
Facebook page, the NACC survey) must be a web address, checked when links are checked.
The public-services rule reads the site's main menu: its public-services submenu must
link to the item's live page.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from bs4 import BeautifulSoup
from django.utils.translation import gettext_lazy as _

from ita_pages.core.catalogue.placement import PUBLIC_SERVICES_MENU, region_for

from ..registry import Rule, register
from .reach import normal_path, page_path

PUBLIC_SERVICES_LABEL = "บริการประชาชน"


@dataclass(frozen=True)
class Widget:
    """One rendered widget for an item: the target it announces and the links it shows."""

    target: str
    links: frozenset[str]


def find_widgets(html: str, code: str, region: str | None) -> list[Widget]:
    """The widgets marked data-ita-item=`code` inside `region` (or anywhere)."""
    if not html:
        return []
    soup = BeautifulSoup(html, "html.parser")
    scopes = soup.select(f'[data-region="{region}"]') if region else [soup]
    return [
        Widget(element.get("data-ita-target", ""), frozenset(a["href"] for a in element.find_all("a", href=True)))
        for scope in scopes
        for element in scope.select(f'[data-ita-item="{code}"]')
    ]


def has_widget(html: str, code: str, region: str | None) -> bool:
    """True when an element with data-ita-item=`code` sits in `region` (or anywhere)."""
    return bool(find_widgets(html, code, region))


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
        "no-target": _(
            "The homepage widget for %(code)s points nowhere yet: publish its page or set its address "
            "(a widget without a working target does not count)."
        ),
        "target-not-linked": _("The homepage widget for %(code)s does not link to %(url)s."),
        "not-web-address": _("The homepage widget for %(code)s points to “%(url)s”, which is not a web address."),
        "wrong-target": _(
            "The homepage widget for %(code)s points to %(url)s, not to the live public page “%(title)s”."
        ),
        "target-not-public": _(
            "The homepage widget for %(code)s points to %(url)s, but visitors cannot open that page (HTTP %(status)s)."
        ),
        "target-restricted": _(
            "The homepage widget for %(code)s points to “%(title)s” (%(url)s), which only some visitors may open."
        ),
        "target-broken": _("The homepage widget for %(code)s points to %(url)s, which does not answer (%(reason)s)."),
        "no-menu": _("This site has no main menu yet: create one with a “บริการประชาชน” submenu linking %(code)s."),
        "no-public-services": _("The main menu has no “บริการประชาชน” (public services) submenu."),
        "not-in-menu": _("The “บริการประชาชน” submenu does not link to the live page “%(title)s” (%(code)s)."),
    }

    def applies(self, ctx, item):
        return item.placement != "none"

    def check(self, ctx, item):
        if item.placement == PUBLIC_SERVICES_MENU:
            yield from self._menu(ctx, item)
            return
        status, html = ctx.render_public(ctx.root)
        if status != 200:
            yield self.problem("no-homepage", status=status or "-")
            return
        widgets = find_widgets(html, item.code, region_for(item.placement))
        if not widgets:
            yield self.problem(item.placement, code=item.code)
            return
        problems = [self._target_problem(ctx, item, widget) for widget in widgets]
        if all(problem is not None for problem in problems):
            yield problems[0]

    def _target_problem(self, ctx, item, widget: Widget):
        """None when the widget's target works, else the problem with it."""
        url = widget.target
        if not url:
            return self.problem("no-target", code=item.code)
        if url not in widget.links:
            return self.problem("target-not-linked", code=item.code, url=url)
        parts = urlsplit(url)
        if parts.scheme not in ("", "http", "https") or (parts.scheme and not parts.netloc):
            return self.problem("not-web-address", code=item.code, url=url)
        if parts.netloc and parts.hostname != ctx.site.hostname:
            result = ctx.link_results.get(url)
            if result is not None and not result.ok:
                return self.problem("target-broken", code=item.code, url=url, reason=result.reason or "-")
            return None
        page = ctx.page_for(item)
        if page is None or not page.live or normal_path(parts.path) != page_path(page):
            title = page.title if page is not None else item.text("title", "th")
            return self.problem("wrong-target", code=item.code, url=url, title=title)
        if ctx.is_restricted(page):
            return self.problem("target-restricted", code=item.code, url=url, title=page.title)
        status, _html = ctx.render_public(page)
        if status != 200:
            return self.problem("target-not-public", code=item.code, url=url, status=status or "-")
        return None

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
