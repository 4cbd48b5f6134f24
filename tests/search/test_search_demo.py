"""The search demo part: Thai evidence PDFs that the index finds by their content."""

import io

from search import demo
from search.demo_documents import DOCUMENTS
from search.query import search


def test_demo_documents_are_created_once_and_searchable(site_th):
    demo.load(site_th, io.StringIO())
    demo.load(site_th, io.StringIO())
    from wagtail.documents import get_document_model

    assert get_document_model().objects.count() == len(DOCUMENTS)
    titles = [entry.title for entry in search("ราคากลาง")]
    assert titles == ["ประกาศผลการจัดซื้อจัดจ้างประจำเดือนตุลาคม 2566"]
    # The homepage (created without a publish signal) is indexed by the rebuild.
    assert any(entry.page_id == site_th.root_page_id for entry in search(site_th.root_page.title))
