"""A runner's heartbeat: one row per job in ``job_runners``, updated in place every few
seconds with the progress it has made, from a thread of its own.

Why a thread: a step that blocks the event loop (mapping a large batch, a slow store
write) must not look like a dead runner, and a hung platform call must look like a
*stalled* runner, not a dead one: the beat keeps coming while the work does not, and the
two together are what tells ``stalled`` from ``crashed``.

Why a row and not events: a beat every 2 s is 43,000 events a day per job, all saying
"still here". The row is liveness; the event stream keeps only what changes the job's
story (``runner_attached`` names the runner and whom it took over from, ``interrupted``
says why a runner stopped).

The row also fences: a runner's beat updates the row only while it names that runner.
When ``resume --take-over`` writes itself into the row, the old runner's next beat finds
it gone and asks the runner to stop (the stream version would stop it at its next append
anyway; this stops one stuck in a hung call too).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import orjson

from syncwright.domain.job import JobView
from syncwright.domain.job_states import ACTIVE, JobState
from syncwright.health.limit_cap import upload_cap
from syncwright.store.side_tables import SideDb, open_side_db

if TYPE_CHECKING:
    from syncwright.engine.orchestrator import JobRunner

DEFAULT_INTERVAL = 2.0
RATE_WINDOW = 60.0
"""At most this many seconds of recent progress make the current rate."""
RATE_MIN_WINDOW = 3.0
BATCH_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0)
"""Histogram bounds of step (batch) durations, in seconds (``syncwright_batch_seconds``)."""
PHASES = ("fetching", "mapping", "validating", "uploading")


def interval_from_env() -> float:
    """``SYNCWRIGHT_HEARTBEAT_SECONDS`` (tests shorten it), else 2 s."""
    raw = os.environ.get("SYNCWRIGHT_HEARTBEAT_SECONDS")
    try:
        value = float(raw) if raw else DEFAULT_INTERVAL
    except ValueError:
        value = DEFAULT_INTERVAL
    return max(0.05, value)


def phase_progress(v: JobView) -> dict[str, dict[str, int | None]]:
    """Records done (and the total, when known) in each phase of a job."""
    bs = max(v.batch_size, 1)
    known = v.batches_total is not None
    total = v.fetched if known else None
    out: dict[str, dict[str, int | None]] = {"fetching": {"done": v.fetched, "total": total}}
    for phase, batches in (
        ("mapping", v.batches_mapped),
        ("validating", v.batches_validated),
        ("uploading", v.batches_uploaded),
    ):
        out[phase] = {"done": min(batches * bs, v.fetched), "total": total}
    return out


class Heartbeat:
    """Tracks one runner's progress and beats it into ``job_runners``."""

    def __init__(
        self, side: SideDb | None, job_id: str, runner_id: str, interval: float | None = None
    ) -> None:
        self.side = side
        self.job_id = job_id
        self.runner_id = runner_id
        self.interval = interval or interval_from_env()
        self.lost_to: str | None = None  # the runner that took the job over
        self.listeners: list[Callable[[dict[str, Any]], None]] = []
        self.on_lost: list[Callable[[str], None]] = []
        self.previous: dict[str, Any] | None = None  # the row this runner replaced
        self.cancellable = False  # a takeover may cancel the run's task (until settle())
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._view: JobView | None = None
        self._phase: str | None = None
        self._done = 0
        self._samples: deque[tuple[float, int]] = deque()
        self._last_progress = time.monotonic()
        self._phase_started = self._last_progress
        self._steps: deque[float] = deque(maxlen=500)
        self._buckets = [0] * (len(BATCH_BUCKETS) + 1)
        self._step_sum = 0.0
        self._step_count = 0
        self._sleep_until: float | None = None  # monotonic end of an in-process wait
        self._attempt = 0
        self._state: JobState | None = None
        self.throttled = 0  # 429 answers seen by this runner (for the metrics)
        self.upload_cap: dict[str, Any] | None = None  # the destination's limit (limit_cap.py)
        self.waits = 0  # times it parked in ``waiting``

    # -- fed by the runner (its own thread) ------------------------------------------
    def observe(self, v: JobView) -> None:
        """After each committed step: note progress (a step's duration, the rate)."""
        now = time.monotonic()
        phase = v.state.value if v.state in ACTIVE else self._phase
        done = phase_progress(v).get(phase or "", {}).get("done") or 0
        with self._lock:
            self._view = v
            if v.attempt > self._attempt and (v.last_error or {}).get("status") == 429:
                self.throttled += 1
            if v.state == JobState.WAITING and self._state != JobState.WAITING:
                self.waits += 1
                if (v.last_error or {}).get("status") == 429:
                    self.throttled += 1
            self._attempt, self._state = v.attempt, v.state
            if phase != self._phase:
                self._phase, self._done = phase, done
                self._samples.clear()
                self._samples.append((now, done))
                self._steps.clear()
                self._phase_started = self._last_progress = now
                return
            if done > self._done:
                step = now - self._last_progress
                self._steps.append(step)
                self._step_sum += step
                self._step_count += 1
                i = next((k for k, b in enumerate(BATCH_BUCKETS) if step <= b), len(BATCH_BUCKETS))
                self._buckets[i] += 1
                self._done = done
                self._last_progress = now
                self._samples.append((now, done))
                while len(self._samples) > 2 and self._samples[1][0] < now - RATE_WINDOW:
                    self._samples.popleft()

    def wrap_sleep(
        self, sleep: Callable[[float], Awaitable[None]]
    ) -> Callable[[float], Awaitable[None]]:
        """The runner's sleep, noting the wait so health says "retrying", not "stalled"."""

        async def noted(seconds: float) -> None:
            self._sleep_until = time.monotonic() + seconds
            try:
                await sleep(seconds)
            finally:
                self._sleep_until = None

        return noted

    # -- the snapshot ------------------------------------------------------------------
    def snapshot(self) -> dict[str, Any]:
        """What the row carries: progress per phase, the current rate, this run's step
        times, how long since the last progress, a wait in progress, the last error."""
        now = time.monotonic()
        with self._lock:
            v = self._view
            steps = sorted(self._steps)
            rate = _rate(self._samples, self._done, now, now - self._phase_started)
            snap: dict[str, Any] = {
                "phase": self._phase,
                "phases": phase_progress(v) if v is not None else {},
                "rate": rate,
                "steps": len(steps),
                "step_p50": _quantile(steps, 0.5),
                "step_p95": _quantile(steps, 0.95),
                "idle_seconds": now - self._last_progress,
                "phase_seconds": now - self._phase_started,
                "buckets": list(self._buckets),
                "step_sum": self._step_sum,
                "step_count": self._step_count,
                "throttled": self.throttled,
                "waits": self.waits,
                "upload_cap": self.upload_cap,
            }
        until = self._sleep_until
        snap["sleep_left_seconds"] = max(0.0, until - now) if until is not None else None
        if v is not None:
            snap["state"] = v.state.value
            if v.attempt and v.last_error:
                snap["last_error"] = str(v.last_error.get("message", ""))[:300]
                snap["attempt"] = v.attempt
        return snap

    # -- the row -----------------------------------------------------------------------
    def start(self) -> None:
        """Write this runner into the row (taking it over from whoever held it)."""
        if self.side is None:
            return
        side = self.side
        with side.tx() as db:
            row = db.execute(
                "SELECT runner, host, pid, status, heartbeat_at, interval_seconds, "
                f"{side.NOW} FROM job_runners WHERE job_id = ?",
                (self.job_id,),
            ).fetchone()
            if row is not None:
                self.previous = {
                    "runner": row[0],
                    "status": row[3],
                    "heartbeat_age": float(row[6]) - float(row[4]),
                    "interval": float(row[5]),
                }
            db.execute(
                "INSERT INTO job_runners (job_id, runner, host, pid, started_at, heartbeat_at, "
                f"interval_seconds, status, progress) VALUES (?, ?, ?, ?, {side.NOW}, {side.NOW}, "
                "?, 'running', ?) ON CONFLICT (job_id) DO UPDATE SET runner = excluded.runner, "
                "host = excluded.host, pid = excluded.pid, started_at = excluded.started_at, "
                "heartbeat_at = excluded.heartbeat_at, interval_seconds = excluded.interval_seconds, "
                "status = 'running', progress = excluded.progress",
                (
                    self.job_id,
                    self.runner_id,
                    socket.gethostname(),
                    os.getpid(),
                    self.interval,
                    orjson.dumps(self.snapshot()).decode(),
                ),
            )
        self._thread = threading.Thread(target=self._loop, daemon=True, name="heartbeat")
        self._thread.start()

    def took_over_from(self) -> str | None:
        """The runner this one replaced while it was still beating (a takeover)."""
        p = self.previous
        if p is None or p["runner"] == self.runner_id or p["status"] != "running":
            return None
        return str(p["runner"]) if p["heartbeat_age"] <= 2 * p["interval"] else None

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            self.beat()

    def beat(self, status: str = "running") -> bool:
        """Update the row; False (and ``lost_to`` set) when another runner holds it."""
        if self.side is None or self.lost_to is not None:
            return self.lost_to is None
        snap = self.snapshot()
        try:
            with self.side.tx() as db:
                row = db.execute(
                    f"UPDATE job_runners SET heartbeat_at = {self.side.NOW}, progress = ?, "
                    "status = ? WHERE job_id = ? AND runner = ? RETURNING job_id",
                    (orjson.dumps(snap).decode(), status, self.job_id, self.runner_id),
                ).fetchone()
                holder = None
                if row is None:
                    found = db.execute(
                        "SELECT runner FROM job_runners WHERE job_id = ?", (self.job_id,)
                    ).fetchone()
                    holder = str(found[0]) if found else "someone else"
        except Exception:  # the store is busy or down: the next beat tries again
            return True
        if holder is not None:
            self.lost_to = holder
            for fn in self.on_lost:
                fn(holder)
            return False
        for listener in self.listeners:
            with contextlib.suppress(Exception):
                listener(snap)
        return True

    def settle(self) -> None:
        """The run is winding down (closing adapters): no takeover cancels it any more."""
        self.cancellable = False

    def stop(self, status: str) -> None:
        """Last beat with the runner's final status (finished, stopped, interrupted)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self.side is not None:
            self.beat(status)
            self.side.close()


def start_heartbeat(runner: JobRunner, interval: float | None = None) -> Heartbeat:
    """Attach a heartbeat to ``runner`` for the length of its run (called by
    ``JobRunner.run``): it observes each committed step, notes in-process waits, and
    makes the runner stop at its next checkpoint if another runner takes the job over."""
    live = runner.view.state in (JobState.QUEUED, *ACTIVE, JobState.WAITING)
    side = open_side_db(runner.store) if live else None
    beat = Heartbeat(side, runner.job_id, runner.actor, interval)
    if side is None:
        return beat
    cap = upload_cap(runner.definition, runner.batch_size)
    beat.upload_cap = cap.to_json() if cap is not None else None
    beat.observe(runner.view)
    shown = runner.on_progress

    def on_progress(v: JobView) -> None:
        beat.observe(v)
        if shown is not None:
            shown(v)

    runner.on_progress = on_progress
    runner.sleep = beat.wrap_sleep(runner.sleep)
    asked = runner.should_stop

    def should_stop() -> bool:
        return beat.lost_to is not None or (asked is not None and asked())

    runner.should_stop = should_stop
    # Taken over: stop now, even inside a hung platform call (an await is a safe point;
    # ``JobRunner.run`` ends quietly when the task is cancelled after a takeover).
    task, loop = asyncio.current_task(), asyncio.get_running_loop()
    if task is not None:

        def cancel_now() -> None:  # in the loop's thread, so ``settle`` cannot race it
            if beat.cancellable:
                task.cancel()

        def cancel(_holder: str) -> None:
            with contextlib.suppress(RuntimeError):  # the loop already closed
                loop.call_soon_threadsafe(cancel_now)

        beat.on_lost.append(cancel)
        beat.cancellable = True
    beat.start()
    return beat


def final_status(v: JobView, beat: Heartbeat) -> str:
    """The row's status once a run ends."""
    if beat.lost_to is not None:
        return "taken_over"
    if v.state in (JobState.COMPLETED, JobState.CANCELLED, JobState.NEEDS_ATTENTION):
        return "finished"
    if v.interrupted is not None:
        return "interrupted"
    return "stopped"


def _rate(
    samples: deque[tuple[float, int]], done: int, now: float, phase_seconds: float
) -> float | None:
    """Records/s over the recent half of the phase (3 to 60 s, ending now). The older half
    is left out on purpose: a rate limiter lets a burst through first, then paces; the
    burst would make the rate, and so the ETA, too optimistic for the whole phase."""
    if not samples or phase_seconds < 0.5:
        return None
    window = min(RATE_WINDOW, max(RATE_MIN_WINDOW, phase_seconds / 2))
    start = now - window
    t0, d0 = samples[0]
    for t, d in samples:
        if t > start:
            break
        t0, d0 = t, d
    return (done - d0) / (now - t0) if now > t0 else None


def _quantile(sorted_values: list[float], q: float) -> float | None:
    if not sorted_values:
        return None
    i = min(len(sorted_values) - 1, max(0, round(q * (len(sorted_values) - 1))))
    return sorted_values[i]
