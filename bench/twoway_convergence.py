"""The two-way convergence run at the issue's scale: 10,000 people on both sides, 20 rounds
of random concurrent edits (same field on both sides, opt-outs, re-opt-in attempts, new
people on each side), a two-way run after each round, SIGKILL + resume in some rounds.

    .venv/bin/python bench/twoway_convergence.py [--people 10000] [--rounds 20]

Prints the evidence (edits applied / decided by a recorded policy / in review / lost,
sync writes vs writes needed, no-op writes, quiet re-run writes, kills per state) and the
run times; exits 1 if any must-show figure fails. The regular suite runs the same check at
500 people and 5 rounds (tests/twoway/test_convergence.py).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.twoway.convergence import converge  # noqa: E402

from syncwright.sandbox import Sandbox  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    kill_rounds = set(range(3, args.rounds + 1, 4))
    started = time.monotonic()
    cpu = resource.getrusage(resource.RUSAGE_SELF)
    with tempfile.TemporaryDirectory() as tmp, \
            Sandbox(("salesforce", "mailchimp"), no_limits=True) as sb:
        f = converge(sb, Path(tmp), args.people, args.rounds, kill_rounds, seed=args.seed,
                     progress=True)
    used = resource.getrusage(resource.RUSAGE_SELF)
    report = f.to_json()
    report["run_seconds"] = [round(s, 2) for s in f.run_seconds]
    report["wall_seconds"] = round(time.monotonic() - started, 1)
    report["cpu_seconds_this_process"] = round(
        used.ru_utime + used.ru_stime - cpu.ru_utime - cpu.ru_stime, 1)
    report["writes_per_needed"] = round(f.sync_writes / max(1, f.needed_writes), 4)
    print(json.dumps(report, indent=1))
    ok = (not f.lost and f.disagreeing_fields == 0 and f.subscribed_after_opt_out == 0
          and f.noop_writes == 0 and f.quiet_rerun_writes == 0 and f.latest_wrong == 0
          and f.unexplained_rewrites == 0
          and f.sync_writes - f.kill_rewrites <= 1.05 * f.needed_writes)
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
