"""A destination that starts hanging mid-sync is reported ``stalled`` within 3 x the
learned p95 batch time (floor shortened for the test), an alert is delivered once to a
local webhook receiver, and a resolved alert follows when the hang ends (a second stall
under load gets its own pair, never a repeat)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from syncwright.alerts import parse_alerts, watch_once
from syncwright.health import HealthStatus
from syncwright.sandbox import Sandbox
from syncwright.store import open_store
from tests.health.conftest import UPSERT, Receiver, health_of, hub_job, job_view, spawn, wait_for

FLOOR = 1.5  # shortened from 60 s; well above a loaded machine's pauses between batches


class Watcher:
    """``syncwright watch`` in a thread of the test: a round every 0.1 s, own store handle."""

    def __init__(self, store: Path, url: str) -> None:
        self.config = parse_alerts(
            {
                "rules": [{"when": "stalled"}, {"when": "crashed"}],
                "channels": [{"webhook": {"url": url}}],
            },
            "test",
        )
        self.store = store
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._loop, daemon=True)
        self.thread.start()

    def _loop(self) -> None:
        wait_for(self.store.exists)
        st = open_store(str(self.store))
        try:
            while not self.stop.wait(0.1):
                watch_once(st, self.config)
        finally:
            st.close()

    def close(self) -> None:
        self.stop.set()
        self.thread.join(timeout=10)


def test_hanging_destination_is_stalled_alerted_once_then_resolved(
    hub: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, receiver: Receiver
) -> None:
    monkeypatch.setenv("SYNCWRIGHT_STALL_FLOOR_SECONDS", str(FLOOR))
    # 100 batches at >= 0.1 s each: the job is still uploading well after the hang ends
    job = hub_job(tmp_path, hub, records=10000)
    admin = hub.admin("hubspot")
    admin.set_faults([{"match": UPSERT, "kind": "latency", "latency_ms": 100}])
    store = tmp_path / "store.db"
    proc = spawn("run", str(job), store=store, cwd=tmp_path)
    watcher = Watcher(store, receiver.url)
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
        # every upsert arriving in the next 3 s hangs 5 s, then gets a 504 (one hang: the
        # retries come after the window and succeed)
        admin.set_faults([{"match": UPSERT, "kind": "timeout", "hold_seconds": 5, "duration": 3}])
        hang = time.monotonic()
        stalled = wait_for(
            lambda: (h := health_of(store)) is not None and h.status == HealthStatus.STALLED and h,
            10,
            0.02,
        )
        seen = time.monotonic() - hang
        p95 = float(stalled.runner.progress["step_p95"])  # the runner's learned p95 batch
        limit = max(FLOOR, 3 * p95)
        assert stalled.stall_after_seconds == pytest.approx(limit)
        # reported within the threshold of the last progress (plus one batch in flight
        # when the hang began, plus polling slack)
        assert seen <= limit + 2 * p95 + 0.5, (seen, limit)
        assert stalled.sentence.startswith("stalled: no batch for ")
        assert "the p95 batch takes" in stalled.sentence
        assert stalled.runner_alive
        # the hang ends (504, retried): progress again, ok again (seen while still
        # uploading when the poll catches it, else as the completed job)
        ok = wait_for(
            lambda: (
                (h := health_of(store)) is not None
                and h.status == HealthStatus.OK
                and h
            ),
            30,
            0.05,
        )
        if ok.phase == "uploading":
            assert ok.since_progress_seconds is not None and ok.since_progress_seconds < limit
        assert proc.wait(timeout=120) == 0
        assert job_view(store).state.value == "completed"
        time.sleep(0.5)  # a few more watch rounds: nothing more may be sent
        # one alert when it stalled, one when it recovered; nothing twice. Under a loaded
        # machine the retried batch may legitimately stall once more after recovering: each
        # episode then gets its own firing/resolved pair, never a repeat of one message
        texts = [p["body"]["text"] for p in receiver.posts]
        keys = [p["key"] for p in receiver.posts]
        assert len(texts) >= 2 and len(texts) % 2 == 0, texts
        assert len(set(keys)) == len(keys), keys
        for firing, resolved in zip(texts[::2], texts[1::2], strict=True):
            assert firing.startswith("*stalled: file-to-hubspot") and "no batch for" in firing, texts
            assert resolved.startswith("*resolved stalled: file-to-hubspot") and "recovered" in resolved, texts
        assert all(k.endswith(":firing") for k in keys[::2]), keys
        assert all(k.endswith(":resolved") for k in keys[1::2]), keys
    finally:
        watcher.close()
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
