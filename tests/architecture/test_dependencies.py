"""Every library the code imports is pinned, and the Sarabun font comes from the repository.

Why: an import that works only because another package happens to pull its library
in breaks when that package drops it; the font packages are gone, and the web font
and the QR posters must keep finding the same files under static/.
"""

import importlib.metadata
import re
import sys

from ita_pages.core.fonts import SARABUN_DIR, sarabun
from tests.architecture.imports import ROOT, SKIP, imports_of

REQUIREMENTS = ["requirements.txt", "requirements-demo.txt", "requirements-dev.txt"]


def _pins() -> set[str]:
    pins = set()
    for name in REQUIREMENTS:
        for line in (ROOT / name).read_text().splitlines():
            match = re.match(r"^([A-Za-z0-9_.\-]+)(\[[^\]]*\])?==", line.strip())
            if match:
                pins.add(_normal(match.group(1)))
    return pins


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _local_modules() -> set[str]:
    """Top-level names that are this repository's own code (packages, scripts run by path)."""
    names = set()
    for path in ROOT.rglob("*.py"):
        if not SKIP.intersection(path.relative_to(ROOT).parts):
            names.add(path.stem)
            names.update(path.relative_to(ROOT).parts[:1])
    return names


def test_every_imported_library_is_pinned():
    distributions = importlib.metadata.packages_distributions()
    local, pins = _local_modules(), _pins()
    unpinned = {}
    for path in ROOT.rglob("*.py"):
        if SKIP.intersection(path.relative_to(ROOT).parts):
            continue
        for name in imports_of(path):
            top = name.split(".")[0]
            if not top or top in sys.stdlib_module_names or top in local:
                continue
            for distribution in distributions.get(top, [f"<no distribution for {top}>"]):
                if _normal(distribution) not in pins:
                    unpinned.setdefault(distribution, path.relative_to(ROOT).as_posix())
    assert unpinned == {}


def test_no_code_or_requirement_uses_the_font_packages():
    mentions = []
    for path in ROOT.rglob("*"):
        parts = path.relative_to(ROOT).parts
        if SKIP.intersection(parts) or not path.is_file() or path.suffix in {".ttf", ".pdf", ".mo", ".png"}:
            continue
        if path.name == "test_dependencies.py":
            continue
        try:
            text = path.read_text()
        except UnicodeDecodeError:
            continue
        if "fontpkg" in text:
            mentions.append(path.relative_to(ROOT).as_posix())
    assert mentions == []


def test_the_site_css_and_the_qr_poster_use_the_sarabun_files_shipped_in_static():
    assert SARABUN_DIR == ROOT / "static" / "fonts" / "sarabun"
    assert "SIL Open Font License" in (SARABUN_DIR / "OFL.txt").read_text()
    css = (ROOT / "static" / "css" / "site.css").read_text()
    used = re.findall(r'url\("\.\./fonts/sarabun/([^"]+)"\)', css)
    assert used, "site.css no longer loads Sarabun from static/fonts/sarabun"
    for name in used:
        assert (SARABUN_DIR / name).is_file(), name
    for weight in ("Regular", "SemiBold", "Bold"):  # the weights home/qr.py draws with
        assert sarabun(weight).is_file(), weight
