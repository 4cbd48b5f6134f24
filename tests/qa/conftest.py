"""Fixtures for the Q&A channel (O8)."""

import uuid

import pytest

from ita_pages.channels.qa.models import QAPage
from ita_pages.core.publish import add_validated_child


@pytest.fixture
def qa_page(site_th):
    page = QAPage(title="ถาม-ตอบ", slug="qa", per_page=2, intro="<p>ถามได้ที่นี่ เจ้าหน้าที่ตอบบนหน้านี้</p>")
    return add_validated_child(site_th.root_page.specific, page)


@pytest.fixture(autouse=True)
def private_rate_limit_cache(monkeypatch):
    """Rate-limit counters per test (two workers share one Redis in CI)."""
    from django.core.cache.backends.locmem import LocMemCache

    from ita_pages.channels import protection

    private = LocMemCache(f"rate-limit-{uuid.uuid4()}", {})
    monkeypatch.setattr(protection, "cache", private)
    return private
