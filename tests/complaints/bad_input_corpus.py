"""Hostile request bodies for every public write endpoint: each one must be refused.

Every item is invalid by design (a hidden character, a wrong shape, a broken
encoding), so no item may create a record anywhere.
"""

import json

BIDI_NAME = "สม\u202eชาย"
ZERO_WIDTH_NAME = "สม\u200bชาย"
MARK_FLOOD = "ก" + "\u0e34\u0e48\u0e49\u0e4a\u0e4b" * 4
NUL_TEXT = "สมชาย\x00"
HUGE = "ก" * 100_000

# (label, content type, raw body); {text} is replaced by each endpoint's text field.
FORM_BODIES = [
    ("invalid utf-8", "application/x-www-form-urlencoded", lambda f: f"{f}=%FF%FE%FA&subject=x&body=x".encode()),
    ("nul byte", "application/x-www-form-urlencoded", lambda f: f"{f}=%00&subject=%00&body=%00".encode()),
    ("bidi override", "application/x-www-form-urlencoded", lambda f: f"{f}=%E2%80%AE&subject=%E2%80%AE".encode()),
    ("100 kB text", "application/x-www-form-urlencoded", lambda f: f"{f}={'a' * 100_000}&subject=x".encode()),
    ("20,000 fields", "application/x-www-form-urlencoded", lambda f: "&".join(["a=1"] * 20_000).encode()),
    ("duplicate fields", "application/x-www-form-urlencoded", lambda f: f"{f}=%E2%80%AE&{f}=x&subject=%00".encode()),
    ("malformed multipart", "multipart/form-data; boundary=XYZ", lambda f: b"--XYZ\r\nContent-Disposition: form"),
    ("multipart without boundary", "multipart/form-data", lambda f: b"garbage"),
    ("wrong content type", "application/xml", lambda f: b"<a>\x00</a>"),
]


def _deep(depth):
    return "[" * depth + "]" * depth


API_BODIES = [
    ("invalid utf-8", "application/json", lambda f: b'{"' + f.encode() + b'": "\xff\xfe"}'),
    ("not json", "application/json", lambda f: b"{not json"),
    ("json array", "application/json", lambda f: b"[1, 2, 3]"),
    ("json string", "application/json", lambda f: b'"hello"'),
    ("deep json", "application/json", lambda f: _deep(100_000).encode()),
    ("number where a string goes", "application/json", lambda f: json.dumps({"page_id": 1, f: 12345}).encode()),
    ("nul byte", "application/json", lambda f: json.dumps({"page_id": 1, f: NUL_TEXT, "subject": NUL_TEXT}).encode()),
    ("bidi", "application/json", lambda f: json.dumps({"page_id": 1, f: BIDI_NAME, "subject": BIDI_NAME}).encode()),
    ("lone surrogate", "application/json", lambda f: ('{"page_id": 1, "' + f + '": "\\ud800"}').encode()),
    ("100 kB text", "application/json", lambda f: json.dumps({"page_id": 1, f: HUGE, "subject": HUGE}).encode()),
    ("wrong content type", "text/plain", lambda f: b"hello"),
    ("form body", "application/x-www-form-urlencoded", lambda f: b"a=1&a=2"),
]
