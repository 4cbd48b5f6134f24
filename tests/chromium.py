"""How the suite starts Debian's Chromium: one place for its path and flags.

The flags keep a headless Chromium from reaching for the network on a machine that
has none (background services, updates, sync), which would otherwise stall it.
"""

import os
import shutil

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def require_chromium() -> None:
    """Fail under CI, skip with the reason elsewhere, when Debian's chromium is missing."""
    if shutil.which(CHROMIUM):
        return
    message = f"Debian's chromium is not installed at {CHROMIUM} (apt-get install chromium)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)
