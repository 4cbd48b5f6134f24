"""Template tags that read the agency profile for the current site and language."""

from django import template
from django.utils.translation import get_language

from ita_pages.core.models import AgencyProfile

register = template.Library()


@register.simple_tag(takes_context=True)
def agency_name(context):
    """The agency's name in the page's language (empty when not yet configured)."""
    request = context.get("request")
    if request is None:
        return ""
    profile = AgencyProfile.for_request(request)
    return profile.display_name(get_language() or "th")
