"""`{% main_menu %}`: the site's menu in the page's language."""

from django import template
from wagtail.models import Site

from ita_pages.menus.models import MainMenu

register = template.Library()


@register.inclusion_tag("menus/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    return {"menu": MainMenu.for_site(site), "request": request, "LANGUAGE_CODE": context.get("LANGUAGE_CODE")}
