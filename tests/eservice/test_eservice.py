"""E-Service (O18): a published page lists at least one usable service."""

import pytest
from django.core.exceptions import ValidationError

from ita_pages.core.publish import add_validated_child, validate_for_publish
from ita_pages.furniture.eservice.models import EServicePage

SERVICE = {"name": "ขออนุญาตก่อสร้าง", "description": "ยื่นคำขอออนไลน์", "url": "https://example.org/permit/"}


def test_page_lists_services(client, site_th):
    page = add_validated_child(
        site_th.root_page, EServicePage(title="E-Service", slug="e-service", services=[("service", SERVICE)])
    )
    html = client.get(page.url).content.decode()
    assert 'data-ita-item="O18"' in html
    assert 'href="https://example.org/permit/"' in html and "ใช้บริการนี้" in html


def test_publishing_needs_a_service(site_th):
    with pytest.raises(ValidationError):
        validate_for_publish(EServicePage(title="E-Service", slug="e-service", services=[]))


def test_a_service_needs_a_link_or_a_form_page(site_th):
    page = EServicePage(title="E-Service", slug="e-service", services=[("service", dict(SERVICE, url=""))])
    with pytest.raises(ValidationError):
        validate_for_publish(page)
    page.services = [("service", dict(SERVICE, url="", page=site_th.root_page))]
    assert add_validated_child(site_th.root_page, page).live
