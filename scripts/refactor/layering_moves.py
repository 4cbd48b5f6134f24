"""Re-runnable file moves and import rewrites that give the code its layering.

Why a script: the moves touch files that other work edits at the same time. Git
follows a renamed file through a merge, but not the imports of code written
elsewhere against the old names, so after a merge this is run again on the merged
tree. Every step is idempotent: a move whose source is gone is skipped, and a
rewrite only changes imports that still use an old name.

    python scripts/refactor/layering_moves.py [--only core,channels,pdf,demo] [--dry-run]
    ruff format . && ruff check --fix .     # the rewrites leave imports unsorted

After a merge: run it with no options (every section; done moves are skipped),
then the two ruff commands, then `pytest tests/architecture`, which names any
import still pointing the wrong way.

The sections, in the order they run (moves run in list order, whatever `--only` says):
  core       publish validation and the agency settings move to the neutral core app;
  channels   the citizen channels share one receipt, rate-limit and follow-up package;
  pdf        the PDF writer leaves the runtime: only tests build PDFs on the fly;
  demo       demo loaders leave the runtime packages for the top-level `demo/` package;
  core2      the rest of the neutral core joins `ita_pages/core/`: the catalogue package
             and its data (`catalogues/`), the fiscal calendar, the part vocabulary
             (`parts`, `part_lookup`), roles, the catalogue's publish rules
             (`ita_pages/publish.py` becomes `core/publish_rules.py` beside the publish
             runner `core/publish.py`) and the assessment-year setting (`ITASettings`,
             module `core/assessment.py`, still app label `ita_pages`, so no migration);
  items      the item-page app moves to `ita_pages/items/` (AppConfig name
             `ita_pages.items`, label still `ita_pages`, so migrations, content types,
             permissions and the catalogue's `page_type = "ita_pages.X"` stay valid);
  channels2  the citizen channel apps go under `ita_pages/channels/` (labels `qa`,
             `complaints` unchanged) beside the code they share;
  furniture  news, menus, visitors, e-service and procurement go under
             `ita_pages/furniture/` (labels unchanged).
`ita_pages/api`, `ita_pages/readiness`, `search/` and `home/` stay where they are: they
are the top layers. Templates and static files inside an app move with it; the
project-level `templates/` directory does not move (template names stay the same).

What is rewritten: dotted module paths in Python (imports, `import a.b`, strings such as
mock.patch targets, INSTALLED_APPS and AppConfig names, StreamField block paths in
migrations), relative imports that cross a moved boundary, slash paths in docs,
Makefile, pyproject and CI files, and `"a" / "b"` path joins in Python.
"""

from __future__ import annotations

import argparse
import glob
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SKIP_DIRS = {".venv", ".git", "node_modules", "static_collected", "media", "__pycache__"}

# ---- what moves -------------------------------------------------------------------------

# (section, source path or glob, destination; "{stem}"/"{parent}" fill in from the source)
FILE_MOVES = [
    ("core", "home/demo_utils.py", "ita_pages/core/publish.py"),
    ("channels", "ita_pages/complaints/protection.py", "ita_pages/channels/protection.py"),
    ("channels", "ita_pages/complaints/receipts.py", "ita_pages/channels/receipts.py"),
    ("channels", "ita_pages/complaints/api_common.py", "ita_pages/channels/api.py"),
    ("channels", "ita_pages/complaints/confidential.py", "ita_pages/channels/confidential.py"),
    ("channels", "ita_pages/complaints/crypto.py", "ita_pages/channels/crypto.py"),
    ("channels", "ita_pages/complaints/keys.py", "ita_pages/channels/keys.py"),
    ("channels", "ita_pages/complaints/permissions.py", "ita_pages/channels/permissions.py"),
    ("channels", "ita_pages/complaints/models/receipt.py", "ita_pages/channels/receipt.py"),
    ("channels", "templates/complaints/includes/head.html", "templates/channels/includes/head.html"),
    ("channels", "templates/complaints/includes/form.html", "templates/channels/includes/form.html"),
    ("channels", "ita_pages/complaints/static/complaints/complaints.css", "static/channels/channels.css"),
    ("pdf", "search/pdf_writer.py", "tests/search/pdf_writer.py"),
    ("demo", "home/management/commands/load_demo_site.py", "demo/management/commands/load_demo_site.py"),
    ("demo", "home/demo.py", "demo/site.py"),
    ("demo", "home/demo_translation.py", "demo/translation.py"),
    ("demo", "home/demo_*.py", "demo/home_{stem}.py"),
    ("demo", "ita_pages/demo.py", "demo/ita_pages.py"),
    ("demo", "ita_pages/demo_content.py", "demo/ita_content.py"),
    ("demo", "ita_pages/demo_media.py", "demo/media.py"),
    ("demo", "ita_pages/demo_*.py", "demo/ita_{stem}.py"),
    ("demo", "ita_pages/complaints/demo.py", "demo/complaints.py"),
    ("demo", "ita_pages/eservice/demo.py", "demo/eservice.py"),
    ("demo", "ita_pages/menus/demo.py", "demo/menus.py"),
    ("demo", "ita_pages/news/demo.py", "demo/news.py"),
    ("demo", "ita_pages/procurement/demo.py", "demo/procurement.py"),
    ("demo", "ita_pages/qa/demo.py", "demo/qa.py"),
    ("demo", "ita_pages/readiness/demo.py", "demo/readiness.py"),
    ("demo", "ita_pages/visitors/demo.py", "demo/visitors.py"),
    ("demo", "ita_pages/*/demo.py", "demo/{parent}.py"),
    ("demo", "ita_pages/*/demo_*.py", "demo/{parent}_{stem}.py"),
    ("demo", "search/demo.py", "demo/search.py"),
    ("demo", "search/demo_documents.py", "demo/search_documents.py"),
    ("demo", "search/demo_*.py", "demo/search_{stem}.py"),
    ("demo", "ita_pages/procurement/demo_feeds", "demo/fixtures/egp_feeds"),
    ("core2", "ita_pages/catalogue", "ita_pages/core/catalogue"),
    ("core2", "ita_pages/catalogues", "ita_pages/core/catalogues"),
    ("core2", "ita_pages/fiscal.py", "ita_pages/core/fiscal.py"),
    ("core2", "ita_pages/parts.py", "ita_pages/core/parts.py"),
    ("core2", "ita_pages/part_lookup.py", "ita_pages/core/part_lookup.py"),
    ("core2", "ita_pages/roles.py", "ita_pages/core/roles.py"),
    ("core2", "ita_pages/publish.py", "ita_pages/core/publish_rules.py"),
    ("core2", "ita_pages/models/settings.py", "ita_pages/core/assessment.py"),
    ("items", "ita_pages/apps.py", "ita_pages/items/apps.py"),
    ("items", "ita_pages/models", "ita_pages/items/models"),
    ("items", "ita_pages/blocks", "ita_pages/items/blocks"),
    ("items", "ita_pages/forms.py", "ita_pages/items/forms.py"),
    ("items", "ita_pages/panels.py", "ita_pages/items/panels.py"),
    ("items", "ita_pages/rollover", "ita_pages/items/rollover"),
    ("items", "ita_pages/templatetags", "ita_pages/items/templatetags"),
    ("items", "ita_pages/management", "ita_pages/items/management"),
    ("items", "ita_pages/migrations", "ita_pages/items/migrations"),
    ("items", "ita_pages/wagtail_hooks.py", "ita_pages/items/wagtail_hooks.py"),
    ("channels2", "ita_pages/qa", "ita_pages/channels/qa"),
    ("channels2", "ita_pages/complaints", "ita_pages/channels/complaints"),
    ("furniture", "ita_pages/news", "ita_pages/furniture/news"),
    ("furniture", "ita_pages/menus", "ita_pages/furniture/menus"),
    ("furniture", "ita_pages/visitors", "ita_pages/furniture/visitors"),
    ("furniture", "ita_pages/eservice", "ita_pages/furniture/eservice"),
    ("furniture", "ita_pages/procurement", "ita_pages/furniture/procurement"),
]

SECTIONS = "core,channels,pdf,demo,core2,items,channels2,furniture"

# Docstrings for packages the moves create (why the folder exists).
PACKAGE_DOCSTRINGS = {
    "ita_pages/items": "The item pages: one page type per ITA item, their blocks, forms, panels and rollover.\n\n"
    "App label `ita_pages` (kept from before the folders showed the layers, so that migrations,\n"
    "content types and the catalogue's `page_type` strings stay valid). Imports only the core.",
    "ita_pages/furniture": "Site furniture: news, menus, visitor counts, e-services and procurement feeds.\n\n"
    "Each is its own app; they build on the core and the item pages, never on a citizen channel.",
}

# Edits inside one file, after the moves: (section, file, regex, replacement, "done" marker).
FILE_EDITS = [
    (
        "core2",
        "ita_pages/core/assessment.py",
        r'(\n    class Meta:\n)(        verbose_name = _\("ITA settings"\))',
        r"\1        # The table, content type and admin URL keep the item app's label."
        r'\n        app_label = "ita_pages"\n\2',
        'app_label = "ita_pages"',
    ),
    (
        "items",
        "ita_pages/items/apps.py",
        r'\n    name = "ita_pages"\n',
        '\n    name = "ita_pages.items"\n'
        "    # The label the app had before it moved into its folder: migrations, content types,\n"
        "    # permissions and the catalogue's page_type strings all name it.\n"
        '    label = "ita_pages"\n',
        'label = "ita_pages"',
    ),
    ("items", "config/settings/base.py", r'\n(\s*)"ita_pages",\n', r'\n\1"ita_pages.items",\n', '"ita_pages.items",'),
    (
        "items",
        "ita_pages/__init__.py",
        r'^""".*?"""',
        '"""ITA: the layers of the product, one folder each; imports point from the top down.\n\n'
        "core (agency, catalogue and year, fiscal calendar, publish validation) <- items (the item\n"
        "pages) <- channels (citizen Q&A and complaints) and furniture (news, menus, visitors,\n"
        'e-service, procurement) <- api and readiness. See docs/architecture.md.\n"""',
        "imports point from the top down",
    ),
]

# Names that leave a module which itself stays: (section, old module, name, new module).
SYMBOL_MOVES = [
    ("core", "home.models", "AgencyKind", "ita_pages.core.models"),
    ("core", "home.models", "AgencyProfile", "ita_pages.core.models"),
    ("core", "home.models", "EITSurveySettings", "ita_pages.core.models"),
    ("core", "ita_pages.core.publish", "child_by_slug", "demo.utils"),
    ("channels", "ita_pages.complaints.forms", "CitizenForm", "ita_pages.channels.forms"),
    ("channels", "ita_pages.complaints.forms", "HoneypotMixin", "ita_pages.channels.forms"),
    ("channels", "ita_pages.complaints.forms", "ReceiptForm", "ita_pages.channels.forms"),
    ("channels", "ita_pages.complaints.models", "ReceiptMixin", "ita_pages.channels.receipt"),
]

# Plain text that names a moved thing outside an import (templates, labels, URLs).
TEXT_REPLACEMENTS = [
    ("core", "settings.home.AgencyProfile", "settings.core.AgencyProfile"),
    ("core", "settings.home.EITSurveySettings", "settings.core.EITSurveySettings"),
    ("core", "home.AgencyProfile", "core.AgencyProfile"),
    ("core", '"home.agencyprofile"', '"core.agencyprofile"'),
    ("core", '"home.eitsurveysettings"', '"core.eitsurveysettings"'),
    ("core", "/admin/settings/home/agencyprofile/", "/admin/settings/core/agencyprofile/"),
    ("core", "/admin/settings/home/eitsurveysettings/", "/admin/settings/core/eitsurveysettings/"),
    ("channels", "complaints/includes/head.html", "channels/includes/head.html"),
    ("channels", "complaints/includes/form.html", "channels/includes/form.html"),
    ("channels", "'complaints/complaints.css'", "'channels/channels.css'"),
]

TEXT_SUFFIXES = {".py", ".html", ".txt", ".md", ".js", ".css", ".toml", ".cfg", ".ini", ".yml", ".yaml", ""}


# ---- helpers ----------------------------------------------------------------------------


def module_of(path: str) -> str:
    parts = Path(path).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def package_of(path: str) -> str:
    """The package a module's relative imports resolve against."""
    parts = Path(path).with_suffix("").parts
    return ".".join(parts[:-1])


def source_files(suffixes=(".py",)):
    for path in ROOT.rglob("*"):
        if any(part in SKIP_DIRS for part in path.relative_to(ROOT).parts):
            continue
        if path.is_file() and (path.suffix in suffixes or (path.name == "Makefile" and "" in suffixes)):
            yield path


def expand_moves(sections):
    """The concrete (source, destination) pairs still to do, first rule winning."""
    seen, moves = set(), []
    for section, pattern, target in FILE_MOVES:
        if section not in sections:
            continue
        for source in sorted(glob.glob(pattern, root_dir=ROOT)) if "*" in pattern else [pattern]:
            if source in seen:
                continue
            seen.add(source)
            path = Path(source)
            stem = path.stem.removeprefix("demo_")
            destination = target.format(stem=stem, parent=path.parent.name)
            moves.append((source, destination))
    return moves


def is_package_move(pattern: str, target: str) -> bool:
    """A folder move that renames a Python package (not a data or fixture folder)."""
    return (
        "*" not in pattern
        and not Path(pattern).suffix
        and any((ROOT / path / "__init__.py").exists() for path in (pattern, target))
    )


def all_module_renames():
    """Every module rename the moves imply, done or not (for rewriting imports)."""
    renames = {}
    for _section, pattern, target in FILE_MOVES:
        if "*" in pattern:
            continue
        if pattern.endswith(".py") or is_package_move(pattern, target):
            renames[module_of(pattern)] = module_of(target)
    return renames


def longest_first(renames: dict[str, str]) -> dict[str, str]:
    """A module moved out of a moved package wins over its package (`models.settings`)."""
    return dict(sorted(renames.items(), key=lambda pair: -len(pair[0])))


RELATIVE = re.compile(r"^(\s*)from\s+(\.+)([\w.]*)\s+import\s", re.MULTILINE)


def absolutize(text: str, package: str, keep: str | None = None) -> str:
    """Turn `from .x import y` into absolute imports, for a file about to move.

    With `keep` (the module of a folder moving as a whole), imports that stay inside
    that folder stay relative: they still resolve after the move.
    """

    def repl(match):
        indent, dots, rest = match.group(1), match.group(2), match.group(3)
        base = package.split(".")
        if len(dots) > 1:
            base = base[: len(base) - (len(dots) - 1)]
        target = ".".join([*base, rest] if rest else base)
        stays = keep and (target == keep or target.startswith(keep + "."))
        # Unless what it names moves out of the folder on its own (`models/settings.py`).
        renames = all_module_renames()
        if stays and rename_module(target, renames) == rename_module(keep, renames) + target[len(keep) :]:
            return match.group(0)
        return f"{indent}from {target} import "

    return RELATIVE.sub(repl, text)


def git(*args):
    subprocess.run(["git", *args], cwd=ROOT, check=True)


def ensure_package(directory: Path, dry_run: bool):
    """Create missing __init__.py files up to the repository root (new packages only).

    Not under tests/: pytest imports the test directories as namespace packages.
    """
    if directory.relative_to(ROOT).parts[:1] == ("tests",):
        return
    current = directory
    while current != ROOT and current.suffix == "" and current.parts[-1] not in ("templates", "static"):
        init = current / "__init__.py"
        if not init.exists() and not dry_run:
            rel = current.relative_to(ROOT).as_posix()
            doc = PACKAGE_DOCSTRINGS.get(rel, f"{rel.replace('/', '.')} package.")
            init.write_text(f'"""{doc}\n"""\n' if "\n" in doc else f'"""{doc}"""\n')
            git("add", str(init.relative_to(ROOT)))
        current = current.parent
        if (current / "manage.py").exists():
            break


def do_moves(moves, dry_run: bool):
    for source, destination in moves:
        src, dst = ROOT / source, ROOT / destination
        if not src.exists():
            continue
        if dst.exists():
            sys.exit(f"refusing to move {source}: {destination} already exists")
        print(f"move {source} -> {destination}")
        if dry_run:
            continue
        if source.endswith(".py"):
            text = src.read_text()
            new = absolutize(text, package_of(source))
            if new != text:
                src.write_text(new)
        elif src.is_dir():
            for inner in sorted(src.rglob("*.py")):
                rel = inner.relative_to(ROOT).as_posix()
                text = inner.read_text()
                new = absolutize(text, package_of(rel), keep=module_of(source))
                if new != text:
                    inner.write_text(new)
        dst.parent.mkdir(parents=True, exist_ok=True)
        if destination.endswith(".py") or is_package_move(source, destination):
            ensure_package(dst.parent, dry_run)
        git("mv", source, destination)


FROM_IMPORT = re.compile(
    r"^(?P<indent>[ \t]*)from[ \t]+(?P<module>\.*[\w.]*)[ \t]+import[ \t]+(?P<names>\([^)]*\)|[^\n]*)", re.M
)


def split_names(raw: str):
    raw = raw.strip()
    comment = ""
    if not raw.startswith("(") and "#" in raw:
        raw, comment = raw.split("#", 1)
        comment = "  #" + comment.rstrip()
    raw = raw.strip().strip("()")
    names = [re.sub(r"#.*", "", part).strip() for part in re.sub(r"#[^\n]*", "", raw).replace("\n", ",").split(",")]
    return [name for name in names if name], comment


def resolve(module: str, package: str) -> str:
    if not module.startswith("."):
        return module
    dots = len(module) - len(module.lstrip("."))
    base = package.split(".")
    if dots > 1:
        base = base[: len(base) - (dots - 1)]
    rest = module[dots:]
    return ".".join([*base, rest] if rest else base)


def rename_module(module: str, renames: dict[str, str]) -> str:
    for old, new in longest_first(renames).items():
        if module == old or module.startswith(old + "."):
            return new + module[len(old) :]
    return module


def rewrite_imports(text: str, package: str, renames: dict[str, str], symbols: dict[tuple[str, str], str]) -> str:
    """Point imports at the new modules; ruff's isort sorts them afterwards."""

    def repl(match):
        indent, written, raw = match.group("indent"), match.group("module"), match.group("names")
        module = resolve(written, package)
        names, comment = split_names(raw)
        groups: dict[str, list[str]] = {}
        for entry in names:
            name = entry.split(" as ")[0].strip()
            target = rename_module(module, renames)
            if (target, name) in symbols:
                target = symbols[(target, name)]
            elif f"{target}.{name}" in renames or rename_module(f"{target}.{name}", renames) != f"{target}.{name}":
                moved = rename_module(f"{target}.{name}", renames)
                parent, _, leaf = moved.rpartition(".")
                alias = entry.split(" as ")[1].strip() if " as " in entry else name
                entry = leaf if leaf == alias else f"{leaf} as {alias}"
                target = parent
            groups.setdefault(target, []).append(entry)
        if list(groups) == [module]:
            return match.group(0)
        lines = []
        for position, (target, entries) in enumerate(groups.items()):
            spelled = written if target == module else target
            lines.append(f"{indent}from {spelled} import {', '.join(entries)}{comment if position == 0 else ''}")
        return "\n".join(lines)

    text = FROM_IMPORT.sub(repl, text)
    return rename_dotted(text, renames)


def rename_dotted(text: str, renames: dict[str, str]) -> str:
    """`import a.b`, dotted strings (mock.patch targets, block paths, app names) and docs."""
    for old, new in longest_first(renames).items():
        text = re.sub(rf"(?<![\w.]){re.escape(old)}(?![\w])", new, text)
    return text


def rename_paths(text: str, path_moves, python: bool) -> str:
    """Slash paths (`ita_pages/complaints`) and, in Python, `"a" / "b"` path joins.

    A path that goes on to an `.html` file is a template name under the project's
    `templates/` folder, which does not move.
    """
    for old, replacement in sorted(path_moves, key=lambda pair: -len(pair[0])):
        text = re.sub(rf"(?<![\w/.]){re.escape(old)}(?![\w])(?![\w/.-]*\.html)", replacement, text)
        if python and "/" in old and not Path(old).suffix:
            joined = " / ".join(f'"{part}"' for part in old.split("/"))
            text = text.replace(joined, " / ".join(f'"{part}"' for part in replacement.split("/")))
    return text


def apply_file_edits(sections, dry_run: bool):
    for section, name, pattern, replacement, marker in FILE_EDITS:
        path = ROOT / name
        if section not in sections or not path.exists():
            continue
        text = path.read_text()
        if marker in text:
            continue
        new = re.sub(pattern, replacement, text, count=1, flags=re.S)
        if new == text:
            sys.exit(f"{name}: the {section} edit no longer matches; edit it by hand")
        print(f"edit {name}")
        if not dry_run:
            path.write_text(new)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=SECTIONS)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    sections = set(args.only.split(","))

    do_moves(expand_moves(sections), args.dry_run)
    apply_file_edits(sections, args.dry_run)

    renames = {old: new for old, new in all_module_renames().items() if _section_of_module(old) in sections}
    # Globbed moves: whatever was moved earlier still gets its imports rewritten.
    for source, destination in expand_moves(sections):
        if source.endswith(".py"):
            renames.setdefault(module_of(source), module_of(destination))
    symbols = {}
    for section, old, name, new in SYMBOL_MOVES:
        if section in sections:
            # Code written against the old module, or against where that module went since.
            symbols[(old, name)] = rename_module(new, renames)
            symbols[(rename_module(old, renames), name)] = rename_module(new, renames)
    replacements = [(old, new) for section, old, new in TEXT_REPLACEMENTS if section in sections]
    # Paths written out in comments and docs (`search/demo_documents.py`).
    path_moves = [(source, destination) for source, destination in expand_moves(sections) if "/" in source]
    path_moves += [
        (pattern, target) for section, pattern, target in FILE_MOVES if section in sections and "*" not in pattern
    ]

    for path in source_files(tuple(TEXT_SUFFIXES)):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("scripts/refactor/"):
            continue
        try:
            text = path.read_text()
        except UnicodeDecodeError:
            continue
        if "/migrations/" in rel:
            # Migrations keep their history; only module paths they import or name
            # (StreamField block paths, default callables) follow the code.
            new = rewrite_imports(text, package_of(rel), renames, {}) if path.suffix == ".py" else text
        else:
            new = text
            if path.suffix == ".py":
                new = rewrite_imports(new, package_of(rel), renames, symbols)
            elif path.suffix in (".md", ".toml", ".txt"):
                new = rename_dotted(new, renames)
            new = rename_paths(new, path_moves, python=path.suffix == ".py")
            for old, replacement in replacements:
                new = new.replace(old, replacement)
        if new != text:
            print(f"rewrite {rel}")
            if not args.dry_run:
                path.write_text(new)


def _section_of_module(module: str) -> str:
    for section, pattern, target in FILE_MOVES:
        if "*" in pattern or not (pattern.endswith(".py") or is_package_move(pattern, target)):
            continue
        if module_of(pattern) == module:
            return section
    return ""


if __name__ == "__main__":
    main()
