"""Where the Sarabun font files live, for code that draws Thai text (QR posters, demo images).

Why in the repository: the site serves its Thai web font itself, never from a CDN,
and the same files draw the printed QR posters; shipping the OFL-licensed files
under static/ (licence in static/fonts/sarabun/OFL.txt) keeps one copy for both.
"""

from pathlib import Path

SARABUN_DIR = Path(__file__).resolve().parents[2] / "static" / "fonts" / "sarabun"


def sarabun(weight: str = "Regular") -> Path:
    """The path of one Sarabun weight shipped with the site (Regular, SemiBold, Bold)."""
    return SARABUN_DIR / f"Sarabun-{weight}.ttf"
