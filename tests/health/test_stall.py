"""A destination that starts hanging mid-sync is reported ``stalled`` within 3 x the
learned p95 batch time (floor shortened for the test), and ``ok`` again once the hang ends."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from syncwright.health import HealthStatus
from syncwright.sandbox import Sandbox
from tests.health.conftest import UPSERT, health_of, hub_job, job_view, spawn, wait_for

FLOOR = 0.5


def test_hanging_destination_is_stalled_then_ok_again(
    hub: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SYNCWRIGHT_STALL_FLOOR_SECONDS", str(FLOOR))
    job = hub_job(tmp_path, hub, records=4000)
    admin = hub.admin("hubspot")
    admin.set_faults([{"match": UPSERT, "kind": "latency", "latency_ms": 100}])
    store = tmp_path / "store.db"
    proc = spawn("run", str(job), store=store, cwd=tmp_path)
    try:
        # a few batches, so the runner's p95 batch time is learned
        healthy = wait_for(
            lambda: (
                (h := health_of(store)) is not None
                and h.phase == "uploading"
                and h.runner is not None
                and int(h.runner.progress.get("steps") or 0) >= 5
                and h
            )
        )
        assert healthy.status == HealthStatus.OK, healthy
        p95 = float(healthy.runner.progress["step_p95"])
        # now every upsert hangs for 4 s (both calls in flight), then gets a 504
        admin.set_faults([{"match": UPSERT, "kind": "timeout", "hold_seconds": 4, "count": 2}])
        hang = time.monotonic()
        stalled = wait_for(
            lambda: (h := health_of(store)) is not None and h.status == HealthStatus.STALLED and h,
            10,
            0.02,
        )
        seen = time.monotonic() - hang
        limit = max(FLOOR, 3 * p95)
        assert stalled.stall_after_seconds == pytest.approx(limit, rel=0.5)
        # reported within the threshold of the last progress (plus one batch in flight
        # when the hang began, plus polling slack)
        assert seen <= limit + 2 * p95 + 0.5, (seen, limit)
        assert stalled.sentence.startswith("stalled: no batch for ")
        assert "the p95 batch takes" in stalled.sentence
        assert stalled.runner_alive
        # the hang ends (504, retried): progress again, ok again
        ok = wait_for(
            lambda: (h := health_of(store)) is not None and h.status == HealthStatus.OK and h,
            20,
            0.05,
        )
        assert ok.since_progress_seconds is not None and ok.since_progress_seconds < limit
        assert proc.wait(timeout=120) == 0
        assert job_view(store).state.value == "completed"
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
