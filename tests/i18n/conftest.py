"""Fixtures for the Thai admin tests: a site with realistic editorial content.

Why: an empty admin hides most interface strings (listings show their column
headers, row actions and status tags only when they have rows), so the screens
are rendered with a page published by an editor, a document and an image.
"""

import io

import pytest
from django.core.files.base import ContentFile
from PIL import Image as PILImage


@pytest.fixture
def admin_content(site_th, superuser):
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    home = site_th.root_page.specific
    # Published by a person, as in real use (the demo loader publishes
    # anonymously, which the aging-pages report shows as a literal "None").
    for page in Page.objects.live().filter(depth__gt=1).specific():
        page.save_revision(user=superuser).publish(user=superuser)
    home.refresh_from_db()

    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 48), (200, 30, 30)).save(buffer, format="PNG")
    image = get_image_model().objects.create(
        title="ตราสัญลักษณ์หน่วยงาน",
        file=ContentFile(buffer.getvalue(), name="emblem.png"),
        uploaded_by_user=superuser,
    )
    document = get_document_model().objects.create(
        title="รายงานประจำปี 2567",
        file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="annual-report.pdf"),
        uploaded_by_user=superuser,
    )
    return {"site": site_th, "home": home, "image": image, "document": document, "user": superuser}
