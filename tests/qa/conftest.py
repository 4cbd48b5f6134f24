"""Fixtures for the Q&A channel (O8)."""

import pytest

from home.demo_utils import add_validated_child
from ita_pages.qa.models import QAPage


@pytest.fixture
def qa_page(site_th):
    return add_validated_child(site_th.root_page.specific, QAPage(title="ถาม-ตอบ", slug="qa", per_page=2))
