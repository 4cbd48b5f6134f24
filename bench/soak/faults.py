"""What the soak does to the stack mid-run: a gunicorn worker SIGKILLed, Redis killed and restarted."""

from __future__ import annotations

import dataclasses
import os
import random
import signal
import time
from pathlib import Path


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
