"""Fixtures for the readiness tests: a small catalogue, an ITA section and item pages.

The catalogue maps items to the test-only page types of `tests.readiness.testapp`
so that every rule can be made to pass and to fail without other branches' pages.
"""

from __future__ import annotations

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from ita_pages.readiness.catalogues import override_catalogue
from tests.readiness.helpers import APP, YEAR, body, make_catalogue, publish


@pytest.fixture
def use_catalogue():
    """Call with items; the readiness app checks against that catalogue for the test."""
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


@pytest.fixture(autouse=True)
def _index_model(settings):
    settings.ITA_READINESS_INDEX_MODEL = f"{APP}.IndexPage"


@pytest.fixture
def ita_index(site_th, home_th):
    """A live ITA index under the Thai homepage, linked from the homepage's intro."""
    from tests.readiness.testapp.models import IndexPage

    index = IndexPage(title="ITA 2566", slug="ita", year=YEAR)
    home_th.add_child(instance=index)
    publish(index)
    home_th.intro = f'<p><a linktype="page" id="{index.pk}">ITA</a></p>'
    publish(home_th)
    return index


@pytest.fixture
def add_page(ita_index):
    """Create and publish an item page under the ITA index (without validation)."""

    def create(model_name="ItemPage", slug="t1", parent=None, live=True, **fields):
        from django.apps import apps

        model = apps.get_model(APP, model_name)
        fields.setdefault("body", body())
        page = model(title=fields.pop("title", f"Page {slug}"), slug=slug, **fields)
        (parent or ita_index).add_child(instance=page)
        if live:
            publish(page)
        else:
            page.live = False
            page.save_revision()
            page.save()
        return page

    return create


@pytest.fixture
def document(db):
    def create(title="หลักฐาน.pdf", data=b"%PDF-1.4 evidence"):
        doc = get_document_model()(title=title)
        doc.file.save("evidence.pdf", ContentFile(data), save=False)
        doc.save()
        return doc

    return create
