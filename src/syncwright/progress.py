"""Progress bars per phase (count, rate, ETA) for a job run, and the closing summary."""

from __future__ import annotations

from datetime import datetime
from types import TracebackType
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from syncwright.domain.events import RecordedEvent
from syncwright.domain.job import JobView
from syncwright.domain.job_states import JobState
from syncwright.health import Health, HealthStatus

PHASES = ("fetching", "mapping", "validating", "uploading")


class ProgressDisplay:
    """Rich progress on a terminal; one line per state change elsewhere (logs, CI, pipes)."""

    def __init__(self, console: Console, enabled: bool = True) -> None:
        self.console = console
        self.enabled = enabled
        self.live = enabled and console.is_terminal
        self.progress = Progress(
            TextColumn("{task.description:<11}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=console,
            disable=not self.live,
        )
        self.tasks: dict[str, TaskID] = {}

    def __enter__(self) -> ProgressDisplay:
        if self.live:
            self.progress.start()
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.live:
            self.progress.stop()

    def _task(self, phase: str, total: int | None) -> TaskID:
        if phase not in self.tasks:
            self.tasks[phase] = self.progress.add_task(phase, total=total, rate="")
        return self.tasks[phase]

    def on_progress(self, v: JobView) -> None:
        if not self.live:
            return
        bs = max(v.batch_size, 1)
        done: dict[str, tuple[int, int | None]] = {
            "fetching": (v.fetched, v.fetched if v.batches_total is not None else None)
        }
        if v.batches_total is not None:
            total = v.fetched
            done["mapping"] = (min(v.batches_mapped * bs, total), total)
            done["validating"] = (min(v.batches_validated * bs, total), total)
            done["uploading"] = (min(v.batches_uploaded * bs, total), total)
        for phase, (completed, total_) in done.items():
            if phase != "fetching" and completed == 0 and phase not in self.tasks:
                continue
            task = self._task(phase, total_)
            self.progress.update(task, completed=completed, total=total_)
            speed = self.progress.tasks[self.tasks[phase]].speed
            self.progress.update(task, rate=f"{speed:,.0f} rec/s" if speed else "")

    def on_state_change(self, before: JobState, v: JobView, event: RecordedEvent) -> None:
        if not self.enabled:
            return
        line = f"{v.job_id}: {before.value} -> {v.state.value}"
        if v.reason and v.state in (JobState.WAITING, JobState.NEEDS_ATTENTION):
            line += f" ({v.reason})"
        self.console.print(line, highlight=False, markup=False)

    def status_line(self, v: JobView, health: Health) -> None:
        """A line of life every few seconds: in logs always, on a terminal (where the bars
        move) only when something is wrong (a retry, a stall)."""
        if not self.enabled or (self.live and health.status == HealthStatus.OK):
            return
        when = datetime.now().strftime("%H:%M:%S")
        self.console.print(
            f"{when} {v.job_id} {v.state.value}: {health.sentence}", highlight=False, markup=False
        )

    def summary(self, v: JobView) -> None:
        data: dict[str, Any] = {
            "fetched": v.fetched,
            "created": v.created,
            "updated": v.updated,
            "unchanged": v.unchanged,
            "rejected": v.open_rejections,
        }
        counts = ", ".join(f"{k} {n}" for k, n in data.items())
        self.console.print(f"job {v.job_id} is [bold]{v.state.value}[/]: {counts}")
        if v.state == JobState.NEEDS_ATTENTION and v.reason:
            self.console.print(f"reason: {v.reason}", highlight=False, markup=False)
        if v.open_rejections:
            self.console.print(f"see the rejected records with `syncwright failures {v.job_id}`")
