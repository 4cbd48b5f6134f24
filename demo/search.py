"""Demo content for search: Thai evidence PDFs in a public "เอกสารเผยแพร่" collection.

Why this exists: the demo site must show search finding words inside Thai PDFs,
and bench/search_relevance.py measures it. The PDFs are fixture files in
demo/fixtures/documents (one per entry of DOCUMENTS, which holds their text), so
no PDF writer runs in the product. Runs after the page apps (order 50);
idempotent: documents are looked up by title, and the index is rebuilt.
"""

from pathlib import Path

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from demo.search_documents import DOCUMENTS
from search import indexer

DEMO_ORDER = 50
COLLECTION_NAME = "เอกสารเผยแพร่"
FIXTURES = Path(__file__).resolve().parents[1] / "demo" / "fixtures" / "documents"


def _collection() -> Collection:
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=COLLECTION_NAME).first()
    return existing or root.add_child(name=COLLECTION_NAME)


def load(site, stdout) -> None:
    document_model = get_document_model()
    collection = _collection()
    created = 0
    for slug, title, _paragraphs in DOCUMENTS:
        if document_model.objects.filter(title=title).exists():
            continue
        document = document_model(title=title, collection=collection)
        document.file.save(f"{slug}.pdf", ContentFile((FIXTURES / f"{slug}.pdf").read_bytes()), save=False)
        # What the admin upload form does: file size and hash (used to spot replacements).
        document._set_document_file_metadata()
        document.save()
        created += 1
    stdout.write(f"search: {created} demo PDF documents created\n")
    # Demo parts may create live pages with add_child() (no publish signal):
    # index everything once, as `manage.py rebuild_thai_index` would.
    indexer.rebuild(stdout=stdout)
