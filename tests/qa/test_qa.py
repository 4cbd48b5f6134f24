"""O8 Q&A: ask, pre-moderation, answer in the admin, e-mail notice, follow-up code, list and search."""

import datetime
import re

import pytest
from django.core import mail
from django.utils import timezone

from ita_pages.channels.qa.models import Question, QuestionStatus
from ita_pages.channels.qa.services import ask_question
from ita_pages.channels.qa.views import format_duration
from tests.accounts import sign_in

SCRIPT = "<script>alert('q')</script>"


def code_from(response):
    return re.search(r'data-testid="receipt-code">([0-9A-Z-]+)<', response.content.decode()).group(1)


def published(page, text, answer="คำตอบ", asked_days_ago=1, hours=2):
    question, _code = ask_question(page=page, data={"display_name": "ผู้ถาม", "question": text})
    question.asked_at = timezone.now() - datetime.timedelta(days=asked_days_ago)
    question.answered_at = question.asked_at + datetime.timedelta(hours=hours)
    question.answer = answer
    question.status = QuestionStatus.PUBLISHED
    question.save()
    return question


@pytest.mark.django_db
def test_full_flow_ask_moderate_answer_notify_publish_follow(
    client, qa_page, superuser, django_capture_on_commit_callbacks
):
    response = client.post(
        qa_page.url, {"display_name": "ชาวบ้าน", "question": "ขยะเก็บวันไหน" + SCRIPT, "email": "asker@example.org"}
    )
    assert response.status_code == 200
    code = code_from(response)
    question = Question.objects.get()
    assert question.status == QuestionStatus.NEW and code not in question.receipt_hash

    # Pre-moderated: not on the page yet.
    assert "ขยะเก็บวันไหน" not in client.get(qa_page.url).content.decode()
    follow = client.post(qa_page.url + "follow/", {"code": code}).content.decode()
    assert "รอคำตอบ" in follow
    assert SCRIPT not in follow and "&lt;script&gt;" in follow

    # Staff answer in the admin; the notice goes out once and the address is forgotten.
    sign_in(client, superuser)
    listing = client.get("/admin/qa-questions/?status=new").content.decode()
    assert "ขยะเก็บวันไหน" in listing and SCRIPT not in listing
    form = {"status": "answered", "display_name": "ชาวบ้าน", "question": question.question, "answer": "ทุกวันอังคาร"}
    with django_capture_on_commit_callbacks(execute=True):
        saved = client.post(f"/admin/qa-questions/edit/{question.pk}/", form)
    assert saved.status_code == 302
    question.refresh_from_db()
    assert question.answered_at is not None and question.answered_by == superuser
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["asker@example.org"]
    assert "ทุกวันอังคาร" in mail.outbox[0].body
    assert question.email == "" and question.notified_at is not None
    assert "ขยะเก็บวันไหน" not in client.get(qa_page.url).content.decode()  # answered, not yet published

    form["status"] = "published"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/qa-questions/edit/{question.pk}/", form)
    assert len(mail.outbox) == 1
    client.logout()
    page_html = client.get(qa_page.url).content.decode()
    assert "ขยะเก็บวันไหน" in page_html and "ทุกวันอังคาร" in page_html
    assert SCRIPT not in page_html
    follow = client.post(qa_page.url + "follow/", {"code": code}).content.decode()
    assert "ทุกวันอังคาร" in follow


@pytest.mark.django_db
def test_admin_refuses_answered_without_answer(client, qa_page, superuser):
    question, _ = ask_question(page=qa_page, data={"display_name": "ก", "question": "ถาม"})
    sign_in(client, superuser)
    response = client.post(
        f"/admin/qa-questions/edit/{question.pk}/",
        {"status": "published", "display_name": "ก", "question": "ถาม", "answer": ""},
    )
    assert response.status_code == 200
    question.refresh_from_db()
    assert question.status == QuestionStatus.NEW


@pytest.mark.django_db
def test_admin_list_filters_by_state_and_shows_waiting_time(client, qa_page, superuser):
    ask_question(page=qa_page, data={"display_name": "ก", "question": "คำถามใหม่AAA"})
    published(qa_page, "คำถามเผยแพร่BBB")
    sign_in(client, superuser)
    new = client.get("/admin/qa-questions/?status=new").content.decode()
    assert "คำถามใหม่AAA" in new and "คำถามเผยแพร่BBB" not in new
    done = client.get("/admin/qa-questions/?status=published").content.decode()
    assert "คำถามเผยแพร่BBB" in done and "คำถามใหม่AAA" not in done
    assert "เวลาที่รอตั้งแต่ถาม" in new
    assert client.get("/admin/qa-questions/new/").status_code in (302, 403)


@pytest.mark.django_db
def test_list_is_newest_first_paginated_searchable_with_median(client, qa_page):
    published(qa_page, "เก่าสุดเรื่องถนน", asked_days_ago=5, hours=1)
    published(qa_page, "กลางเรื่องน้ำประปา", asked_days_ago=3, hours=3)
    published(qa_page, "ใหม่สุดเรื่องถนนลูกรัง", asked_days_ago=1, hours=50)
    Question.objects.create(
        page=qa_page, display_name="x", question="ถูกปฏิเสธเรื่องถนน", status=QuestionStatus.REJECTED, receipt_index="r"
    )
    first = client.get(qa_page.url).content.decode()
    assert first.index("ใหม่สุดเรื่องถนนลูกรัง") < first.index("กลางเรื่องน้ำประปา")
    assert "เก่าสุดเรื่องถนน" not in first  # page 2
    assert "ระยะเวลาตอบคำถาม (ค่ามัธยฐาน): 3 ชั่วโมง" in first
    second = client.get(qa_page.url + "?p=2").content.decode()
    assert "เก่าสุดเรื่องถนน" in second
    search = client.get(qa_page.url + "?q=ถนน").content.decode()
    assert "ใหม่สุดเรื่องถนนลูกรัง" in search and "กลางเรื่องน้ำประปา" not in search
    assert "ถูกปฏิเสธเรื่องถนน" not in search


@pytest.mark.django_db
def test_wrong_follow_code_answers_like_unknown_code(client, qa_page):
    _q, code = ask_question(page=qa_page, data={"display_name": "ก", "question": "ถาม"})
    # What differs between any two renderings: the CSRF token and the visit beacon's token.
    csrf = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"|/visit/hit\.gif\?v=[^"]+')
    wrong = client.post(qa_page.url + "follow/", {"code": ("1" if code[0] != "1" else "2") + code[1:]})
    unknown = client.post(qa_page.url + "follow/", {"code": "zzzz"})
    assert csrf.sub("", wrong.content.decode()) == csrf.sub("", unknown.content.decode())


@pytest.mark.django_db
def test_hostile_question_input(client, qa_page, settings, private_rate_limit_cache):
    too_long = client.post(qa_page.url, {"display_name": "ก" * 81, "question": "ข" * 2001, "email": "not-an-email"})
    assert too_long.status_code == 400
    html = too_long.content.decode()
    assert "ไม่เกิน 80 ตัวอักษร" in html and "ไม่เกิน 2000 ตัวอักษร" in html and "อีเมลไม่ถูกต้อง" in html
    bot = client.post(qa_page.url, {"display_name": "bot", "question": "spam", "website": "http://x"})
    assert bot.status_code == 200
    assert Question.objects.count() == 0
    private_rate_limit_cache.clear()  # the attempts above counted too
    settings.CITIZEN_FORM_RATE_LIMIT = (1, 600)
    assert client.post(qa_page.url, {"display_name": "ก", "question": "หนึ่ง"}).status_code == 200
    assert client.post(qa_page.url, {"display_name": "ก", "question": "สอง"}).status_code == 429
    assert Question.objects.count() == 1


@pytest.mark.django_db
def test_api_ask_check_and_list(client, qa_page):
    response = client.post(
        "/api/qa/questions",
        {"page_id": qa_page.pk, "display_name": "ก", "question": "ถามผ่าน API"},
        content_type="application/json",
    )
    assert response.status_code == 201
    code = response.json()["follow_code"]
    check = client.post("/api/qa/questions/check", {"follow_code": code}, content_type="application/json").json()
    assert check["found"] is True and check["status"] == "waiting" and check["answer"] == ""
    published(qa_page, "ที่เผยแพร่แล้ว")
    listed = client.get(f"/api/qa/pages/{qa_page.pk}/questions").json()
    assert [item["question"] for item in listed] == ["ที่เผยแพร่แล้ว"]


def test_format_duration():
    assert format_duration(None) == ""
    assert format_duration(datetime.timedelta(minutes=5)) in ("5 minutes", "5 นาที")
    assert format_duration(datetime.timedelta(days=2, hours=3)) in ("2 days 3 hours", "2 วัน 3 ชั่วโมง")


@pytest.mark.django_db
def test_page_queries_do_not_grow_with_questions(client, qa_page, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    qa_page.per_page = 20
    qa_page.save_revision().publish()
    published(qa_page, "คำถามแรก")
    client.get(qa_page.url)  # warm caches (site root paths, settings)
    with CaptureQueriesContext(connection) as one:
        client.get(qa_page.url)
    for number in range(6):
        published(qa_page, f"คำถามที่ {number}")
    with django_assert_max_num_queries(len(one)):
        response = client.get(qa_page.url)
    assert response.content.decode().count("<article>") == 7
