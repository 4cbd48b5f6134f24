"""Fixtures for the main-menu tests: live Q&A and E-Service pages."""

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from ita_pages.core.publish import add_validated_child
from ita_pages.eservice.models import EServicePage


@pytest.fixture
def qa_page(site_th):
    """A live page typed as qa.QAPage by content type.

    The Q&A app is built on another branch; the menu rule checks the chosen page's
    content type, so a page carrying that type is what the rule sees either way.
    """
    content_type, _ = ContentType.objects.get_or_create(app_label="qa", model="qapage")
    page = Page(title="ถาม-ตอบ (Q&A)", slug="qa", content_type=content_type)
    site_th.root_page.add_child(instance=page)
    return page


@pytest.fixture
def eservice_page(site_th):
    page = EServicePage(
        title="E-Service",
        slug="e-service",
        services=[("service", {"name": "แจ้งซ่อม", "description": "ออนไลน์", "url": "https://example.org/"})],
    )
    return add_validated_child(site_th.root_page, page)
