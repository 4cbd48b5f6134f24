"""Fixtures for the homepage tests."""

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page


@pytest.fixture
def complaint_page(site_th):
    """A live page typed as complaints.CorruptionComplaintPage by content type.

    The complaints app is built on another branch; the homepage finds the O28 page by
    its content type, so a page carrying that type is what the lookup sees either way.
    """
    content_type, _ = ContentType.objects.get_or_create(app_label="complaints", model="corruptioncomplaintpage")
    page = Page(title="แจ้งเรื่องร้องเรียนการทุจริต", slug="corruption-complaints", content_type=content_type)
    site_th.root_page.add_child(instance=page)
    return page
