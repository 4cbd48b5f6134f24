"""Fixtures for the search tests: pages with searchable text and Thai PDF documents.

Plain pages are HomePages built by the shared factory (demo.factories), made
searchable through the same ``search_fields`` mechanism any page type uses, so the
index is tested without depending on any item's parts; item pages come from their
own factories.
"""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page
from wagtail.search import index

from demo.factories import HomePageFactory
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
        # Published as content saved in code: a page under the homepage is no agency homepage.
        return HomePageFactory(
            parent=parent or site_th.root_page,
            title=title,
            intro=intro,
            slug=slug or f"p{HomePage.objects.count()}",
            publish=live,
            validate=False,
            **attrs,
        )

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
