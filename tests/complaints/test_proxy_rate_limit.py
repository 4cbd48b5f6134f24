"""Rate limits behind a reverse proxy: one quota per citizen, whatever the citizen forges."""

import pytest

from ita_pages.channels.complaints.models import CorruptionCase

PROXY = "127.0.0.1"
FORM = {"subject": "ส", "description": "ร"}


@pytest.fixture
def behind_proxy(settings):
    settings.TRUSTED_PROXIES = [PROXY]
    settings.CITIZEN_FORM_RATE_LIMIT = (2, 600)


def file_via_proxy(client, page, forwarded: str) -> int:
    return client.post(page.url, FORM, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded).status_code


@pytest.mark.django_db
def test_two_citizens_behind_the_same_proxy_have_quotas_of_their_own(client, corruption_page, behind_proxy):
    first = [file_via_proxy(client, corruption_page, "198.51.100.1") for _ in range(3)]
    second = [file_via_proxy(client, corruption_page, "198.51.100.2") for _ in range(2)]
    assert first == [200, 200, 429]
    assert second == [200, 200]
    assert CorruptionCase.objects.count() == 4


@pytest.mark.django_db
def test_a_forged_forwarded_header_does_not_renew_the_quota(client, corruption_page, behind_proxy):
    # The proxy appends the real address after whatever the client sent.
    statuses = [file_via_proxy(client, corruption_page, f"192.0.2.{n}, 198.51.100.1") for n in range(3)]
    assert statuses == [200, 200, 429]


@pytest.mark.django_db
def test_a_client_without_a_proxy_cannot_forge_its_way_past_the_limit(client, corruption_page, behind_proxy):
    statuses = [
        client.post(
            corruption_page.url, FORM, REMOTE_ADDR="198.51.100.9", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}"
        ).status_code
        for n in range(3)
    ]
    assert statuses == [200, 200, 429]


@pytest.mark.django_db
def test_without_a_trusted_proxy_everyone_behind_one_counts_as_one(client, corruption_page, settings):
    # Why TRUSTED_PROXIES exists: unset, the proxy's own address is all the site sees.
    settings.CITIZEN_FORM_RATE_LIMIT = (2, 600)
    settings.TRUSTED_PROXIES = []
    statuses = [file_via_proxy(client, corruption_page, f"198.51.100.{n}") for n in range(3)]
    assert statuses == [200, 200, 429]
