"""Who may read corruption complaint cases.

Why: O28 protects the whistleblower; only the site's complaint officers may read a
case. This deliberately ignores Django permissions and superuser status: an admin
who wants to read cases must be put in the group, which is visible and audited.
"""

from django.contrib.auth.models import Group
from wagtail.models import Site

from .models import OFFICER_GROUP_NAME, ComplaintSettings


def officer_group_for(site):
    group = ComplaintSettings.for_site(site).officer_group
    if group is None:
        group = Group.objects.filter(name=OFFICER_GROUP_NAME).first()
    return group


def is_officer(user, site) -> bool:
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    group = officer_group_for(site)
    return group is not None and user.groups.filter(pk=group.pk).exists()


def officer_site_ids(user) -> list[int]:
    """Sites whose cases this user may read."""
    if user is None or not user.is_authenticated or not user.is_active:
        return []
    return [site.pk for site in Site.objects.all() if is_officer(user, site)]


def cases_for(user, queryset=None):
    from .models import CorruptionCase

    queryset = queryset if queryset is not None else CorruptionCase.objects.all()
    return queryset.filter(site_id__in=officer_site_ids(user))
