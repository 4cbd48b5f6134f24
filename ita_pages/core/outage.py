"""Recognising an unreachable database, for every layer that must answer without it.

Why: a database that is down or restarting raises connection errors from wherever the
first query happens (a view, a middleware, a template). The site answers those with
a 503 "try again later" instead of a 500 "something broke", and the JSON API must
leave them to that answer rather than report a crash; both ask this module.
"""

from django.db import InterfaceError, OperationalError

try:  # The PostgreSQL driver; Django wraps its errors, but not on every path.
    import psycopg
except ImportError:  # pragma: no cover - psycopg is pinned in requirements.txt
    psycopg = None

DATABASE_ERRORS: tuple[type[BaseException], ...] = (OperationalError, InterfaceError)
if psycopg is not None:
    DATABASE_ERRORS += (psycopg.OperationalError, psycopg.InterfaceError)


def is_database_outage(error: BaseException | None) -> bool:
    """True when `error` (or what caused it) says the database cannot be reached."""
    seen = 0
    while error is not None and seen < 5:
        if isinstance(error, DATABASE_ERRORS):
            return True
        error = error.__cause__ or error.__context__
        seen += 1
    return False
