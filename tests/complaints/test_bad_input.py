"""Bad input at every public write endpoint: refused early and clearly, never a 5xx or a record."""

import base64
import io

import pytest
from bad_input_corpus import API_BODIES, FORM_BODIES, MARK_FLOOD
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http.multipartparser import MultiPartParser
from django.urls import get_resolver

from config.api import api
from ita_pages.channels import limits, text
from ita_pages.channels.complaints.models import (
    CaseAttachment,
    CaseMessage,
    CorruptionCase,
    CorruptionComplaintPage,
    GeneralComplaint,
    GeneralComplaintPage,
)
from ita_pages.channels.qa.models import QAPage, Question
from ita_pages.core.publish import add_validated_child

# Every public page route that accepts a POST: (page fixture, sub-path, main text field).
PAGE_ROUTES = [
    ("corruption_page", "", "description"),
    ("corruption_page", "follow/", "body"),
    ("corruption_page", "acknowledgement/", "code"),
    ("general_page", "", "name"),
    ("general_page", "follow/", "code"),
    ("qa_page", "", "display_name"),
    ("qa_page", "follow/", "code"),
]
# Every POST operation of the project's API: (path, main text field).
API_ROUTES = [
    ("/api/qa/questions", "display_name"),
    ("/api/qa/questions/check", "follow_code"),
    ("/api/complaints/general", "name"),
    ("/api/complaints/general/check", "receipt_code"),
    ("/api/complaints/corruption", "complainant_name"),
    ("/api/complaints/corruption/check", "receipt_code"),
    ("/api/complaints/corruption/messages", "body"),
]
MODELS = (CorruptionCase, CaseAttachment, CaseMessage, GeneralComplaint, Question)


def counts():
    return [model.objects.count() for model in MODELS]


@pytest.fixture
def qa_page(site_th):
    return add_validated_child(
        site_th.root_page.specific, QAPage(title="ถาม-ตอบ", slug="qa", intro="<p>ถามได้ที่นี่ เจ้าหน้าที่ตอบบนหน้านี้</p>")
    )


@pytest.fixture(autouse=True)
def generous_rate_limit(settings):
    settings.CITIZEN_FORM_RATE_LIMIT = (1000, 600)


def pdf_of(size):
    head, tail = b"%PDF-1.4\n", b"\n%%EOF\n"
    return head + b"0" * (size - len(head) - len(tail)) + tail


# --- the lists above cover every write endpoint ----------------------------------


def test_every_api_post_operation_is_in_the_corpus():
    schema = api.get_openapi_schema()
    posts = {path for path, operations in schema["paths"].items() if "post" in operations}
    assert posts == {path for path, _field in API_ROUTES}


def test_every_public_page_route_is_in_the_corpus():
    covered = {(fixture, sub) for fixture, sub, _field in PAGE_ROUTES}
    pages = {"corruption_page": CorruptionComplaintPage, "general_page": GeneralComplaintPage, "qa_page": QAPage}
    routes = set()
    for fixture, model in pages.items():
        for pattern in model.get_subpage_urls():
            routes.add((fixture, str(pattern.pattern)))
    assert routes == covered
    # No other citizen page type with routes of its own exists beside these.
    from wagtail.contrib.routable_page.models import RoutablePageMixin
    from wagtail.models import get_page_models

    channel_pages = {
        model
        for model in get_page_models()
        if issubclass(model, RoutablePageMixin) and model.__module__.startswith("ita_pages.channels")
    }
    assert channel_pages == set(pages.values())
    assert get_resolver() is not None


# --- the corpus at every endpoint --------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(("fixture", "sub", "field"), PAGE_ROUTES)
def test_bad_bodies_at_every_page_form(client, request, fixture, sub, field):
    page = request.getfixturevalue(fixture)
    before = counts()
    for label, content_type, body in FORM_BODIES:
        response = client.generic("POST", page.url + sub, body(field), content_type=content_type)
        assert response.status_code < 500, (label, response.status_code)
    assert counts() == before


@pytest.mark.django_db
@pytest.mark.parametrize(("path", "field"), API_ROUTES)
def test_bad_bodies_at_every_api_endpoint(client, corruption_page, general_page, qa_page, path, field):
    before = counts()
    for label, content_type, body in API_BODIES:
        response = client.generic("POST", path, body(field), content_type=content_type)
        assert response.status_code < 500, (label, response.status_code)
        assert response["Content-Type"].startswith(("application/json", "application/problem+json"))
    assert counts() == before


# --- sizes ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_body_claiming_100_mb_gets_a_thai_413_page_unread(client, corruption_page):
    response = client.generic(
        "POST", corruption_page.url, b"x=1", content_type="multipart/form-data; boundary=X", CONTENT_LENGTH="104857600"
    )
    assert response.status_code == 413
    html = response.content.decode()
    assert "ข้อมูลที่ส่งมีขนาดใหญ่เกินไป" in html and "ไม่เกิน 3 ไฟล์" in html
    assert "no-store" in response["Cache-Control"]
    assert CorruptionCase.objects.count() == 0


@pytest.mark.django_db
def test_a_text_form_gets_the_small_cap(client, general_page, corruption_page):
    body = b"name=" + b"a" * (limits.public_post_max_bytes() + 1)
    response = client.generic("POST", general_page.url, body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 413
    follow = client.generic(
        "POST", corruption_page.url + "follow/", body, content_type="application/x-www-form-urlencoded"
    )
    assert follow.status_code == 413


@pytest.mark.django_db
def test_the_api_answers_413_as_a_problem(client, corruption_page):
    response = client.generic(
        "POST", "/api/complaints/corruption", b"{}", content_type="application/json", CONTENT_LENGTH="104857600"
    )
    assert response.status_code == 413
    assert response["Content-Type"].startswith("application/problem+json")
    assert response.json()["status"] == 413 and "ไม่เกิน" in response.json()["detail"]
    small = client.generic(
        "POST", "/api/qa/questions", b"{}", content_type="application/json", CONTENT_LENGTH=str(2 * limits.MIB)
    )
    assert small.status_code == 413


@pytest.mark.django_db
def test_a_chunked_body_is_not_read_past_the_cap(rf, corruption_page):
    from config.request_limits import CappedStream, RequestSizeLimitMiddleware

    request = rf.post("/api/complaints/corruption", b"", content_type="application/json", CONTENT_LENGTH="")
    body = io.BytesIO(b'{"subject": "' + b"a" * (limits.upload_api_max_bytes() + 10) + b'"}')
    # A server that hands Django the chunked body itself, ended only by its terminator.
    request.environ["wsgi.input_terminated"] = True
    request._stream = body
    response = RequestSizeLimitMiddleware(lambda r: pytest.fail("the view ran"))(request)
    assert response.status_code == 413
    assert request._stream.count == limits.upload_api_max_bytes() + 1
    small = CappedStream(io.BytesIO(b"abc"), 3)
    assert small.read() == b"abc" and small.read(10) == b""


@pytest.mark.django_db
def test_a_chunked_body_without_a_length_reaches_no_view_as_data(client, general_page):
    response = client.generic(
        "POST",
        "/api/complaints/general",
        b"",
        content_type="application/json",
        CONTENT_LENGTH="",
        **{"wsgi.input": io.BytesIO(b'{"page_id": 1}' * 1000)},
    )
    assert response.status_code == 422
    assert GeneralComplaint.objects.count() == 0


@pytest.mark.django_db
def test_three_files_just_under_the_limit_are_stored_through_the_form(client, corruption_page):
    size = limits.max_file_bytes() - 1024
    files = [SimpleUploadedFile(f"scan{n}.pdf", pdf_of(size)) for n in range(3)]
    response = client.post(corruption_page.url, {"subject": "ส", "description": "ร", "attachments": files})
    assert response.status_code == 200, response.content.decode()[:2000]
    assert CaseAttachment.objects.count() == 3


@pytest.mark.django_db
def test_three_files_just_under_the_limit_are_stored_through_the_api(client, corruption_page):
    size = limits.max_file_bytes() - 1024
    item = {"filename": "scan.pdf", "content_base64": base64.b64encode(pdf_of(size)).decode()}
    payload = {"page_id": corruption_page.pk, "subject": "ส", "description": "ร", "attachments": [item] * 3}
    response = client.post("/api/complaints/corruption", payload, content_type="application/json")
    assert response.status_code == 201, response.content[:500]
    assert CaseAttachment.objects.count() == 3


def test_the_limit_is_read_from_the_settings(settings):
    settings.COMPLAINT_ATTACHMENT_MAX_FILES = 2
    settings.COMPLAINT_ATTACHMENT_MAX_BYTES = 2 * limits.MIB
    from ita_pages.channels.complaints.forms import CorruptionComplaintForm

    assert (
        str(CorruptionComplaintForm().fields["attachments"].help_text)
        == "ไฟล์ PDF, JPEG หรือ PNG ไม่เกิน 2 ไฟล์ ไฟล์ละไม่เกิน 2 MB"
    )
    assert limits.upload_form_max_bytes() == 4 * limits.MIB + limits.public_post_max_bytes()


def test_the_openapi_document_states_the_limit():
    operation = api.get_openapi_schema()["paths"]["/api/complaints/corruption"]["post"]
    assert "At most 3 attachments of 5 MB each" in operation["description"]


@pytest.mark.django_db
def test_a_rate_limited_upload_is_not_parsed(client, corruption_page, settings, monkeypatch):
    settings.CITIZEN_FORM_RATE_LIMIT = (0, 600)

    def refuse(*args, **kwargs):
        raise AssertionError("the upload was parsed")

    monkeypatch.setattr(MultiPartParser, "parse", refuse)
    files = [SimpleUploadedFile("scan.pdf", pdf_of(4096))]
    response = client.post(corruption_page.url, {"subject": "ส", "description": "ร", "attachments": files})
    assert response.status_code == 429
    assert "มีการส่งข้อมูลจากการเชื่อมต่อของท่านมากเกินไป" in response.content.decode()


# --- text -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["น้ำทิพย์", "กิ่งแก้ว", "ฐิติพงศ์", "ผู้ใหญ่", "José Müller", "Nguyễn"])
def test_real_names_pass(name):
    assert text.clean_text(name, "ชื่อ") == text.normalise(name)


@pytest.mark.parametrize(
    "value",
    [
        "สม\u202eชาย",
        "สม\u2066ชาย",
        "สม\u200eชาย",
        "สม\u200bชาย",
        "สม\u200dชาย",
        "\ufeffสมชาย",
        "สม\x00ชาย",
        "a\nb",
        MARK_FLOOD,
    ],
)
def test_hidden_characters_and_mark_floods_are_refused_in_names(value):
    with pytest.raises(text.UnsafeText) as refused:
        text.clean_text(value, "ชื่อ")
    assert "“ชื่อ”" in str(refused.value.message)


def test_long_texts_keep_lines_and_drop_word_break_hints():
    assert text.clean_text("บรรทัด\r\nหนึ่ง\tสอง\u200bสาม", "รายละเอียด", multiline=True) == "บรรทัด\r\nหนึ่ง\tสองสาม"
    with pytest.raises(text.UnsafeText):
        text.clean_text("ข้อความ\u202e", "รายละเอียด", multiline=True)


def test_text_is_stored_in_nfc():
    assert text.clean_text("Jose\u0301", "ชื่อ") == "José"


def test_search_queries_are_only_normalised():
    assert text.normalise_query("ภาษี\u200b\u202e\x00") == "ภาษี"


@pytest.mark.django_db
def test_form_refuses_hidden_characters_naming_the_field_in_thai(client, general_page):
    response = client.post(general_page.url, {"name": "สม\u202eชาย", "subject": "ส", "body": "ร"})
    assert response.status_code == 400
    assert "ช่อง “ชื่อ-นามสกุล” มีอักขระควบคุม" in response.content.decode()
    assert GeneralComplaint.objects.count() == 0


@pytest.mark.django_db
def test_invalid_utf8_on_a_form_is_a_thai_400_without_a_record(client, general_page):
    body = b"name=%FF%FE&subject=%E0%B8%AA&body=%E0%B8%A3"
    response = client.generic("POST", general_page.url, body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
    assert "อ่านไม่ได้" in response.content.decode()
    assert GeneralComplaint.objects.count() == 0


@pytest.mark.django_db
def test_the_api_refuses_hidden_characters_with_the_form_message(client, qa_page):
    payload = {"page_id": qa_page.pk, "display_name": "ผู้\u200bถาม", "question": "คำถาม"}
    response = client.post("/api/qa/questions", payload, content_type="application/json")
    assert response.status_code == 400
    assert "display_name" in response.json()["errors"]
    assert Question.objects.count() == 0
