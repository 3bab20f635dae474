"""ETA accuracy on a rate-limited sandbox sync of 100,000 records.

A JSONL file of N contacts is synced to the HubSpot simulator with the product's own
limiter at HubSpot's documented Professional limit (190 calls per rolling 10 s, 100
records per batch upsert: about 1,900 records/s, so 100,000 records take ~55 s of
upload). The sync runs as ``syncwright run`` in a subprocess; this process samples
``job_health`` every second. Once it has finished, each sample's ETA is compared with the
true remaining time (the job's completion, its ``upload_completed`` event, - sample time). Printed: the median absolute error of the ETA
as a share of the true remaining time over the samples taken after 10% of the upload
(target < 20%), per-decile errors, and the same figures for a naive baseline ETA computed
in this script (records uploaded / seconds since the job started, as a progress bar
would), and for the observed rate alone (without the limit's cap or the learned rate),
measured on the same samples; also the error before 10% of the upload, while the
limiter's first burst inflates the observed rate and the cap matters most.

    .venv/bin/python bench/eta_bench.py            # 100,000 records, ~60 s
    .venv/bin/python bench/eta_bench.py --records 20000
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import yaml

from syncwright.health import job_health
from syncwright.sandbox import Sandbox
from syncwright.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.helpers import file_to_hubspot_job

TOKEN_ENV = "SW_BENCH_ETA_TOKEN"


def write_contacts(path: Path, n: int) -> None:
    with open(path, "w") as f:
        for i in range(n):
            f.write(
                f'{{"id": {i}, "email": "user{i}@example.com", "firstname": "F{i}", '
                f'"lastname": "L{i}"}}\n'
            )


def job_file(folder: Path, base_url: str, records: int) -> Path:
    write_contacts(folder / "contacts.jsonl", records)
    job = file_to_hubspot_job(
        "eta-bench",
        {"path": "contacts.jsonl", "page_size": 5000},
        {"base_url": base_url, "token_env": TOKEN_ENV, "limits": {"tier": "professional"}},
    )
    path = folder / "job.yaml"
    path.write_text(yaml.safe_dump(job, sort_keys=False))
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--every", type=float, default=1.0, help="seconds between samples")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, Sandbox(("hubspot",), no_limits=True) as sb:
        folder = Path(tmp)
        sb.admin("hubspot").set_limits(enabled=False)
        job = job_file(folder, sb.base_url("hubspot"), args.records)
        store = folder / "store.db"
        env = {
            **os.environ,
            TOKEN_ENV: sb.credentials("hubspot")["token"],
            "SYNCWRIGHT_STORE": str(store),
        }
        started = time.time()
        proc = subprocess.Popen(
            [sys.executable, "-m", "syncwright", "run", str(job), "--json"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        samples: list[tuple[float, float, float | None, float, float | None]] = []
        while proc.poll() is None:
            time.sleep(args.every)
            if not store.exists():
                continue
            st = open_store(str(store))
            try:
                jobs = st.list_jobs()
                if not jobs:
                    continue
                v = jobs[0]
                h = job_health(st, v)
            finally:
                st.close()
            if v.state.value != "uploading" or h.runner is None:
                continue
            done = float(
                ((h.runner.progress.get("phases") or {}).get("uploading") or {}).get("done") or 0
            )
            job_start = datetime.fromisoformat(v.timeline[1]["at"]).timestamp()
            naive = None
            if done:
                elapsed = time.time() - job_start
                naive = (args.records - done) / (done / elapsed)
            rate = h.runner.progress.get("rate")  # the observed rate alone, without the cap
            observed = (args.records - done) / rate if rate else None
            samples.append(
                (time.time(), done / args.records, h.eta_seconds, naive or 0.0, observed)
            )
        assert proc.returncode == 0, f"syncwright run exited {proc.returncode}"
        exited = time.time()
        st = open_store(str(store))
        v = st.list_jobs()[0]
        # the true end is when the job completed (its upload_completed event), not when this
        # loop noticed the process had exited (up to a sampling interval plus its exit later)
        done_event = next(
            e for e in st.read_stream(f"job-{v.job_id}") if e.type == "upload_completed"
        )
        finished = datetime.fromisoformat(done_event.recorded_at).timestamp()
        st.close()
        print(f"process exit noticed {exited - finished:.1f} s after the job completed")
        assert v.state.value == "completed" and v.created + v.updated == args.records
    upload = [s for s in samples if s[1] >= 0.10 and finished - s[0] > 1.0]
    print(
        f"{args.records:,} records, HubSpot Professional limit (190 calls / 10 s, 100 per call); "
        f"run took {finished - started:.1f} s; {len(samples)} samples while uploading, "
        f"{len(upload)} after 10% of the upload"
    )

    def errors(index: int) -> list[float]:
        out = []
        for s in upload:
            eta = s[index]
            true = finished - s[0]
            if eta is not None:
                out.append(abs(eta - true) / true)
        return out

    ours, naive, observed = errors(2), errors(3), errors(4)
    missing = sum(1 for s in upload if s[2] is None)
    print(
        f"ETA (job_health):     median abs error {statistics.median(ours):.1%} of the true remaining time"
        f" (target < 20%); p90 {sorted(ours)[int(0.9 * (len(ours) - 1))]:.1%}; no ETA in {missing} samples"
    )
    print(
        f"naive (done/elapsed): median abs error {statistics.median(naive):.1%}; "
        f"ratio ours/naive {statistics.median(ours) / max(statistics.median(naive), 1e-9):.2f}"
    )
    print(
        f"observed rate only (no cap, no learned rate): median abs error "
        f"{statistics.median(observed):.1%}"
    )
    early = [s for s in samples if s[1] < 0.10 and finished - s[0] > 1.0]
    e_ours = [abs(s[2] - (finished - s[0])) / (finished - s[0]) for s in early if s[2]]
    e_obs = [abs(s[4] - (finished - s[0])) / (finished - s[0]) for s in early if s[4]]
    if e_ours:
        e_ours_median = statistics.median(e_ours)
        print(
            f"before 10% of the upload ({len(early)} samples, the limiter's burst): median abs "
            f"error {e_ours_median:.1%} (observed rate only: "
            f"{statistics.median(e_obs) if e_obs else float('nan'):.1%})"
        )
    for lo in (0.1, 0.25, 0.5, 0.75):
        near = [s for s in upload if s[1] >= lo]
        if near:
            s = near[0]
            print(f"  at {s[1]:.0%} uploaded: ETA {s[2] or 0:.1f} s, true {finished - s[0]:.1f} s")
    verdict = "PASS" if statistics.median(ours) < 0.20 else "FAIL"
    print(f"{verdict}: median abs error after 10% < 20%")


if __name__ == "__main__":
    main()
