"""An anonymous client walks every API endpoint and finds no draft, private page or complaint.

The walk covers every GET operation of /api/openapi.json (path parameters filled in),
Wagtail API v2 listings per page type with all fields, every page/image/document
detail it can reach, and the preview endpoint without a token. The secrets planted
below must appear in none of the answers.
"""

import json

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

pytestmark = pytest.mark.django_db

SECRETS = [
    "ร่างลับสุดยอด",  # a never-published page
    "แก้ไขที่ยังไม่เผยแพร่",  # an unpublished revision of a live page
    "หน้าส่วนตัวลับ",  # a password-protected page
    "ลูกของหน้าส่วนตัว",  # a child of the protected page
    "หน้าสำหรับเจ้าหน้าที่",  # a page restricted to a group
    "เอกสารลับในคอลเลกชัน",  # a document in a private collection
    "คำถามที่ยังไม่อนุมัติ",  # an unmoderated question
    "asker@example.org",  # an asker's e-mail
    "ผู้อำนวยการกองคลังรับเงินใต้โต๊ะ",  # a corruption complaint
    "สมชาย ผู้แจ้ง",  # a complainant
    "ถนนชำรุดหน้าบ้านเลขที่ 99",  # a general complaint
    "somying@example.org",  # a general complainant's e-mail
]


@pytest.fixture
def planted(site_th, make_stream_page, django_user_model):
    from ita_pages.channels.complaints import services as complaint_services
    from ita_pages.channels.complaints.models import CorruptionComplaintPage, GeneralComplaintPage
    from ita_pages.channels.qa import services as qa_services
    from ita_pages.channels.qa.models import QAPage, QuestionStatus
    from ita_pages.core.publish import add_validated_child

    home = site_th.root_page.specific
    public = make_stream_page(title="หน้าสาธารณะ")
    make_stream_page(title="ร่างลับสุดยอด", live=False)
    edited = make_stream_page(title="หน้าที่ถูกแก้ไข")
    edited.title = "แก้ไขที่ยังไม่เผยแพร่"
    edited.save_revision()

    private = make_stream_page(title="หน้าส่วนตัวลับ")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    make_stream_page(title="ลูกของหน้าส่วนตัว", parent=private)
    staff_only = make_stream_page(title="หน้าสำหรับเจ้าหน้าที่")
    restriction = PageViewRestriction.objects.create(page=staff_only, restriction_type="groups")
    restriction.groups.add(Group.objects.get(name="Editors"))

    from wagtail.documents import get_document_model

    root_collection = Collection.get_first_root_node()
    secret_collection = root_collection.add_child(name="ลับ")
    CollectionViewRestriction.objects.create(collection=secret_collection, restriction_type="password", password="x")
    secret_doc = get_document_model()(title="เอกสารลับในคอลเลกชัน", collection=secret_collection)
    secret_doc.file.save("secret.pdf", ContentFile(b"%PDF-1.4 secret\n"), save=False)
    secret_doc.save()
    make_stream_page(title="หน้าที่อ้างถึงเอกสารลับ", body=[("document", secret_doc)])

    qa_page = add_validated_child(home, QAPage(title="ถาม-ตอบ", slug="qa", intro="<p>ถามได้ที่นี่</p>"))
    answered, _code = qa_services.ask_question(
        page=qa_page, data={"display_name": "ผู้ถาม", "question": "ถามเรื่องภาษี", "email": "asker@example.org"}
    )
    answered.answer = "ตอบแล้ว"
    answered.status = QuestionStatus.PUBLISHED
    answered.save()
    qa_services.ask_question(page=qa_page, data={"display_name": "ผู้ถามสอง", "question": "คำถามที่ยังไม่อนุมัติ", "email": ""})

    corruption_page = add_validated_child(
        home,
        CorruptionComplaintPage(
            title="แจ้งเรื่องร้องเรียนการทุจริต", slug="corruption-complaints", protection_notice="<p>เป็นความลับ</p>"
        ),
    )
    complaint_services.file_corruption_complaint(
        site=site_th,
        page=corruption_page,
        data={"subject": "ผู้อำนวยการกองคลังรับเงินใต้โต๊ะ", "description": "ละเอียด", "complainant_name": "สมชาย ผู้แจ้ง"},
    )
    general_page = add_validated_child(home, GeneralComplaintPage(title="ร้องเรียนทั่วไป", slug="general-complaints"))
    complaint_services.file_general_complaint(
        site=site_th,
        page=general_page,
        data={
            "name": "สมหญิง",
            "email": "somying@example.org",
            "subject": "ถนนชำรุดหน้าบ้านเลขที่ 99",
            "body": "ถนนชำรุด",
        },
    )
    return {"public": public, "qa_page": qa_page}


def get(client, url, params=None):
    response = client.get(url, params or {})
    assert response.status_code < 500, (url, params, response.content[:300])
    return response


def check(response, seen):
    text = response.content.decode()
    for secret in SECRETS:
        assert secret not in text, (secret, response.request["PATH_INFO"], response.request.get("QUERY_STRING"))
    seen.append(response.request["PATH_INFO"])


def test_anonymous_client_finds_no_secrets(client, planted):
    seen = []
    # Every GET operation of the project API.
    document = get(client, "/api/openapi.json").json()
    fill = {"year": "2566", "page_id": str(planted["qa_page"].pk)}
    for path, operations in document["paths"].items():
        if "get" not in operations:
            continue
        url = path
        for name, value in fill.items():
            url = url.replace("{" + name + "}", value)
        if "{" in url:
            url = url.split("{")[0] + "1"
        response = get(client, url, {"limit": 100} if "limit" in json.dumps(operations["get"]) else None)
        check(response, seen)
        assert response.status_code == 200 or response["Content-Type"].startswith("application/problem+json")

    # Wagtail API v2: every listing, every type with all its fields, every detail.
    listing = get(client, "/api/v2/pages/", {"limit": 100}).json()
    check(get(client, "/api/v2/pages/", {"limit": 100}), seen)
    types = {item["meta"]["type"] for item in listing["items"]}
    assert "api_testapp.StreamTestPage" in types and "qa.QAPage" in types
    for page_type in sorted(types):
        check(get(client, "/api/v2/pages/", {"type": page_type, "fields": "*", "limit": 100}), seen)
    for item in listing["items"]:
        check(get(client, f"/api/v2/pages/{item['id']}/"), seen)
        check(get(client, "/api/v2/pages/", {"child_of": item["id"], "limit": 100}), seen)
    for endpoint in ("images", "documents"):
        objects = get(client, f"/api/v2/{endpoint}/", {"limit": 100})
        check(objects, seen)
        for obj in objects.json()["items"]:
            check(get(client, f"/api/v2/{endpoint}/{obj['id']}/"), seen)
    for search in ("ลับ", "ร่าง", "แก้ไข"):
        check(get(client, "/api/v2/pages/", {"search": search}), seen)
    check(get(client, "/api/v2/preview/"), seen)
    assert len(seen) > 20

    # The planted public content is there (the walk reached real data).
    titles = {item["title"] for item in listing["items"]}
    assert {"หน้าสาธารณะ", "หน้าที่ถูกแก้ไข", "ถาม-ตอบ"} <= titles
    questions = get(client, "/api/ita/questions").json()
    assert [q["question"] for q in questions["items"]] == ["ถามเรื่องภาษี"]
    assert "email" not in questions["items"][0]


def test_streamfield_reference_to_a_private_document_is_null(client, planted):
    from tests.api.testapp.models import StreamTestPage

    page = StreamTestPage.objects.get(title="หน้าที่อ้างถึงเอกสารลับ")
    body = client.get(f"/api/v2/pages/{page.pk}/").json()["body"]
    assert body == [{"type": "document", "value": None, "id": body[0]["id"]}]
