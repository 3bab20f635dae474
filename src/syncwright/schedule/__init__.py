"""Schedules: cron slots of job files, each run exactly once across workers and restarts
(``engine.py``), by ``syncwright worker`` (fleet) or ``syncwright scheduler`` (one machine)."""

from __future__ import annotations

from syncwright.schedule.engine import (
    ScheduleInfo,
    SlotDecision,
    list_schedules,
    register,
    slot_job_id,
    tick,
)
from syncwright.schedule.spec import Schedule

__all__ = [
    "Schedule",
    "ScheduleInfo",
    "SlotDecision",
    "list_schedules",
    "register",
    "slot_job_id",
    "tick",
]
