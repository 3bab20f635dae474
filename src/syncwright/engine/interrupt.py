"""Running a job in the foreground: SIGINT/SIGTERM stop it at a safe point, resumable.

The first signal asks the runner to stop after its step in flight commits (the batch
being uploaded lands and is recorded); if that takes longer than ``grace`` seconds (a
hung platform call), the run's task is cancelled. Both are safe points: an await is never
inside a commit (appends are synchronous), so a cancelled upload is simply re-sent on
resume, where the destination's upsert makes it harmless. Either way the run ends with an
``interrupted`` event naming the signal. A second signal cancels at once.

Exit codes: 130 after SIGINT, 143 after SIGTERM (128 + the signal's number, the shell
convention).
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Callable
from dataclasses import dataclass

from syncwright.domain.job import JobView
from syncwright.engine.orchestrator import JobRunner

SIGNALS: dict[int, str] = {signal.SIGINT: "SIGINT", signal.SIGTERM: "SIGTERM"}
EXIT_CODES: dict[str, int] = {"SIGINT": 130, "SIGTERM": 143}
GRACE_SECONDS = 5.0


@dataclass(frozen=True, slots=True)
class Driven:
    """How a foreground run ended."""

    view: JobView
    signal: str | None  # the signal that interrupted it, if one did

    @property
    def exit_code(self) -> int | None:
        return EXIT_CODES.get(self.signal) if self.signal else None


def drive(
    runner: JobRunner,
    *,
    tick: Callable[[JobView], None] | None = None,
    every: float = 10.0,
    grace: float = GRACE_SECONDS,
) -> Driven:
    """Run ``runner`` to its end in this thread, handling SIGINT/SIGTERM; ``tick`` is
    called every ``every`` seconds with the current view (a status line in logs)."""
    return asyncio.run(_drive(runner, tick, every, grace))


async def _drive(
    runner: JobRunner, tick: Callable[[JobView], None] | None, every: float, grace: float
) -> Driven:
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(runner.run())
    received: list[str] = []

    def on_signal(signum: int) -> None:
        if received:
            task.cancel()  # a second signal: stop now
            return
        received.append(SIGNALS[signum])
        runner.interrupt(SIGNALS[signum])
        loop.call_later(grace, task.cancel)

    installed = []
    for signum in SIGNALS:
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(signum, on_signal, signum)
            installed.append(signum)
    ticker = asyncio.create_task(_tick(runner, tick, every)) if tick else None
    try:
        try:
            view = await task
        except asyncio.CancelledError:
            if not task.cancelled():
                raise  # we were cancelled, not the run
            view = runner.view  # the run was cancelled while winding down: it ended anyway
    finally:
        if ticker is not None:
            ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await ticker
        for signum in installed:
            loop.remove_signal_handler(signum)
    return Driven(view, received[0] if received else None)


async def _tick(runner: JobRunner, tick: Callable[[JobView], None], every: float) -> None:
    while True:
        await asyncio.sleep(every)
        with contextlib.suppress(Exception):  # a status line never stops a run
            tick(runner.view)
