"""Rule `live-page`: the item has a live, public page on this site.

Why first: every other rule reads the live revision, and assessors open the page
as an anonymous visitor, so a draft, a private or password-protected page or an
expired one is as good as no page.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from ita_pages.core.catalogue.registry import page_model

from ..registry import Rule, register


@register
class LivePageRule(Rule):
    code = "live-page"
    needs_live_page = False
    messages = {
        "no-page": _("There is no “%(type_name)s” page on this site yet: add one in the ITA section and publish it."),
        "draft": _("The page “%(title)s” is not published: the public and the assessors cannot see it. Publish it."),
        "restricted": _(
            "The page “%(title)s” is private or password-protected: assessors must open it without logging in."
        ),
        "expired": _("The page “%(title)s” has expired and is no longer shown: publish it again."),
    }

    def check(self, ctx, item):
        model = page_model(item.page_type)
        page = ctx.page_for(item)
        if page is None:
            yield self.problem("no-page", type_name=model._meta.verbose_name)
            return
        if ctx.is_expired(page):
            yield self.problem("expired", title=page.title)
        elif not page.live:
            yield self.problem("draft", title=page.title)
        elif ctx.is_restricted(page):
            yield self.problem("restricted", title=page.title)
