"""Receipt codes, keys, field encryption, attachment sniffing and O29 counting."""

import datetime

import pytest
from complaint_samples import PDF_BYTES, jpeg_bytes, png_bytes
from cryptography.fernet import Fernet, InvalidToken
from django.core.exceptions import ImproperlyConfigured

from ita_pages.channels import crypto, keys, limits, receipts
from ita_pages.channels.complaints import attachments, statistics


class TestReceipts:
    def test_code_has_at_least_80_random_bits_and_reads_in_groups(self):
        code = receipts.new_code()
        assert receipts.RANDOM_BITS >= 80
        assert len(code) == receipts.CODE_LENGTH
        assert set(code) <= set(receipts.ALPHABET)
        shown = receipts.display(code)
        assert shown.count("-") == 4 and all(len(group) == 4 for group in shown.split("-"))

    def test_codes_differ(self):
        assert len({receipts.new_code() for _ in range(200)}) == 200

    def test_normalize_forgives_case_separators_and_confusable_letters(self):
        code = "0123456789ABCDEFGHJK"
        assert receipts.normalize("o123-4567 89ab-cdef-ghjk") == code
        assert receipts.normalize("O1234567 89ABCDEFGHJK".replace("1", "I")) == code

    @pytest.mark.parametrize("bad", ["", "short", "U" * 20, "0" * 21, None, 12, "x" * 1000])
    def test_normalize_rejects_what_cannot_be_a_code(self, bad):
        assert receipts.normalize(bad) is None

    def test_hash_is_slow_argon2_and_verifies_only_the_right_code(self):
        code = receipts.new_code()
        stored = receipts.make_hash(code)
        assert stored.startswith("$argon2id$")
        assert code not in stored
        assert receipts.verify(stored, code)
        assert not receipts.verify(stored, receipts.new_code())
        assert not receipts.verify("not a hash", code)

    def test_index_depends_on_the_key(self):
        code = receipts.new_code()
        assert receipts.index(code, b"a" * 32) != receipts.index(code, b"b" * 32)
        assert receipts.index(code, b"a" * 32) == receipts.index(code, b"a" * 32)


class TestKeys:
    def test_production_requires_keys(self):
        with pytest.raises(ImproperlyConfigured, match="COMPLAINT_ENCRYPTION_KEYS"):
            keys.parse_keys("", production=True)

    def test_production_refuses_the_insecure_development_key(self):
        with pytest.raises(ImproperlyConfigured, match="insecure"):
            keys.parse_keys(keys.INSECURE_DEV_KEY.decode(), production=True)

    def test_outside_production_the_insecure_key_is_used(self):
        assert keys.parse_keys(None, production=False) == [keys.INSECURE_DEV_KEY]

    def test_invalid_key_is_reported_without_echoing_it(self):
        with pytest.raises(ImproperlyConfigured) as error:
            keys.parse_keys("secret-but-not-fernet", production=True)
        assert "secret-but-not-fernet" not in str(error.value)

    def test_several_keys_newest_first(self):
        new, old = Fernet.generate_key(), Fernet.generate_key()
        assert keys.parse_keys(f"{new.decode()}, {old.decode()}", production=True) == [new, old]

    def test_check_fails_in_production_without_keys(self, settings, monkeypatch):
        from ita_pages.channels.complaints.checks import check_complaint_keys

        monkeypatch.delenv(keys.ENV_VAR, raising=False)
        settings.COMPLAINTS_REQUIRE_KEYS = True
        assert [error.id for error in check_complaint_keys(None)] == ["complaints.E001"]
        monkeypatch.setenv(keys.ENV_VAR, Fernet.generate_key().decode())
        assert check_complaint_keys(None) == []


class TestCrypto:
    def test_round_trip_and_rotation(self):
        old, new = Fernet.generate_key(), Fernet.generate_key()
        token = crypto.encrypt_str("ร้องเรียน", [old])
        assert "ร้องเรียน" not in token
        assert crypto.decrypt_str(token, [new, old]) == "ร้องเรียน"
        rotated = crypto.rotate(token.encode(), [new, old])
        assert crypto.decrypt_bytes(rotated, [new]) == "ร้องเรียน".encode()
        with pytest.raises(InvalidToken):
            crypto.decrypt_str(token, [new])

    def test_index_keys_are_not_the_encryption_keys(self):
        key = Fernet.generate_key()
        assert crypto.index_keys([key])[0] not in (key, __import__("base64").urlsafe_b64decode(key))


class TestAttachments:
    @pytest.mark.parametrize(
        ("data", "content_type"),
        [(PDF_BYTES, "application/pdf"), (png_bytes(), "image/png"), (jpeg_bytes(), "image/jpeg")],
    )
    def test_accepts_real_pdf_png_jpeg(self, data, content_type):
        checked = attachments.check_bytes(data, "หลักฐาน.bin")
        assert checked.content_type == content_type
        assert checked.display_name.endswith("." + checked.extension)

    @pytest.mark.parametrize(
        ("data", "name"),
        [
            (b"<html><script>alert(1)</script></html>", "evidence.pdf"),
            (b"MZ\x90\x00 executable", "photo.jpg"),
            (b"\x89PNG\r\n\x1a\n but not really a png", "photo.png"),
            (b"\xff\xd8\xff\xe0 truncated jpeg", "photo.jpg"),
            (b"%PDF-1.4 no end marker", "doc.pdf"),
            (b"PK\x03\x04 zip", "doc.pdf"),
        ],
    )
    def test_rejects_disguised_or_broken_files(self, data, name):
        with pytest.raises(attachments.AttachmentRejected):
            attachments.check_bytes(data, name)

    def test_size_cap(self):
        from django.core.files.uploadedfile import SimpleUploadedFile

        big = SimpleUploadedFile("big.pdf", PDF_BYTES + b"0" * limits.max_file_bytes())
        with pytest.raises(attachments.AttachmentRejected):
            attachments.check_upload(big)

    def test_display_name_strips_paths_and_markup(self):
        assert attachments.safe_display_name('../../etc/<b>"x".exe.pdf', "png") == "bx.exe.png"


class TestStatistics:
    def test_fiscal_year_bounds(self):
        assert statistics.fiscal_bounds(2566) == (datetime.date(2022, 10, 1), datetime.date(2023, 9, 30))

    @pytest.mark.parametrize(("kind", "count"), [("month", 12), ("quarter", 4), ("half", 2)])
    def test_periods_tile_the_year(self, kind, count):
        periods = statistics.periods(2566, kind)
        assert len(periods) == count
        assert periods[0].start == datetime.date(2022, 10, 1)
        assert periods[-1].end == datetime.date(2023, 9, 30)
        for before, after in zip(periods, periods[1:], strict=False):
            assert after.start - before.end == datetime.timedelta(days=1)

    def test_cases_across_month_quarter_half_and_year_boundaries(self):
        cases = [
            (datetime.date(2022, 9, 30), None),  # previous fiscal year: not counted
            (datetime.date(2022, 10, 1), datetime.date(2022, 10, 5)),  # first day
            (datetime.date(2022, 12, 31), None),  # last day of Q1
            (datetime.date(2023, 1, 1), datetime.date(2023, 2, 1)),  # first day of Q2
            (datetime.date(2023, 3, 31), datetime.date(2023, 6, 1)),  # end of first half, completed later
            (datetime.date(2023, 4, 1), None),  # second half
            (datetime.date(2023, 9, 30), datetime.date(2023, 9, 30)),  # last day
            (datetime.date(2023, 10, 1), None),  # next fiscal year: not counted
        ]
        as_of = datetime.date(2023, 5, 1)
        months = statistics.compute(cases, 2566, "month", as_of)
        assert [(row.total, row.completed, row.in_progress) for row in months] == [
            (1, 1, 0),  # Oct
            (0, 0, 0),
            (1, 0, 1),  # Dec
            (1, 1, 0),  # Jan
            (0, 0, 0),
            (1, 0, 1),  # Mar: completed only after as_of
            (1, 0, 1),  # Apr
            (0, 0, 0),
            (0, 0, 0),
            (0, 0, 0),
            (0, 0, 0),
            (1, 0, 1),  # Sep: completed after as_of
        ]
        quarters = statistics.compute(cases, 2566, "quarter", as_of)
        assert [(row.total, row.completed, row.in_progress) for row in quarters] == [
            (2, 1, 1),
            (2, 1, 1),
            (1, 0, 1),
            (1, 0, 1),
        ]
        halves = statistics.compute(cases, 2566, "half", datetime.date(2023, 9, 30))
        assert [(row.total, row.completed, row.in_progress) for row in halves] == [(4, 3, 1), (2, 1, 1)]
        assert statistics.totals(halves) == (6, 4, 2)

    def test_unknown_period_kind(self):
        with pytest.raises(ValueError, match="unknown period kind"):
            statistics.periods(2566, "week")


def test_production_settings_refuse_to_run_without_complaint_keys():
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "COMPLAINT_", "DATABASE_URL"))}
    environment.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        DJANGO_SECRET_KEY="k" * 60,
        ALLOWED_HOSTS="agency.example.go.th",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=root, env=environment, capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0
    assert "complaints.E001" in result.stdout + result.stderr
