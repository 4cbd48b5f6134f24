"""Run every registered rule over every catalogue item of one site and year.

Why one entry point: the command, the dashboard, the report view, the export and
the editors-only status on the ITA index all call `run_checks` (or its cached form
in `cache.py`), so they can never disagree about an item.
"""

from __future__ import annotations

import dataclasses
import logging

from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from ita_pages.core.catalogue.registry import assessment_year, get_catalogue

from . import links, registry
from .context import CheckContext
from .results import ItemResult, Report, page_status
from .rules.evidence import external_urls

logger = logging.getLogger(__name__)


class _CheckError(registry.Rule):
    """Stands in for a rule that crashed, so one bug cannot hide every other result."""

    code = "check-error"
    messages = {"error": _("The check “%(rule)s” could not run on this page (%(error)s); tell the site's developers.")}


_ERROR = _CheckError()


def site_label(site) -> str:
    return site.hostname if site.port in (80, 443, None) else f"{site.hostname}:{site.port}"


def _run_rule(rule, ctx: CheckContext, item) -> list:
    try:
        return list(rule.check(ctx, item))
    except Exception as exc:
        logger.exception("readiness rule %s failed on %s", rule.code, item.code)
        return [_ERROR.problem("error", rule=rule.code, error=type(exc).__name__)]


def run_rule(rule, ctx: CheckContext, item) -> list:
    """The rule's problems, each worded in Thai and in English.

    A rule may pass on text that was translated when it was made (a validation
    message, a label), which a problem cannot translate afterwards; so a rule that
    finds problems runs once more in English and the English run words them.
    """
    with translation.override("th"):
        problems = _run_rule(rule, ctx, item)
    if not problems:
        return problems
    with translation.override("en"):
        english = _run_rule(rule, ctx, item)
    if [p.rule for p in english] != [p.rule for p in problems]:
        return problems
    return [dataclasses.replace(p, message_en=e.message_en) for p, e in zip(problems, english, strict=True)]


def check_item(ctx: CheckContext, item) -> ItemResult:
    result = ItemResult(code=item.code, group=item.group, title_th=item.title_th, title_en=item.title_en)
    page = ctx.page_for(item)
    live = ctx.live_object(page) if page is not None else None
    if page is not None:
        result.page_id = page.pk
        result.url = ctx.url_of(page) if page.live else None
        result.revision_id = page.live_revision_id if page.live else None
    status = page_status(
        page,
        restricted=page is not None and ctx.is_restricted(page),
        expired=page is not None and ctx.is_expired(page),
    )
    if status is not None:
        result.status = status
    blocked = False
    for rule in registry.rules():
        if not rule.applies(ctx, item):
            continue
        if rule.needs_live_page and (live is None or blocked):
            continue
        problems = run_rule(rule, ctx, item)
        for problem in problems:
            result.add(problem)
        if rule.code == "live-page" and problems:
            blocked = True
    result.settle()
    return result


def run_checks(
    site, year: int | None = None, *, check_links: bool = False, progress=None, link_options=None
) -> Report:
    """Check every item of `year`'s catalogue (default: the site's assessment year) on `site`.

    `progress(done, total, label)` is called as items are checked (the command draws
    a progress line with it). With `check_links`, external links are fetched first.
    """
    year = int(year or assessment_year(site))
    catalogue = get_catalogue(year)
    ctx = CheckContext(site, year, catalogue=catalogue, check_links=check_links)
    if check_links:
        urls = []
        for item in catalogue.items:
            page = ctx.page_for(item)
            live = ctx.live_object(page) if page is not None else None
            if live is not None:
                urls.extend(external_urls(live))
        ctx.link_results = links.check_urls(urls, progress=_link_progress(progress), **(link_options or {}))
    report = Report(
        site=site_label(site),
        site_id=site.pk,
        year=year,
        groups=[(g.code, g.heading_th, g.heading_en) for g in catalogue.groups],
        checked_at=timezone.now().isoformat(),
        checked_links=check_links,
    )
    total = len(catalogue.items)
    for done, item in enumerate(catalogue.items, start=1):
        report.items.append(check_item(ctx, item))
        if progress is not None:
            progress(done, total, item.code)
    return report


def _link_progress(progress):
    if progress is None:
        return None
    return lambda done, total, url: progress(done, total, f"link {url}")
