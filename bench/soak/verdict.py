"""The verdict: submissions and visits accounted for, failures named, the table printed."""

from __future__ import annotations

import sys
from collections import Counter, defaultdict

from .clients import CHANNELS, KINDS, REQUEST_TIMEOUT, Record
from .faults import Faults


def percentile(values: list[float], fraction: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def status_class(status: int | None, failure: str = "") -> str:
    if status is None:
        return "timeout" if failure == "timeout" else "cut"
    if status == 429:
        return "429"
    return f"{status // 100}xx"


def account(record: Record, before: dict, after: dict, kills: int) -> dict:
    """Compare what the clients were told with what the database holds; the figures and the failures."""
    by_kind: dict[str, Counter] = defaultdict(Counter)
    latencies: dict[str, list[float]] = defaultdict(list)
    failures: list[str] = []
    for sample in record.samples:
        by_kind[sample.kind][status_class(sample.status, sample.failure)] += 1
        latencies[sample.kind].append(sample.seconds)
    server_errors = sum(counter["5xx"] for counter in by_kind.values())
    timeouts = sum(1 for sample in record.samples if sample.failure == "timeout")
    cut = sum(1 for sample in record.samples if sample.failure.startswith("cut"))
    if server_errors:
        failures.append(f"{server_errors} server errors (5xx)")
    if timeouts:
        failures.append(f"{timeouts} requests timed out after {REQUEST_TIMEOUT} s")
    # A SIGKILLed sync worker drops the one connection it is serving, nothing more.
    if cut > kills:
        failures.append(f"{cut} connections cut, {kills} by the worker killed")

    channels = {}
    indexes = after["indexes"]
    for channel in CHANNELS:
        mine = [item for item in record.submissions if item.channel == channel]
        outcomes = Counter(item.outcome for item in mine)
        stored_before = before["stored"].get(channel, {})
        stored = {m: rows for m, rows in after["stored"].get(channel, {}).items() if m not in stored_before}
        accepted = [item for item in mine if item.outcome == "accepted"]
        missing = [item for item in accepted if not stored.get(item.marker)]
        doubled = [item for item in accepted if len(stored.get(item.marker, [])) > 1]
        wrong_code = [
            item
            for item in accepted
            if len(stored.get(item.marker, [])) == 1 and stored[item.marker][0] not in indexes.get(item.code, [])
        ]
        refused_stored = [item for item in mine if item.outcome in ("refused", "invalid") and stored.get(item.marker)]
        unknown_stored = [item for item in mine if item.outcome == "unknown" and stored.get(item.marker)]
        strangers = set(stored) - {item.marker for item in mine}
        channels[channel] = {
            "sent": len(mine),
            "accepted": len(accepted),
            "refused": outcomes["refused"],
            "invalid": outcomes["invalid"] + outcomes["unreadable"],
            "unanswered": outcomes["unknown"],
            "stored": sum(len(rows) for rows in stored.values()),
            "stored_accepted": sum(len(stored.get(item.marker, [])) for item in accepted),
            "missing": len(missing),
            "duplicates": len(doubled),
            "wrong_code": len(wrong_code),
            "refused_stored": len(refused_stored),
            "unanswered_stored": len(unknown_stored),
        }
        for label, items in (
            ("missing", missing),
            ("stored twice or more", doubled),
            ("under another code", wrong_code),
        ):
            if items:
                failures.append(f"{channel}: {len(items)} accepted submissions {label}, e.g. {items[0].marker}")
        if refused_stored:
            failures.append(f"{channel}: {len(refused_stored)} refused submissions stored anyway")
        if outcomes["unreadable"]:
            failures.append(f"{channel}: {outcomes['unreadable']} success answers without a receipt code")
        if strangers:
            failures.append(f"{channel}: {len(strangers)} stored markers no client sent")

    counted = after["visits"] - before["visits"]
    visits = {
        "sent": record.beacons_sent,
        "accepted": record.beacons_ok,
        "unanswered": record.beacons_unknown,
        "counted": counted,
    }
    # An unanswered pixel may or may not have counted; everything answered must have.
    if not record.beacons_ok <= counted <= record.beacons_ok + record.beacons_unknown:
        failures.append(f"visitor counter moved by {counted}, {record.beacons_ok} pixels answered")
    return {
        "kinds": {
            kind: {
                **dict(by_kind[kind]),
                "total": sum(by_kind[kind].values()),
                "p50_ms": round(percentile(latencies[kind], 0.5) * 1000),
                "p95_ms": round(percentile(latencies[kind], 0.95) * 1000),
            }
            for kind in KINDS
            if kind in by_kind
        },
        "requests": len(record.samples),
        "server_errors": server_errors,
        "cut": cut,
        "timeouts": timeouts,
        "channels": channels,
        "visits": visits,
        "failures": failures,
    }


def codes_of(record: Record) -> list[str]:
    return [item.code for item in record.submissions if item.outcome == "accepted"]


def print_report(figures: dict, seconds: float, clients: int, faults: Faults | None, out=sys.stdout) -> None:
    def line(*cells, widths=(12, 8, 7, 7, 7, 7, 7, 7, 8, 9, 9)):
        out.write("  ".join(str(cell).rjust(width) for cell, width in zip(cells, widths, strict=False)) + "\n")

    out.write(f"\nSoak: {clients} clients for {seconds:g} s, {figures['requests']} requests")
    out.write(f" ({figures['requests'] / seconds:.1f}/s)\n\n")
    line("kind", "total", "2xx", "3xx", "4xx", "429", "5xx", "cut", "timeout", "p50 ms", "p95 ms")
    for kind, row in figures["kinds"].items():
        line(
            kind,
            row["total"],
            *(row.get(k, 0) for k in ("2xx", "3xx", "4xx", "429", "5xx", "cut", "timeout")),
            row["p50_ms"],
            row["p95_ms"],
        )
    out.write("\n")
    columns = ("sent", "accepted", "refused", "invalid", "unanswered", "stored", "missing", "duplicates")
    widths = (12, 8, 9, 8, 8, 11, 7, 8, 11)
    line("submissions", *columns, widths=widths)
    for channel, row in figures["channels"].items():
        line(channel, *(row[c] for c in columns), widths=widths)
    visits = figures["visits"]
    out.write(
        f"\nvisit pixels: {visits['sent']} sent, {visits['accepted']} answered, {visits['unanswered']} unanswered;"
        f" counter +{visits['counted']}\n"
    )
    if faults is not None:
        if faults.worker_killed_at is not None:
            out.write(f"fault: gunicorn worker {faults.killed_pid} SIGKILLed at {faults.worker_killed_at:.1f} s\n")
        if faults.redis_stopped_at is not None:
            back = faults.redis_started_at or 0
            out.write(f"fault: Redis killed at {faults.redis_stopped_at:.1f} s, back at {back:.1f} s\n")
        for note in faults.notes:
            out.write(f"fault: {note}\n")
    errors = figures["server_errors"]
    out.write(f"\n{errors} server errors; ")
    out.write("counts exact\n" if not figures["failures"] else "FAILED:\n")
    for failure in figures["failures"]:
        out.write(f"  - {failure}\n")
