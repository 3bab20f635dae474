"""Instructions a record, counted: the mapping bench's JSONL -> JSONL sync (v1 4-rule and
v2 20-rule mappings) run under valgrind's cachegrind at two sizes; the difference between
the sizes, per record, is what one more record costs (start-up and imports cancel out).

    .venv/bin/python bench/instructions_bench.py [--sizes 5000,15000] [--tree SRC_DIR]

WHY: on a shared 2-core machine (a VM whose host is shared too) the same pure-Python loop
varies by +-17% in CPU time from one run to the next, more than most single changes move
the sync. Instruction counts are deterministic, so a change is measured in one pair of
runs. They are not time: memory stalls and system calls are not in them, and valgrind
hides the CPU's SHA extensions, so SHA-256 runs its software path here (slower than on
the real CPU, where it is about 3 x faster than BLAKE2b for these sizes). ``--tree`` runs
another checkout's ``src`` (``git worktree add``) for a before/after in one go.
Needs valgrind (Debian's package). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import mapping_bench as mb  # noqa: E402


def instructions(folder: Path, spec: dict[str, Any], tag: str, tree: Path) -> int:
    run = mb.write_run(folder, spec, tag).parent
    child = run / "child.py"  # (a file: cachegrind's output names the command line)
    child.write_text(mb.CHILD)
    proc = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={run}/cg.out",
         sys.executable, str(child), str(run / "job.yaml"), str(run / "store.db")],
        capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(tree)},
    )  # fmt: skip
    found = re.search(r"I\s+refs:\s+([\d,]+)", proc.stderr)
    if proc.returncode or not found:
        sys.exit(f"{tag}: valgrind failed:\n{proc.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="5000,15000")
    ap.add_argument("--tree", type=Path, default=ROOT / "src")
    args = ap.parse_args()
    small, large = (int(x) for x in args.sizes.split(","))
    counts: dict[tuple[str, int], int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in (small, large):
            folder = Path(tmp) / str(n)
            folder.mkdir()
            with open(folder / "contacts.jsonl", "wb") as fh:
                for i in range(n):
                    fh.write(orjson.dumps(mb.record(i)) + b"\n")
            for tag, spec in (("v1", mb.V1), ("v2", mb.V2)):
                counts[(tag, n)] = instructions(folder, spec, f"{tag}-{n}", args.tree)
    per = {t: (counts[(t, large)] - counts[(t, small)]) / (large - small) for t in ("v1", "v2")}
    print(f"JSONL -> JSONL sync, instructions a record ({args.tree}, sizes {small:,}/{large:,}):")
    for tag in ("v1", "v2"):
        print(f"  {tag}: {per[tag]:,.0f}")
    print(f"  v1 / v2 = {per['v1'] / per['v2']:.3f} (the sync ratio's shape in instructions)")


if __name__ == "__main__":
    main()
