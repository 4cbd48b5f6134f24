"""Throttling wrong passwords at the admin sign-in (django-axes), and its Thai answer.

Why: an admin account may read whistle-blowers' reports, so guessing its password must
be slow. Locking by address alone would let one office NAT lock out every editor
behind it; locking by username alone would let anyone lock a real editor out from
anywhere. A lock therefore holds one username from one client address (the address
``ita_pages.core.client_address`` trusts, so a proxy does not make everyone one
client). Axes keeps only what the lock needs: failed attempts until their cool-off
ends, never a successful sign-in, never the browser's user agent.
"""

import ipaddress

from axes.handlers.database import AxesDatabaseHandler
from django.conf import settings
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers

from ita_pages.core.client_address import client_address


def signin_address(request) -> str | None:
    """The trusted client address as axes stores it, or None when it is not an address.

    Axes keeps it in an IP address column (PostgreSQL's ``inet``), which refuses
    anything else, such as an empty REMOTE_ADDR behind a Unix socket.
    """
    address = client_address(request)
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


class SignInAttemptHandler(AxesDatabaseHandler):
    """Axes' database handler that records a failed attempt without the user agent.

    The lock does not use it, and a stored user agent would only add to what a
    database dump tells about an editor's machine.
    """

    def user_login_failed(self, sender, credentials: dict, request=None, **kwargs):
        if request is not None:
            request.axes_user_agent = ""
        return super().user_login_failed(sender, credentials, request, **kwargs)


def locked_out(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the Thai 429 page; the username is not shown back."""
    response = render(
        request,
        "admin_signin_locked.html",
        {"cooloff_minutes": settings.ADMIN_LOGIN_COOLOFF_MINUTES},
        status=429,
    )
    response["Retry-After"] = str(settings.ADMIN_LOGIN_COOLOFF_MINUTES * 60)
    add_never_cache_headers(response)
    return response
