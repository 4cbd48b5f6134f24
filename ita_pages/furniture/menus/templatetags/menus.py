"""`{% main_menu %}`: the site's menu in the page's language."""

from django import template
from wagtail.models import Locale, Page, Site

from ita_pages.furniture.menus.models import MainMenu

register = template.Library()


def _active_locale_id(context) -> int | None:
    page = context.get("page")
    if isinstance(page, Page):
        return page.locale_id  # a page is served in its own language: no query
    try:
        return Locale.get_active().pk
    except Locale.DoesNotExist:
        return None


@register.inclusion_tag("menus/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    return {
        "menu": MainMenu.for_site(site),
        "request": request,
        "LANGUAGE_CODE": context.get("LANGUAGE_CODE"),
        "locale_id": _active_locale_id(context),
    }


@register.filter
def in_locale(page, locale_id):
    """The page's translation in the reader's language (the page itself when none is live)."""
    if page is None or locale_id is None or page.locale_id == locale_id:
        return page
    translation = page.get_translations().live().filter(locale_id=locale_id).first()
    return translation or page
