"""Liveness, progress, ETA and health of jobs: is it normal or wedged?

``job_health(store, view) -> Health`` is the one function every front end calls (CLI
``status``/``inspect``, the console, the API, alerts, metrics). Runners report through
``heartbeat.py`` (a row per job, updated in place); ``normals.py`` learns what is normal
for a job name from its past runs.
"""

from __future__ import annotations

from syncwright.health.health import (
    PROBLEMS,
    Health,
    HealthSettings,
    HealthStatus,
    RunnerRow,
    fmt_duration,
    job_health,
    job_runner,
    jobs_health,
    live_runner,
    live_runner_sentence,
    read_runners,
)

__all__ = [
    "PROBLEMS",
    "Health",
    "HealthSettings",
    "HealthStatus",
    "RunnerRow",
    "fmt_duration",
    "job_health",
    "job_runner",
    "jobs_health",
    "live_runner",
    "live_runner_sentence",
    "read_runners",
]
