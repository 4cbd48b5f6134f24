"""Compile every .po under locale/ to .mo with polib.

Django's `compilemessages` needs GNU gettext, which a fresh machine with only Python
does not have; polib writes the same binary catalogue in pure Python.
"""

import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent


def compile_all(root: Path = ROOT / "locale") -> list[Path]:
    written = []
    for po_path in sorted(root.rglob("*.po")):
        mo_path = po_path.with_suffix(".mo")
        catalogue = polib.pofile(str(po_path))
        fresh = catalogue.to_binary()
        if not mo_path.exists() or mo_path.read_bytes() != fresh:
            mo_path.write_bytes(fresh)
            written.append(mo_path)
    return written


if __name__ == "__main__":
    for path in compile_all():
        print(f"compiled {path.relative_to(ROOT)}")
    sys.exit(0)
