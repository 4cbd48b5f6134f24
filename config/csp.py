"""Content-Security-Policy headers: one strict policy for the public site, one for the admin.

Why: a citizen's browser should run only the project's own scripts, so that an injected
``<script>`` or ``onclick`` in any page (a feed title, an editor's paste) does nothing.
The public templates carry no inline script or style, which lets their policy refuse
both. The Wagtail admin and wagtail-localize still ship inline scripts and styles, so
admin paths get the looser ``ADMIN_CONTENT_SECURITY_POLICY`` (inline allowed, everything
else still from this origin). Both policies are written once, in the settings.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings

ADMIN_PATH_PREFIXES = ("/admin/", "/django-admin/")


class SitePolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, choosing the admin policy on admin paths."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and request.path_info.startswith(ADMIN_PATH_PREFIXES):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts
