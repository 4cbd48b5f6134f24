"""Backing up the demo site, breaking it, restoring it: the same site comes back.

The comparison covers every backed-up row (pages, revisions, documents, images,
announcements, questions, cases and the rest) read through the ORM, and every
media file by digest. Complaints travel as ciphertext: the archive never holds
their text, and a restore with other keys leaves them unreadable.
"""

from __future__ import annotations

import gzip
import io
import json
import tarfile
import uuid

import pytest
from cryptography.fernet import Fernet, InvalidToken
from django.core import serializers
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from ita_pages.channels.complaints import services
from ita_pages.channels.complaints.attachments import check_bytes
from ita_pages.channels.complaints.models import CaseAttachment, CorruptionCase, CorruptionComplaintPage
from ita_pages.channels.keys import ENV_VAR
from ita_pages.channels.qa.models import Question
from ita_pages.core.backup import contents, media
from ita_pages.furniture.news.models import NewsPage
from ita_pages.furniture.procurement.models import ProcurementAnnouncement
from search import query

pytestmark = pytest.mark.django_db

WITNESS = "นางสาวพยานลับ ทดสอบสำรอง"


def png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (2, 2), "red").save(out, "PNG")
    return out.getvalue()


PNG = png()


@pytest.fixture
def demo(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    call_command("load_demo_site", stdout=io.StringIO())
    page = CorruptionComplaintPage.objects.filter(locale__language_code="th").first()
    case, _code = services.file_corruption_complaint(
        site=page.get_site(),
        page=page,
        data={"subject": "ทุจริตจัดซื้อวัสดุ", "description": "รายละเอียดการสำรอง", "complainant_name": WITNESS},
        files=[check_bytes(PNG, "หลักฐาน.png")],
    )
    return case


def snapshot() -> dict:
    """Every backed-up row as the ORM reads it (decrypted), and every media file's digest."""
    rows = {}
    for model in contents.backed_up_models():
        queryset = model._base_manager.order_by(model._meta.pk.name)
        related = [field.name for field in model._meta.many_to_many]
        serialized = serializers.serialize("python", queryset)
        for row in serialized:
            # Many-to-many ids come in no set order (PostgreSQL); the set is what is kept.
            row["fields"].update({name: sorted(row["fields"][name]) for name in related if name in row["fields"]})
        rows[model._meta.label_lower] = serialized
    files = {name: media.digest(media.read(name)) for name in media.stored_names()}
    return {"rows": rows, "media": files}


def archive_rows(path) -> str:
    with tarfile.open(path, "r:gz") as archive:
        return archive.extractfile("database.jsonl").read().decode()


def raw_column(model, column: str, pk) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {model._meta.db_table} WHERE id = %s", [pk])  # noqa: S608
        value = cursor.fetchone()[0]
    return bytes(value).decode() if isinstance(value, memoryview | bytes) else value


def backup(tmp_path) -> str:
    path = tmp_path / "site.tar.gz"
    call_command("backup_site", str(path), stdout=io.StringIO())
    return str(path)


def test_a_restored_demo_site_is_the_site_that_was_backed_up(demo, tmp_path):
    before = snapshot()
    for model in (Page, Revision, get_document_model(), get_image_model(), ProcurementAnnouncement, Question):
        assert before["rows"][model._meta.label_lower], model
    assert before["rows"]["complaints.corruptioncase"] and before["rows"]["complaints.caseattachment"]
    assert before["media"]
    path = backup(tmp_path)

    # The site changes after the backup: a page goes, a case moves on, an account and a file appear.
    news = NewsPage.objects.live().first()
    news_title = news.title
    news.delete()
    demo.status = "completed"
    demo.save()
    Page.objects.get(depth=1).add_child(instance=Page(title="หน้าที่เกิดหลังการสำรอง", slug="after-backup"))
    default_storage.save("documents/after-backup.pdf", ContentFile(b"%PDF-1.4 after"))

    out = io.StringIO()
    call_command("restore_site", path, "--replace", stdout=out)

    after = snapshot()
    assert after["rows"].keys() == before["rows"].keys()
    for label, rows in before["rows"].items():
        assert after["rows"][label] == rows, label
    assert after["media"] == before["media"]
    assert "Restored" in out.getvalue()
    case = CorruptionCase.objects.get(pk=demo.pk)
    assert case.complainant_name == WITNESS
    assert CaseAttachment.objects.get(case=case).data == PNG
    # The Thai search index, emptied with the derived rows, is rebuilt.
    assert news_title in [hit.title for hit in query.search(news_title)]


def test_the_archive_holds_complaints_only_as_the_ciphertext_the_database_holds(demo, tmp_path):
    rows = archive_rows(backup(tmp_path))
    assert WITNESS not in rows
    assert "รายละเอียดการสำรอง" not in rows
    stored = {
        json.loads(line)["pk"]: json.loads(line)["fields"]
        for line in rows.splitlines()
        if '"model": "complaints.corruptioncase"' in line
    }
    assert stored[demo.pk]["complainant_name"] == raw_column(CorruptionCase, "complainant_name", demo.pk)
    attachment = CaseAttachment.objects.get(case=demo)
    attachment_rows = [json.loads(line) for line in rows.splitlines() if '"complaints.caseattachment"' in line]
    assert [row["fields"]["data"] for row in attachment_rows if row["pk"] == attachment.pk] == [
        raw_column(CaseAttachment, "data", attachment.pk)
    ]
    # Nor does the compressed archive hold the plain attachment anywhere.
    with tarfile.open(tmp_path / "site.tar.gz", "r:gz") as archive:
        assert all(PNG not in archive.extractfile(m).read() for m in archive.getmembers() if m.isfile())


def test_restored_with_other_keys_the_site_is_back_but_its_cases_are_unreadable(demo, tmp_path, monkeypatch):
    path = backup(tmp_path)
    pages = Page.objects.count()
    monkeypatch.setenv(ENV_VAR, Fernet.generate_key().decode())
    with pytest.raises(CommandError) as refused:
        call_command("restore_site", path, "--replace", stdout=io.StringIO())
    assert refused.value.returncode == 3
    assert "complaints.corruptioncase" in str(refused.value)
    assert Page.objects.count() == pages
    with pytest.raises(InvalidToken):
        CorruptionCase.objects.get(pk=demo.pk)


def _rewrite(path, change_rows=None, change_manifest=None, change_media=None) -> str:
    """A copy of the archive with its rows, manifest or media altered."""
    with tarfile.open(path, "r:gz") as archive:
        members = {m.name: archive.extractfile(m).read() for m in archive.getmembers() if m.isfile()}
    if change_rows:
        members["database.jsonl"] = change_rows(members["database.jsonl"].decode()).encode()
    if change_manifest:
        manifest = json.loads(members["manifest.json"])
        change_manifest(manifest)
        members["manifest.json"] = json.dumps(manifest).encode()
    if change_media:
        change_media(members)
    damaged = str(path).replace(".tar.gz", "-damaged.tar.gz")
    with tarfile.open(damaged, "w:gz") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return damaged


def _unchanged_after(path):
    """Restore ``path``; it must be refused and the site after the backup must stay as it was."""
    Page.objects.get(depth=1).add_child(instance=Page(title="หน้าที่ต้องอยู่ต่อ", slug=f"must-stay-{uuid.uuid4().hex}"))
    before = snapshot()
    with pytest.raises(CommandError) as refused:
        call_command("restore_site", path, "--replace", stdout=io.StringIO())
    assert snapshot() == before
    return str(refused.value)


def test_an_archive_with_a_row_pointing_nowhere_restores_nothing(demo, tmp_path):
    def orphan_question(rows: str) -> str:
        lines = rows.splitlines()
        for position, line in enumerate(lines):
            record = json.loads(line)
            if record["model"] == "qa.question":
                record["fields"]["page"] = 987654
                lines[position] = json.dumps(record, ensure_ascii=False)
                break
        return "\n".join(lines) + "\n"

    message = _unchanged_after(_rewrite(backup(tmp_path), change_rows=orphan_question))
    assert "nothing was restored" in message


def test_an_archive_missing_rows_or_with_a_damaged_file_restores_nothing(demo, tmp_path):
    path = backup(tmp_path)

    def drop_last_row(rows: str) -> str:
        return "\n".join(rows.splitlines()[:-1]) + "\n"

    assert "do not match its manifest" in _unchanged_after(_rewrite(path, change_rows=drop_last_row))

    def damage_a_file(members):
        name = next(name for name in members if name.startswith("media/"))
        members[name] = members[name] + b"x"

    assert "damaged" in _unchanged_after(_rewrite(path, change_media=damage_a_file))
    garbage = tmp_path / "not-a-backup.tar.gz"
    garbage.write_bytes(gzip.compress(b"not a tar"))
    assert "not a backup archive" in _unchanged_after(str(garbage))


def test_a_backup_of_another_schema_is_refused_before_anything_changes(demo, tmp_path):
    def newer(manifest):
        manifest["migrations"].append(["core", "9999_from_the_future"])

    assert "newer version" in _unchanged_after(_rewrite(backup(tmp_path), change_manifest=newer))

    def older(manifest):
        manifest["migrations"] = [pair for pair in manifest["migrations"] if pair[0] != "visitors"]

    assert "migrations the backup was not made with" in _unchanged_after(
        _rewrite(backup(tmp_path), change_manifest=older)
    )


def test_restoring_over_a_site_with_content_needs_replace(demo, tmp_path):
    path = backup(tmp_path)
    with pytest.raises(CommandError, match="--replace"):
        call_command("restore_site", path, stdout=io.StringIO())


def test_a_backup_is_private_to_its_owner(demo, tmp_path):
    path = tmp_path / "site.tar.gz"
    out = io.StringIO()
    call_command("backup_site", str(path), stdout=out)
    assert path.stat().st_mode & 0o077 == 0
    assert "keep them apart from this archive" in out.getvalue()
