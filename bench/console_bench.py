"""Console page times on a big store: 1,000 jobs, 1,000,000 events, one job with 100,000
rejects.

    .venv/bin/python bench/console_bench.py [--jobs 1000] [--events-per-job 1000]
        [--rejects 100000] [--rounds 5] [--requests 20] [--store bench/out/console.db]
        [--reuse]

The store is built through the store's own append API (``append_streams``, many jobs per
transaction; the read models are projected as in production), then ``syncwright
console`` is started on it (its own process, a loopback port) and read over HTTP by a
signed-in client, as a browser would. Rounds alternate the pages with a baseline request (``/healthz``: the
same server and client, no store work), so the figures are per page and relative to
what HTTP alone costs on this machine at that moment; the console process's CPU time per
request is printed too, which the machine's load does not inflate. Targets: Syncs (any
page of it: at most 200 rows, see ``pages.SYNCS_PAGE_MAX``) and a sync's page p95 < 200
ms; the failures page of the 100,000-reject job p95 < 300 ms.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx2

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from syncwright.access import add_user  # noqa: E402
from syncwright.domain.events import NewEvent  # noqa: E402
from syncwright.store import Store, open_store  # noqa: E402

PASSWORD = "bench password"
CODES = ("INVALID_EMAIL", "REQUIRED_FIELD_MISSING", "STRING_TOO_LONG")
MAPPING = {"version": 1, "match_key": "Email", "rules": [{"rename": "email", "to": "Email"}]}


def job_events(i: int, per_job: int, rejects: int = 0) -> list[NewEvent]:
    """A realistic completed (or stopped) job history of about ``per_job`` events."""
    batches = max(1, (per_job - 3) // 4)
    size = 100
    created = {
        "name": f"sync-{i % 37}",
        "source": {"connection": "hs", "object": "contacts"},
        "destination": {"connection": "sf", "object": "Lead"},
        "source_label": "hs/contacts",
        "destination_label": "sf/Lead",
        "mapping": MAPPING,
        "mapping_version": "m-bench",
        "batch_size": size,
    }
    meta = {"actor": "bench"}
    evs = [NewEvent("job_created", created, meta), NewEvent("job_started", {}, meta)]
    for p in range(batches):
        evs.append(
            NewEvent("page_fetched", {"cursor": p, "count": size, "first_seq": p * size}, meta)
        )
    evs.append(NewEvent("fetch_completed", {"batches_total": batches}, meta))
    for b in range(batches):
        evs.append(NewEvent("batch_mapped", {"index": b, "payload_hash": f"h{i}-{b}"}, meta))
    evs.append(NewEvent("mapping_completed", {"mapping_version": "m-bench"}, meta))
    per_batch = rejects // batches if rejects else 0
    for b in range(batches):
        invalid = [
            {
                "key": f"r{b:04d}-{k:05d}",
                "field": "Email",
                "code": CODES[(b + k) % len(CODES)],
                "reason": f"field 'Email': 'bad-{b}-{k}' is not a valid email address",
            }
            for k in range(per_batch)
        ]
        evs.append(NewEvent("batch_validated", {"index": b, "invalid": invalid}, meta))
    if rejects:
        evs.append(NewEvent("attention_needed", {"reason": f"{rejects} records rejected"}, meta))
        return evs
    evs.append(NewEvent("validation_completed", {"invalid": 0}, meta))
    for b in range(batches):
        data = {"index": b, "sent": size, "created": size - 2, "updated": 2, "unchanged": 0,
                "rejected": []}  # fmt: skip
        evs.append(NewEvent("batch_uploaded", data, meta))
    if i % 10 == 3:
        evs.append(NewEvent("attention_needed", {"reason": "Salesforce said 503"}, meta))
    else:
        evs.append(NewEvent("upload_completed", {}, meta))
    return evs


def build(store: Store, jobs: int, per_job: int, rejects: int) -> tuple[str, str, int]:
    """Fill the store; returns (a typical job id, the big-reject job id, events written)."""
    t0 = time.perf_counter()
    written = 0
    pending: list[tuple[str, int, list[NewEvent]]] = []
    for i in range(jobs):
        evs = job_events(i, per_job, rejects if i == 0 else 0)
        pending.append((f"job-bench{i:05d}", 0, evs))
        written += len(evs)
        if sum(len(p[2]) for p in pending) >= 50_000:
            store.append_streams(pending)
            pending = []
    if pending:
        store.append_streams(pending)
    seconds = time.perf_counter() - t0
    print(f"built {jobs:,} jobs, {written:,} events in {seconds:.1f} s "
          f"({written / seconds:,.0f} events/s through append_streams)")  # fmt: skip
    return "bench00001", "bench00000", written


def serve(path: Path) -> tuple[str, subprocess.Popen[bytes]]:
    """``syncwright console`` in its own process, as a user runs it."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    proc = subprocess.Popen(
        [sys.executable, "-m", "syncwright", "console", "--store", str(path), "--port", str(port)],
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx2.get(base + "/healthz").status_code == 200:
                return base, proc
        except httpx2.TransportError:
            pass
        if time.monotonic() > deadline or proc.poll() is not None:
            raise RuntimeError("the console did not start")
        time.sleep(0.1)


def sign_in(base: str) -> httpx2.Client:
    client = httpx2.Client(base_url=base, timeout=60)
    form = client.get("/login").text
    token = re.search(r'name="csrf" value="([^"]+)"', form)
    assert token is not None
    r = client.post("/login", data={"name": "bench", "password": PASSWORD, "csrf": token.group(1)})
    assert r.status_code == 303, r.text
    return client


def cpu_seconds(pid: int) -> float:
    """The console process's CPU time so far (user + system), from /proc: what a page
    costs the server whatever else the machine is doing (10 ms ticks, so it is summed
    over a page's requests and averaged)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobs", type=int, default=1000)
    ap.add_argument("--events-per-job", type=int, default=1000)
    ap.add_argument("--rejects", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--requests", type=int, default=20)
    ap.add_argument("--store", default=str(ROOT / "bench" / "out" / "console.db"))
    ap.add_argument("--reuse", action="store_true", help="read the store an earlier run built")
    args = ap.parse_args()
    path = Path(args.store)
    path.parent.mkdir(parents=True, exist_ok=True)
    if args.reuse and path.exists():  # the store of an earlier run, as it was left
        store = open_store(str(path))
        typical, big = "bench00001", "bench00000"
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        store = open_store(str(path))
        typical, big, _ = build(store, args.jobs, args.events_per_job, args.rejects)
        add_user(store, "bench", "viewer", PASSWORD, actor="bench")
    n_fail = store.query("SELECT COUNT(*) FROM failures WHERE job_id = ?", (big,))[0][0]
    n_jobs = store.query("SELECT COUNT(*) FROM jobs")[0][0]
    n_events = store.query("SELECT COUNT(*) FROM events")[0][0]
    print(f"store: {n_jobs:,} jobs, {n_events:,} events; job {big} has {n_fail:,} open rejects")
    store.close()

    base, proc = serve(path)
    client = sign_in(base)
    pages = {
        "baseline /healthz": "/healthz",
        "Syncs (100 per page)": "/",
        "Syncs, 200 per page (the most)": "/?limit=200",
        "Syncs, last page (offset 900)": "/?offset=900",
        "Syncs, filtered by name": "/?name=sync-7",
        "API: all 1,000 jobs as JSON": "/api/jobs?limit=1000",
        "a sync's page": f"/jobs/{typical}",
        "failures page (100,000 rejects)": f"/jobs/{big}/failures",
        "failures: one group, page 1": f"/jobs/{big}/failures?code=INVALID_EMAIL",
    }
    t0 = time.perf_counter()
    assert client.get("/").status_code == 200
    print(f"first Syncs page after the console started: {time.perf_counter() - t0:.2f} s "
          "(on a fresh store it learns each job name's normals from its last 10 runs' "
          "events, once: they are cached in run_stats)")  # fmt: skip
    for url in pages.values():  # warm: templates compiled, SQLite pages cached
        assert client.get(url).status_code == 200, url
    load = os.getloadavg()
    times: dict[str, list[float]] = {name: [] for name in pages}
    cpu: dict[str, float] = dict.fromkeys(pages, 0.0)
    for _ in range(args.rounds):
        for _ in range(args.requests // args.rounds or 1):
            for name, url in pages.items():  # alternating: each page, then the next
                c0, t0 = cpu_seconds(proc.pid), time.perf_counter()
                r = client.get(url)
                times[name].append(time.perf_counter() - t0)
                cpu[name] += cpu_seconds(proc.pid) - c0
                assert r.status_code == 200
    proc.terminate()
    proc.wait(10)
    base_p50 = statistics.median(times["baseline /healthz"])
    print(f"load average before the rounds: {load[0]:.1f} (1 min) on {os.cpu_count()} cores")
    print(f"{'page':36} {'p50 ms':>8} {'p95 ms':>8} {'p95 / baseline p50':>20} "
          f"{'server CPU ms/request':>22}")  # fmt: skip
    for name, xs in times.items():
        print(f"{name:36} {statistics.median(xs) * 1000:8.1f} {p95(xs) * 1000:8.1f} "
              f"{p95(xs) / base_p50:20.1f} {cpu[name] / len(xs) * 1000:22.1f}")  # fmt: skip
    print("targets: Syncs and a sync's page p95 < 200 ms; failures page p95 < 300 ms "
          "(the API's 1,000 jobs: no target, for scale)")  # fmt: skip


if __name__ == "__main__":
    main()
