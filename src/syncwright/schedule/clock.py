"""The scheduler's wall clock, with a test-only override for time travel across processes.

Why an override at all: proving "each slot runs exactly once with 3 workers and one killed
at a slot boundary" needs real worker processes and cron slots minutes apart, in a test
that takes seconds. In-process time travel (``time_machine``) cannot reach another
process, so the test writes the time into a file and the workers' schedulers read it.

Why production cannot be affected:

- only the scheduler's "now" (which slots are due) reads it; leases, heartbeats, health,
  the limiter and every event's timestamp keep the real clocks;
- it is honoured only when ``SYNCWRIGHT_TEST_ONLY_SCHEDULE_CLOCK`` names a file whose
  first line is exactly ``HEADER``; a file without it is an error (exit, not a guess);
- each process that honours it says so on stderr once, and every slot it decides is
  recorded as decided by ``<ticker> [test clock]``, so a store touched by it shows it.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from syncwright.engine.commands import CommandError

TEST_CLOCK_ENV = "SYNCWRIGHT_TEST_ONLY_SCHEDULE_CLOCK"
HEADER = "syncwright test-only schedule clock v1"
MARK = " [test clock]"

_announced: set[str] = set()


class TestClockError(CommandError):
    """The test-only clock is asked for but its file is missing or malformed (exit 2)."""

    __test__ = False  # not a pytest test class


def test_clock_path() -> Path | None:
    """The test-only clock file, when the test-only setting is present (else None)."""
    value = os.environ.get(TEST_CLOCK_ENV)
    return Path(value) if value else None


def schedule_now() -> datetime:
    """Aware UTC "now" for deciding schedule slots: the real time, unless a test set a clock."""
    path = test_clock_path()
    if path is None:
        return datetime.now(UTC)
    return _read(path)


def mark_ticker(by: str) -> str:
    """The ticker name recorded on a slot: marked when the test-only clock decided it."""
    return by + MARK if test_clock_path() is not None else by


def write_test_clock(path: Path, at: datetime) -> None:
    """Set the test-only clock (used by tests): atomic, so a reader never sees half a file."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(f"{HEADER}\n{at.astimezone(UTC).isoformat()}\n")
    os.replace(tmp, path)


def _read(path: Path) -> datetime:
    try:
        lines = path.read_text().splitlines()
    except OSError as exc:
        raise TestClockError(f"{TEST_CLOCK_ENV}={path}: cannot read it ({exc.strerror})") from None
    if len(lines) < 2 or lines[0] != HEADER:
        raise TestClockError(
            f"{TEST_CLOCK_ENV}={path}: not a test clock file (first line must be {HEADER!r}); "
            f"unset {TEST_CLOCK_ENV} outside tests"
        )
    try:
        at = datetime.fromisoformat(lines[1].strip())
    except ValueError:
        raise TestClockError(f"{TEST_CLOCK_ENV}={path}: line 2 is not an ISO time") from None
    if at.tzinfo is None:
        raise TestClockError(f"{TEST_CLOCK_ENV}={path}: line 2 needs a UTC offset")
    if str(path) not in _announced:
        _announced.add(str(path))
        print(
            f"syncwright: TEST-ONLY schedule clock from {path} ({TEST_CLOCK_ENV}); "
            "schedule slots follow it, not the real time",
            file=sys.stderr,
            flush=True,
        )
    return at.astimezone(UTC)
