"""A corruption complaint filed through the shipped server leaves no trace of who sent it.

The citizen's browser here has an address, a user agent and a referrer no other test
uses. The stack believes X-Forwarded-For from 127.0.0.1 (TRUSTED_PROXIES), as behind
the host's proxy, so the address is the one the site itself works with: rate limits
and the visit counter take it in hand. After the complaint is filed, followed and
answered, none of the three is found in the server's log, the database server's log,
any table (read raw, and through the ORM so that encrypted columns and session data
are read decrypted), any cache key or value, or any file the stack wrote.
"""

import ipaddress
import os
import secrets
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import expect

from tests.e2e.conftest import ARTIFACTS, PROJECT, _close, _page
from tests.e2e.test_citizen_channels import CORRUPTION, evidence_png, receipt_code, stack_keys, submit

# Files of this checkout the server never writes: its code and the tools around it.
NOT_WRITTEN_BY_THE_SERVER = {".git", ".venv", "node_modules", "__pycache__", ".pytest_cache", ".ruff_cache"}
LARGEST_FILE_READ = 64 * 1024 * 1024

__all__ = ["stack_keys"]  # a fixture this module uses, shared with the channels journeys


@dataclass(frozen=True)
class Citizen:
    """What only this citizen sends: an address, a user agent and a referrer of their own."""

    token: str = field(default_factory=lambda: secrets.token_hex(6))

    @property
    def address(self) -> str:
        groups = [int(self.token[i : i + 4], 16) for i in range(0, 12, 4)]
        return str(ipaddress.ip_address("2001:db8:{:x}:{:x}::{:x}".format(*groups)))

    @property
    def user_agent(self) -> str:
        return (
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
            f"Chrome/156.0 Mobile Safari/537.36 Whistle{self.token}"
        )

    @property
    def referrer(self) -> str:
        return f"https://social.example/post/leak{self.token}"

    @property
    def traces(self) -> dict[str, bytes]:
        """The part of each that cannot occur by chance, as the server would write it."""
        return {
            "address": self.address.encode(),
            "user agent": f"Whistle{self.token}".encode(),
            "referrer": f"leak{self.token}".encode(),
        }

    def found_in(self, blob: bytes) -> list[str]:
        lowered = blob.lower()
        return [name for name, mark in self.traces.items() if mark.lower() in lowered]


def database_server_log() -> Path | None:
    """The PostgreSQL server's log file, wherever this machine's server writes it (None on SQLite)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_current_logfile(), current_setting('data_directory')")
        current, data_directory = cursor.fetchone()
    if current:
        path = Path(current)
        return path if path.is_absolute() else Path(data_directory) / path
    # Logging to standard error: the file the postmaster's stderr was opened on.
    try:
        postmaster = int((Path(data_directory) / "postmaster.pid").read_text().split()[0])
        target = Path(os.readlink(f"/proc/{postmaster}/fd/2"))
    except (OSError, ValueError, IndexError):
        return None
    return target if target.is_file() else None


def raw_rows() -> list[tuple[str, bytes]]:
    """Every row of every table as the database stores it."""
    from django.db import connection

    rows = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            quoted = connection.ops.quote_name(table)
            if connection.vendor == "postgresql":
                cursor.execute(f"SELECT t::text FROM {quoted} AS t")  # noqa: S608 (names from introspection)
                rows += [(table, row[0].encode()) for row in cursor.fetchall()]
            else:
                cursor.execute(f"SELECT * FROM {quoted}")  # noqa: S608
                for row in cursor.fetchall():
                    cells = (cell if isinstance(cell, bytes) else str(cell).encode() for cell in row)
                    rows.append((table, b"\x1f".join(cells)))
    return rows


def decrypted_rows() -> list[tuple[str, bytes]]:
    """Encrypted columns and session data as the application reads them, in clear.

    Everything else the raw read has already seen as it is stored.
    """
    from django.apps import apps
    from django.contrib.sessions.models import Session

    rows = []
    for model in apps.get_models():
        encrypted = [column for column in model._meta.concrete_fields if getattr(column, "stores_ciphertext", False)]
        if not encrypted or model._meta.proxy:
            continue
        for instance in model._default_manager.all().iterator():
            values = [getattr(instance, column.attname) for column in encrypted]
            blob = b"\x1f".join(bytes(v) if isinstance(v, (bytes, memoryview)) else str(v).encode() for v in values)
            rows.append((model._meta.label, blob))
    for session in Session.objects.all():
        rows.append(("sessions.Session (decoded)", repr(session.get_decoded()).encode()))
    return rows


def cache_entries() -> list[tuple[bytes, bytes]]:
    """Every key and value in the stack's Redis database."""
    import redis

    client = redis.Redis.from_url(os.environ["REDIS_URL"])
    entries = []
    for key in client.scan_iter(count=500):
        # Django's cache writes strings; anything else is read in Redis's own serialisation.
        value = client.get(key) if client.type(key) == b"string" else client.dump(key)
        entries.append((key, value or b""))
    return entries


def files_written_since(started: float, roots: list[Path]) -> list[Path]:
    written = []
    for root in roots:
        for folder, subfolders, names in os.walk(root):
            subfolders[:] = [name for name in subfolders if name not in NOT_WRITTEN_BY_THE_SERVER]
            for name in names:
                path = Path(folder) / name
                try:
                    if path.stat().st_mtime >= started and path.is_file():
                        written.append(path)
                except OSError:
                    continue
    return written


def test_a_corruption_complaint_leaves_no_trace_of_its_sender(stack, browser, orm, stack_keys, shot, tmp_path):
    citizen = Citizen()
    assert stack.env.get("TRUSTED_PROXIES") == "127.0.0.1", "the stack must take the address as behind a proxy"
    started = time.time() - 1
    server_log_start = stack.log_path.stat().st_size
    pg_log = database_server_log()
    pg_log_start = pg_log.stat().st_size if pg_log else 0

    context, phone = _page(
        browser,
        stack,
        375,
        740,
        user_agent=citizen.user_agent,
        extra_http_headers={"X-Forwarded-For": citizen.address},
    )
    try:
        phone.goto(CORRUPTION, referer=citizen.referrer)
        phone.locator("[name=subject]").fill("หัวหน้างานพัสดุแบ่งงานจ้างเพื่อเลี่ยงการประกวดราคา")
        phone.get_by_label("รายละเอียดเหตุการณ์").fill("แบ่งซื้อครุภัณฑ์เป็นสี่สัญญาในสัปดาห์เดียวกัน")
        phone.locator("[name=attachments]").set_input_files(
            [{"name": "สัญญา.png", "mimeType": "image/png", "buffer": evidence_png()}]
        )
        submit(phone, "ส่งเรื่องร้องเรียน")
        expect(phone.get_by_role("heading", name="ได้รับเรื่องร้องเรียนของท่านแล้ว")).to_be_visible()
        code = receipt_code(phone)

        phone.get_by_role("link", name="ติดตามเรื่อง", exact=True).click()
        phone.get_by_label("รหัสรับเรื่อง").fill(code)
        submit(phone, "ตรวจสอบ")
        phone.get_by_label("ข้อความถึงเจ้าหน้าที่").fill("มีสำเนาใบสั่งซื้อทั้งสี่ฉบับ")
        submit(phone, "ส่งข้อความ")
        expect(phone.get_by_role("status")).to_have_text("ส่งข้อความของท่านแล้ว")
        assert phone.errors == []
        shot(phone, "complaint-followed")
    finally:
        _close(context, phone)

    # The server is given a moment to finish its writes (logs are unbuffered).
    time.sleep(1)

    from ita_pages.channels.complaints.models import CorruptionCase

    case = CorruptionCase.find_by_receipt(code)
    assert case is not None and case.messages.count() == 1, "the complaint and its message were stored"

    # The search must be able to find what it looks for: one planted trace in the
    # cache and one in the stack's folder are found, then removed.
    stack_folder = Path(stack.env["MEDIA_ROOT"]).parent
    planted = stack_folder / "planted-trace.txt"
    planted.write_bytes(citizen.traces["user agent"])
    assert planted in files_written_since(started, [stack_folder])
    assert citizen.found_in(planted.read_bytes()) == ["user agent"]
    planted.unlink()
    if os.environ.get("REDIS_URL"):
        from django.core.cache import cache

        cache.set("planted-trace", citizen.address)
        assert any(citizen.found_in(value) == ["address"] for _, value in cache_entries())
        cache.delete("planted-trace")

    leaks = []
    with stack.log_path.open("rb") as log:
        log.seek(server_log_start)
        leaks += [f"server log: {name}" for name in citizen.found_in(log.read())]
    if pg_log:
        with pg_log.open("rb") as log:
            log.seek(pg_log_start)
            leaks += [f"database server log: {name}" for name in citizen.found_in(log.read())]
    for table, row in raw_rows():
        leaks += [f"table {table}: {name}" for name in citizen.found_in(row)]
    for model, row in decrypted_rows():
        leaks += [f"model {model} (decrypted): {name}" for name in citizen.found_in(row)]
    if os.environ.get("REDIS_URL"):
        for key, value in cache_entries():
            leaks += [f"cache key {key[:60]!r}: {name}" for name in citizen.found_in(key)]
            leaks += [f"cache value under {key[:60]!r}: {name}" for name in citizen.found_in(value)]
    else:
        # Without Redis each worker caches in its own memory, gone when it stops.
        from django.conf import settings

        assert "locmem" in settings.CACHES["default"]["BACKEND"].lower()
    roots = [stack_folder, PROJECT, Path(tempfile.gettempdir())]
    written = [
        path
        for path in files_written_since(started, roots)
        # The citizen's own browser profile, and this test's screenshots, are not the server's.
        if "playwright" not in str(path) and ARTIFACTS not in path.parents and tmp_path not in path.parents
    ]
    for path in written:
        try:
            if path == stack.log_path or path.stat().st_size > LARGEST_FILE_READ:
                continue
            content = path.read_bytes()
        except OSError:
            continue
        leaks += [f"file {path}: {name}" for name in citizen.found_in(content)]

    assert leaks == [], "the complainant can be traced:\n" + "\n".join(leaks)
