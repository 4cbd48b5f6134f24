"""Fixtures for the main-menu tests: live Q&A and E-Service pages."""

import pytest

from ita_pages.channels.qa.models import QAPage
from ita_pages.core.publish import add_validated_child
from ita_pages.furniture.eservice.models import EServicePage


@pytest.fixture
def qa_page(site_th):
    """A live Q&A page, published as an editor would."""
    page = QAPage(title="ถาม-ตอบ (Q&A)", slug="qa", intro="<p>ถามได้ที่นี่ เจ้าหน้าที่ตอบบนหน้านี้</p>")
    return add_validated_child(site_th.root_page, page)


@pytest.fixture
def eservice_page(site_th):
    page = EServicePage(
        title="E-Service",
        slug="e-service",
        services=[("service", {"name": "แจ้งซ่อม", "description": "ออนไลน์", "url": "https://example.org/"})],
    )
    return add_validated_child(site_th.root_page, page)
