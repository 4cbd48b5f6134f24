"""Fixtures for the readiness tests: a catalogue cut to a few real items, the ITA
section and index, and item pages built by the shared factories (demo.factories).
"""

from __future__ import annotations

import pytest

from demo.factories import DocumentFactory, ITAIndexPageFactory, ITASectionPageFactory, item_page
from ita_pages.core.catalogue.registry import override_catalogue
from ita_pages.readiness import rules  # noqa: F401 - registers the rules
from tests.readiness.helpers import YEAR, make_catalogue, publish


@pytest.fixture
def use_catalogue():
    """Call with items or codes; the 2566 catalogue is cut to them for the test (checker and publishing)."""
    stack = []

    def install(*items):
        cat = make_catalogue(*items)
        manager = override_catalogue(cat)
        manager.__enter__()
        stack.append(manager)
        return cat

    yield install
    for manager in reversed(stack):
        manager.__exit__(None, None, None)


@pytest.fixture
def ita_index(site_th, home_th):
    """A live ITA 2566 index under the Thai homepage, linked from the homepage's intro."""
    section = ITASectionPageFactory(parent=home_th)
    index = ITAIndexPageFactory(parent=section, assessment_year=YEAR)
    home_th.intro = f'<p><a linktype="page" id="{index.pk}">ITA</a></p>'
    publish(home_th)
    return index


@pytest.fixture
def add_page(ita_index):
    """Create item ``code``'s page under the ITA index (or ``parent``) with its factory.

    Defaults are complete; fields passed in override them, and ``validate=False``
    publishes content the editor would refuse (as content imported in code).
    """

    def create(code="O3", parent=None, **fields):
        return item_page(code, parent or ita_index, **fields)

    return create


@pytest.fixture
def report_site(site_th, use_catalogue, add_page):
    """O3 (9.1) passes, O14 (9.2) has no page, O15 (9.2) is live without its manual."""
    use_catalogue("O3", "O14", "O15")
    add_page()
    add_page("O15", body=[], validate=False)
    return site_th


@pytest.fixture
def document(db):
    def create(title="หลักฐาน.pdf", data=b"%PDF-1.4 evidence"):
        return DocumentFactory(title=title, file__data=data, file__filename="evidence.pdf")

    return create
