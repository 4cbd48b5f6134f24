"""Fail when the project's Thai catalogue is incomplete or its .mo is stale.

Checks locale/th/LC_MESSAGES/*.po (the project's own strings): every msgid has a
Thai msgstr (every plural form too), none is fuzzy, placeholders match, and the
committed .mo equals a fresh compile. It also re-extracts the msgids from the source
(when GNU gettext is available) and fails if the catalogue misses one.
"""

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE_DIR = ROOT / "locale" / "th" / "LC_MESSAGES"
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|%[sd]|\{\w*\}")


def placeholder_set(text: str) -> list[str]:
    return sorted(match.group(0) for match in PLACEHOLDER.finditer(text))


def check_catalogue(po_path: Path) -> list[str]:
    problems = []
    catalogue = polib.pofile(str(po_path))
    seen = set()
    for entry in catalogue:
        key = (entry.msgctxt, entry.msgid, entry.obsolete)
        if key in seen:
            # Two branches adding the same msgid merge textually into a duplicate that
            # gettext tools refuse; only the first would ever be used.
            problems.append(f"{po_path.relative_to(ROOT)}: {entry.msgid!r} is defined twice")
        seen.add(key)
        if entry.obsolete:
            continue
        where = f"{po_path.relative_to(ROOT)}: {entry.msgid!r}"
        if "fuzzy" in entry.flags:
            problems.append(f"{where} is marked fuzzy")
        if entry.msgid_plural:
            forms = [value for _, value in sorted(entry.msgstr_plural.items())]
            if not forms or not all(forms):
                problems.append(f"{where} has an untranslated plural form")
            targets = forms
        else:
            if not entry.msgstr:
                problems.append(f"{where} is not translated")
            targets = [entry.msgstr]
        source = placeholder_set(entry.msgid)
        for target in targets:
            if target and placeholder_set(target) != source:
                problems.append(f"{where} placeholders differ: {source} vs {placeholder_set(target)}")
    mo_path = po_path.with_suffix(".mo")
    if not mo_path.exists():
        problems.append(f"{mo_path.relative_to(ROOT)} is missing: run `make compilemessages`")
    elif mo_path.read_bytes() != catalogue.to_binary():
        problems.append(f"{mo_path.relative_to(ROOT)} is stale: run `make compilemessages` and commit it")
    return problems


def check_extracted() -> list[str]:
    """Msgids in the source that the catalogue lacks (needs GNU gettext's xgettext)."""
    if shutil.which("xgettext") is None:
        print("xgettext not installed: skipping the source re-extraction check")
        return []
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        shutil.copytree(
            ROOT,
            tree,
            ignore=shutil.ignore_patterns(".venv", ".git", "media", "static_collected", "*.sqlite3", "node_modules"),
        )
        for po in (tree / "locale").rglob("*.po"):
            if po.parent.parent.parent == tree / "locale":
                po.unlink()
        subprocess.run(
            [
                sys.executable,
                "manage.py",
                "makemessages",
                "-l",
                "th",
                "--no-location",
                "--ignore=.venv",
                "--ignore=locale",
                "--ignore=bench",
                "--ignore=tests",
            ],
            cwd=tree,
            check=True,
            capture_output=True,
        )
        fresh = tree / "locale" / "th" / "LC_MESSAGES" / "django.po"
        if not fresh.exists():
            return []
        wanted = {(e.msgctxt, e.msgid) for e in polib.pofile(str(fresh)) if not e.obsolete}
    have = {(e.msgctxt, e.msgid) for e in polib.pofile(str(CATALOGUE_DIR / "django.po")) if not e.obsolete}
    return [
        f"locale/th/LC_MESSAGES/django.po lacks {msgid!r}: run `make messages`" for _, msgid in sorted(wanted - have)
    ]


def main() -> int:
    problems = []
    for po_path in sorted(CATALOGUE_DIR.glob("*.po")):
        problems.extend(check_catalogue(po_path))
    problems.extend(check_extracted())
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} translation problem(s)")
        return 1
    print("Thai catalogue complete and compiled.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
