"""Freezing the submission: later edits never change what the frozen link shows."""

from __future__ import annotations

import hashlib

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from demo.factories.blocks import DutyBlockFactory, EvidenceDocumentBlockFactory
from ita_pages.readiness.freeze import AlreadyFrozen, changes_since, freeze
from ita_pages.readiness.models import FrozenSubmission
from tests.accounts import sign_in
from tests.readiness.helpers import YEAR, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def frozen(site_th, use_catalogue, add_page, document, superuser):
    use_catalogue("O3", "O14")
    doc = document(title="แผนปี 2566.pdf", data=b"%PDF original plan")
    page = add_page(body=body(doc, "ฉบับที่ยื่น"))
    submission = freeze(site_th, YEAR, user=superuser)
    return submission, page, doc


def body(doc, law):
    """O3's stream: one duty under ``law`` and the evidence document ``doc``."""
    return [("duty", DutyBlockFactory(law=law)), ("document", EvidenceDocumentBlockFactory(document=doc))]


def frozen_url(code="o3"):
    return reverse("readiness:frozen_item", kwargs={"year": YEAR, "code": code})


def test_freeze_records_url_revision_and_document_checksum(frozen):
    submission, page, doc = frozen
    assert (submission.passed, submission.total) == (1, 2)
    first = submission.items.get(code="O3")
    assert first.url == page.get_full_url()
    assert first.revision_id == page.live_revision_id
    assert first.status == "pass"
    frozen_doc = first.documents.get()
    assert frozen_doc.sha256 == hashlib.sha256(b"%PDF original plan").hexdigest()
    assert frozen_doc.size == len(b"%PDF original plan")
    assert submission.items.get(code="O14").status == "missing"


def test_frozen_link_keeps_the_frozen_content_after_an_edit(client, frozen):
    _submission, page, doc = frozen
    page.body = body(doc, "ฉบับแก้ไขภายหลัง")
    publish(page)
    live = client.get(page.url).content.decode()
    assert "ฉบับแก้ไขภายหลัง" in live
    response = client.get(frozen_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "ฉบับที่ยื่น" in html
    assert "ฉบับแก้ไขภายหลัง" not in html
    assert "data-frozen-notice" in html
    assert "สำเนาหลักฐานข้อ O3 ที่ยื่นประเมิน ITA 2566 เมื่อ" in html
    assert response["X-Robots-Tag"] == "noindex"


def test_frozen_document_copy_survives_a_replaced_file(client, frozen):
    submission, _page, doc = frozen
    doc.file.save("replaced.pdf", ContentFile(b"new"), save=True)
    frozen_doc = submission.items.get(code="O3").documents.get()
    response = client.get(reverse("readiness:frozen_document", args=(YEAR, "o3", frozen_doc.pk)))
    assert b"".join(response.streaming_content) == b"%PDF original plan"
    changes = {c.code: c for c in changes_since(submission)}
    assert changes["O3"].documents == ["แผนปี 2566.pdf"]


def test_changes_since_the_freeze(frozen):
    submission, page, doc = frozen
    assert not any(c.changed for c in changes_since(submission))
    page.title = "ชื่อใหม่"
    page.body = body(doc, "แก้ไข")
    publish(page)
    changes = {c.code: c for c in changes_since(submission)}
    assert changes["O3"].changed
    assert "เนื้อหา" in changes["O3"].fields  # the Thai label of the content field
    assert "ชื่อเรื่อง" in changes["O3"].fields  # Wagtail's Thai label of the title
    page.unpublish()
    assert {c.code: c for c in changes_since(submission)}["O3"].unpublished


def test_frozen_link_survives_revision_purge(client, frozen):
    submission, page, doc = frozen
    page.body = body(doc, "ใหม่")
    publish(page)
    submission.items.get(code="O3").revision.delete()
    html = client.get(frozen_url()).content.decode()
    assert "ฉบับที่ยื่น" in html


def test_second_freeze_is_refused(site_th, frozen):
    with pytest.raises(AlreadyFrozen):
        freeze(site_th, YEAR)


def test_unknown_frozen_item_is_404(client, frozen):
    assert client.get(frozen_url("o9")).status_code == 404
    assert client.get(frozen_url("o14")).status_code == 404  # nothing was published for O14


def test_freeze_from_the_report_view(editor_client, site_th, use_catalogue, add_page):
    use_catalogue("O3")
    add_page()
    page = editor_client.get(reverse("readiness_report")).content.decode()
    assert reverse("readiness_freeze") in page
    response = editor_client.post(reverse("readiness_freeze"), {"site": site_th.pk, "year": YEAR})
    assert response.status_code == 302
    submission = FrozenSubmission.objects.get(site=site_th, year=YEAR)
    assert submission.frozen_by.username == "lead-editor"
    html = editor_client.get(reverse("readiness_report")).content.decode()
    assert "data-frozen" in html
    csv_text = editor_client.get(reverse("readiness_export_csv")).content.decode("utf-8-sig")
    assert "/ita/frozen/2566/o3/" in csv_text


def test_freezing_needs_the_permission(client, django_user_model, site_th, use_catalogue):
    use_catalogue("O3")
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("editor", password="x", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    sign_in(client, user)
    response = client.post(reverse("readiness_freeze"), {"site": site_th.pk, "year": YEAR})
    assert response.status_code == 302  # Wagtail turns PermissionDenied into a redirect with a message
    assert response["Location"] == reverse("wagtailadmin_home")
    assert not FrozenSubmission.objects.exists()


def test_frozen_submission_and_exports_use_the_public_address(
    editor_client, superuser, site_th, use_catalogue, add_page
):
    """The admin may be reached on another host and in English: the links assessors get
    from ITAS are the Thai pages on the site's public address."""
    import csv
    import io

    from openpyxl import load_workbook
    from wagtail.users.models import UserProfile

    site_th.hostname, site_th.port = "agency.example", 443
    site_th.save()
    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = "en"
    profile.save()
    use_catalogue("O3")
    page = add_page()
    internal = {"HTTP_HOST": "127.0.0.1:8000"}
    editor_client.post(reverse("readiness_freeze"), {"site": site_th.pk, "year": YEAR}, **internal)
    frozen_item = FrozenSubmission.objects.get(site=site_th, year=YEAR).items.get(code="O3")
    assert frozen_item.url == f"https://agency.example{page.url}"

    expected = [f"https://agency.example/th/ita/frozen/{YEAR}/o3/", frozen_item.url]
    params = {"site": site_th.pk, "year": YEAR}
    csv_body = editor_client.get(reverse("readiness_export_csv"), params, **internal).content.decode("utf-8-sig")
    csv_row = next(row for row in csv.reader(io.StringIO(csv_body)) if row[0] == "O3")
    assert csv_row[2].splitlines() == expected
    xlsx = editor_client.get(reverse("readiness_export_xlsx"), params, **internal).content
    sheet = load_workbook(io.BytesIO(xlsx)).active
    xlsx_row = next(row for row in sheet.iter_rows(values_only=True) if row[0] == "O3")
    assert xlsx_row[2].splitlines() == expected
