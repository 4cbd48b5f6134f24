"""Rule `reachable`: a visitor can get from the main site to the item's page.

Why: assessors start at the agency's homepage; an item only reachable by typing its
address fails. A page is reachable when the homepage (its menu included) links to
it, or when the homepage links to the ITA index (or to the ITA section above it,
which leads to the year's index) and the index contains or links to the page.
Links are read from the pages as an anonymous visitor receives them.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from bs4 import BeautifulSoup
from django.utils.translation import gettext_lazy as _

from ..registry import Rule, register


def link_paths(html: str) -> set[str]:
    """The paths of every <a href> in `html` (host and query ignored)."""
    if not html:
        return set()
    soup = BeautifulSoup(html, "html.parser")
    return {normal_path(urlsplit(a["href"]).path) for a in soup.find_all("a", href=True)}


def normal_path(path: str) -> str:
    return path if path.endswith("/") else f"{path}/"


def page_path(page) -> str | None:
    parts = page.get_url_parts() if page is not None else None
    return normal_path(parts[2]) if parts else None


def links_to(ctx, html_page, target) -> bool:
    path = page_path(target)
    return path is not None and path in ctx.link_paths(html_page)


def menu_links_to(ctx, target) -> bool:
    menu = ctx.main_menu
    if menu is None or target is None:
        return False
    for child in menu.items:
        links = child.value.get("links") if child.block_type == "submenu" else [child.value]
        for link in links or []:
            page = link.get("page")
            if page is not None and page.pk == target.pk:
                return True
    return False


@register
class ReachableRule(Rule):
    code = "reachable"
    messages = {
        "no-index": _("The site has no published ITA index page, and the homepage does not link to “%(title)s”."),
        "index-not-linked": _(
            "The homepage and the main menu do not link to the ITA index page “%(index)s”: "
            "visitors cannot reach the ITA items from the main site."
        ),
        "not-in-index": _("The page “%(title)s” is neither under nor linked from the ITA index page “%(index)s”."),
    }

    def check(self, ctx, item):
        page = ctx.page_for(item)
        if links_to(ctx, ctx.root, page) or menu_links_to(ctx, page):
            return
        index = ctx.ita_index
        if index is None:
            yield self.problem("no-index", title=page.title)
            return
        # A link to the index or to a section above it (``/th/ita/`` leads to the year's index).
        entrances = [p.specific for p in index.get_ancestors(inclusive=True).filter(depth__gt=ctx.root.depth)]
        if not any(links_to(ctx, ctx.root, entrance) or menu_links_to(ctx, entrance) for entrance in entrances):
            yield self.problem("index-not-linked", index=index.title)
            return
        if not (page.path.startswith(index.path) or links_to(ctx, index, page)):
            yield self.problem("not-in-index", title=page.title, index=index.title)
