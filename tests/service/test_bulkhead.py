"""Bulkheads: one route's destination hangs; intake and the other route carry on, and the
hung route's actions complete after it recovers, each exactly once. Failed actions are
visible and can be retried after a fix.

The hang is 30 s, as in the 2 a.m. story (``SW_TEST_HANG_SECONDS`` shortens it while
working on this file): nothing here waits on a timer shorter than the hang.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import httpx2
import orjson
from typer.testing import CliRunner

from syncwright.cli import app as cli_app
from syncwright.sandbox.webhooks_out import build_segment_delivery
from syncwright.service.serve import build_service
from tests.service.dest import FailingAdapter, SlowAdapter
from tests.webhooks.fixtures import MAPPING, SEGMENT_SECRET, running, wait_for, write_config

HANG = float(os.environ.get("SW_TEST_HANG_SECONDS", "30"))


def _routes(slow_platform: str) -> dict[str, object]:
    return {
        "connections": {
            "slow_out": {"platform": slow_platform, "path": "out/slow.jsonl"},
            "fast_out": {"platform": "jsonl", "path": "out/fast.jsonl"},
        },
        "routes": [
            {"name": "slow", "on": ["form.submitted"], "concurrency": 2,
             "timeout_seconds": max(60.0, HANG * 3), "retry": {"base_seconds": 0.05, "cap_seconds": 0.2},
             "actions": [{"sync_record": {"connection": "slow_out", "object": "c", "mapping": MAPPING}}]},
            {"name": "fast", "on": ["form.submitted"], "concurrency": 2,
             "actions": [{"sync_record": {"connection": "fast_out", "object": "c", "mapping": MAPPING}}]},
        ],
    }  # fmt: skip


def _lines(path: Path) -> list[dict[str, object]]:
    return [orjson.loads(x) for x in path.read_bytes().splitlines()] if path.exists() else []


def _form(base: str, i: int) -> httpx2.Response:
    d = build_segment_delivery(
        f"{base}/webhooks/segment/seg",
        SEGMENT_SECRET,
        {"type": "track", "event": "Form Submitted", "userId": f"u{i}", "messageId": f"m-{i}",
         "properties": {"email": f"p{i}@example.com"}},
    )  # fmt: skip
    return httpx2.post(d.url, headers=d.headers, content=d.body, timeout=30)


def test_hung_destination_delays_nothing_else(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    service = build_service(
        write_config(tmp_path, _routes("slowdest")), str(tmp_path / "s.db"), poll_seconds=0.05
    )
    n = 12
    with running(service.app) as base:
        SlowAdapter.hang_until = time.monotonic() + HANG
        hang_ends = SlowAdapter.hang_until
        latencies = []
        for i in range(n):
            started = time.monotonic()
            assert _form(base, i).status_code == 200
            latencies.append(time.monotonic() - started)
        # intake never waited on the hung destination (generous bound for a loaded machine)
        assert max(latencies) < max(2.0, HANG / 2), latencies
        # the other route finished everything while the slow one is still hung
        wait_for(lambda: len(_lines(tmp_path / "out" / "fast.jsonl")) == n, timeout=HANG + 30)
        if time.monotonic() < hang_ends - 0.5:
            assert not SlowAdapter.effects
        # after the recovery every hung action completes, each exactly once
        wait_for(lambda: sum(SlowAdapter.effects.values()) >= n, timeout=HANG + 60)
        time.sleep(0.5)
        assert sorted(SlowAdapter.effects.values()) == [1] * n
        assert len(_lines(tmp_path / "out" / "slow.jsonl")) == n
        states = service.gate.run(
            lambda s: s.query("SELECT route, state, COUNT(*) FROM webhook_actions GROUP BY 1, 2")
        )
        assert sorted(states) == [("fast", "succeeded", n), ("slow", "succeeded", n)]


def test_failed_actions_are_visible_and_retried_after_a_fix(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    store = str(tmp_path / "s.db")
    service = build_service(
        write_config(tmp_path, _routes("failingdest")), store, poll_seconds=0.05
    )
    cli = CliRunner()
    with running(service.app) as base:
        for i in range(3):
            assert _form(base, i).status_code == 200
        wait_for(lambda: len(_lines(tmp_path / "out" / "fast.jsonl")) == 3)

        def failed() -> list[dict[str, object]]:
            r = cli.invoke(cli_app, ["actions", "--failed", "--json", "--store", store])
            assert r.exit_code == 0, r.output
            return list(orjson.loads(r.stdout))

        rows = wait_for(lambda: len(failed()) == 3 and failed())
        assert {r["route"] for r in rows} == {"slow"}
        assert rows[0]["last_error"] == "INVALID_FIELD: No such column 'Foo__c'"  # verbatim
        inbox = orjson.loads(cli.invoke(cli_app, ["inbox", "--json", "--store", store]).stdout)
        assert len(inbox) == 3 and all(r["actions"] == {"failed": 1, "succeeded": 1} for r in inbox)
        # retrying before the fix fails again; after the fix it succeeds, once each
        r = cli.invoke(cli_app, ["actions", "retry", str(rows[0]["action_id"]), "--store", store])
        assert r.exit_code == 0, r.output
        wait_for(lambda: len(failed()) == 3)
        FailingAdapter.broken = False
        r = cli.invoke(cli_app, ["actions", "retry", "--failed", "--store", store])
        assert r.exit_code == 0 and "queued 3" in r.stdout
        wait_for(lambda: sum(FailingAdapter.effects.values()) == 3)
        time.sleep(0.3)
        assert sorted(FailingAdapter.effects.values()) == [1, 1, 1]
        assert failed() == []
        r = cli.invoke(cli_app, ["actions", "retry", str(rows[0]["action_id"]), "--store", store])
        assert r.exit_code == 2 and "only failed actions" in r.output
