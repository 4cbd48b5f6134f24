"""`{% language_links as links %}`: the same page in each other language of the site.

Why not link to each language's homepage: a reader who switches language expects
the page they are reading. Wagtail pages link to their live translation (keeping a
routable page's sub-path, e.g. a follow-up view); Django views (search) keep their
path and query under the other language prefix. A page with no live translation
says so instead of linking somewhere else.
"""

from __future__ import annotations

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page

register = template.Library()


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str | None


def _page_url(page: Page, code: str, request) -> str | None:
    target = page.get_translations().live().filter(locale__language_code=code).first()
    if target is None:
        return None
    url = target.get_url(request)
    own = page.get_url(request)
    if url and request is not None and own and request.path.startswith(own):
        url += request.path[len(own) :]
    return url


@register.simple_tag(takes_context=True)
def language_links(context) -> list[LanguageLink]:
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    links = []
    for code, name in settings.LANGUAGES:
        if code == current:
            continue
        if isinstance(page, Page) and page.pk:
            url = _page_url(page, code, request)
        elif request is not None:
            url = translate_url(request.get_full_path(), code)
        else:
            url = f"/{code}/"
        links.append(LanguageLink(code=code, name=name, url=url))
    return links
