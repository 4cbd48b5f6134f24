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

from .clients import Record, Sample, Submission, outcome_of, run_load
from .stored import read_database
from .verdict import account, codes_of

__all__ = ["Record", "Sample", "Submission", "account", "codes_of", "outcome_of", "read_database", "run_load"]
