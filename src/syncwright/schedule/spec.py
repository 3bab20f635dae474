"""The ``schedule:`` block of a job file, and the slots a cron expression gives."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from cronsim import CronSim, CronSimError
from pydantic import BaseModel, ConfigDict, field_validator

MAX_SLOTS = 1000
"""At most this many slots are looked at per tick (a schedule off for years)."""


class Schedule(BaseModel):
    """``schedule: {cron: "0 2 * * *", timezone: Europe/Berlin, overlap: skip, missed:
    run_once}``: when to start a run, what to do if the last run is still going
    (``overlap``), and what to do with slots nobody was up for (``missed``)."""

    model_config = ConfigDict(extra="forbid")

    cron: str
    timezone: str = "UTC"
    overlap: Literal["skip", "queue"] = "skip"
    missed: Literal["run_once", "skip"] = "run_once"

    @field_validator("cron")
    @classmethod
    def _cron(cls, value: str) -> str:
        try:
            CronSim(value, datetime(2000, 1, 1, tzinfo=UTC))
        except CronSimError as exc:
            raise ValueError(f"not a cron expression: {exc}") from None
        return value

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (e.g. Europe/Berlin, UTC)") from None
        return value

    def slots(self, after: datetime, until: datetime) -> list[datetime]:
        """The slots in (after, until], in UTC."""
        zone = ZoneInfo(self.timezone)
        out: list[datetime] = []
        for slot in CronSim(self.cron, after.astimezone(zone)):
            at = slot.astimezone(UTC)
            if at > until or len(out) >= MAX_SLOTS:
                break
            if at > after:
                out.append(at)
        return out

    def next_after(self, after: datetime) -> datetime:
        zone = ZoneInfo(self.timezone)
        return next(iter(CronSim(self.cron, after.astimezone(zone)))).astimezone(UTC)
