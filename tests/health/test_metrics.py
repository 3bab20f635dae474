"""``/metrics`` scraped during a sync: counters move, and the output parses (the client's
own parser; ``promtool check metrics`` too where Debian's ``prometheus`` is installed)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import httpx2
from prometheus_client.parser import text_string_to_metric_families

from syncwright.sandbox import Sandbox
from tests.health.conftest import UPSERT, hub_job, job_view, spawn, wait_for


def _scrape(url: str) -> tuple[str, dict[str, float]]:
    text = httpx2.get(url, timeout=10).text
    samples = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            key = s.name + "{" + ",".join(f"{k}={v}" for k, v in sorted(s.labels.items())) + "}"
            samples[key] = s.value
    return text, samples


def test_metrics_move_during_a_sync_and_parse(hub: Sandbox, tmp_path: Path) -> None:
    job = hub_job(tmp_path, hub, records=3000, name="metrics-job")
    admin = hub.admin("hubspot")
    # slow (2 s a call) until the scraper is up, so the counters cannot finish moving first
    admin.set_faults([{"match": UPSERT, "kind": "latency", "latency_ms": 2000}])
    store = tmp_path / "store.db"
    run = spawn("run", str(job), store=store, cwd=tmp_path)
    server = None
    try:
        wait_for(lambda: (v := job_view(store)) is not None and v.state.value == "uploading")
        server = spawn("metrics", "--port", "0", store=store, cwd=tmp_path)
        assert server.stdout is not None
        line = server.stdout.readline()
        port = int(re.search(r":(\d+)/metrics", line).group(1))  # type: ignore[union-attr]
        url = f"http://127.0.0.1:{port}/metrics"
        created = "syncwright_records_total{job_name=metrics-job,outcome=created,phase=uploading}"
        text1, first = _scrape(url)
        admin.set_faults([{"match": UPSERT, "kind": "latency", "latency_ms": 100}])
        _, second = wait_for(
            lambda: (r := _scrape(url))[1].get(created, 0) > first.get(created, 0) and r
        )
        assert second[created] > first.get(created, 0)  # the counter moved
        assert second["syncwright_jobs{state=uploading}"] == 1
        health = [k for k, v in second.items() if k.startswith("syncwright_job_health{") and v == 1]
        assert len(health) == 1 and "status=ok" in health[0], health
        assert any(k.startswith("syncwright_job_last_progress_timestamp_seconds") for k in second)
        assert second["syncwright_runners_alive{}"] == 1
        assert second["syncwright_batch_seconds_count{job_name=metrics-job}"] > 0
        promtool = shutil.which("promtool")
        if promtool:
            check = subprocess.run(
                [promtool, "check", "metrics"], input=text1, capture_output=True, text=True
            )
            assert check.returncode == 0, check.stdout + check.stderr
        assert run.wait(timeout=120) == 0
        _, done = _scrape(url)
        assert done[created] == 3000
        assert done["syncwright_jobs{state=completed}"] == 1
    finally:
        for proc in (run, server):
            if proc is not None:
                if proc.poll() is None:
                    proc.terminate()
                proc.communicate(timeout=10)
