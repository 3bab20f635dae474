"""The canonical-wording table's cost per sentence, three ways over the same rows:

- as drafting runs it: templates parsed once at load (``canon.expander``) and a row skipped
  when the sentence lacks the words every match of it contains (``required_words``);
- every row run (the baseline for the skip);
- every row run with its template handed to re as a string (re keeps only the last 512
  templates it parsed; the table has more, so each sub parsed its template again).

    .venv/bin/python bench/canon_bench.py [--rounds 3] [--sentences 1500]

All sides rewrite the same sentences of the held-out cases (every k-th one, ``--sentences``
of them) with the same 2,500-odd rows, in the same process, in alternating rounds; the
outputs are checked equal first. Prints the medians (ms per 1,000 sentences) and the ratios
to the skipping side; asserts nothing.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from syncwright.mapping.draft.canon import apply_rows, rewrites  # noqa: E402


def _sentences() -> list[str]:
    out: list[str] = []
    for f in sorted((ROOT / "bench" / "heldout").glob("*/*.yaml")):
        text = yaml.safe_load(f.read_text(encoding="utf-8"))["text"]
        out += [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n", text) if s.strip()]
    return out


def _run(rows: Sequence[tuple[re.Pattern[str], object]], sentences: list[str]) -> tuple[float, list[str]]:
    t = time.perf_counter()
    done = []
    for s in sentences:
        for rx, repl in rows:
            s = rx.sub(repl, s)  # type: ignore[call-overload]
        done.append(s)
    return time.perf_counter() - t, done


def _run_table(sentences: list[str], filtered: bool) -> tuple[float, list[str]]:
    t = time.perf_counter()
    done = []
    for s in sentences:
        changes = apply_rows(s, filtered=filtered)
        done.append(changes[-1][2] if changes else s)
    return time.perf_counter() - t, done


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--sentences", type=int, default=1500)
    args = ap.parse_args()
    parsed = [(rx, repl) for rx, repl, _ in rewrites()]
    data = yaml.safe_load((ROOT / "src/syncwright/mapping/draft/data/canon.yaml").read_text(encoding="utf-8"))
    plain = yaml.safe_load((ROOT / "src/syncwright/mapping/draft/data/plain.yaml").read_text(encoding="utf-8"))
    raw: list[tuple[str, str]] = []
    for name, group in data.items():
        raw += [(p, r) for p, r in group]
        if name == "typos":
            raw += [(p, r) for g in plain.values() for p, r in g]
    strings = [(rx, r) for (rx, _), (_, r) in zip(parsed, raw, strict=True)]
    every = _sentences()
    sentences = every[:: max(1, len(every) // args.sentences)]
    skipping = _run_table(sentences, True)[1]
    assert skipping == _run(parsed, sentences)[1] == _run(strings, sentences)[1], "the sides disagree"
    assert skipping == _run_table(sentences, False)[1], "the sides disagree"
    a: list[float] = []
    b: list[float] = []
    c: list[float] = []
    for _ in range(args.rounds):
        a.append(_run_table(sentences, True)[0])
        b.append(_run_table(sentences, False)[0])
        c.append(_run(strings, sentences)[0])
    per = 1000 / len(sentences)
    print(f"{len(sentences)} sentences, {len(parsed)} rows, {sum(callable(r) for _, r in parsed)} parsed templates")
    print(f"rows skipped by their words: {1000 * statistics.median(a) * per:.1f} ms per 1,000 sentences")
    print(f"every row run:               {1000 * statistics.median(b) * per:.1f} ms per 1,000 sentences")
    print(f"every row, re's templates:   {1000 * statistics.median(c) * per:.1f} ms per 1,000 sentences")
    print(f"ratio (every row / skipping): {statistics.median(b) / statistics.median(a):.2f}")
    print(f"ratio (re's templates / skipping): {statistics.median(c) / statistics.median(a):.2f}")

if __name__ == "__main__":
    main()
