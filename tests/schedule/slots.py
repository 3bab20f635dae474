"""The expected slots of the schedules' tests (a cron of every 5 minutes)."""

from __future__ import annotations

from datetime import datetime, timedelta


def every_5_minutes(start: datetime, end: datetime) -> list[datetime]:
    """Every 5 minutes in (start, end]."""
    t = start.replace(second=0) + timedelta(minutes=5 - start.minute % 5)
    out = []
    while t <= end:
        out.append(t)
        t += timedelta(minutes=5)
    return out
