"""Mapping v2 figures: compiled mapping throughput, and a whole JSONL -> JSONL sync with a
20-rule v2 mapping against the same sync with a 4-rule v1 mapping.

    .venv/bin/python bench/mapping_bench.py [--records 1000000] [--sync-records 100000] [--rounds 3]

1. Throughput: the 20-rule mapping (transforms, a value table, conditions, a filter,
   fallbacks, templates) applied with ``map_batch`` in batches of 500, as the engine does,
   over ``--records`` records (100,000 distinct ones, cycled); the 4-rule v1 mapping is
   timed the same way in the same process as the reference, in alternating rounds (medians
   printed, wall and CPU time). Target: >= 200,000 records/s.
2. Sync: the same input file synced by a fresh subprocess per run, alternating v1 and v2
   rounds; the ratio of the medians (v2 rate / v1 rate), of wall time and of the child's
   CPU time (on a shared, loaded machine the CPU figure says what the code costs).
   Target: >= 0.8.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import orjson
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from syncwright.mapping.apply import CompiledMapping  # noqa: E402
from syncwright.mapping.spec import parse_mapping  # noqa: E402

V1: dict[str, Any] = {
    "version": 1,
    "match_key": "Email",
    "rules": [
        {"rename": "email", "to": "Email"},
        {"rename": "firstname", "to": "FirstName"},
        {"rename": "lastname", "to": "LastName"},
        {"default_if_empty": "company", "to": "Company", "value": "[not provided]"},
    ],
}
V2: dict[str, Any] = {
    "version": 2,
    "match_key": "Email",
    "filters": [{"skip_if": {"field": "test_account", "eq": True}, "reason": "test account"}],
    "rules": [
        {"to": "Email", "from": "email", "transform": ["trim", "lower"]},
        {"to": "FirstName", "from": "firstname", "transform": ["trim", "title"]},
        {"to": "LastName", "from": "lastname", "transform": ["trim", "title"]},
        {"to": "Company", "from": "company", "default": "[not provided]"},
        {"to": "LeadSource", "value": "Web"},
        {
            "to": "Status",
            "from": "stage",
            "table": {
                "lead": "Open - Not Contacted",
                "marketingqualifiedlead": "Working - Contacted",
                "customer": "Closed - Converted",
            },
            "otherwise": "Open - Not Contacted",
        },
        {
            "to": "Rating",
            "cases": [
                {"when": {"field": "revenue", "gt": 10_000_000}, "value": "Hot"},
                {"when": {"field": "revenue", "gt": 1_000_000}, "value": "Warm"},
            ],
            "else": {"value": "Cold"},
        },
        {"to": "Phone", "from": ["phone", "mobile"], "if_empty": "omit"},
        {"to": "City", "from": "city", "transform": ["trim"]},
        {"to": "State", "from": "state", "transform": ["upper"]},
        {"to": "Country", "from": "country", "default": "US"},
        {"to": "Title", "from": "jobtitle", "transform": ["collapse_spaces"]},
        {"to": "AnnualRevenue", "from": "revenue", "transform": ["number"], "if_empty": "omit"},
        {
            "to": "NumberOfEmployees",
            "from": "employees",
            "transform": ["integer"],
            "if_empty": "omit",
        },
        {"to": "Description", "template": "Imported from HubSpot: {stage}"},
        {"to": "HasOptedOutOfEmail", "from": "optout", "table": {"true": True}, "otherwise": False},
        {"to": "Website", "from": ["website", {"template": "https://{email|email_domain}"}]},
        {"to": "Industry", "from": "industry"},
        {"to": "Nickname", "from": "firstname", "transform": ["first_word"]},
        {
            "to": "Segment",
            "when": {
                "all": [
                    {"field": "country", "in": ["US", "CA"]},
                    {"field": "employees", "gte": 100},
                ]
            },
            "value": "NA enterprise",
            "else": {"value": "other"},
        },
    ],
}
assert len(V2["rules"]) == 20
STAGES = ("lead", "marketingqualifiedlead", "customer", "subscriber")


def record(i: int) -> dict[str, Any]:
    return {
        "id": i,
        "email": f" User{i}@Example.com" if i % 5 == 0 else f"user{i}@example.com",
        "firstname": f"ann marie{i % 3}" if i % 4 == 0 else f"First{i}",
        "lastname": f"LAST{i}",
        "company": "" if i % 7 == 0 else f"Company {i % 100}",
        "stage": STAGES[i % 4],
        "revenue": str((i * 7919) % 20_000_000) if i % 6 else "",
        "phone": "" if i % 3 == 0 else f"(415) 555-{i % 10000:04d}",
        "mobile": f"415.555.{i % 10000:04d}",
        "city": " San Francisco ",
        "state": "ca",
        "country": "" if i % 9 == 0 else ("US" if i % 2 else "DE"),
        "jobtitle": "VP   of  Marketing",
        "employees": str(i % 500) if i % 8 else "",
        "optout": "true" if i % 10 == 0 else "false",
        "website": "" if i % 2 else "https://example.com",
        "industry": "Software",
        "test_account": i % 100 == 99,
    }


def throughput(
    spec: dict[str, Any], records: list[dict[str, Any]], total: int
) -> tuple[float, float]:
    """(records/s of wall time, records/s of this process's CPU time): on a machine shared
    with other work the second says what the code costs, the first what it got."""
    mapping = CompiledMapping(parse_mapping(spec, "bench"))
    batches = [
        [(str(r["id"]), r) for r in records[i : i + 500]] for i in range(0, len(records), 500)
    ]
    done = 0
    t0, c0 = time.perf_counter(), time.process_time()
    while done < total:
        for batch in batches:
            mapping.map_batch(batch)
            done += len(batch)
            if done >= total:
                break
    return done / (time.perf_counter() - t0), done / (time.process_time() - c0)


CHILD = """
import asyncio, json, sys, time
from pathlib import Path
from syncwright.engine.commands import create_job
from syncwright.engine.jobfile import load_job_file
from syncwright.engine.orchestrator import JobRunner
from syncwright.store.sqlite import SQLiteStore
job, db = Path(sys.argv[1]), sys.argv[2]
store = SQLiteStore(db)
t0, c0 = time.perf_counter(), time.process_time()
job_id = create_job(store, load_job_file(job))
view = asyncio.run(JobRunner(store, job_id).run())
print(json.dumps({"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0,
                  "state": view.state.value,
                  "fetched": view.fetched, "created": view.created, "skipped": view.skipped}))
"""


def write_run(folder: Path, spec: dict[str, Any], tag: str) -> Path:
    """A run's folder (``folder/run-TAG``) with its mapping and its job file (returned):
    ``folder/contacts.jsonl`` -> ``out/leads.jsonl``, batches of 500."""
    run = folder / f"run-{tag}"
    run.mkdir()
    (run / "mapping.yaml").write_text(yaml.safe_dump(spec))
    job = {
        "name": f"bench-{tag}",
        "source": {"connection": "crm", "object": "contacts"},
        "destination": {"connection": "out", "object": "leads"},
        "mapping": "mapping.yaml",
        "batch_size": 500,
        "connections": {
            "crm": {"platform": "jsonl", "path": str(folder / "contacts.jsonl"), "page_size": 1000},
            "out": {"platform": "jsonl", "path": "out/leads.jsonl"},
        },
    }
    (run / "job.yaml").write_text(yaml.safe_dump(job))
    return run / "job.yaml"


def sync_once(folder: Path, spec: dict[str, Any], tag: str) -> dict[str, Any]:
    job = write_run(folder, spec, tag)
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(job), str(job.parent / "store.db")],
        capture_output=True,
        text=True,
        check=True,
    )
    data: dict[str, Any] = json.loads(proc.stdout)
    assert data["state"] == "completed", data
    data["rate"] = data["fetched"] / data["seconds"]
    data["cpu_rate"] = data["fetched"] / data["cpu"]
    return data


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--sync-records", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()

    distinct = [record(i) for i in range(100_000)]
    v2_rates, v1_rates = [], []
    for n in range(args.rounds):  # alternating rounds, medians
        for spec, rates in (
            ((V2, v2_rates), (V1, v1_rates))
            if n % 2 == 0
            else (
                (V1, v1_rates),
                (V2, v2_rates),
            )
        ):
            rates.append(throughput(spec, distinct, args.records))
    print(f"mapping throughput over {args.records:,} records (batches of 500, map_batch):")
    for name, rates in (("v2, 20 rules", v2_rates), ("v1, 4 rules (reference)", v1_rates)):
        wall = ", ".join(f"{w:,.0f}" for w, _ in rates)
        cpu = ", ".join(f"{c:,.0f}" for _, c in rates)
        print(
            f"  {name}: median wall {statistics.median(w for w, _ in rates):,.0f} records/s "
            f"(rounds {wall}); median per CPU second "
            f"{statistics.median(c for _, c in rates):,.0f} records/s (rounds {cpu})"
        )
    print("  (target for v2: >= 200,000 records/s)")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with open(folder / "contacts.jsonl", "wb") as fh:
            for i in range(args.sync_records):
                fh.write(orjson.dumps(record(i)) + b"\n")
        results: dict[str, list[dict[str, Any]]] = {"v1": [], "v2": []}
        for n in range(args.rounds):
            for tag, spec in (("v1", V1), ("v2", V2)) if n % 2 == 0 else (("v2", V2), ("v1", V1)):
                results[tag].append(sync_once(folder, spec, f"{tag}-{n}"))
        med = {t: statistics.median(r["rate"] for r in rs) for t, rs in results.items()}
        cpu = {t: statistics.median(r["cpu_rate"] for r in rs) for t, rs in results.items()}
        print(
            f"JSONL -> JSONL sync of {args.sync_records:,} records, {args.rounds} alternating rounds:"
        )
        for tag in ("v1", "v2"):
            rs = results[tag]
            rounds = ", ".join(f"{r['rate']:,.0f}" for r in rs)
            cpu_rounds = ", ".join(f"{r['cpu_rate']:,.0f}" for r in rs)
            print(
                f"  {tag}: median wall {med[tag]:,.0f} records/s (rounds: {rounds}); "
                f"median per CPU second {cpu[tag]:,.0f} (rounds: {cpu_rounds}); "
                f"created {rs[0]['created']:,}, skipped {rs[0]['skipped']:,}"
            )
        print(
            f"  v2 / v1 = {med['v2'] / med['v1']:.2f} wall, {cpu['v2'] / cpu['v1']:.2f} CPU "
            "(target >= 0.80)"
        )
        print(f"  machine load (uptime): {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}")


if __name__ == "__main__":
    main()
