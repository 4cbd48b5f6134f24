"""System check: in production, no site may have a local address (localhost, 127.0.0.1).

Why: every QR code, poster, ITAS export row and API link starts with the site's
address (config.addresses); a Site left at Wagtail's "localhost" makes all of them
unusable outside the server. Only a warning, shown by `manage.py check`, `migrate`
and `check --deploy`: the site still serves, an editor fixes it in Settings → Sites.
"""

from django.conf import settings
from django.core import checks
from django.db import DatabaseError

from .addresses import base_url, is_local


def real_sites():
    """Every Site whose root is an actual homepage; [] when the tables do not exist yet.

    Wagtail's first migration creates a "localhost" Site on a plain placeholder page;
    that one is not a published site and must not raise the warning.
    """
    from wagtail.models import Page, Site  # apps may not be ready at import

    try:
        sites = list(Site.objects.select_related("root_page__content_type"))
    except DatabaseError:
        return []
    return [site for site in sites if site.root_page.content_type.model_class() is not Page]


@checks.register(checks.Tags.security)
def check_site_addresses(app_configs, **kwargs):
    if settings.DEBUG:
        return []
    return [
        checks.Warning(
            f"The site {site.site_name or site.pk!s} has the address {base_url(site)}, which only this server "
            "reaches: its QR codes, exports and API links are wrong for everybody else.",
            hint="Set the public hostname and port in Settings → Sites "
            "(or `manage.py load_demo_site --address` for the demo).",
            obj=site,
            id="config.W001",
        )
        for site in real_sites()
        if is_local(site)
    ]
