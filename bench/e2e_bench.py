"""HubSpot -> Salesforce, 100,000 contacts: the durable engine beside a plain async loop.

    .venv/bin/python bench/e2e_bench.py [--contacts 100000]

The sandbox runs in its own process (rate limits off) so neither side shares a GIL with
the simulators. The plain loop only pages HubSpot and posts batches of 200 to Salesforce
collections upsert: no events, no checkpoints, no staging, no limiter. The engine runs
the same sync as a job (SQLite store, its limiter's HubSpot windows lifted by a
connection override), twice: one Salesforce call at a time (the like-for-like durability
cost) and with its default of 4 collection calls in flight. Rounds alternate the three
runs (default 3) and the medians are printed, with the ratios (target >= 0.80).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx2
import yaml

ROOT = Path(__file__).resolve().parent.parent
PROPS = "email,firstname,lastname,company,phone"


def free_port_base() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1]) + 7


def start_sandbox(contacts: int) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "syncwright.sandbox",
            "up",
            "-p",
            "hubspot,salesforce",
            "--contacts",
            str(contacts),
            "--no-limits",
            "--json",
            "--port-base",
            str(free_port_base()),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    text = ""
    while True:
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError("sandbox exited before printing its URLs")
        text += line
        try:
            return proc, json.loads(text)
        except json.JSONDecodeError:
            continue


def reset_salesforce(info: dict[str, Any]) -> None:
    httpx2.post(info["salesforce"]["admin_url"] + "reset").raise_for_status()


async def plain_loop(info: dict[str, Any]) -> int:
    hs, sf = info["hubspot"], info["salesforce"]
    sent = 0
    async with (
        httpx2.AsyncClient(
            base_url=hs["base_url"],
            headers={"Authorization": f"Bearer {hs['credentials']['token']}"},
        ) as h,
        httpx2.AsyncClient(
            base_url=sf["base_url"],
            headers={"Authorization": f"Bearer {sf['credentials']['token']}"},
            timeout=60,
        ) as s,
    ):
        after: str | None = None
        batch: list[dict[str, Any]] = []

        async def flush(records: list[dict[str, Any]]) -> None:
            r = await s.patch(
                "/composite/sobjects/Lead/Email", json={"allOrNone": False, "records": records}
            )
            r.raise_for_status()

        while True:
            params = {"limit": 100, "properties": PROPS, **({"after": after} if after else {})}
            r = await h.get("/crm/v3/objects/contacts", params=params)
            r.raise_for_status()
            data = r.json()
            for rec in data["results"]:
                p = rec["properties"]
                batch.append(
                    {
                        "attributes": {"type": "Lead"},
                        "Email": p.get("email"),
                        "FirstName": p.get("firstname"),
                        "LastName": p.get("lastname") or "[unknown]",
                        "Company": p.get("company") or "[not provided]",
                        "Phone": p.get("phone"),
                        "LeadSource": "HubSpot",
                    }
                )
            while len(batch) >= 200:
                await flush(batch[:200])
                sent += 200
                batch = batch[200:]
            after = (data.get("paging") or {}).get("next", {}).get("after")
            if not after:
                break
        if batch:
            await flush(batch)
            sent += len(batch)
    return sent


def engine_run(
    info: dict[str, Any], work: Path, concurrency: int = 4, run: int = 0
) -> tuple[float, int]:
    sys.path.insert(0, str(ROOT / "src"))
    from syncwright.demo import MAPPING
    from syncwright.engine.commands import create_job
    from syncwright.engine.jobfile import load_job_file
    from syncwright.engine.orchestrator import JobRunner
    from syncwright.store.sqlite import SQLiteStore

    os.environ["BENCH_HUBSPOT_TOKEN"] = info["hubspot"]["credentials"]["token"]
    os.environ["BENCH_SALESFORCE_TOKEN"] = info["salesforce"]["credentials"]["token"]
    lifted: dict[str, Any] = {"windows": []}
    job = {
        "name": "bench-hubspot-to-salesforce",
        "source": {"connection": "hubspot", "object": "contacts"},
        "destination": {"connection": "salesforce", "object": "Lead"},
        "mapping": MAPPING,
        "batch_size": 1000,
        "on_reject": {"max_rejected_ratio": 0.5},
        "connections": {
            "hubspot": {
                "platform": "hubspot",
                "base_url": info["hubspot"]["base_url"],
                "token_env": "BENCH_HUBSPOT_TOKEN",
                "properties": {"contacts": PROPS.split(",")},
                "limits": {"groups": {"default": lifted, "batch": lifted, "search": lifted}},
            },
            "salesforce": {
                "platform": "salesforce",
                "base_url": info["salesforce"]["base_url"],
                "token_env": "BENCH_SALESFORCE_TOKEN",
                "bulk_threshold": 100000,
                "upload_concurrency": concurrency,
            },
        },
    }
    (work / "job.yaml").write_text(yaml.safe_dump(job))
    store = SQLiteStore(work / f"store-{concurrency}-{run}.db")
    t0 = time.perf_counter()
    job_id = create_job(store, load_job_file(work / "job.yaml"))
    view = asyncio.run(JobRunner(store, job_id).run())
    elapsed = time.perf_counter() - t0
    store.close()
    assert view.state.value == "completed", view.reason
    return elapsed, view.fetched


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="alternate plain and engine runs this many times; medians are reported "
        "(a shared machine's noise hits both sides alike)",
    )
    args = parser.parse_args()
    proc, info = start_sandbox(args.contacts)
    plain_rates: list[float] = []
    serial_rates: list[float] = []
    engine_rates: list[float] = []
    try:
        with tempfile.TemporaryDirectory(prefix="syncwright-e2e-bench-") as tmp:
            for n in range(args.rounds):
                reset_salesforce(info)
                t0 = time.perf_counter()
                sent = asyncio.run(plain_loop(info))
                plain_rates.append(sent / (time.perf_counter() - t0))
                reset_salesforce(info)
                serial_s, fetched = engine_run(info, Path(tmp), concurrency=1, run=n)
                serial_rates.append(fetched / serial_s)
                reset_salesforce(info)
                engine_s, fetched = engine_run(info, Path(tmp), run=n)
                engine_rates.append(fetched / engine_s)
                print(
                    f"  round {n + 1}: plain {plain_rates[-1]:,.0f}/s, engine one call at a time "
                    f"{serial_rates[-1]:,.0f}/s ({serial_rates[-1] / plain_rates[-1]:.2f} x), "
                    f"engine default {engine_rates[-1]:,.0f}/s "
                    f"({engine_rates[-1] / plain_rates[-1]:.2f} x)",
                    flush=True,
                )
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    plain, serial, engine = (
        statistics.median(r) for r in (plain_rates, serial_rates, engine_rates)
    )
    ratio = statistics.median(e / p for e, p in zip(engine_rates, plain_rates, strict=True))
    serial_ratio = statistics.median(e / p for e, p in zip(serial_rates, plain_rates, strict=True))
    print(
        f"HubSpot -> Salesforce, {args.contacts:,} contacts, rate limits off (sandbox in its own "
        f"process); medians of {args.rounds} alternating rounds"
    )
    print(f"  plain async loop (no events, no checkpoints): {plain:9,.0f} records/s")
    print(
        f"  durable engine, one Salesforce call at a time: {serial:9,.0f} records/s"
        f"  ({serial_ratio:.2f} x plain)"
    )
    print(
        f"  durable engine, default (4 Salesforce calls in flight): {engine:9,.0f} records/s"
        f"  ({ratio:.2f} x plain; target >= 0.80)"
    )


if __name__ == "__main__":
    main()
