"""``kill -9`` of the server during a burst: every delivery that got a 2xx is in the inbox
and, after a restart, is processed exactly once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import httpx2
import orjson
import pytest

from syncwright.sandbox.webhooks_out import build_segment_delivery
from syncwright.store.sqlite import SQLiteStore
from tests.webhooks.fixtures import (
    MAPPING,
    SEGMENT_SECRET,
    free_port,
    secrets_env,
    wait_for,
    write_config,
)

ROUTES = {
    "connections": {"out": {"platform": "jsonl", "path": "out/people.jsonl"}},
    "routes": [{"name": "people", "on": ["form.submitted"], "concurrency": 4,
                "actions": [{"sync_record": {"connection": "out", "object": "c", "mapping": MAPPING}}]}],
}  # fmt: skip


def _start(cfg: Path, store: Path, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, **secrets_env()}
    proc = subprocess.Popen(
        [sys.executable, "-m", "syncwright", "serve", "--config", str(cfg), "--port", str(port),
         "--store", str(store)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    wait_for(lambda: _up(port) or proc.poll() is not None, timeout=30)
    assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
    return proc


def _up(port: int) -> bool:
    try:
        return httpx2.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200
    except httpx2.HTTPError:
        return False


@pytest.mark.slow
def test_kill_9_during_a_burst_loses_nothing_acknowledged(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    cfg = write_config(tmp_path, ROUTES)
    store = tmp_path / "s.db"
    port = free_port()
    proc = _start(cfg, store, port)
    acked: set[str] = set()
    lock = threading.Lock()
    stop = threading.Event()

    def burst(worker: int) -> None:
        with httpx2.Client(timeout=5) as client:
            for i in range(100_000):
                if stop.is_set():
                    return
                mid = f"w{worker}-{i}"
                d = build_segment_delivery(
                    f"http://127.0.0.1:{port}/webhooks/segment/seg", SEGMENT_SECRET,
                    {"type": "track", "event": "Form Submitted", "userId": mid, "messageId": mid,
                     "properties": {"email": f"{mid}@example.com"}},
                )  # fmt: skip
                try:
                    r = client.post(d.url, headers=d.headers, content=d.body)
                except httpx2.HTTPError:
                    return  # the server is gone
                if r.status_code == 200:
                    with lock:
                        acked.add(mid)

    threads = [threading.Thread(target=burst, args=(w,)) for w in range(4)]
    for t in threads:
        t.start()
    wait_for(lambda: len(acked) >= 150, timeout=60)
    os.kill(proc.pid, signal.SIGKILL)  # mid-burst, mid-dispatch, mid-action
    proc.wait()
    stop.set()
    for t in threads:
        t.join()
    assert len(acked) >= 150

    s = SQLiteStore(store)
    stored = {r[0] for r in s.query("SELECT event_id FROM webhook_inbox")}
    assert acked <= stored  # durable before acknowledged
    s.close()

    proc = _start(cfg, store, port)
    try:

        def done() -> bool:
            st = SQLiteStore(store)
            try:
                rows = st.query("SELECT state, COUNT(*) FROM webhook_actions GROUP BY state")
                return dict(rows) == {"succeeded": len(stored)}
            finally:
                st.close()

        wait_for(done, timeout=120, every=0.25)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(30)
    s = SQLiteStore(store)
    succeeded = [e.stream_id for e in s.read_all() if e.type == "action_succeeded"]
    assert len(succeeded) == len(set(succeeded)) == len(stored)  # exactly once per event
    s.close()
    lines = (tmp_path / "out" / "people.jsonl").read_bytes().splitlines()
    emails = [orjson.loads(x)["Email"] for x in lines]
    assert sorted(emails) == sorted(f"{m}@example.com" for m in stored)
