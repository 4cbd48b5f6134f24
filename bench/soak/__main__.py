"""`make soak` (``python -m bench.soak``): start the stack, run the load and the faults, judge."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

from config import local_stack

from .clients import run_load
from .faults import Faults, inject_faults
from .stored import read_database
from .verdict import account, codes_of, print_report

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/soak"

SERVER_TRACE = re.compile(r"Traceback \(most recent call last\)|Internal Server Error|\[CRITICAL\]")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="make soak: the shipped stack under load and faults.")
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
    sys.exit(main(sys.argv[1:]))
