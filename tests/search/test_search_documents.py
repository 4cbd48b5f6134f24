"""Documents: PDF text extracted at upload, kept in sync on replace and delete."""

from django.core.files.base import ContentFile

from search import indexer
from search.models import IndexEntry
from search.query import search
from tests.search.pdf_writer import thai_text_pdf


def titles(query):
    return [entry.title for entry in search(query)]


def test_uploaded_pdf_is_searchable_by_its_thai_text(make_document):
    document = make_document("ประกาศ ฉบับที่ 12", ["ประกาศผลการจัดซื้อจัดจ้างประจำเดือนตุลาคม", "เจ้าหน้าที่ซื่อสัตย์"])
    entry = IndexEntry.objects.get(document=document)
    assert "จัดซื้อจัดจ้าง" in entry.body
    for query in ("จัดซื้อจัดจ้าง", "จัดซื้อ", "ซื้อ", "ตุลาคม", "ซื่อ"):
        assert titles(query) == ["ประกาศ ฉบับที่ 12"], query


def test_replaced_file_is_reextracted(make_document):
    document = make_document("เอกสาร", ["แผนการจัดซื้อ"])
    document.file.save("v2.pdf", ContentFile(thai_text_pdf(["รายงานความพึงพอใจ"])), save=False)
    document._set_document_file_metadata()
    document.save()
    assert titles("จัดซื้อ") == []
    assert titles("ความพึงพอใจ") == ["เอกสาร"]


def test_title_edit_does_not_reread_the_file(make_document, monkeypatch):
    document = make_document("เอกสาร", ["แผนการจัดซื้อ"])
    calls = []
    monkeypatch.setattr(indexer, "extract_text", lambda *args: calls.append(args) or "")
    document.title = "แผนงาน"
    document.save()
    assert calls == []
    assert titles("จัดซื้อ") == ["แผนงาน"]


def test_deleted_document_leaves_no_entry(make_document):
    document = make_document("เอกสาร", ["แผนการจัดซื้อ"])
    document.delete()
    assert IndexEntry.objects.count() == 0
    assert titles("จัดซื้อ") == []


def test_unreadable_pdf_is_still_found_by_title(make_document, db):
    from wagtail.documents import get_document_model
    from wagtail.models import Collection

    document = get_document_model()(title="สแกนเอกสาร", collection=Collection.get_first_root_node())
    document.file.save("scan.pdf", ContentFile(b"%PDF-1.4 broken"), save=False)
    document.save()
    assert titles("สแกน") == ["สแกนเอกสาร"]
