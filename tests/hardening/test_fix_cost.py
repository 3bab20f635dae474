"""`fix` costs one record's work however many failures the job has (issue #19 item 14:
10,000 fixes took over 5 minutes, each one reading every failure of the job).

Work is counted, not timed: SQLite's progress handler counts the virtual-machine steps a
fix makes the real store execute, which is deterministic (timings are in
bench/hardening_bench.py)."""

from __future__ import annotations

from pathlib import Path

from syncwright.engine.commands import fix_record
from syncwright.store.sqlite import SQLiteStore
from tests.helpers import store_with_failures


def _steps_per_fix(store: SQLiteStore, job_id: str, keys: list[str]) -> float:
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    store._db.set_progress_handler(count, 100)  # one tick per 100 VM instructions
    try:
        for key in keys:
            fix_record(store, job_id, key, {"Email": f"fixed-{key}@example.com"})
    finally:
        store._db.set_progress_handler(None, 0)
    return steps[0] * 100 / len(keys)


def test_a_fix_does_not_cost_20_times_more_with_20_times_more_failures(tmp_path: Path) -> None:
    small = store_with_failures(tmp_path / "small", 500)
    large = store_with_failures(tmp_path / "large", 10_000)
    keys = [str(i) for i in range(0, 500, 25)]
    few, many = _steps_per_fix(*small, keys), _steps_per_fix(*large, keys)
    # Reading every failure made it ~20 x. What remains (about 2 x) is finding the job's
    # definition, a scan of its event rows for the defining events (not of its failures).
    assert many < 3 * few, (few, many)
    fixed = large[0].failure(large[1], "25")
    assert fixed is not None and fixed.fix == {"Email": "fixed-25@example.com"}
