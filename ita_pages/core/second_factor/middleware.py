"""Holds a password-only admin session at the second-factor step.

Why: Wagtail's and Django's admin views know nothing of django-otp; one check in
front of them covers every admin view, including those added later. A person who
must, or chose to, use a second factor and has not given it this session reaches only
the second-factor pages and sign-out; everything else under the admin redirects there.
"""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode

from .policy import has_second_factor, needs_verifying

ADMIN_PREFIXES = ("/admin/", "/django-admin/")


class SecondFactorMiddleware:
    """After django-otp's OTPMiddleware, which tells whether this session is verified."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(ADMIN_PREFIXES) and needs_verifying(request.user):
            allowed = {
                reverse("second_factor_verify"),
                reverse("second_factor_setup"),
                reverse("wagtailadmin_logout"),
                # The admin's own page furniture, which every admin page fetches.
                reverse("wagtailadmin_javascript_catalog"),
                reverse("wagtailadmin_sprite"),
            }
            if request.path_info not in allowed:
                step = "second_factor_verify" if has_second_factor(request.user) else "second_factor_setup"
                return redirect(f"{reverse(step)}?{urlencode({'next': safe_next(request)})}")
        return self.get_response(request)


def safe_next(request) -> str:
    """Where to go once verified: this page for a GET, else the admin home."""
    target = request.GET.get("next") or (request.get_full_path() if request.method == "GET" else "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return reverse("wagtailadmin_home")
