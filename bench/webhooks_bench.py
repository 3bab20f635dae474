"""Webhook intake over loopback with one route's destination hung.

Prints intake latency (p50/p99, request to 2xx) and deliveries/s for signed Segment
deliveries sent by concurrent clients, while route ``hung`` cannot finish anything
(its destination sleeps ``--hang`` seconds per call) and route ``fast`` writes a JSONL
file. Run: ``.venv/bin/python bench/webhooks_bench.py [--deliveries 3000] [--hang 30]``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import ClassVar, Literal

import httpx2

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.webhooks.fixtures import MAPPING, SEGMENT_SECRET, running, secrets_env, write_config

from syncwright.adapters import registry
from syncwright.adapters.base import Record, RecordOutcome
from syncwright.adapters.files import FileConnection, JsonlAdapter
from syncwright.sandbox.webhooks_out import build_segment_delivery
from syncwright.service.serve import build_service


class HungConnection(FileConnection):
    platform: Literal["hungdest"]  # type: ignore[assignment]


class HungAdapter(JsonlAdapter):
    platform = "hungdest"
    config_model = HungConnection
    hang: ClassVar[float] = 30.0

    async def upload_batch(
        self, obj: str, records: list[tuple[str, Record]], match_key: str
    ) -> list[RecordOutcome]:
        await asyncio.sleep(self.hang)
        return await super().upload_batch(obj, records, match_key)


async def _send(base: str, n: int, concurrency: int) -> list[float]:
    latencies: list[float] = []
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(n):
        queue.put_nowait(i)
    async with httpx2.AsyncClient(timeout=60) as client:

        async def worker() -> None:
            while not queue.empty():
                i = queue.get_nowait()
                d = build_segment_delivery(
                    f"{base}/webhooks/segment/seg",
                    SEGMENT_SECRET,
                    {"type": "track", "event": "Form Submitted", "userId": f"u{i}",
                     "messageId": f"bench-{i}", "properties": {"email": f"b{i}@example.com"}},
                )  # fmt: skip
                started = time.perf_counter()
                r = await client.post(d.url, headers=d.headers, content=d.body)
                latencies.append(time.perf_counter() - started)
                if r.status_code != 200:
                    raise SystemExit(f"delivery {i}: HTTP {r.status_code} {r.text}")

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--deliveries", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--hang", type=float, default=30.0, help="seconds the hung route waits")
    args = parser.parse_args()
    os.environ.update(secrets_env())
    HungAdapter.hang = args.hang
    registry.ADAPTERS["hungdest"] = HungAdapter
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "out").mkdir()
        routes = {
            "connections": {
                "hung_out": {"platform": "hungdest", "path": "out/hung.jsonl"},
                "fast_out": {"platform": "jsonl", "path": "out/fast.jsonl"},
            },
            "routes": [
                {"name": name, "on": ["form.submitted"], "concurrency": 8, "timeout_seconds": 600,
                 "actions": [{"sync_record": {"connection": f"{name}_out", "object": "c", "mapping": MAPPING}}]}
                for name in ("hung", "fast")
            ],
        }  # fmt: skip
        service = build_service(write_config(folder, routes), str(folder / "bench.db"))
        with running(service.app) as base:
            started = time.perf_counter()
            latencies = asyncio.run(_send(base, args.deliveries, args.concurrency))
            elapsed = time.perf_counter() - started
            fast_done = service.gate.run(
                lambda s: s.query(
                    "SELECT COUNT(*) FROM webhook_actions WHERE route = 'fast' AND state = 'succeeded'"
                )[0][0]
            )
            hung_done = service.gate.run(
                lambda s: s.query(
                    "SELECT COUNT(*) FROM webhook_actions WHERE route = 'hung' AND state = 'succeeded'"
                )[0][0]
            )
    q = statistics.quantiles(latencies, n=100)
    print(f"deliveries: {args.deliveries} over loopback, {args.concurrency} concurrent clients")
    print(f"hung route: destination hangs {args.hang:g} s per call (8 slots, all stuck)")
    print(
        f"intake latency: p50 {q[49] * 1000:.1f} ms, p99 {q[98] * 1000:.1f} ms, max {max(latencies) * 1000:.1f} ms"
    )
    print(f"throughput: {args.deliveries / elapsed:.0f} deliveries/s")
    print(
        f"when the burst ended: fast route {fast_done} succeeded, hung route {hung_done} succeeded"
    )


if __name__ == "__main__":
    main()
