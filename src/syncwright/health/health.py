"""Is it normal or wedged? One job's health, in a word and a sentence.

``job_health(store, view)`` is the command-layer function the CLI (``status``,
``inspect``), the console, the API, the alert watcher and the metrics all call. It reads
the job's view (the fold of its events), its runner's heartbeat row and the learned
normals of its job name, and answers with a status and a sentence a person can act on:

- ``ok``: a live runner is making progress at a normal rate (or the job completed)
- ``slow``: progress, but well below this job name's learned rate
- ``stalled``: a live runner, no progress for longer than k x the learned p95 step time
  (with a floor), and not in a known wait
- ``crashed``: the heartbeat expired (or its process is gone): nobody is running it
- ``waiting``: in a known wait (Retry-After, quota, a retry backoff), until a time
- ``needs_attention``: stopped with a reason a person must act on
- ``interrupted``: stopped by a signal at a safe point; resumable
- ``queued``: not started, or handed back to the fleet, waiting for a runner
- ``cancelled``
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

import orjson

from syncwright.domain.job import JobView
from syncwright.domain.job_states import JobState
from syncwright.health.limit_cap import capped
from syncwright.health.normals import Normals, learn_many
from syncwright.store.base import Store
from syncwright.store.side_tables import SideDb, open_side_db


class HealthStatus(StrEnum):
    OK = "ok"
    SLOW = "slow"
    STALLED = "stalled"
    CRASHED = "crashed"
    WAITING = "waiting"
    NEEDS_ATTENTION = "needs_attention"
    INTERRUPTED = "interrupted"
    QUEUED = "queued"
    CANCELLED = "cancelled"


PROBLEMS = (
    HealthStatus.SLOW,
    HealthStatus.STALLED,
    HealthStatus.CRASHED,
    HealthStatus.NEEDS_ATTENTION,
)
"""Statuses that want a person's eyes (and alerts)."""

STATUS_CODE = {s: i for i, s in enumerate(HealthStatus)}
"""A stable number per status, for the ``syncwright_job_health`` gauge."""


@dataclass(frozen=True, slots=True)
class HealthSettings:
    """The thresholds. ``stall_floor_seconds`` keeps a job whose steps take milliseconds
    from being called stalled after a blink; ``SYNCWRIGHT_STALL_FLOOR_SECONDS`` sets it."""

    stall_factor: float = 3.0  # stalled after k x the p95 step time ...
    stall_floor_seconds: float = 60.0  # ... but never sooner than this
    stall_unknown_seconds: float = 300.0  # when no step time is known yet
    crash_after_beats: float = 1.5  # heartbeat intervals without a beat = crashed
    slow_ratio: float = 0.5  # slow below this share of the learned rate
    slow_after_seconds: float = 30.0  # ... measured over at least this much of the phase

    @classmethod
    def from_env(cls) -> HealthSettings:
        raw = os.environ.get("SYNCWRIGHT_STALL_FLOOR_SECONDS")
        try:
            return cls(stall_floor_seconds=float(raw)) if raw else cls()
        except ValueError:
            return cls()


@dataclass(frozen=True, slots=True)
class RunnerRow:
    """A runner's heartbeat row, with its age by the database's clock."""

    runner: str
    host: str
    pid: int
    status: str
    interval: float
    heartbeat_age: float
    progress: dict[str, Any]

    def alive(self, settings: HealthSettings) -> bool:
        if self.status != "running":
            return False
        if self.heartbeat_age > settings.crash_after_beats * self.interval:
            return False
        return not (self.host == socket.gethostname() and not _pid_alive(self.pid))

    def to_json(self) -> dict[str, Any]:
        return {
            "runner": self.runner,
            "host": self.host,
            "pid": self.pid,
            "status": self.status,
            "heartbeat_seconds_ago": round(self.heartbeat_age, 3),
            "interval_seconds": self.interval,
        }


@dataclass(frozen=True, slots=True)
class Health:
    """A job's health: a status, a sentence, and the figures behind them."""

    job_id: str
    status: HealthStatus
    sentence: str
    runner: RunnerRow | None = None
    runner_alive: bool = False
    phase: str | None = None
    rate: float | None = None  # records/s in the current phase, recently
    eta_seconds: float | None = None  # until the job completes
    phase_eta_seconds: dict[str, float] = field(default_factory=dict)
    since_progress_seconds: float | None = None
    stall_after_seconds: float | None = None
    normal: str | None = None  # "normal: the last 10 runs took 5 h 40 to 6 h 10"
    next_step: str | None = None

    @property
    def eta_at(self) -> str | None:
        if self.eta_seconds is None:
            return None
        return datetime.fromtimestamp(
            datetime.now(UTC).timestamp() + self.eta_seconds, UTC
        ).isoformat(timespec="seconds")

    def to_json(self) -> dict[str, Any]:
        return {
            "job_id": self.job_id,
            "status": self.status.value,
            "sentence": self.sentence,
            "runner": self.runner.to_json() if self.runner else None,
            "runner_alive": self.runner_alive,
            "phase": self.phase,
            "rate": self.rate,
            "eta_seconds": self.eta_seconds,
            "eta_at": self.eta_at,
            "phase_eta_seconds": self.phase_eta_seconds,
            "since_progress_seconds": self.since_progress_seconds,
            "stall_after_seconds": self.stall_after_seconds,
            "normal": self.normal,
            "next_step": self.next_step,
        }


def read_runners(side: SideDb, job_ids: list[str] | None = None) -> dict[str, RunnerRow]:
    """Heartbeat rows (of ``job_ids``, or all), ages by the database's clock."""
    sql = (
        "SELECT job_id, runner, host, pid, status, interval_seconds, "
        f"{side.NOW} - heartbeat_at, progress FROM job_runners"
    )
    params: tuple[Any, ...] = ()
    if job_ids is not None:
        if not job_ids:
            return {}
        sql += f" WHERE job_id IN ({', '.join('?' for _ in job_ids)})"
        params = tuple(job_ids)
    with side.read() as db:
        rows = db.execute(sql, params).fetchall()
    return {
        r[0]: RunnerRow(
            str(r[1]), str(r[2]), int(r[3]), str(r[4]), float(r[5]), float(r[6]), orjson.loads(r[7])
        )
        for r in rows
    }


def _fleet_jobs(side: SideDb, job_ids: list[str]) -> set[str]:
    """Which of these jobs were submitted to the fleet (have a lease row)."""
    if not job_ids:
        return set()
    with side.read() as db:
        try:
            rows = db.execute(
                f"SELECT job_id FROM job_leases WHERE job_id IN ({', '.join('?' for _ in job_ids)})",
                tuple(job_ids),
            ).fetchall()
        except Exception:  # no lease table yet (a store no worker ever opened)
            return set()
    return {str(r[0]) for r in rows}


def job_health(
    store: Store,
    view: JobView,
    *,
    side: SideDb | None = None,
    settings: HealthSettings | None = None,
) -> Health:
    """The health of one job (see the module docstring for the statuses)."""
    own = side is None
    side = side or open_side_db(store)
    try:
        return jobs_health(store, [view], side=side, settings=settings)[0]
    finally:
        if own and side is not None:
            side.close()


def jobs_health(
    store: Store,
    views: list[JobView],
    *,
    side: SideDb | None = None,
    settings: HealthSettings | None = None,
    normals: dict[str, Normals] | None = None,
) -> list[Health]:
    """The health of several jobs at once (one read of the heartbeat rows); ``normals``:
    the learned normals of every name among ``views``, when the caller keeps them."""
    settings = settings or HealthSettings.from_env()
    own = side is None
    side = side or open_side_db(store)
    try:
        ids = [v.job_id for v in views]
        runners = read_runners(side, ids) if side is not None else {}
        fleet = _fleet_jobs(side, ids) if side is not None else set()
        if normals is None:
            normals = learn_many(store, side, {v.name for v in views})
        return [
            _assess(v, runners.get(v.job_id), normals[v.name], v.job_id in fleet, settings)
            for v in views
        ]
    finally:
        if own and side is not None:
            side.close()


def _assess(
    v: JobView, row: RunnerRow | None, normals: Normals, fleet: bool, s: HealthSettings
) -> Health:
    normal = _normal_sentence(normals)
    alive = row is not None and row.alive(s)
    base: dict[str, Any] = {"runner": row, "runner_alive": alive, "normal": normal}
    jid = v.job_id
    resume_hint = f"`syncwright resume {jid}` continues from the checkpoint ({_where(v)})"
    if v.state == JobState.COMPLETED:
        took = _took(v)
        text = f"completed{f' in {took}' if took else ''}"
        return Health(jid, HealthStatus.OK, _join(text, normal), **base)
    if v.state == JobState.CANCELLED:
        return Health(jid, HealthStatus.CANCELLED, "cancelled", **base)
    if v.state == JobState.NEEDS_ATTENTION:
        return Health(
            jid,
            HealthStatus.NEEDS_ATTENTION,
            f"needs attention: {v.reason or 'see inspect'}",
            next_step=f"fix the cause, then `syncwright resume {jid}`",
            **base,
        )
    if v.state == JobState.WAITING:
        until = v.waiting_until or "?"
        text = f"waiting until {until}" + (f" ({v.reason})" if v.reason else "")
        if not alive and not fleet:
            passed = _passed(until)
            text += (
                f"; the wait is over and no runner is on it: `syncwright resume {jid}`"
                if passed
                else f"; no runner is on it: `syncwright resume {jid}` then"
            )
        return Health(jid, HealthStatus.WAITING, text, **base)
    if v.state == JobState.QUEUED and not alive:
        text = (
            "queued for a worker" if fleet else f"queued: not started (`syncwright resume {jid}`)"
        )
        return Health(jid, HealthStatus.QUEUED, text, **base)
    # an active state (or queued with a runner that is about to start it)
    if not alive:
        if v.interrupted is not None:
            text = f"interrupted by {v.interrupted['signal']} while {v.interrupted.get('at') or v.state.value}; {resume_hint}"
            return Health(jid, HealthStatus.INTERRUPTED, text, next_step=resume_hint, **base)
        if fleet and row is not None and row.status in ("stopped", "taken_over"):
            return Health(
                jid, HealthStatus.QUEUED, "handed back to the fleet; a worker continues it", **base
            )
        if row is None:
            text = f"crashed: no runner has reported on this job; {resume_hint}"
        elif row.status != "running":
            text = f"crashed: its runner {row.runner} stopped ({row.status}) without finishing; {resume_hint}"
        else:
            text = (
                f"crashed: runner {row.runner} (pid {row.pid} on {row.host}) last beat "
                f"{fmt_duration(row.heartbeat_age)} ago; {resume_hint}"
            )
        if fleet:
            text = text.replace(resume_hint, "a worker takes it over when its lease expires")
        return Health(jid, HealthStatus.CRASHED, text, next_step=resume_hint, **base)
    assert row is not None
    p = row.progress
    phase = p.get("phase") or v.state.value
    rate = p.get("rate")
    since = float(p.get("idle_seconds") or 0.0) + row.heartbeat_age
    sleep_left = p.get("sleep_left_seconds")
    p95 = normals.step_p95(phase)
    if p95 is None and int(p.get("steps") or 0) >= 3:
        p95 = p.get("step_p95")
    threshold = (
        max(s.stall_floor_seconds, s.stall_factor * p95)
        if p95
        else max(s.stall_floor_seconds, s.stall_unknown_seconds)
    )
    phase_eta, eta = _eta(v, phase, p, normals)
    if eta is not None and phase in phase_eta:  # as of now, not of the last beat
        lag = min(row.heartbeat_age, phase_eta[phase])
        phase_eta[phase] -= lag
        eta -= lag
    figures: dict[str, Any] = {
        **base,
        "phase": phase,
        "rate": rate,
        "eta_seconds": eta,
        "phase_eta_seconds": phase_eta,
        "since_progress_seconds": since,
        "stall_after_seconds": threshold,
    }
    err = p.get("last_error")
    if sleep_left:
        text = f"retrying in {fmt_duration(sleep_left)}"
        if err:
            text += f" after: {err} (attempt {p.get('attempt')})"
        return Health(jid, HealthStatus.WAITING, text, **figures)
    where = _progress_text(v, phase, p, rate, eta)
    if since > threshold:
        step = (
            f"the p95 {_step_noun(phase)} takes {fmt_duration(p95)}"
            if p95
            else "no step time is known yet"
        )
        text = f"stalled: no {_step_noun(phase)} for {fmt_duration(since)}; {step}"
        if err:
            text += f"; last error: {err}"
        return Health(jid, HealthStatus.STALLED, f"{text} ({where})", **figures)
    learned = normals.rate(phase)
    if (
        rate is not None
        and learned
        and normals.count >= 2
        and float(p.get("phase_seconds") or 0) >= s.slow_after_seconds
        and rate < s.slow_ratio * learned
    ):
        lo, hi = normals.rate_range(phase) or (learned, learned)
        text = (
            f"slow: {phase} at {rate:,.0f} rec/s; the last {normals.count} runs did "
            f"{lo:,.0f} to {hi:,.0f} rec/s"
        )
        return Health(jid, HealthStatus.SLOW, _join(text, where), **figures)
    text = f"ok: {where}"
    if err:
        text += f"; retrying after: {err}"
    return Health(jid, HealthStatus.OK, _join(text, normal), **figures)


def _eta(
    v: JobView, phase: str, p: dict[str, Any], normals: Normals
) -> tuple[dict[str, float], float | None]:
    """Seconds left per phase and overall: the current phase from its observed rate (or
    the learned one before there is any), the phases after it from the learned rates; the
    upload never faster than the destination's rate limit allows."""
    order = ("fetching", "mapping", "validating", "uploading")
    if phase not in order:
        return {}, None
    phases = p.get("phases") or {}
    records = v.fetched if v.batches_total is not None else normals.records()
    left: dict[str, float] = {}
    for name in order[order.index(phase) :]:
        done = (phases.get(name) or {}).get("done") or 0
        total = records
        rate = p.get("rate") if name == phase else None
        if name == phase and (rate is None or rate <= 0 or float(p.get("phase_seconds") or 0) < 3):
            rate = normals.rate(name) or rate
        elif name != phase:
            rate = normals.rate(name)
        if name == "uploading":  # the destination's rate limit is a ceiling (limit_cap.py)
            rate = capped(rate, p.get("upload_cap"))
        if total is None or not rate or rate <= 0:
            return left, None
        left[name] = max(0.0, (float(total) - done) / rate)
    return left, sum(left.values())


NEAR_CAP = 0.9
"""An upload at this share of its rate-limit cap or more is said to be held by the limit."""


def _progress_text(
    v: JobView, phase: str, p: dict[str, Any], rate: float | None, eta: float | None
) -> str:
    done = ((p.get("phases") or {}).get(phase) or {}).get("done") or 0
    total = v.fetched if v.batches_total is not None else None
    text = f"{phase} {done:,}" + (f" of {total:,}" if total is not None else "") + " records"
    if rate is not None:
        text += f" at {rate:,.0f} rec/s"
    if eta is not None:
        text += f", about {fmt_duration(eta)} left"
    cap = p.get("upload_cap") if phase == "uploading" else None
    if cap and rate and rate >= NEAR_CAP * float(cap["records_per_second"]):
        text += f" (at the destination's rate limit, {cap['window']})"
    return text


def _step_noun(phase: str) -> str:
    return "page" if phase == "fetching" else "batch"


def _normal_sentence(n: Normals) -> str | None:
    r = n.total_range()
    if r is None:
        return None
    lo, hi = r
    if n.count == 1:
        return f"normal: the last run took {fmt_duration(lo)}"
    return f"normal: the last {n.count} runs took {fmt_duration(lo)} to {fmt_duration(hi)}"


def _join(a: str, b: str | None) -> str:
    return f"{a}; {b}" if b else a


def _where(v: JobView) -> str:
    if v.batches_total is not None:
        return f"batch {v.batches_uploaded} of {v.batches_total} uploaded"
    return f"{v.fetched:,} records fetched"


def _took(v: JobView) -> str | None:
    started = v.timeline[1]["at"] if len(v.timeline) > 1 else v.created_at
    try:
        start = datetime.fromisoformat(started)
        end = datetime.fromisoformat(v.updated_at)
    except ValueError:
        return None
    return fmt_duration((end - start).total_seconds())


def _passed(iso: str) -> bool:
    try:
        return datetime.fromisoformat(iso) <= datetime.now(UTC)
    except ValueError:
        return False


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, not ours
    return True


def fmt_duration(seconds: float | None) -> str:
    """5 h 40, 12 min 3 s, 40 s, 0.8 s: short, exact enough to act on."""
    if seconds is None:
        return "?"
    s = max(0.0, float(seconds))
    if s < 10:
        return f"{s:.1f} s"
    if s < 60:
        return f"{s:.0f} s"
    if s < 3600:
        m, sec = divmod(round(s), 60)
        return f"{m} min {sec} s" if sec else f"{m} min"
    h, rest = divmod(round(s), 3600)
    return f"{h} h {rest // 60:02d}"


def job_runner(store: Store, job_id: str) -> RunnerRow | None:
    """The heartbeat row of a job's (last) runner, if any."""
    side = open_side_db(store)
    if side is None:
        return None
    try:
        return read_runners(side, [job_id]).get(job_id)
    finally:
        side.close()


def live_runner(
    store: Store, job_id: str, settings: HealthSettings | None = None
) -> RunnerRow | None:
    """The runner working on a job right now (a fresh heartbeat), if any."""
    row = job_runner(store, job_id)
    return row if row is not None and row.alive(settings or HealthSettings.from_env()) else None


def live_runner_sentence(job_id: str, row: RunnerRow) -> str:
    """Why ``resume`` refuses: who runs the job, and how to move it anyway."""
    return (
        f"job {job_id} is running under another runner, {row.runner} (pid {row.pid} on "
        f"{row.host}, last "
        f"heartbeat {fmt_duration(row.heartbeat_age)} ago); it continues by itself. To run it "
        f"here instead: `syncwright resume {job_id} --take-over` (that runner stops at its "
        "next checkpoint)"
    )
