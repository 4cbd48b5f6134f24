"""`make soak`: the shipped stack under load and faults, with every submission accounted for.

Why: the unit and journey suites send one request at a time; they cannot show that 200
citizens at once, a server worker dying mid-request and Redis vanishing mid-run cost no
server error, no lost or doubled complaint and no miscounted visit. This starts what
production runs (gunicorn with `config/gunicorn.py`, the production settings, the demo
agency) on a fresh PostgreSQL database and a private redis-server, drives it with
SOAK_CLIENTS simulated citizens for SOAK_SECONDS, SIGKILLs one gunicorn worker at a third
of the run (its master starts another) and kills Redis at two thirds (restarted after
SOAK_OUTAGE_SECONDS), then counts the rows in the database.

Each client has its own address (2001:db8::<n> in X-Forwarded-For, the stack trusting
127.0.0.1 as its proxy), so the per-citizen rate limits apply as in production; a 429 is
counted apart, neither an error nor accepted. A client mixes page views (each followed by
its visit pixel, as a browser does), searches, API reads and submissions through the
forms (CSRF token and cookie, as a browser sends them) and the JSON API. Every
submission carries a unique marker; afterwards each accepted one (a receipt code
answered) must be stored exactly once under that code, and no refused one at all.

Exit status 0 only with no 5xx, no timeout, no unexplained cut connection, no missing,
doubled or refused-but-stored submission and a visitor counter equal to the pixels the
soak sent that could count. Not part of `make test` or CI: it takes minutes and the
whole machine.
"""

from __future__ import annotations

import argparse
import dataclasses
import http.client
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from config import local_stack  # noqa: E402  (needs the project on the path)

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/soak"
# A phone browser: the visit counter ignores command-line clients and crawlers.
AGENT = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/156.0.0.0 Mobile Safari/537.36"
)
REQUEST_TIMEOUT = 60
# Below VISIT_RATE_LIMIT (120 per 10 minutes): every pixel a client sends can count.
BEACON_CAP, BEACON_WINDOW = 110, 600
KINDS = ("page", "beacon", "search", "api", "form-get", "submit")
CHANNELS = ("qa", "general", "corruption")
SEARCH_WORDS = ("ภาษี", "ร้องเรียน", "งบประมาณ", "จัดซื้อจัดจ้าง", "ข่าว", "ITA", "แผน", "การทุจริต")
API_READS = (
    "/api/v2/pages/?limit=20",
    "/api/v2/pages/?locale=th&limit=50",
    "/api/ita/catalogues",
    "/api/ita/catalogues/2566",
    "/api/ita/status/2566",
    "/api/ita/announcements",
    "/api/ita/questions?limit=10",
)
FORM_PATHS = {"qa": "/th/qa/", "general": "/th/general-complaints/", "corruption": "/th/corruption-complaints/"}
API_PATHS = {
    "qa": "/api/qa/questions",
    "general": "/api/complaints/general",
    "corruption": "/api/complaints/corruption",
}
# What each client does next, by weight: mostly reading, as citizens do.
ACTIONS = (("page", 40), ("search", 15), ("api", 20), ("submit", 25))
BEACON_SRC = re.compile(r'<img class="visit-beacon" src="([^"]+)"')
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
RECEIPT = re.compile(r'data-testid="receipt-code">\s*([0-9A-Z-]{20,30})\s*<')
MARKER = re.compile(r"soak-[0-9a-f]{8}-c\d+-s\d+")
CUT = (ConnectionError, http.client.RemoteDisconnected, http.client.IncompleteRead, http.client.BadStatusLine)


@dataclasses.dataclass
class Sample:
    """One request: what it was, its status (None when cut or timed out) and how long it took."""

    kind: str
    status: int | None
    seconds: float
    at: float
    failure: str = ""


@dataclasses.dataclass
class Submission:
    """One submission with its marker and what became of it: accepted (a code), refused, or unknown."""

    channel: str
    via: str  # "form" or "api"
    marker: str
    outcome: str  # "accepted", "refused" (429), "invalid" (other 4xx), "error" (5xx), "unknown" (no answer)
    code: str = ""


@dataclasses.dataclass
class Record:
    """Everything the clients saw, shared by their threads."""

    samples: list[Sample] = dataclasses.field(default_factory=list)
    submissions: list[Submission] = dataclasses.field(default_factory=list)
    beacons_sent: int = 0
    beacons_ok: int = 0
    beacons_unknown: int = 0
    lock: threading.Lock = dataclasses.field(default_factory=threading.Lock, repr=False)

    def add(self, sample: Sample) -> None:
        with self.lock:
            self.samples.append(sample)

    def submitted(self, submission: Submission) -> None:
        with self.lock:
            self.submissions.append(submission)


class Client(threading.Thread):
    """One citizen: one address, one browser's cookies, one request at a time until the deadline."""

    def __init__(
        self, number: int, base_url: str, site: dict, record: Record, deadline: float, run_id: str, think, actions
    ):
        super().__init__(daemon=True, name=f"soak-client-{number}")
        self.number = number
        self.address = f"2001:db8::{number + 1:x}"
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname, parts.port
        self.origin = base_url
        self.site = site
        self.record = record
        self.deadline = deadline
        self.run_id = run_id
        self.think = think
        self.actions = actions
        self.random = random.Random(f"{run_id}-{number}")
        self.cookies: dict[str, str] = {}
        self.sequence = 0
        self.beacons: Counter = Counter()

    # -- one request ------------------------------------------------------------------
    def request(self, kind: str, method: str, path: str, body: bytes | None = None, headers: dict | None = None):
        """(status, headers, text) or (None, {}, "") when the connection was cut or timed out."""
        sent = {"User-Agent": AGENT, "X-Forwarded-For": self.address, "Accept-Language": "th"}
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        sent.update(headers or {})
        started = time.monotonic()
        connection = http.client.HTTPConnection(self.host, self.port, timeout=REQUEST_TIMEOUT)
        try:
            connection.request(method, path, body=body, headers=sent)
            response = connection.getresponse()
            text = response.read().decode("utf-8", errors="replace")
            for header, value in response.getheaders():
                if header.lower() == "set-cookie":
                    name, _, rest = value.partition("=")
                    self.cookies[name.strip()] = rest.split(";", 1)[0]
            self.record.add(Sample(kind, response.status, time.monotonic() - started, time.time()))
            return response.status, dict(response.getheaders()), text
        except TimeoutError:
            self.record.add(Sample(kind, None, time.monotonic() - started, time.time(), "timeout"))
        except CUT as error:
            self.record.add(
                Sample(kind, None, time.monotonic() - started, time.time(), f"cut: {type(error).__name__}")
            )
        finally:
            connection.close()
        return None, {}, ""

    # -- what a citizen does ----------------------------------------------------------
    def view_page(self) -> None:
        status, _headers, text = self.request("page", "GET", self.random.choice(self.site["pages"]))
        found = BEACON_SRC.search(text) if status == 200 else None
        if not found:
            return
        bucket = int(time.time() // BEACON_WINDOW)
        if self.beacons[bucket] >= BEACON_CAP:
            return
        self.beacons[bucket] += 1
        with self.record.lock:
            self.record.beacons_sent += 1
        status, headers, _text = self.request("beacon", "GET", found.group(1).replace("&amp;", "&"))
        with self.record.lock:
            if status is None:
                self.record.beacons_unknown += 1
            elif status == 200 and headers.get("Content-Type", "").startswith("image/gif"):
                self.record.beacons_ok += 1

    def search(self) -> None:
        self.request("search", "GET", "/th/search/?" + urlencode({"q": self.random.choice(SEARCH_WORDS)}))

    def read_api(self) -> None:
        paths = list(API_READS) + [f"/api/qa/pages/{self.site['page_ids']['qa']}/questions"]
        self.request("api", "GET", self.random.choice(paths), headers={"Accept": "application/json"})

    def fields(self, channel: str, marker: str) -> dict[str, str]:
        words = f"{marker} ขอสอบถามเรื่องการชำระภาษีที่ดินและสิ่งปลูกสร้างผ่านช่องทางออนไลน์"
        if channel == "qa":
            return {"display_name": f"ชาวบ้าน {self.number}", "question": words, "email": "", "website": ""}
        if channel == "general":
            return {"name": f"ชาวบ้าน {self.number}", "email": "", "phone": "", "subject": marker, "body": words}
        return {"subject": marker, "description": words, "website": ""}

    def submit(self) -> None:
        channel = self.random.choice(CHANNELS)
        via = self.random.choice(("form", "api"))
        self.sequence += 1
        marker = f"soak-{self.run_id}-c{self.number}-s{self.sequence}"
        data = self.fields(channel, marker)
        if via == "api":
            payload = {"page_id": self.site["page_ids"][channel], **data}
            status, _headers, text = self.request(
                "submit",
                "POST",
                API_PATHS[channel],
                body=json.dumps(payload).encode(),
                headers={"Content-Type": "application/json", "Accept": "application/json"},
            )
            code = ""
            if status == 201:
                answer = json.loads(text)
                code = answer.get("receipt_code") or answer.get("follow_code") or ""
        else:
            path = FORM_PATHS[channel]
            status, _headers, text = self.request("form-get", "GET", path)
            token = CSRF_INPUT.search(text) if status == 200 else None
            if token is None:
                return  # nothing was sent: no submission to account for
            body = urlencode({**data, "csrfmiddlewaretoken": token.group(1)}).encode()
            status, _headers, text = self.request(
                "submit",
                "POST",
                path,
                body=body,
                headers={
                    "Content-Type": "application/x-www-form-urlencoded",
                    "Origin": self.origin,
                    "Referer": self.origin + path,
                },
            )
            found = RECEIPT.search(text) if status == 200 else None
            code = found.group(1) if found else ""
        self.record.submitted(Submission(channel, via, marker, outcome_of(status, code), code))

    def run(self) -> None:
        actions, weights = zip(*self.actions, strict=True)
        handlers = {"page": self.view_page, "search": self.search, "api": self.read_api, "submit": self.submit}
        while time.monotonic() < self.deadline:
            handlers[self.random.choices(actions, weights)[0]]()
            time.sleep(self.random.uniform(0, self.think))


def outcome_of(status: int | None, code: str) -> str:
    """What a submission's answer means for the accounting."""
    if status is None:
        return "unknown"
    if status >= 500:
        return "error"
    if status == 429:
        return "refused"
    if status in (200, 201) and code:
        return "accepted"
    if status in (200, 201):
        return "unreadable"  # a success page without its code: the citizen cannot follow up
    return "invalid"


# -- the stack ------------------------------------------------------------------------
def discover_site(base_url: str) -> dict:
    """The demo's public pages and the ids of the three channel pages, from API v2."""
    parts = urlsplit(base_url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=REQUEST_TIMEOUT)
    connection.request("GET", "/api/v2/pages/?limit=100&locale=th", headers={"Accept": "application/json"})
    listing = json.loads(connection.getresponse().read())
    connection.close()
    pages, page_ids = [], {}
    for item in listing["items"]:
        path = urlsplit(item["meta"]["html_url"]).path
        pages.append(path)
        for channel, form_path in FORM_PATHS.items():
            if path == form_path:
                page_ids[channel] = item["id"]
    missing = set(FORM_PATHS) - set(page_ids)
    if missing:
        raise local_stack.StackError(f"the demo site has no page for {sorted(missing)}")
    return {"pages": sorted(set(pages)), "page_ids": page_ids}


def worker_pids(master_pid: int) -> list[int]:
    """The gunicorn master's children: its workers."""
    path = Path(f"/proc/{master_pid}/task/{master_pid}/children")
    return [int(pid) for pid in path.read_text().split()] if path.exists() else []


@dataclasses.dataclass
class Faults:
    """What was done to the stack, and when (seconds into the run)."""

    worker_killed_at: float | None = None
    killed_pid: int | None = None
    redis_stopped_at: float | None = None
    redis_started_at: float | None = None
    notes: list[str] = dataclasses.field(default_factory=list)


def inject_faults(master_pid: int, redis, seconds: float, outage: float, started: float, faults: Faults) -> None:
    """SIGKILL one worker at a third of the run; kill Redis at two thirds, restart it `outage` later."""

    def wait_until(offset: float) -> None:
        time.sleep(max(0.0, started + offset - time.monotonic()))

    wait_until(seconds / 3)
    workers = worker_pids(master_pid)
    if workers:
        faults.killed_pid = random.choice(workers)
        os.kill(faults.killed_pid, signal.SIGKILL)
        faults.worker_killed_at = time.monotonic() - started
    else:
        faults.notes.append("no gunicorn worker found to kill")
    if redis is None:
        return
    wait_until(2 * seconds / 3)
    redis.stop()
    faults.redis_stopped_at = time.monotonic() - started
    wait_until(2 * seconds / 3 + outage)
    redis.start()
    faults.redis_started_at = time.monotonic() - started


def run_load(
    base_url: str, clients: int, seconds: float, think: float = 1.0, run_id: str | None = None, actions=ACTIONS
) -> Record:
    """Drive the stack at base_url with `clients` threads for `seconds`; what they saw."""
    site = discover_site(base_url)
    record = Record()
    run_id = run_id or os.urandom(4).hex()
    deadline = time.monotonic() + seconds
    threads = [Client(n, base_url, site, record, deadline, run_id, think, actions) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + REQUEST_TIMEOUT * 3 + 30)
    return record


# -- counting what was stored (runs inside Django, in the stack's environment) --------
COUNT_SCRIPT_FLAG = "--count-stored"


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
        [sys.executable, str(Path(__file__).resolve()), COUNT_SCRIPT_FLAG],
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


# -- the verdict ----------------------------------------------------------------------
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


# -- make soak ------------------------------------------------------------------------
SERVER_TRACE = re.compile(r"Traceback \(most recent call last\)|Internal Server Error|\[CRITICAL\]")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=int(os.environ.get("SOAK_CLIENTS", 200)))
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("SOAK_SECONDS", 60)))
    parser.add_argument("--outage", type=float, default=float(os.environ.get("SOAK_OUTAGE_SECONDS", 10)))
    parser.add_argument("--think", type=float, default=float(os.environ.get("SOAK_THINK", 1.0)))
    parser.add_argument("--database-url", default=os.environ.get("SOAK_DATABASE_URL", DEFAULT_DATABASE_URL))
    parser.add_argument("--redis-db", type=int, default=int(os.environ.get("SOAK_REDIS_DB", 12)))
    parser.add_argument("--no-faults", action="store_true", help="load only: no worker killed, Redis left up")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    options = parser.parse_args(argv)
    if not local_stack.is_postgres(options.database_url):
        parser.error("the soak runs on PostgreSQL: set SOAK_DATABASE_URL=postgres://…")

    scratch = Path(tempfile.mkdtemp(prefix="ita-soak-"))
    log_path = scratch / "server.log"
    redis = local_stack.RedisServer(db=options.redis_db)
    port = local_stack.free_port()
    url = f"http://127.0.0.1:{port}"
    env = local_stack.throwaway_environment(
        dict(os.environ), options.database_url, scratch / "media", scratch / "static", port
    )
    env["REDIS_URL"] = redis.url
    # The database is dropped and made again on every run: it is the soak's own.
    local_stack.recreate_postgres(options.database_url, options.database_url)
    print(f"Preparing the stack on {url} (database {urlsplit(options.database_url).path.lstrip('/')}) …", flush=True)
    redis.start()
    process = None
    try:
        local_stack.prepare_site(env, url)
        with log_path.open("w") as log:
            process = subprocess.Popen(
                local_stack.gunicorn_command(), cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
            )
            local_stack.wait_until_serving(process, url, log_path)
            before = read_database(env, [])
            print(f"Soaking: {options.clients} clients for {options.seconds:g} s …", flush=True)
            faults = Faults()
            started = time.monotonic()
            if not options.no_faults:
                threading.Thread(
                    target=inject_faults,
                    args=(process.pid, redis, options.seconds, options.outage, started, faults),
                    daemon=True,
                ).start()
            record = run_load(url, options.clients, options.seconds, think=options.think)
            # The counter must be read from a settled database, after the last answer.
            after = read_database(env, codes_of(record))
        kills = 1 if faults.worker_killed_at is not None else 0
        figures = account(record, before, after, kills)
        traces = [line for line in log_path.read_text(errors="replace").splitlines() if SERVER_TRACE.search(line)]
        if traces:
            figures["failures"].append(f"the server logged {len(traces)} errors, e.g. {traces[0]}")
        print_report(figures, options.seconds, options.clients, faults)
        if options.json:
            options.json.write_text(json.dumps({**figures, "faults": dataclasses.asdict(faults)}, indent=2))
        print(f"server log: {log_path}")
        return 1 if figures["failures"] else 0
    finally:
        if process is not None:
            local_stack.stop_server(process, timeout=40)
        redis.stop()


if __name__ == "__main__":
    if sys.argv[1:] == [COUNT_SCRIPT_FLAG]:
        sys.exit(_count_main())
    sys.exit(main(sys.argv[1:]))
