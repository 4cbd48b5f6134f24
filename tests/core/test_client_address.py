"""Whose address counts for rate limits: REMOTE_ADDR, or behind trusted proxies the citizen's."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory

from ita_pages.core.client_address import client_address, parse_trusted_proxies

PROXY = "10.0.0.5"
CITIZEN = "203.0.113.7"


def request(remote: str, forwarded: str | None = None):
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/th/", **meta)


def test_without_trusted_proxies_the_peer_address_counts_and_the_header_is_ignored(settings):
    settings.TRUSTED_PROXIES = []
    assert client_address(request(CITIZEN)) == CITIZEN
    assert client_address(request(CITIZEN, "198.51.100.1")) == CITIZEN


def test_behind_a_trusted_proxy_the_address_it_appended_counts(settings):
    settings.TRUSTED_PROXIES = [PROXY]
    assert client_address(request(PROXY, CITIZEN)) == CITIZEN


def test_a_client_forging_the_header_through_the_proxy_gets_its_real_address(settings):
    # The proxy appends the address it saw; whatever the client wrote stays to the left.
    settings.TRUSTED_PROXIES = [PROXY]
    assert client_address(request(PROXY, f"198.51.100.1, {PROXY}, {CITIZEN}")) == CITIZEN
    assert client_address(request(PROXY, f"127.0.0.1,{CITIZEN}")) == CITIZEN


def test_a_client_reaching_the_server_directly_cannot_claim_another_address(settings):
    settings.TRUSTED_PROXIES = [PROXY]
    assert client_address(request(CITIZEN, "198.51.100.1")) == CITIZEN
    assert client_address(request(CITIZEN, PROXY)) == CITIZEN


def test_a_chain_of_trusted_proxies_given_as_networks_is_skipped(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8", "2001:db8::/32"]
    assert client_address(request("10.1.2.3", f"198.51.100.1, {CITIZEN}, 2001:db8::9, 10.9.9.9")) == CITIZEN
    assert client_address(request("2001:db8::1", "2001:0db8:0:0::7, 2606:4700::1111")) == "2606:4700::1111"


def test_a_request_from_inside_the_proxies_network_counts_its_furthest_hop(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    assert client_address(request("10.0.0.5", "10.0.0.8, 10.0.0.9")) == "10.0.0.8"
    assert client_address(request("10.0.0.5")) == "10.0.0.5"


def test_a_mistyped_trusted_proxy_is_refused():
    assert [str(net) for net in parse_trusted_proxies(["127.0.0.1", "::1", "10.0.0.0/8"])] == [
        "127.0.0.1/32",
        "::1/128",
        "10.0.0.0/8",
    ]
    for wrong in ("proxy.example", "10.0.0.1/8", "300.1.1.1"):
        with pytest.raises(ImproperlyConfigured, match="TRUSTED_PROXIES"):
            parse_trusted_proxies([wrong])
