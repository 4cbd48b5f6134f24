"""Counting what the stack stored, in a child process with the stack's own settings.

Run as ``python -m bench.soak.stored`` with the codes on stdin; prints JSON.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from config import local_stack

from .clients import MARKER

ROOT = Path(__file__).resolve().parents[2]


def count_stored() -> dict:
    """Rows per marker per channel and the visitor total, read with the stack's settings."""
    import django

    django.setup()
    from django.db.models import Sum

    from ita_pages.channels.complaints.models import CorruptionCase, GeneralComplaint
    from ita_pages.channels.qa.models import Question
    from ita_pages.furniture.visitors.models import DailyVisits

    text_of = {
        "qa": (Question, lambda row: row.question),
        "general": (GeneralComplaint, lambda row: row.subject),
        # Encrypted at rest: read through the model, which decrypts.
        "corruption": (CorruptionCase, lambda row: row.subject),
    }
    stored: dict[str, dict[str, list[str]]] = {}
    for channel, (model, text) in text_of.items():
        rows: dict[str, list[str]] = defaultdict(list)
        for row in model.objects.all().iterator():
            for marker in MARKER.findall(text(row) or ""):
                rows[marker].append(row.receipt_index)
        stored[channel] = rows
    visits = DailyVisits.objects.aggregate(total=Sum("count"))["total"] or 0
    return {"stored": stored, "visits": int(visits)}


def receipt_indexes(codes: list[str]) -> dict[str, list[str]]:
    """Each code's possible receipt_index values, under every configured key."""
    import django

    django.setup()
    from ita_pages.channels import crypto, keys, receipts

    index_keys = crypto.index_keys(keys.configured_keys())
    result = {}
    for code in codes:
        normalized = receipts.normalize(code)
        result[code] = [receipts.index(normalized, key) for key in index_keys] if normalized else []
    return result


def read_database(env: dict, codes: list[str]) -> dict:
    """count_stored() and receipt_indexes(codes), run in a child process with the stack's environment."""
    result = subprocess.run(
        [sys.executable, "-m", "bench.soak.stored"],
        cwd=ROOT,
        env=env,
        input=json.dumps(codes),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise local_stack.StackError(f"counting the stored rows failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout)


def _count_main() -> int:
    codes = json.loads(sys.stdin.read() or "[]")
    print(json.dumps({**count_stored(), "indexes": receipt_indexes(codes)}))
    return 0


if __name__ == "__main__":
    sys.exit(_count_main())
