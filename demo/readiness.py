"""Demo part 50: make the ITA section reachable from the homepage, then report readiness.

Why here: assessors start from the homepage, and the readiness check fails every item
when nothing there leads to the ITA section. If no other part of the demo (the menu,
homepage widgets) links it, this adds one sentence with the link to the homepage's
introduction, through the same validation as the editor; then it prints the score.
"""

from __future__ import annotations

from ita_pages.core.catalogue.registry import assessment_year
from ita_pages.core.publish import publish_validated
from ita_pages.readiness.checker import run_checks
from ita_pages.readiness.context import CheckContext
from ita_pages.readiness.rules.reach import links_to, menu_links_to

DEMO_ORDER = 50
LINK_TEXT = "ข้อมูลสาธารณะตามเกณฑ์การประเมินคุณธรรมและความโปร่งใส (ITA)"


def ensure_ita_link(site, year: int) -> bool:
    """Link the ITA section (or index) from the homepage intro unless something links it."""
    ctx = CheckContext(site, year)
    index = ctx.ita_index
    if index is None:
        return False
    entrances = [p.specific for p in index.get_ancestors(inclusive=True).filter(depth__gt=ctx.root.depth)]
    if any(links_to(ctx, ctx.root, e) or menu_links_to(ctx, e) for e in entrances):
        return False
    home = ctx.root
    home.intro = f'{home.intro or ""}<p><a linktype="page" id="{entrances[0].pk}">{LINK_TEXT}</a></p>'
    publish_validated(home)
    return True


def load(site, stdout) -> None:
    year = assessment_year(site)
    if ensure_ita_link(site, year):
        stdout.write("readiness: linked the ITA section from the homepage")
    report = run_checks(site, year)
    stdout.write(f"readiness: ITA {year}: {report.passed} of {report.total} items pass")
