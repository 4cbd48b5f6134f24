"""The search demo part: Thai evidence PDFs that the index finds by their content."""

import io

from demo import search as demo
from demo.search_documents import DOCUMENTS
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


def test_every_demo_pdf_is_a_fixture_file_holding_its_documents_text():
    """The fixture PDFs and DOCUMENTS cannot drift: each file holds its entry's title and text."""
    from search.extract import extract_pdf_text

    fixtures = sorted(path.stem for path in demo.FIXTURES.glob("*.pdf"))
    assert fixtures == sorted(slug for slug, _title, _paragraphs in DOCUMENTS)
    for slug, title, paragraphs in DOCUMENTS:
        text = " ".join(extract_pdf_text(io.BytesIO((demo.FIXTURES / f"{slug}.pdf").read_bytes())).split())
        for line in [title, *paragraphs]:
            assert " ".join(line.split()) in text, (slug, line)
