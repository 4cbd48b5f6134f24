"""A wrong receipt code reveals nothing, codes are never stored in clear, keys rotate."""

import io
import re

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection

from ita_pages.channels import keys, receipts
from ita_pages.channels.complaints.models import CorruptionCase

# What differs between any two renderings: the CSRF token and the visit beacon's token.
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"|/visit/hit\.gif\?v=[^"]+')


def page_text(response) -> str:
    return CSRF.sub("", response.content.decode())


def mutate(code: str) -> str:
    first = code[0]
    return ("1" if first != "1" else "2") + code[1:]


@pytest.mark.django_db
def test_wrong_code_answers_exactly_like_a_code_of_no_case(client, make_case, corruption_page):
    _case, code = make_case()
    url = corruption_page.url + "follow/"
    wrong = client.post(url, {"code": receipts.display(mutate(code))})
    unknown = client.post(url, {"code": receipts.display(receipts.new_code())})
    malformed = client.post(url, {"code": "not-a-code"})
    assert wrong.status_code == unknown.status_code == malformed.status_code == 200
    assert page_text(wrong) == page_text(unknown) == page_text(malformed)
    right = client.post(url, {"code": code})
    assert 'data-testid="case-status"' in right.content.decode()
    assert 'data-testid="case-status"' not in page_text(wrong)


@pytest.mark.django_db
def test_api_wrong_code_answers_exactly_like_a_code_of_no_case(client, make_case):
    _case, code = make_case()
    answers = [
        client.post("/api/complaints/corruption/check", {"receipt_code": value}, content_type="application/json")
        for value in (mutate(code), receipts.new_code(), "x")
    ]
    assert {answer.status_code for answer in answers} == {200}
    assert answers[0].json() == answers[1].json() == answers[2].json()
    assert answers[0].json()["found"] is False
    assert answers[0].json()["status"] == "" and answers[0].json()["messages"] == []
    right = client.post("/api/complaints/corruption/check", {"receipt_code": code}, content_type="application/json")
    assert right.json()["found"] is True and right.json()["status"] == "received"


@pytest.mark.django_db
def test_receipt_stored_only_as_keyed_index_and_argon2_hash(make_case):
    case, code = make_case()
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM complaints_corruptioncase")
        row_text = " ".join(str(value) for value in cursor.fetchone())
    assert code not in row_text and receipts.display(code) not in row_text
    assert case.receipt_hash.startswith("$argon2id$")
    assert len(case.receipt_index) == 64
    assert CorruptionCase.find_by_receipt(receipts.display(code).lower()) == case


@pytest.mark.django_db
def test_codes_keep_working_after_key_rotation_and_move_to_the_new_key(make_case, monkeypatch):
    monkeypatch.setenv(keys.ENV_VAR, Fernet.generate_key().decode())
    old_key = keys.configured_keys()[0]
    case, code = make_case(subject="ก่อนเปลี่ยนกุญแจ")
    new_key = Fernet.generate_key()
    monkeypatch.setenv(keys.ENV_VAR, f"{new_key.decode()},{old_key.decode()}")

    out = io.StringIO()
    call_command("rotate_complaint_keys", stdout=out)
    assert "1 receipt codes still indexed under an older key" in out.getvalue()

    # Data now decrypts with the new key alone.
    monkeypatch.setenv(keys.ENV_VAR, new_key.decode())
    assert CorruptionCase.objects.get(pk=case.pk).subject == "ก่อนเปลี่ยนกุญแจ"
    monkeypatch.setenv(keys.ENV_VAR, f"{new_key.decode()},{old_key.decode()}")

    found = CorruptionCase.find_by_receipt(code)
    assert found == case
    found.refresh_from_db()
    assert found.receipt_key_id == keys.key_id(new_key)
    monkeypatch.setenv(keys.ENV_VAR, new_key.decode())
    assert CorruptionCase.find_by_receipt(code) == case
