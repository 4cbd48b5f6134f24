"""The public address of each site: the one base every absolute URL starts with.

Why one place: QR codes and posters, the ITAS exports, the frozen submission, the
API and e-mails all leave the site (printed, pasted into ITAS, read by another
program) and must name the address citizens reach the site on, not the host a
request happened to use. That address is one fact, Wagtail's Site record
(hostname and port; the scheme follows from the port through `Site.root_url`), and
editors change it in Settings → Sites. Page addresses come from Wagtail's
`page.get_full_url()`, which reads the same `Site.root_url`.
"""

from __future__ import annotations

from urllib.parse import urlsplit

# Addresses that only the server itself can reach: a QR code with one of these is
# unusable for everybody else.
LOCAL_HOSTNAMES = frozenset({"localhost", "127.0.0.1", "::1", "0.0.0.0"})  # noqa: S104 - a name, not a bind


def base_url(site) -> str:
    """`scheme://host[:port]` of `site`, without a trailing slash."""
    return site.root_url


def absolute_url(site, path: str) -> str:
    """`path` (e.g. "/th/ita/frozen/2566/o1/") on `site`'s public address."""
    if urlsplit(path).scheme:
        return path
    return base_url(site) + "/" + path.lstrip("/")


def address_parts(address: str) -> tuple[str, int]:
    """(hostname, port) of a Site for `address` such as "http://127.0.0.1:8000".

    Wagtail derives the scheme from the port (443 is https, anything else http), so
    an https address on another port cannot be expressed and is refused.
    """
    parts = urlsplit(address if "://" in address else f"http://{address}")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"Not an http(s) address: {address!r}")
    if parts.path.strip("/") or parts.query or parts.fragment:
        raise ValueError(f"The address must not have a path: {address!r}")
    default = 443 if parts.scheme == "https" else 80
    port = parts.port or default
    if parts.scheme == "https" and port != 443:
        raise ValueError(f"https is only served on port 443 by a Wagtail Site: {address!r}")
    if parts.scheme == "http" and port == 443:
        raise ValueError(f"Port 443 is https: {address!r}")
    return parts.hostname, port


def set_address(site, address: str) -> None:
    """Make `address` the public address of `site` (saved)."""
    site.hostname, site.port = address_parts(address)
    site.save()


def is_local(site) -> bool:
    """True when only the server itself can reach `site`'s address."""
    return site.hostname.lower() in LOCAL_HOSTNAMES
