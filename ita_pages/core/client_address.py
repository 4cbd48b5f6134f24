"""The address of the citizen who sent a request, as far as the site can trust it.

Why: behind a reverse proxy every request arrives from the proxy, so REMOTE_ADDR alone
would put every citizen into one rate-limit quota; believing X-Forwarded-For from
anyone would let a flooder pick a fresh address per request. The host lists its own
proxies in TRUSTED_PROXIES; only what they add to X-Forwarded-For is believed. The
address is used in memory only (rate limits hash it), never stored or logged, except
for a wrong password at the admin sign-in, kept until its lock ends (config/signin.py).
"""

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_trusted_proxies(entries) -> tuple[Network, ...]:
    """Addresses and CIDR networks of the host's proxies; a mistake stops the site.

    Strict like gunicorn's forwarded_allow_ips (which reads the same list), so that
    "192.168.1.1/24" is refused by both instead of meaning different things to each.
    """
    networks = []
    for entry in entries:
        try:
            networks.append(ipaddress.ip_network(entry.strip()))
        except ValueError as exc:
            raise ImproperlyConfigured(f"TRUSTED_PROXIES: {entry!r} is not an IP address or network ({exc})") from exc
    return tuple(networks)


@lru_cache(maxsize=8)
def _networks(entries: tuple[str, ...]) -> tuple[Network, ...]:
    return parse_trusted_proxies(entries)


def _address(value: str):
    value = value.strip()
    if value.startswith("[") and "]" in value:  # "[2001:db8::1]" or "[2001:db8::1]:443"
        value = value[1 : value.index("]")]
    try:
        return ipaddress.ip_address(value)
    except ValueError:
        return None


def _is_trusted(value: str, networks: tuple[Network, ...]) -> bool:
    address = _address(value)
    return address is not None and any(address in network for network in networks)


def client_address(request) -> str:
    """REMOTE_ADDR, or behind a trusted proxy the right-most untrusted X-Forwarded-For hop.

    Hops are read from the right: each trusted proxy appends the address it received
    the request from, so the first hop that is not one of ours is the citizen (or the
    last machine outside the host's control). Anything further left was written by
    the client and may be invented, so it never counts.
    """
    remote = request.META.get("REMOTE_ADDR", "") or ""
    networks = _networks(tuple(getattr(settings, "TRUSTED_PROXIES", ())))
    if not networks or not _is_trusted(remote, networks):
        return remote
    hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    for hop in reversed(hops):
        if not _is_trusted(hop, networks):
            address = _address(hop)
            return str(address) if address is not None else hop
    # Every hop is one of ours (a request from inside the host's network), or the proxy
    # sent no header: the furthest hop known, else the proxy itself.
    return hops[0] if hops else remote
