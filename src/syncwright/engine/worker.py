"""A worker: claims submitted jobs by lease, runs them, heartbeats, and stops cleanly.

Many workers on many machines share one store. Each claims runnable jobs oldest-first
(at most ``concurrency`` at once, each in its own thread, so a long job never starves
the short ones behind it), renews their leases from a heartbeat thread that keeps
beating however busy the jobs are, and is woken by NOTIFY (PostgreSQL) or by polling.

Safety does not rest on the lease: a runner appends at the stream version it last saw,
so a worker whose lease was taken over fails its next append and stops (``JobStopped``).
On SIGTERM the runners stop after their step in flight commits, leases are released, and
the worker exits; the next claimant resumes from that checkpoint.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from syncwright.domain.job import JobView
from syncwright.engine.orchestrator import JobRunner, JobStopped
from syncwright.store import Store, StoreError, open_store
from syncwright.store.leases import Lease, Leases, open_leases

Log = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class WorkerSettings:
    """How a worker shares work. Defaults suit machines a network apart."""

    concurrency: int = 4  # jobs run at once by this worker
    lease_seconds: float = 30.0  # a lease not renewed for this long may be taken over
    heartbeat_seconds: float = 10.0  # renew every ... (well under lease_seconds)
    poll_seconds: float | None = None  # fallback poll; default 5 s with NOTIFY, else 1 s
    park_after_seconds: float = 10.0  # in-process waits longer than this give the job back
    exit_when_idle: bool = False  # stop when nothing is runnable and nothing runs
    schedules: bool = False  # also fire due schedule slots (syncwright.schedule)
    alerts: Any = None  # an AlertsConfig: also watch health and send alerts (every 10 s)


@dataclass
class _Running:
    lease: Lease
    lost: threading.Event = field(default_factory=threading.Event)
    task: asyncio.Task[None] | None = None


def default_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class Worker:
    """Runs submitted jobs of one store until asked to stop."""

    def __init__(
        self,
        location: str | None,
        settings: WorkerSettings | None = None,
        *,
        log: Log | None = None,
        worker_id: str | None = None,
    ) -> None:
        self.settings = settings or WorkerSettings()
        self.store: Store = open_store(location)
        self.location = self.store.location
        self.leases: Leases = open_leases(self.store)
        self.worker_id = worker_id or default_worker_id()
        self.log: Log = log or (lambda _m: None)
        self.jobs_run = 0
        self._stop = threading.Event()
        self._threads_stop = threading.Event()
        self._running: dict[str, _Running] = {}
        self._unreleased: set[str] = set()
        self._wake: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._next_watch = 0.0

    @property
    def poll_seconds(self) -> float:
        if self.settings.poll_seconds is not None:
            return self.settings.poll_seconds
        return 5.0 if self.leases.supports_notify else 1.0

    # -- control ------------------------------------------------------------------
    def request_stop(self) -> None:
        """Finish the steps in flight, checkpoint, release the leases, exit (SIGTERM)."""
        if not self._stop.is_set():
            self.log(f"worker {self.worker_id}: stopping after the steps in flight")
        self._stop.set()
        self._wake_soon()

    def _wake_soon(self) -> None:
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None:
            with contextlib.suppress(RuntimeError):  # the loop already closed
                loop.call_soon_threadsafe(wake.set)

    # -- the loop -----------------------------------------------------------------
    async def run(self, install_signals: bool = True) -> int:
        """Claim and run jobs until stopped; returns how many runs it finished."""
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        if install_signals:
            for sig in (signal.SIGTERM, signal.SIGINT):
                self._loop.add_signal_handler(sig, self.request_stop)
        s = self.settings
        self.leases.register_worker(
            self.worker_id, socket.gethostname(), os.getpid(), s.concurrency, s.lease_seconds
        )
        self.log(
            f"worker {self.worker_id} started on {self.location} (concurrency {s.concurrency})"
        )
        threads = [threading.Thread(target=self._heartbeat_loop, daemon=True, name="heartbeat")]
        if self.leases.supports_notify:
            threads.append(
                threading.Thread(
                    target=self.leases.listen,
                    args=(self._wake_soon, self._threads_stop),
                    daemon=True,
                    name="listen",
                )
            )
        for t in threads:
            t.start()
        try:
            await self._claim_loop()
        finally:
            self._stop.set()
            tasks = [r.task for r in self._running.values() if r.task is not None]
            if tasks:
                await asyncio.gather(*tasks, return_exceptions=True)
            self._threads_stop.set()
            for t in threads:
                t.join(timeout=5)
            with contextlib.suppress(StoreError):
                await asyncio.to_thread(self._release_pending)
                await asyncio.to_thread(self.leases.unregister_worker, self.worker_id)
            self.leases.close()
            self.store.close()
            self.log(f"worker {self.worker_id} stopped ({self.jobs_run} run(s))")
        return self.jobs_run

    async def _claim_loop(self) -> None:
        assert self._wake is not None
        s = self.settings
        failing = False
        while not self._stop.is_set():
            self._wake.clear()
            claimed: list[Lease] = []
            free = s.concurrency - len(self._running)
            try:
                if s.schedules:
                    await asyncio.to_thread(self._tick_schedules)
                if s.alerts is not None and time.monotonic() >= self._next_watch:
                    self._next_watch = time.monotonic() + 10.0
                    await asyncio.to_thread(self._watch)
                if self._unreleased:
                    await asyncio.to_thread(self._release_pending)
                if free > 0 and not self._stop.is_set():
                    claimed = await asyncio.to_thread(
                        self.leases.claim,
                        self.worker_id,
                        s.lease_seconds,
                        free,
                        list(self._running),
                    )
                if claimed and self._stop.is_set():
                    # A stop came while this pass awaited (its job may have stopped and
                    # given its lease back meanwhile, to be claimed again here): hand
                    # them back unstarted.
                    self._unreleased.update(lease.job_id for lease in claimed)
                    claimed = []
                    await asyncio.to_thread(self._release_pending)
                timeout = self.poll_seconds
                if free > len(claimed):
                    wake_in = await asyncio.to_thread(self.leases.next_wake)
                    if wake_in is not None:  # in the past: our own lapsed lease, don't spin
                        timeout = min(timeout, wake_in + 0.05 if wake_in > 0 else 0.25)
                if failing:
                    self.log(f"worker {self.worker_id}: store reachable again")
                failing = False
            except StoreError as exc:
                if not failing:
                    self.log(f"worker {self.worker_id}: {exc}; retrying")
                failing = True
                timeout = 1.0
            for lease in claimed:
                self._start(lease)
            if claimed:
                continue
            if s.exit_when_idle and not self._running and not failing:
                return
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout)

    def _start(self, lease: Lease) -> None:
        run = _Running(lease)
        self._running[lease.job_id] = run
        taken = f" (took over from {lease.previous_owner})" if lease.previous_owner else ""
        self.log(f"worker {self.worker_id}: claimed job {lease.job_id}{taken}")
        run.task = asyncio.create_task(self._run_job(run))

    async def _run_job(self, run: _Running) -> None:
        job_id = run.lease.job_id
        try:
            view = await asyncio.to_thread(self._run_blocking, job_id, run.lost)
            self.jobs_run += 1
            self.log(f"worker {self.worker_id}: job {job_id} is {view.state.value}")
        except Exception as exc:  # one job's failure never takes the worker down
            self.log(f"worker {self.worker_id}: job {job_id} stopped: {exc}")
        finally:
            del self._running[job_id]
            if not run.lost.is_set():
                self._unreleased.add(job_id)
                with contextlib.suppress(StoreError):
                    await asyncio.to_thread(self._release_pending)
            self._wake_soon()

    def _tick_schedules(self) -> None:
        """Fire the schedule slots that are due (exactly once across every ticker)."""
        from syncwright.schedule import tick

        for d in tick(self.store, self.worker_id):
            self.log(
                f"worker {self.worker_id}: schedule {d.name} slot {d.slot.isoformat()}: "
                f"{d.status} ({d.reason})" + (f", job {d.job_id}" if d.job_id else "")
            )

    def _watch(self) -> None:
        """One round of alerting (several workers may do it: each change alerts once)."""
        from syncwright.alerts import watch_once

        raised, _sent = watch_once(self.store, self.settings.alerts)
        for a in raised:
            self.log(f"worker {self.worker_id}: alert {a.title}")

    def _release_pending(self) -> None:
        for job_id in list(self._unreleased):
            self.leases.release(job_id, self.worker_id)
            self._unreleased.discard(job_id)

    def _run_blocking(self, job_id: str, lost: threading.Event) -> JobView:
        """Run one job in this thread, on its own event loop (and, for SQLite, its own
        connection), until it stops moving, the worker stops, or the lease is lost."""
        shared = bool(getattr(self.store, "thread_safe", False))
        store = self.store if shared else open_store(self.location)

        def should_stop() -> bool:
            return self._stop.is_set() or lost.is_set()

        async def sleep(seconds: float) -> None:
            if seconds > self.settings.park_after_seconds:
                raise JobStopped(f"job {job_id} parked for {seconds:.0f} s; lease given back")
            end = time.monotonic() + seconds
            while (left := end - time.monotonic()) > 0:
                if should_stop():
                    raise JobStopped(f"job {job_id}: stopped while waiting")
                await asyncio.sleep(min(0.2, left))

        try:
            runner = JobRunner(store, job_id, sleep=sleep, should_stop=should_stop)
            runner.actor = f"worker:{self.worker_id}"
            return asyncio.run(runner.run())
        finally:
            if not shared:
                store.close()

    def _heartbeat_loop(self) -> None:
        """Renew leases and the worker's own row; flag jobs whose lease was taken over."""
        s = self.settings
        failing = False
        while not self._threads_stop.wait(s.heartbeat_seconds):
            running = dict(self._running)
            try:
                held = self.leases.renew(self.worker_id, s.lease_seconds, list(running))
                status = "stopping" if self._stop.is_set() else "running"
                self.leases.worker_heartbeat(self.worker_id, s.lease_seconds, status)
                failing = False
            except Exception as exc:  # the store is down: keep beating until it is back
                if not failing:
                    self.log(f"worker {self.worker_id}: heartbeat failed: {exc}")
                failing = True
                continue
            for job_id, run in running.items():
                if job_id not in held and job_id in self._running and not run.lost.is_set():
                    run.lost.set()
                    self.log(
                        f"worker {self.worker_id}: lease on job {job_id} lost; "
                        "stopping it at its next checkpoint"
                    )


__all__ = ["Worker", "WorkerSettings", "default_worker_id"]
