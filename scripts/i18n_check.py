#!/usr/bin/env python
"""Thai translation gate for the admin; `make i18n-check` runs it.

Why: editors work in a Thai admin, so every interface string of the installed
Wagtail / wagtail-localize (and modelsearch, should it ship strings) must have
Thai, and a broken placeholder would crash a page or show "%(title)s" to an
editor. The msgids are read at run time from the installed packages' English
source catalogues, so after a Wagtail upgrade this lists exactly what is new.

Effective Thai for each msgid is resolved the way Django resolves it: the
project's locale/th, then our locale/wagtail/th, then the package's own th
catalogue (ours wins over theirs). It fails (exit 1) when
  * coverage is below 100 %, or any effective translation's placeholders
    (%(name)s, %s, %d, {name}, {0}) differ from its msgid's;
  * locale/wagtail/th/*.po is not what scripts/i18n/build_wagtail_th.py
    generates from scripts/i18n/wagtail-th.tsv;
  * the project's locale/th/LC_MESSAGES/django.po has an untranslated or fuzzy
    msgid, or a placeholder mismatch;
  * any committed .mo differs from a fresh compile of its .po (compiled with
    polib, compared by content, so no GNU gettext is needed and msgfmt-built
    files compare equal too).
"""

from __future__ import annotations

import argparse
import gettext
import io
import sys
import tempfile
from collections import Counter
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts" / "i18n"))

from catalogues import (  # noqa: E402
    DOMAINS,
    Key,
    entry_key,
    entry_msgstr,
    load_messages,
    placeholder_problem,
    site_packages,
)

PROJECT_LOCALE = ROOT / "locale" / "th" / "LC_MESSAGES"
WAGTAIL_LOCALE = ROOT / "locale" / "wagtail" / "th" / "LC_MESSAGES"


def read_po(path: Path, domain: str) -> dict[Key, str]:
    if not path.exists():
        return {}
    result = {}
    for entry in polib.pofile(str(path)):
        if entry.obsolete or not entry.msgid:
            continue
        text = entry_msgstr(entry)
        if text:
            result[entry_key(domain, entry)] = text
    return result


def mo_catalogue(data: bytes) -> tuple[dict, str]:
    """A compiled catalogue's messages (header excluded) and its plural rule."""
    trans = gettext.GNUTranslations(io.BytesIO(data))
    catalog = {k: v for k, v in trans._catalog.items() if k != ""}
    return catalog, trans._info.get("plural-forms", "")


def _show(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def mo_problem(po_path: Path) -> str | None:
    """Why po_path's committed .mo is not a fresh compile of it, or None."""
    mo_path = po_path.with_suffix(".mo")
    if not mo_path.exists():
        return f"{_show(mo_path)} is missing (compile the .po)"
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.mo"
        polib.pofile(str(po_path)).save_as_mofile(str(fresh))
        want = mo_catalogue(fresh.read_bytes())
    if mo_catalogue(mo_path.read_bytes()) != want:
        return f"{_show(mo_path)} is stale: recompile {po_path.name}"
    return None


def check_generated(errors: list[str]) -> None:
    """locale/wagtail/th must be exactly what the build script makes of the TSV."""
    from build_wagtail_th import TSV, build

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        with io.StringIO() as sink:
            stdout, sys.stdout = sys.stdout, sink
            try:
                build(TSV, out)
            finally:
                sys.stdout = stdout
        for domain in DOMAINS:
            fresh = read_po(out / f"{domain}.po", domain)
            committed = read_po(WAGTAIL_LOCALE / f"{domain}.po", domain)
            if fresh != committed:
                errors.append(
                    f"locale/wagtail/th/LC_MESSAGES/{domain}.po is out of date "
                    "with scripts/i18n/wagtail-th.tsv: run "
                    "scripts/i18n/build_wagtail_th.py"
                )


def check_project(errors: list[str]) -> None:
    po_path = PROJECT_LOCALE / "django.po"
    if not po_path.exists():
        errors.append(f"{_show(po_path)} is missing")
        return
    po = polib.pofile(str(po_path))
    total = untranslated = 0
    for entry in po:
        if entry.obsolete or not entry.msgid:
            continue
        total += 1
        text = entry_msgstr(entry)
        key = entry_key("django", entry)
        if not text:
            untranslated += 1
            errors.append(f"project: untranslated{' (fuzzy)' if entry.fuzzy else ''}: {entry.msgid!r}")
        elif problem := placeholder_problem(key, text):
            errors.append(f"project: {entry.msgid!r}: {problem}")
    print(f"project locale/th django.po: {total - untranslated}/{total} translated")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Thai admin translation check")
    parser.add_argument("--site-packages", type=Path, default=None)
    parser.add_argument(
        "--skip-project",
        action="store_true",
        help="do not check the project's own locale/th catalogue",
    )
    args = parser.parse_args(argv)

    root = args.site_packages or site_packages()
    messages = load_messages(root)
    layers = {
        domain: (
            read_po(PROJECT_LOCALE / f"{domain}.po", domain),
            read_po(WAGTAIL_LOCALE / f"{domain}.po", domain),
        )
        for domain in DOMAINS
    }
    errors: list[str] = []
    missing: list = []
    per_package: Counter = Counter()
    per_package_done: Counter = Counter()
    ours_count = theirs_count = 0
    for key, msg in sorted(messages.items()):
        project, wagtail = layers[key[0]]
        text = project.get(key) or wagtail.get(key)
        if text:
            ours_count += 1
        elif msg.theirs:
            text = msg.theirs
            theirs_count += 1
        package = msg.sources[0].split("/")[0]
        per_package[package] += 1
        if not text:
            missing.append(msg)
            continue
        per_package_done[package] += 1
        if problem := placeholder_problem(key, text):
            errors.append(f"{msg.sources[0]}: {key[2]!r}: {problem}")

    total = len(messages)
    done = total - len(missing)
    pct = 100.0 * done / total if total else 100.0
    print(f"site-packages: {root}")
    for package in sorted(per_package):
        print(f"  {package}: {per_package_done[package]}/{per_package[package]}")
    print(f"Thai coverage: {done}/{total} msgids = {pct:.2f}% (ours {ours_count}, package's own {theirs_count})")
    for msg in missing:
        ctxt = f"[{msg.msgctxt}] " if msg.msgctxt else ""
        print(f"MISSING {msg.domain} {msg.sources[0]}: {ctxt}{msg.msgid!r}")
    if missing:
        errors.append(f"{len(missing)} msgids have no Thai translation")

    check_generated(errors)
    po_files = [WAGTAIL_LOCALE / f"{d}.po" for d in DOMAINS]
    if not args.skip_project:
        check_project(errors)
        po_files += [p for p in (PROJECT_LOCALE / f"{d}.po" for d in DOMAINS) if p.exists()]
    for po_path in po_files:
        if po_path.exists() and (problem := mo_problem(po_path)):
            errors.append(problem)

    for error in errors:
        print(f"ERROR {error}")
    print("i18n-check: FAILED" if errors else "i18n-check: OK")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
