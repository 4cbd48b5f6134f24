"""The simulated citizens: what each one does, and the record of what they all saw."""

from __future__ import annotations

import dataclasses
import http.client
import json
import os
import random
import re
import threading
import time
from collections import Counter
from urllib.parse import urlencode, urlsplit

from config import local_stack

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
