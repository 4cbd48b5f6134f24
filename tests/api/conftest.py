"""Fixtures for the API tests: an image, documents and pages with StreamFields."""

import pytest
from django.core.files.base import ContentFile


@pytest.fixture
def image(db):
    import wagtail_factories

    return wagtail_factories.ImageFactory(title="แผนผังองค์กร", file__width=800, file__height=600)


@pytest.fixture
def document(db):
    from wagtail.documents import get_document_model

    doc = get_document_model()(title="รายงานประจำปี")
    doc.file.save("report-2566.pdf", ContentFile(b"%PDF-1.4 test\n"), save=False)
    doc.save()
    return doc


@pytest.fixture
def make_stream_page(site_th, image, document):
    """Build and publish a StreamTestPage under the Thai homepage (or `parent`)."""
    from tests.api.testapp.models import StreamTestPage

    def make(title="หน้าทดสอบ", parent=None, live=True, body=None, **kwargs):
        parent = parent or site_th.root_page
        page = StreamTestPage(
            title=title,
            summary=kwargs.pop("summary", "สรุป"),
            body=body
            if body is not None
            else [
                ("heading", "หัวข้อ"),
                ("paragraph", "<p>ข้อความ <b>ตัวหนา</b></p>"),
                ("image", image),
                ("figure", {"image": image, "decorative": False, "alt_text": "คำอธิบายภาพ"}),
                ("document", document),
                ("card", {"heading": "การ์ด", "picture": image, "files": [document, document]}),
            ],
            live=live,
            **kwargs,
        )
        parent.add_child(instance=page)
        revision = page.save_revision()
        if live:
            revision.publish()
        page.refresh_from_db()
        return page

    return make
