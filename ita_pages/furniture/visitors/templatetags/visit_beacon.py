"""The beacon's address with a fresh token, so every page view can be counted once.

Why a tag: the token is minted per rendering for the request's site, which the base
layout should not have to know how to do.
"""

from urllib.parse import urlencode

from django import template
from django.urls import reverse
from wagtail.models import Site

from ita_pages.furniture.visitors import beacon

register = template.Library()


@register.simple_tag(takes_context=True)
def visit_beacon_src(context) -> str:
    """The pixel's URL for this page view; empty for editors' previews and unknown sites."""
    request = context.get("request")
    if request is None or getattr(request, "is_preview", False):
        return ""
    site = Site.find_for_request(request)
    if site is None:
        return ""
    return f"{reverse('visitors:hit')}?{urlencode({'v': beacon.mint(site.pk)})}"
