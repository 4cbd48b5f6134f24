"""Contact details of general complaints and questions: encrypted at rest, rotated with
the keys, and blanked once their retention has passed."""

import datetime
import io

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from ita_pages.channels import crypto, keys
from ita_pages.channels.complaints import services
from ita_pages.channels.complaints.models import ComplaintSettings, GeneralComplaint, GeneralComplaintStatus
from ita_pages.channels.qa.models import QAPage, QASettings, Question, QuestionStatus
from ita_pages.channels.qa.services import ask_question
from ita_pages.core.publish import add_validated_child
from tests.accounts import sign_in

QA_INTRO = "<p>ถามได้ที่นี่ เจ้าหน้าที่ตอบบนหน้านี้</p>"
CONTACT = {"name": "สมศรี มีสุข", "email": "somsri@example.org", "phone": "081-234-5678"}


def raw_row(table: str, pk: int, *columns: str) -> tuple:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE id = %s", [pk])  # noqa: S608
        return cursor.fetchone()


@pytest.fixture
def qa_page(site_th):
    return add_validated_child(site_th.root_page.specific, QAPage(title="ถาม-ตอบ", slug="qa", intro=QA_INTRO))


@pytest.fixture
def file_general(site_th, general_page):
    def file(subject="ถนนชำรุด", **contact):
        data = {**CONTACT, **contact, "subject": subject, "body": "หน้าวัด"}
        return services.file_general_complaint(site=site_th, page=general_page, data=data)[0]

    return file


def close(complaint, days_ago: int, status=GeneralComplaintStatus.COMPLETED):
    complaint.status = status
    complaint.completed_on = timezone.localdate() - datetime.timedelta(days=days_ago)
    complaint.save()
    return complaint


def ask(page, email="asker@example.org", text="ขยะเก็บวันไหน"):
    return ask_question(page=page, data={"display_name": "ผู้ถาม", "question": text, "email": email})[0]


def settle(question, status, days_ago: int):
    """Answer (or reject) the question `days_ago` days ago, keeping its address."""
    when = timezone.now() - datetime.timedelta(days=days_ago)
    question.status = status
    question.asked_at = when - datetime.timedelta(hours=2)
    if status in (QuestionStatus.ANSWERED, QuestionStatus.PUBLISHED):
        question.answer, question.answered_at = "ทุกวันอังคาร", when
    question.save()
    return question


@pytest.mark.django_db
def test_a_general_complaints_contact_details_are_ciphertext_in_the_table(client, general_page):
    response = client.post(general_page.url, {**CONTACT, "subject": "ไฟถนนดับ", "body": "ซอย 3"})
    assert response.status_code == 200
    complaint = GeneralComplaint.objects.get()
    stored = raw_row("complaints_generalcomplaint", complaint.pk, "name", "email", "phone")
    for column, plain in zip(stored, CONTACT.values(), strict=True):
        assert plain not in column and crypto.decrypt_str(column) == plain
    assert (complaint.name, complaint.email, complaint.phone) == tuple(CONTACT.values())


@pytest.mark.django_db
def test_a_questions_address_is_ciphertext_in_the_table(qa_page):
    question = ask(qa_page)
    (stored,) = raw_row("qa_question", question.pk, "email")
    assert "asker@example.org" not in stored and crypto.decrypt_str(stored) == "asker@example.org"
    assert Question.objects.get().email == "asker@example.org"


@pytest.mark.django_db
def test_the_models_still_refuse_a_bad_address_and_overlong_details(file_general, qa_page):
    complaint = file_general()
    complaint.email, complaint.name, complaint.phone = "not-an-address", "ก" * 121, "0" * 31
    with pytest.raises(ValidationError) as refused:
        complaint.full_clean()
    assert set(refused.value.message_dict) == {"email", "name", "phone"}
    question = ask(qa_page)
    question.email = "x" * 250 + "@example.org"
    with pytest.raises(ValidationError) as refused:
        question.full_clean()
    assert "email" in refused.value.message_dict


@pytest.mark.django_db
def test_the_admin_lists_decrypted_names_and_searches_what_is_not_encrypted(client, superuser, file_general):
    file_general(subject="ถนนชำรุดหน้าวัด")
    file_general(subject="น้ำประปาไม่ไหล", name="มานี ใจดี")
    sign_in(client, superuser)
    listing = client.get("/admin/general-complaints/").content.decode()
    assert "สมศรี มีสุข" in listing and "มานี ใจดี" in listing
    found = client.get("/admin/general-complaints/", {"q": "ประปา"})
    assert found.status_code == 200
    html = found.content.decode()
    assert "น้ำประปาไม่ไหล" in html and "ถนนชำรุดหน้าวัด" not in html
    # Names are ciphertext in the table: searching one finds nothing, and fails nothing.
    by_name = client.get("/admin/general-complaints/", {"q": "มานี"})
    assert by_name.status_code == 200 and "น้ำประปาไม่ไหล" not in by_name.content.decode()


@pytest.mark.django_db
def test_rotation_re_encrypts_general_complaints_and_questions(monkeypatch, site_th, general_page, qa_page):
    monkeypatch.setenv(keys.ENV_VAR, Fernet.generate_key().decode())
    old_key = keys.configured_keys()[0]
    complaint = services.file_general_complaint(
        site=site_th, page=general_page, data={**CONTACT, "subject": "ถนนชำรุด", "body": "หน้าวัด"}
    )[0]
    question = ask(qa_page)
    new_key = Fernet.generate_key()
    monkeypatch.setenv(keys.ENV_VAR, f"{new_key.decode()},{old_key.decode()}")

    out = io.StringIO()
    call_command("rotate_complaint_keys", stdout=out)
    assert "complaints.GeneralComplaint: re-encrypted 1 rows" in out.getvalue()
    assert "qa.Question: re-encrypted 1 rows" in out.getvalue()
    assert "qa.Question: 1 receipt codes still indexed under an older key" in out.getvalue()

    # The old key is gone: every field still reads, so all were rewritten with the new one.
    monkeypatch.setenv(keys.ENV_VAR, new_key.decode())
    rotated = GeneralComplaint.objects.get(pk=complaint.pk)
    assert (rotated.name, rotated.email, rotated.phone) == tuple(CONTACT.values())
    assert Question.objects.get(pk=question.pk).email == "asker@example.org"
    (stored,) = raw_row("qa_question", question.pk, "email")
    assert crypto.decrypt_str(stored, [new_key]) == "asker@example.org"


@pytest.mark.django_db
def test_purge_blanks_only_contacts_past_retention(site_th, file_general, qa_page):
    settings = ComplaintSettings.for_site(site_th)
    settings.contact_retention_days = 30
    settings.save()
    expired = close(file_general(subject="เก่าแล้วเสร็จ"), days_ago=31)
    expired_rejected = close(file_general(subject="เก่าไม่รับเรื่อง"), days_ago=40, status="rejected")
    fresh = close(file_general(subject="เพิ่งเสร็จ"), days_ago=30)
    still_open = file_general(subject="ยังดำเนินการ")
    GeneralComplaint.objects.filter(pk=still_open.pk).update(received_on=timezone.localdate().replace(year=2020))

    qa_settings = QASettings.for_site(site_th)
    qa_settings.contact_retention_days = 10
    qa_settings.save()
    unnotified = settle(ask(qa_page, text="ตอบนานแล้ว"), QuestionStatus.PUBLISHED, days_ago=11)
    rejected = settle(ask(qa_page, text="สแปม"), QuestionStatus.SPAM, days_ago=11)
    recent = settle(ask(qa_page, text="เพิ่งตอบ"), QuestionStatus.ANSWERED, days_ago=9)
    waiting = ask(qa_page, text="ยังไม่ตอบ")
    Question.objects.filter(pk=waiting.pk).update(asked_at=timezone.now() - datetime.timedelta(days=400))

    out = io.StringIO()
    call_command("purge_expired_contacts", stdout=out)
    assert "complaints.GeneralComplaint: blanked the contact details of 2 records" in out.getvalue()
    assert "qa.Question: blanked the contact details of 2 records" in out.getvalue()

    for complaint in (expired, expired_rejected):
        complaint.refresh_from_db()
        assert (complaint.name, complaint.email, complaint.phone) == ("", "", "")
        # The record stays for the statistics.
        assert complaint.subject.startswith("เก่า") and complaint.completed_on is not None
    for complaint in (fresh, still_open):
        complaint.refresh_from_db()
        assert (complaint.name, complaint.email, complaint.phone) == tuple(CONTACT.values())
    assert [Question.objects.get(pk=q.pk).email for q in (unnotified, rejected)] == ["", ""]
    assert [Question.objects.get(pk=q.pk).email for q in (recent, waiting)] == ["asker@example.org"] * 2
    assert Question.objects.get(pk=rejected.pk).question == "สแปม"

    # Blank records are not counted again.
    again = io.StringIO()
    call_command("purge_expired_contacts", stdout=again)
    assert "complaints.GeneralComplaint: blanked the contact details of 0 records" in again.getvalue()
    assert "qa.Question: blanked the contact details of 0 records" in again.getvalue()


@pytest.mark.django_db
def test_contact_retention_is_per_site_with_a_default_of_a_year(site_th, file_general):
    assert ComplaintSettings.for_site(site_th).contact_retention_days == 365
    assert QASettings.for_site(site_th).contact_retention_days == 365
    kept = close(file_general(subject="ครบ 365 วัน"), days_ago=365)
    gone = close(file_general(subject="เกิน 365 วัน"), days_ago=366)
    call_command("purge_expired_contacts", stdout=io.StringIO())
    assert GeneralComplaint.objects.get(pk=kept.pk).name == CONTACT["name"]
    assert GeneralComplaint.objects.get(pk=gone.pk).name == ""


# serialized_rollback: other live-server tests flush the database, root page included.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_encrypts_contacts_filed_before_it_and_decrypts_them_backwards(site_th):
    table = "complaints_generalcomplaint"
    call_command("migrate", "complaints", "0006", verbosity=0)
    try:
        old = MigrationExecutor(connection).loader.project_state([("complaints", "0006_officer_access_change")])
        OldComplaint = old.apps.get_model("complaints", "GeneralComplaint")
        common = {"site_id": site_th.pk, "body": "หน้าวัด", "receipt_hash": "h", "receipt_key_id": "k"}
        full = OldComplaint.objects.create(**common, **CONTACT, subject="ก่อนเข้ารหัส", receipt_index="1" * 64)
        bare = OldComplaint.objects.create(**common, name="มานี", subject="ไม่มีอีเมล", receipt_index="2" * 64)
        assert raw_row(table, full.pk, "name", "email", "phone") == tuple(CONTACT.values())
    finally:
        call_command("migrate", "complaints", verbosity=0)

    stored = raw_row(table, full.pk, "name", "email", "phone")
    assert [crypto.decrypt_str(column) for column in stored] == list(CONTACT.values())
    assert not set(stored) & set(CONTACT.values())
    migrated = GeneralComplaint.objects.get(pk=full.pk)
    assert (migrated.name, migrated.email, migrated.phone) == tuple(CONTACT.values())
    assert (GeneralComplaint.objects.get(pk=bare.pk).email, GeneralComplaint.objects.get(pk=bare.pk).name) == (
        "",
        "มานี",
    )

    call_command("migrate", "complaints", "0006", verbosity=0)
    try:
        assert raw_row(table, full.pk, "name", "email", "phone") == tuple(CONTACT.values())
    finally:
        call_command("migrate", "complaints", verbosity=0)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_encrypts_question_addresses_left_before_it(site_th):
    page = add_validated_child(
        site_th.root_page.specific, QAPage(title="ถาม-ตอบ", slug="qa-migration", intro=QA_INTRO)
    )
    call_command("migrate", "qa", "0002", verbosity=0)
    try:
        old = MigrationExecutor(connection).loader.project_state([("qa", "0002_alter_qapage_options")])
        OldQuestion = old.apps.get_model("qa", "Question")
        question = OldQuestion.objects.create(
            page_id=page.pk,
            display_name="ผู้ถาม",
            question="ก่อนเข้ารหัส",
            email="asker@example.org",
            receipt_index="3" * 64,
            receipt_hash="h",
            receipt_key_id="k",
        )
    finally:
        call_command("migrate", "qa", verbosity=0)
    (stored,) = raw_row("qa_question", question.pk, "email")
    assert stored != "asker@example.org" and crypto.decrypt_str(stored) == "asker@example.org"
    assert Question.objects.get(pk=question.pk).email == "asker@example.org"

    call_command("migrate", "qa", "0002", verbosity=0)
    try:
        assert raw_row("qa_question", question.pk, "email") == ("asker@example.org",)
    finally:
        call_command("migrate", "qa", verbosity=0)


@pytest.mark.django_db
def test_the_qa_retention_is_set_in_the_thai_admin(client, superuser, site_th):
    sign_in(client, superuser)
    url = f"/admin/settings/qa/qasettings/{site_th.pk}/"
    form = client.get(url).content.decode()
    assert "ระยะเวลาเก็บอีเมลที่ยังไม่ได้ใช้ (วัน)" in form
    assert client.post(url, {"contact_retention_days": 30}).status_code == 302
    assert QASettings.for_site(site_th).contact_retention_days == 30
