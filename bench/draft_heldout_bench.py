"""Held-out accuracy of the offline drafter: each case through exactly the commands the
issue names, `syncwright mapping draft "TEXT" --from F --to T --engine offline -o M.yaml`
then `syncwright mapping preview M.yaml --from F --to T --input IN.jsonl --json`, and the
preview's `records` compared with the case's expected records. Prints the exact %.

    python bench/draft_heldout_bench.py bench/heldout/set1 [--in-process] [-v]

--in-process runs the same two commands through typer's runner in this process (fast, for
tuning); the figure to report is the subprocess one (the default).
"""

from __future__ import annotations

import argparse
import functools
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import orjson
import yaml


def _run(argv: list[str], in_process: bool) -> tuple[int, str, str]:
    if in_process:
        import typer.main
        import typer.testing

        from syncwright.cli import app

        if not hasattr(typer.testing._get_command, "cache_info"):  # type: ignore[attr-defined]
            # the command tree built once per process, as the installed CLI does (see tests/conftest.py)
            typer.testing._get_command = functools.lru_cache(maxsize=None)(typer.main.get_command)  # type: ignore[attr-defined]
        res = typer.testing.CliRunner().invoke(app, argv)
        return res.exit_code, res.stdout, res.output
    exe = Path(sys.executable).with_name("syncwright")
    p = subprocess.run([str(exe), *argv], capture_output=True, text=True, timeout=120, env=os.environ)
    return p.returncode, p.stdout, p.stderr


ASKED = "open questions"  # the heading `mapping draft` prints above its numbered questions


def asked(why: str) -> bool:
    """Did the draft behind a miss ask an open question (its printed output is in ``why``)?"""
    return ASKED in why


def run_case(case: dict[str, Any], tmp: Path, in_process: bool) -> tuple[bool, str]:
    m, inp = tmp / "M.yaml", tmp / "IN.jsonl"
    inp.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in case["input"]))
    frm, to = case["from"], case["to"]
    rc, out, err = _run(["mapping", "draft", case["text"], "--from", frm, "--to", to, "--engine", "offline", "-o", str(m)], in_process)
    if rc != 0 or not m.exists():
        return False, f"draft exit {rc}\n{out}\n{err}"
    rc, pout, perr = _run(["mapping", "preview", str(m), "--from", frm, "--to", to, "--input", str(inp), "--json"], in_process)
    if rc != 0:
        return False, f"preview exit {rc}\n{pout}\n{perr}\n{out}"
    got = orjson.loads(pout)["records"]
    if got == case["expected"]:
        return True, ""
    return False, f"{out}\n{m.read_text()}\ngot      {got}\nexpected {case['expected']}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--in-process", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    files = sorted(f for d in args.folders for f in d.glob("*.yaml"))
    passed: list[str] = []
    failed: list[str] = []
    silent: list[str] = []
    for f in files:
        case = yaml.safe_load(f.read_text(encoding="utf-8"))
        with tempfile.TemporaryDirectory() as tmp:
            ok, why = run_case(case, Path(tmp), args.in_process)
        (passed if ok else failed).append(case["id"])
        if not ok and not asked(why):
            silent.append(case["id"])
        if not ok and args.verbose:
            print(f"--- FAIL {case['id']}: {case['text']}\n{why}\n")
    for cid in failed:
        print("fail", cid, "(silent)" if cid in silent else "(asked)")
    n = max(1, len(files))
    print(f"exact: {len(passed)}/{len(files)} = {100 * len(passed) / n:.1f}%")
    print(f"misses that asked a question: {len(failed) - len(silent)}; silent misses (wrong, no question): {len(silent)} = {100 * len(silent) / n:.1f}%")


if __name__ == "__main__":
    main()
