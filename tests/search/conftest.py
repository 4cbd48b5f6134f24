"""Fixtures for the search tests: pages with searchable text and Thai PDF documents.

Only the page types on main are used (HomePage), made searchable through the
same ``search_fields`` mechanism any page type uses; the index must not depend
on which page apps are installed.
"""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page
from wagtail.search import index

from home.models import HomePage
from tests.search.pdf_writer import thai_text_pdf


@pytest.fixture
def searchable_pages(monkeypatch):
    """HomePage's intro counts as body text, as a content page's body would."""
    monkeypatch.setattr(HomePage, "search_fields", [*Page.search_fields, index.SearchField("intro")])


@pytest.fixture
def make_page(site_th, searchable_pages):
    """Create a child page of the Thai homepage; publish it unless ``live=False``."""

    def make(title, intro="", *, parent=None, live=True, slug=None, **attrs):
        parent = parent or site_th.root_page
        page = HomePage(title=title, intro=intro, slug=slug or f"p{HomePage.objects.count()}", live=False, **attrs)
        parent.add_child(instance=page)
        revision = page.save_revision()
        if live:
            revision.publish()
        page.refresh_from_db()
        return page

    return make


@pytest.fixture
def make_document(db):
    """Upload a Thai text PDF as a Wagtail document, like the admin upload form."""

    def make(title, paragraphs, *, collection=None, name="evidence.pdf"):
        document = get_document_model()(title=title, collection=collection or Collection.get_first_root_node())
        document.file.save(name, ContentFile(thai_text_pdf(paragraphs, title=title)), save=False)
        document._set_document_file_metadata()
        document.save()
        return document

    return make
