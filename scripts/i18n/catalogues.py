"""Find the installed packages' gettext catalogues and load their msgids.

Why: the Thai admin translation must cover exactly the msgids that the
installed Wagtail / wagtail-localize ship, so the build script and the coverage
checker both discover them at run time from the packages' English source
catalogues; after an upgrade the checker then lists precisely what is new.
"""

from __future__ import annotations

import os
import re
import sys
import sysconfig
from dataclasses import dataclass, field
from pathlib import Path

import polib

# Packages whose admin interface we translate. modelsearch ships no locale dir
# today; it is listed so that strings it adds later are picked up automatically.
PACKAGES = ("wagtail", "wagtail_localize", "modelsearch")
DOMAINS = ("django", "djangojs")
# Django's own strings that the Wagtail admin shows: relative dates ("3 hours ago") from
# django.utils.timesince on every listing, and the password rules on the account and
# user screens. Django 5.2's Thai catalogues lack them, so the admin read
# "เมื่อ 3 hours ที่แล้ว" and "This password is too common." Only msgids extracted from
# these source files are taken, catalogue by catalogue.
DJANGO_SOURCES = {
    ("conf", "locale"): ("utils/timesince.py",),
    ("contrib", "auth", "locale"): ("contrib/auth/password_validation.py",),
}
TSV_COLUMNS = ("domain", "msgctxt", "msgid", "msgid_plural", "msgstr")

Key = tuple[str, str, str, str]  # (domain, msgctxt, msgid, msgid_plural)


@dataclass
class Message:
    """One distinct msgid of one gettext domain, with the packages' own Thai."""

    key: Key
    sources: list[str] = field(default_factory=list)
    theirs: str = ""  # the package's Thai msgstr ("" when missing or fuzzy)
    flags: set[str] = field(default_factory=set)

    @property
    def domain(self) -> str:
        return self.key[0]

    @property
    def msgctxt(self) -> str:
        return self.key[1]

    @property
    def msgid(self) -> str:
        return self.key[2]

    @property
    def msgid_plural(self) -> str:
        return self.key[3]


def site_packages() -> Path:
    """Directory holding the installed packages (overridable for tests/CI)."""
    env = os.environ.get("I18N_SITE_PACKAGES")
    if env:
        return Path(env)
    for name in PACKAGES:
        try:
            module = __import__(name)
        except ImportError:
            continue
        return Path(module.__file__).resolve().parent.parent
    return Path(sysconfig.get_paths()["purelib"])


def django_catalogues(root: Path) -> dict[Path, tuple[str, ...]]:
    """Django's English catalogues we take strings from, each with its source files."""
    found = {}
    for parts, files in DJANGO_SOURCES.items():
        en = root.joinpath("django", *parts, "en", "LC_MESSAGES", "django.po")
        if en.exists():
            found[en] = files
    return found


def source_catalogues(root: Path | None = None) -> list[Path]:
    """English (or .pot) source catalogues of every package, sorted."""
    root = root or site_packages()
    found: set[Path] = set()
    for pkg in PACKAGES:
        base = root / pkg
        if not base.is_dir():
            continue
        for locale_dir in base.rglob("locale"):
            if not locale_dir.is_dir():
                continue
            for domain in DOMAINS:
                en = locale_dir / "en" / "LC_MESSAGES" / f"{domain}.po"
                pot = locale_dir / f"{domain}.pot"
                if en.exists():
                    found.add(en)
                elif pot.exists():
                    found.add(pot)
    return sorted(found)


def thai_catalogue_for(source: Path) -> Path:
    """The package's own Thai catalogue matching an English/.pot source."""
    if source.suffix == ".pot":
        return source.parent / "th" / "LC_MESSAGES" / (source.stem + ".po")
    return source.parent.parent.parent / "th" / "LC_MESSAGES" / source.name


def entry_key(domain: str, entry: polib.POEntry) -> Key:
    return (domain, entry.msgctxt or "", entry.msgid, entry.msgid_plural or "")


def entry_msgstr(entry: polib.POEntry) -> str:
    """The Thai text of an entry (Thai has one plural form: msgstr[0])."""
    if entry.fuzzy or entry.obsolete:
        return ""
    if entry.msgid_plural:
        return entry.msgstr_plural.get(0, "") or ""
    return entry.msgstr or ""


def load_messages(root: Path | None = None) -> dict[Key, Message]:
    """Every distinct msgid of the installed packages with their own Thai."""
    root = root or site_packages()
    messages: dict[Key, Message] = {}
    sources = source_catalogues(root)
    django_sources = django_catalogues(root)
    sources.extend(django_sources)
    for source in sources:
        domain = source.stem if source.suffix == ".pot" else source.name[:-3]
        thai: dict[Key, str] = {}
        th_path = thai_catalogue_for(source)
        if th_path.exists():
            for entry in polib.pofile(str(th_path)):
                if not entry.obsolete:
                    thai[entry_key(domain, entry)] = entry_msgstr(entry)
        for entry in polib.pofile(str(source)):
            if entry.obsolete or not entry.msgid:
                continue
            if source in django_sources and not any(
                path in django_sources[source] for path, _line in entry.occurrences
            ):
                continue
            key = entry_key(domain, entry)
            msg = messages.setdefault(key, Message(key))
            msg.sources.append(str(source.relative_to(root)))
            msg.flags.update(entry.flags)
            if not msg.theirs and thai.get(key):
                msg.theirs = thai[key]
    return messages


_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_UNESCAPES = {"\\\\": "\\", "\\t": "\t", "\\n": "\n", "\\r": "\r"}


def tsv_escape(text: str) -> str:
    return "".join(_ESCAPES.get(ch, ch) for ch in text)


def tsv_unescape(text: str) -> str:
    return re.sub(r"\\[\\tnr]", lambda m: _UNESCAPES[m.group(0)], text)


def read_tsv(path: Path) -> dict[Key, str]:
    """Our translations: domain, msgctxt, msgid, msgid_plural, msgstr per line."""
    result: dict[Key, str] = {}
    with open(path, encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        if tuple(header) != TSV_COLUMNS:
            sys.exit(f"{path}: unexpected header {header}")
        for lineno, line in enumerate(fh, start=2):
            line = line.rstrip("\n")
            if not line:
                continue
            cols = line.split("\t")
            if len(cols) != 5:
                sys.exit(f"{path}:{lineno}: expected 5 columns, got {len(cols)}")
            domain, ctxt, msgid, plural, msgstr = (tsv_unescape(c) for c in cols)
            if msgstr:
                result[(domain, ctxt, msgid, plural)] = msgstr
    return result


def write_tsv(path: Path, rows: dict[Key, str]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\t".join(TSV_COLUMNS) + "\n")
        fh.writelines("\t".join(tsv_escape(c) for c in (*key, rows[key])) + "\n" for key in sorted(rows))


PLACEHOLDER_RE = re.compile(
    r"%(?:\([^)]+\))?[-#0+]*\d*(?:\.\d+)?[sdifrxXeEgGcou%]"  # printf-style
    r"|\{[A-Za-z_0-9]*(?:\.[A-Za-z_0-9]+)*(?:![rsa])?(?::[^{}]*)?\}"  # brace
)


def placeholders(text: str, brace: bool = True) -> list[str]:
    """Sorted placeholders of a message ('%%' is a literal, not a placeholder)."""
    found = [p for p in PLACEHOLDER_RE.findall(text) if p != "%%"]
    if not brace:
        found = [p for p in found if not p.startswith("{")]
    return sorted(found)


def placeholder_problem(msg_key: Key, msgstr: str) -> str | None:
    """Why a translation's placeholders do not match its msgid, or None.

    Thai has one plural form, so a plural entry's single msgstr is used for
    every count and must carry the plural msgid's placeholders. It may follow
    the singular instead when the singular has placeholders of its own: one
    upstream plural (page deletion, no-descendants branch) names a count that
    is always 0 there, and Thai is right to leave it out.
    """
    _, _, msgid, plural = msg_key
    got = placeholders(msgstr)
    if plural:
        allowed = [placeholders(plural)]
        if placeholders(msgid):
            allowed.append(placeholders(msgid))
    else:
        allowed = [placeholders(msgid)]
    if got not in allowed:
        return f"placeholders {allowed[0]} expected, found {got}"
    return None
