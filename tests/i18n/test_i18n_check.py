"""Tests of the Thai translation gate (scripts/i18n_check.py).

Why: `make i18n-check` is what keeps the admin fully Thai across Wagtail
upgrades; these tests prove it passes on the pinned packages and fails, naming
the culprit, on a new upstream msgid, a broken placeholder or a stale .mo.
"""

import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "scripts" / "i18n"))

import i18n_check  # noqa: E402
from catalogues import (  # noqa: E402
    load_messages,
    placeholder_problem,
    placeholders,
    read_tsv,
    tsv_escape,
    tsv_unescape,
    write_tsv,
)


def write_po(path: Path, entries: list[tuple[str, str]], plural=None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    po = polib.POFile()
    po.metadata = {
        "Content-Type": "text/plain; charset=UTF-8",
        "Plural-Forms": "nplurals=1; plural=0;",
    }
    for msgid, msgstr in entries:
        po.append(polib.POEntry(msgid=msgid, msgstr=msgstr))
    for msgid, msgid_plural, msgstr in plural or []:
        po.append(polib.POEntry(msgid=msgid, msgid_plural=msgid_plural, msgstr_plural={0: msgstr}))
    po.save(str(path))
    return path


def fake_site_packages(tmp_path: Path, english, thai=(), plural=()) -> Path:
    """A minimal installed 'wagtail' with an en source and a th catalogue."""
    locale = tmp_path / "sp" / "wagtail" / "admin" / "locale"
    write_po(
        locale / "en/LC_MESSAGES/django.po",
        [(m, "") for m in english],
        [(s, p, "") for s, p, _ in plural],
    )
    write_po(locale / "th/LC_MESSAGES/django.po", list(thai), list(plural))
    return tmp_path / "sp"


def test_pinned_packages_are_fully_translated(capsys):
    assert i18n_check.main(["--skip-project"]) == 0
    out = capsys.readouterr().out
    assert "= 100.00%" in out
    assert "MISSING" not in out
    assert "i18n-check: OK" in out


def test_every_installed_msgid_has_our_thai():
    """Ours covers everything, so no poor upstream Thai leaks through."""
    ours = {}
    for domain in ("django", "djangojs"):
        ours.update(i18n_check.read_po(i18n_check.WAGTAIL_LOCALE / f"{domain}.po", domain))
    missing = [k for k in load_messages() if k not in ours]
    assert missing == []


def test_glossary_replacements_win_over_upstream():
    ours = i18n_check.read_po(i18n_check.WAGTAIL_LOCALE / "django.po", "django")
    assert ours[("django", "", "Pages", "")] == "หน้าเว็บ"
    assert ours[("django", "", "Dashboard", "")] == "แดชบอร์ด"
    assert ours[("django", "", "Publish", "")] == "เผยแพร่"
    assert ours[("django", "", "Save draft", "")] == "บันทึกฉบับร่าง"


def test_new_upstream_msgid_is_listed_and_fails(tmp_path, capsys):
    site = fake_site_packages(tmp_path, ["Publish", "A brand new upstream feature"])
    assert i18n_check.main(["--site-packages", str(site), "--skip-project"]) == 1
    out = capsys.readouterr().out
    assert "Thai coverage: 1/2 msgids = 50.00%" in out
    assert "MISSING django wagtail/admin/locale/en/LC_MESSAGES/django.po: 'A brand new upstream feature'" in out
    assert "i18n-check: FAILED" in out


def test_upstream_thai_counts_when_we_have_none(tmp_path, capsys):
    site = fake_site_packages(tmp_path, ["Publish", "Brand new"], thai=[("Brand new", "ใหม่เอี่ยม")])
    assert i18n_check.main(["--site-packages", str(site), "--skip-project"]) == 0
    assert "ours 1, package's own 1" in capsys.readouterr().out


def test_placeholder_mismatch_in_upstream_thai_fails(tmp_path, capsys):
    site = fake_site_packages(
        tmp_path,
        ["Hello %(name)s"],
        thai=[("Hello %(name)s", "สวัสดี %(nmae)s")],
    )
    assert i18n_check.main(["--site-packages", str(site), "--skip-project"]) == 1
    out = capsys.readouterr().out
    assert "'Hello %(name)s': placeholders ['%(name)s'] expected" in out


@pytest.mark.parametrize(
    ("msgid", "plural", "msgstr", "ok"),
    [
        ("Delete %(title)s", "", "ลบ %(title)s", True),
        ("Delete %(title)s", "", "ลบ %(titel)s", False),
        ("Change %s", "", "เปลี่ยน%s", True),
        ("Change %s", "", "เปลี่ยน", False),
        ("Locale '{0}' created.", "", "สร้างภาษา '{0}' แล้ว", True),
        ("Locale '{0}' created.", "", "สร้างภาษา '{1}' แล้ว", False),
        ("Max %(max_num)d", "", "สูงสุด %(max_num)s", False),
        ("100%% done", "", "เสร็จ 100%%", True),
        # Thai has one plural form: msgstr[0] must carry the plural's placeholders
        ("1 page", "%(counter)s pages", "%(counter)s หน้าเว็บ", True),
        ("1 page", "%(counter)s pages", "1 หน้าเว็บ", False),
        # ... or the singular's, when the singular has placeholders of its own
        ("%(n)s translation", "%(d)s more pages. %(n)s translations", "ฉบับแปล %(n)s ฉบับ", True),
        ("%(n)s translation", "%(d)s more pages. %(n)s translations", "ฉบับแปล", False),
    ],
)
def test_placeholder_problem(msgid, plural, msgstr, ok):
    assert (placeholder_problem(("django", "", msgid, plural), msgstr) is None) is ok


def test_placeholders_ignore_literal_percent_and_prose():
    assert placeholders("50%% of %(count)s items") == ["%(count)s"]
    assert placeholders("{} locales") == ["{}"]


def test_stale_mo_is_detected(tmp_path):
    po_path = write_po(tmp_path / "django.po", [("Publish", "เผยแพร่")])
    polib.pofile(str(po_path)).save_as_mofile(str(tmp_path / "django.mo"))
    assert i18n_check.mo_problem(po_path) is None
    write_po(po_path, [("Publish", "เผยแพร่เดี๋ยวนี้")])
    assert "is stale" in i18n_check.mo_problem(po_path)
    (tmp_path / "django.mo").unlink()
    assert "is missing" in i18n_check.mo_problem(po_path)


def test_committed_wagtail_mo_files_are_current():
    for domain in ("django", "djangojs"):
        assert i18n_check.mo_problem(i18n_check.WAGTAIL_LOCALE / f"{domain}.po") is None


def test_tsv_round_trip(tmp_path):
    rows = {("django", "ctx", "Line 1\nTab\there \\ back", ""): "บรรทัด 1\nแท็บ\t"}
    write_tsv(tmp_path / "t.tsv", rows)
    assert read_tsv(tmp_path / "t.tsv") == rows
    assert tsv_unescape(tsv_escape("a\\nb\n")) == "a\\nb\n"
