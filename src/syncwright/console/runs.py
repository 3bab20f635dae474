"""Running the jobs the console resumed or retried.

``syncwright resume`` runs the job in the terminal that asked; the console does the same
in a background thread of its own process, one per job. A job that was submitted to the
fleet (it has a lease row) is left to the workers: the resume/retry event wakes them.
Two runners on one job cannot both write: the stream version fences the second.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

from syncwright.engine.orchestrator import JobRunner
from syncwright.store import Store, StoreError, open_store


class BackgroundRuns:
    """At most one runner per job in this process, each in its own thread and loop."""

    def __init__(self, location: str, log: Callable[[str], None] | None = None) -> None:
        self.location = location
        self.log = log or (lambda _m: None)
        self._threads: dict[str, threading.Thread] = {}
        self._lock = threading.Lock()

    def running(self) -> set[str]:
        with self._lock:
            return {j for j, t in self._threads.items() if t.is_alive()}

    def start(self, store: Store, job_id: str) -> str:
        """Run ``job_id`` until it stops; returns who runs it: console, fleet, or already."""
        if _leased(store, job_id):
            return "fleet"
        with self._lock:
            thread = self._threads.get(job_id)
            if thread is not None and thread.is_alive():
                return "already running"
            thread = threading.Thread(
                target=self._run, args=(job_id,), name=f"console-run-{job_id}", daemon=True
            )
            self._threads[job_id] = thread
            thread.start()
        return "console"

    def _run(self, job_id: str) -> None:
        try:
            store = open_store(self.location)
        except StoreError as exc:
            self.log(f"job {job_id}: cannot open the store: {exc}")
            return
        try:
            view = asyncio.run(JobRunner(store, job_id).run())
            self.log(f"job {job_id} is {view.state.value}")
        except Exception as exc:  # a runner bug must not take the console down
            self.log(f"job {job_id}: runner stopped: {type(exc).__name__}: {exc}")
        finally:
            store.close()

    def join(self, timeout: float = 10.0) -> None:
        """Wait for the runs in flight (tests, shutdown)."""
        with self._lock:
            threads = list(self._threads.values())
        for t in threads:
            t.join(timeout)


def _leased(store: Store, job_id: str) -> bool:
    try:
        return bool(store.query("SELECT 1 FROM job_leases WHERE job_id = ?", (job_id,)))
    except StoreError:
        return False  # no lease table: nothing was ever submitted to this store
