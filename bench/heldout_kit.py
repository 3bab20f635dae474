"""The held-out round's tools in one place: run every folder in-process (in parallel), compare
two runs, print the never-opened figures, show one opened case's miss, trace how the grammar
read a text, trace the canonical-wording rows a sentence passes through, and bring
KNOWN_MISSES / FLOORS in tests/mapping_draft/test_wording.py up to a run.

    .venv/bin/python bench/heldout_kit.py run OUT.json [FOLDER ...] [-j 2] [--src DIR]
    .venv/bin/python bench/heldout_kit.py sub BASE.json OUT.json (--folders F ... | --ids ID ... | --regex RX) [--src DIR]
    .venv/bin/python bench/heldout_kit.py compare BEFORE.json AFTER.json
    .venv/bin/python bench/heldout_kit.py figures RUN.json
    .venv/bin/python bench/heldout_kit.py show h97-32 [--all]
    .venv/bin/python bench/heldout_kit.py trace hubspot.contacts salesforce.Lead "TEXT"
    .venv/bin/python bench/heldout_kit.py canon "a sentence" [--rows]
    .venv/bin/python bench/heldout_kit.py known RUN.json
    .venv/bin/python bench/heldout_kit.py questions RUN.json

Why here and not in a notebook: every round needs them, and a new machine lost them eleven
times. The never-opened sets are listed in bench/heldout/never_opened.txt; `show` and `trace`
refuse their cases (their wording must not reach whoever tunes the drafter), and `compare`
prints their ids only, marked (u). `run` is the in-process runner of draft_heldout_bench (the
same two CLI commands through typer's runner); the figure to report for the issue is still the
subprocess one. `--src` runs another copy of src/ (a snapshot of the round's start code).
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import sys
import tempfile
from multiprocessing import Pool
from pathlib import Path
from typing import Any

import orjson
import yaml

ROOT = Path(__file__).resolve().parent.parent
HELD_OUT = ROOT / "bench" / "heldout"
WORDING = ROOT / "tests" / "mapping_draft" / "test_wording.py"
PUBLIC = ROOT / "tests" / "mapping_draft" / "cases"
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: the case files load five times faster


def never_opened() -> set[str]:
    """The folder names (set56, ...) no round has read case by case."""
    lines = (HELD_OUT / "never_opened.txt").read_text(encoding="utf-8").splitlines()
    return {f"set{n.strip()}" for n in lines if n.strip() and not n.startswith("#")}


def _folder_of(case_id: str) -> str:
    m = re.match(r"h(\d+)-", case_id)
    return f"set{m[1]}" if m else ""


def _refuse_unseen(case_id: str) -> None:
    if _folder_of(case_id) in never_opened():
        sys.exit(f"{case_id}: a never-opened set's case; its wording stays unread (bench/heldout/never_opened.txt)")


def _folders(given: list[str]) -> list[Path]:
    if given:
        return [Path(f) for f in given]
    return [*sorted(p for p in HELD_OUT.iterdir() if p.is_dir() and any(p.glob("*.yaml"))), PUBLIC]


def _one(path: str) -> tuple[str, str, str, str]:
    """(folder, id, pass|asked|SILENT, why) for one case file."""
    from draft_heldout_bench import asked, run_case

    case = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    with tempfile.TemporaryDirectory() as tmp:
        ok, why = run_case(case, Path(tmp), True)
    status = "pass" if ok else ("asked" if asked(why) else "SILENT")
    return Path(path).parent.name, case["id"], status, why


def cmd_run(args: argparse.Namespace) -> None:
    if args.src:
        sys.path.insert(0, str(Path(args.src).resolve()))
    sys.path.insert(0, str(ROOT / "bench"))
    import syncwright

    print(f"syncwright from {Path(syncwright.__file__).parent}", file=sys.stderr)
    files = [str(f) for d in _folders(args.folders) for f in sorted(d.glob("*.yaml"))]
    cases: dict[str, str] = {}
    why: dict[str, str] = {}
    per: dict[str, list[int]] = {}
    with Pool(args.jobs) as pool:
        for k, (folder, cid, status, reason) in enumerate(pool.imap(_one, files, chunksize=4), 1):
            cases[cid] = status
            if reason:
                why[cid] = reason
            n = per.setdefault(folder, [0, 0, 0])
            n[0] += 1
            n[1] += status == "pass"
            n[2] += status == "SILENT"
            if k % 250 == 0:
                print(f"  {k}/{len(files)}", file=sys.stderr)
    out = Path(args.out)
    out.write_bytes(orjson.dumps({"cases": cases, "per": per}, option=orjson.OPT_INDENT_2))
    out.with_suffix(".why.json").write_bytes(orjson.dumps(why))
    os.chmod(out.with_suffix(".why.json"), 0o600)
    _print_per(per)


def cmd_sub(args: argparse.Namespace) -> None:
    """Run some cases again and merge them into a copy of a whole run: a fix is checked on the
    cases it aims at in a minute, the full run kept for the end."""
    if args.src:
        sys.path.insert(0, str(Path(args.src).resolve()))
    sys.path.insert(0, str(ROOT / "bench"))
    base = _load(args.base)
    why_path = Path(args.base).with_suffix(".why.json")
    why: dict[str, str] = orjson.loads(why_path.read_bytes()) if why_path.is_file() else {}
    files = [str(f) for d in _folders(args.folders or []) for f in sorted(d.glob("*.yaml"))] if args.folders else []
    if args.ids or args.regex:
        every = [*HELD_OUT.glob("*/*.yaml"), *PUBLIC.glob("*.yaml")]
        wanted = set(args.ids or [])
        rx = re.compile(args.regex) if args.regex else None
        files += [str(f) for f in every if f.stem in wanted or (rx and rx.search(f.stem))]
    cases: dict[str, str] = dict(base["cases"])
    before = dict(cases)
    with Pool(args.jobs) as pool:
        for _folder, cid, status, reason in pool.imap(_one, sorted(set(files)), chunksize=2):
            cases[cid] = status
            why.pop(cid, None)
            if reason:
                why[cid] = reason
    per: dict[str, list[int]] = {}
    folder_of = {c: (_folder_of(c) or PUBLIC.name) for c in cases}
    for cid, status in cases.items():
        n = per.setdefault(folder_of[cid], [0, 0, 0])
        n[0] += 1
        n[1] += status == "pass"
        n[2] += status == "SILENT"
    out = Path(args.out)
    out.write_bytes(orjson.dumps({"cases": cases, "per": per}, option=orjson.OPT_INDENT_2))
    out.with_suffix(".why.json").write_bytes(orjson.dumps(why))
    os.chmod(out.with_suffix(".why.json"), 0o600)
    unseen = never_opened()
    moved = sorted((c for c in cases if cases[c] != before.get(c)), key=_id_order)
    print(f"{len(files)} cases run; moved {len(moved)}: " + " ".join(f"{_label(c, unseen)} {before.get(c)}->{cases[c]}" for c in moved))
    u = [v for f, v in per.items() if f in unseen]
    n, ok, silent = (sum(v[i] for v in u) for i in range(3))
    print(f"never opened: {ok}/{n} ({100 * ok / max(n, 1):.1f}%) silent {silent}")
    _print_per(per)


def _print_per(per: dict[str, list[int]]) -> None:
    unseen = never_opened()
    for folder in sorted(per, key=lambda f: (len(f), f)):
        n, ok, silent = per[folder]
        mark = " (never opened)" if folder in unseen else ""
        print(f"{folder:12} {ok:3}/{n:<3} silent {silent}{mark}")
    total = [sum(v[i] for v in per.values()) for i in range(3)]
    print(f"TOTAL        {total[1]}/{total[0]} ({100 * total[1] / total[0]:.1f}%) silent {total[2]}")


def _load(path: str) -> dict[str, Any]:
    if not Path(path).is_file():
        sys.exit(f"{path}: no such run (is `run` still going?)")
    data: dict[str, Any] = orjson.loads(Path(path).read_bytes())
    return data


def _label(case_id: str, unseen: set[str]) -> str:
    return f"{case_id[: case_id.find('-', 1) + 3]}(u)" if _folder_of(case_id) in unseen else case_id


def cmd_compare(args: argparse.Namespace) -> None:
    a, b = _load(args.before)["cases"], _load(args.after)["cases"]
    unseen = never_opened()
    lost = sorted(i for i in a if a[i] == "pass" and b.get(i, "pass") != "pass")
    gained = sorted(i for i in b if b[i] == "pass" and a.get(i, "pass") != "pass")
    changed = sorted(i for i in a if i in b and a[i] != b[i] and "pass" not in (a[i], b[i]))
    for name, ids in (("LOST", lost), ("GAINED", gained)):
        print(f"{name} {len(ids)}: " + " ".join(_label(i, unseen) for i in ids))
    print(f"CHANGED {len(changed)}: " + " ".join(f"{_label(i, unseen)} {a[i]}->{b[i]}" for i in changed))


def cmd_figures(args: argparse.Namespace) -> None:
    run = _load(args.run)
    unseen = never_opened()
    per = {f: v for f, v in run["per"].items() if f in unseen}
    n, ok, silent = (sum(v[i] for v in per.values()) for i in range(3))
    print(f"never opened ({len(per)} sets): {ok}/{n} ({100 * ok / max(n, 1):.1f}%), silent {silent}")
    print("  " + ", ".join(f"{f[3:]} {v[1]}" for f, v in sorted(per.items(), key=lambda kv: int(kv[0][3:]))))
    _print_per(run["per"])


# the kinds of open question a draft asks, by their first words (counted on never-opened sets too:
# a kind says nothing of a text's wording; round 43 counted them before tuning anything)
QUESTION_KINDS = (
    ("sentence became no rule", r"It did not become a rule"),
    ("no rule or filter read", r"I could not read a rule or a filter from"),
    ("clause not understood", r"I could not understand"),
    ("condition not read", r"I could not read the condition"),
    ("no rule at all", r"no rule could be read from the text"),
    ("source with no target", r"which \S+ field should it go to"),
    ("which source fills", r"which \S+ field should fill"),
    ("which field is the value", r"which field is"),
    ("value when empty", r"be when it is empty"),
    ("what value", r"what should \S+ be\?"),
    ("value not in picklist", r"compares"),
    ("read-only target", r"is read-only"),
    ("match key", r"upserts|match key"),
)


def _kinds(why: str) -> list[str]:
    found = []
    for q in re.findall(r"question: (.*?)(?=\n\s*->|\n\d+\. |\nversion:|\Z)", why, re.S):
        q = " ".join(q.split())
        found.append(next((name for name, rx in QUESTION_KINDS if re.search(rx, q)), "other"))
    return found


def cmd_questions(args: argparse.Namespace) -> None:
    """Counts of the kinds of question on the failing cases, opened and never-opened apart; no text is printed."""
    cases = _load(args.run)["cases"]
    why_path = Path(args.run).with_suffix(".why.json")
    why: dict[str, str] = orjson.loads(why_path.read_bytes()) if why_path.is_file() else {}
    unseen = never_opened()
    for group in ("opened", "never opened"):
        failing = [c for c, st in cases.items() if st != "pass" and (_folder_of(c) in unseen) == (group == "never opened")]
        counts: dict[str, int] = {}
        alone: dict[str, int] = {}
        for c in failing:
            kinds = _kinds(why.get(c, ""))
            for k in set(kinds):
                counts[k] = counts.get(k, 0) + 1
            if len(kinds) == 1:
                alone[kinds[0]] = alone.get(kinds[0], 0) + 1
        print(f"{group}: {len(failing)} failing cases, {sum(not _kinds(why.get(c, '')) for c in failing)} with no open question")
        for k, n in sorted(counts.items(), key=lambda kv: -kv[1]):
            print(f"  {k:26} {n:5} ({100 * n / max(len(failing), 1):.0f}%)  the only question on {alone.get(k, 0)}")


def _case_file(case_id: str) -> Path:
    found = [p for p in [*HELD_OUT.glob("*/*.yaml"), *PUBLIC.glob("*.yaml")] if p.stem.startswith(case_id)]
    if len(found) != 1:
        sys.exit(f"{case_id}: {len(found)} case files match")
    return found[0]


def cmd_show(args: argparse.Namespace) -> None:
    _refuse_unseen(args.case)
    sys.path.insert(0, str(ROOT / "bench"))
    from draft_heldout_bench import run_case

    path = _case_file(args.case)
    case = yaml.safe_load(path.read_text(encoding="utf-8"))
    print(f"{case['id']}  {case['from']} -> {case['to']}\n{case['text']}\n")
    with tempfile.TemporaryDirectory() as tmp:
        ok, why = run_case(case, Path(tmp), True)
    if ok:
        print("PASS")
        return
    if args.all:
        print(why)
        return
    out = why.split("\ngot      ")[0]
    questions = out[out.find("open questions"):] if "open questions" in out else "(no open questions)"
    print(questions.split("\nversion:")[0].strip())
    m = re.search(r"\ngot      (.*)\nexpected (.*)$", why, re.S)
    if m:
        got, exp = ast.literal_eval(m[1]), ast.literal_eval(m[2])  # the bench's repr of two lists of JSON records
        for k, (g, e) in enumerate(zip(got, exp, strict=False)):
            if g != e:
                print(f"record {k}:\n  got      {g}\n  expected {e}")
                break
        else:
            print(f"{len(got)} records, {len(exp)} expected")


def cmd_trace(args: argparse.Namespace) -> None:
    for folder in never_opened():
        for p in (HELD_OUT / folder).glob("*.yaml"):
            if args.text.strip() and args.text.strip()[:40] in p.read_text(encoding="utf-8"):
                sys.exit("that text comes from a never-opened set")
    from syncwright.mapping.draft import grammar, service

    real = getattr(grammar, "split_sentences")  # noqa: B009 (patched below: the grammar's own reference)
    shown: list[bool] = []

    def spy(text: str, rewrite: Any = None) -> Any:
        sentences = real(text, rewrite)
        if not shown:  # the grammar reads the text again for other readings; the first is the one to see
            shown.append(True)
            for s in sentences:
                print(f"[{s.index}] {s.text}")
                for c in s.clauses:
                    print(f"      - {c.text}")
        return sentences

    setattr(grammar, "split_sentences", spy)  # noqa: B010
    result = service.draft_mapping(args.text, args.frm, args.to)
    print()
    for q in result.questions:
        print("?", q["question"])
    print(yaml.safe_dump(result.mapping, sort_keys=False, allow_unicode=True))


def cmd_canon(args: argparse.Namespace) -> None:
    from syncwright.mapping.draft import canon

    print(canon.canonical(args.sentence))
    if args.rows:
        for k, pattern, after in canon.rows_changing(args.sentence):
            print(f"  row {k}: {pattern[:90]}\n         -> {after}")


_ID = re.compile(r'"(h\d+-[\w-]+|d[\w-]+|n-[\w-]+)"')


def cmd_known(args: argparse.Namespace) -> None:
    """Passing ids leave KNOWN_MISSES; failing ones not on it join it under a dated comment;
    FLOORS of the run's folders become their exact % now, rounded down to one decimal (other
    folders keep theirs)."""
    run = _load(args.run)
    status: dict[str, str] = run["cases"]
    src = WORDING.read_text(encoding="utf-8")
    start = src.index("KNOWN_MISSES = {")
    end = src.index("\n}\n", start)
    block = src[start:end].splitlines()
    kept: list[str] = []
    listed: set[str] = set()
    for line in block:
        ids = _ID.findall(line) if not line.lstrip().startswith("#") else []
        if not ids:
            kept.append(line)
            continue
        listed.update(ids)
        left = [i for i in ids if status.get(i, "missing") != "pass"]
        if left:
            kept.append("    " + ", ".join(f'"{i}"' for i in left) + ",")
    new = sorted((i for i, s in status.items() if s != "pass" and i not in listed), key=_id_order)
    if new:
        kept.append(f"    # {args.comment}")
        kept.extend(f'    "{i}",' for i in new)
    src = src[:start] + "\n".join(kept) + src[end:]
    m = re.search(r"^FLOORS = (\{.*\})$", src, re.M)
    floors: dict[str, float] = ast.literal_eval(m[1]) if m else {}
    for folder, (n, ok, _silent) in run["per"].items():
        if folder != PUBLIC.name:
            floors[folder] = int(1000 * ok / n) / 10
    src = re.sub(r"^FLOORS = \{.*\}$", lambda _m: f"FLOORS = {dict(sorted(floors.items()))!r}", src, count=1, flags=re.M)
    WORDING.write_text(src, encoding="utf-8")
    gone = sorted(i for i in listed if status.get(i) == "pass")
    print(f"off KNOWN_MISSES: {len(gone)}; on it now: {len(new)} new")


def _id_order(case_id: str) -> tuple[int, str]:
    m = re.match(r"h(\d+)-", case_id)
    return (int(m[1]) if m else 0, case_id)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("run", help="every case in-process; writes OUT.json and OUT.why.json")
    p.add_argument("out")
    p.add_argument("folders", nargs="*")
    p.add_argument("-j", "--jobs", type=int, default=2)
    p.add_argument("--src", help="a copy of src/ to import syncwright from")
    p.set_defaults(fn=cmd_run)
    p = sub.add_parser("sub", help="some cases run again, merged into a copy of a whole run")
    p.add_argument("base")
    p.add_argument("out")
    p.add_argument("--folders", nargs="+")
    p.add_argument("--ids", nargs="+")
    p.add_argument("--regex")
    p.add_argument("-j", "--jobs", type=int, default=2)
    p.add_argument("--src", help="a copy of src/ to import syncwright from")
    p.set_defaults(fn=cmd_sub)
    p = sub.add_parser("compare", help="LOST / GAINED / CHANGED between two runs")
    p.add_argument("before")
    p.add_argument("after")
    p.set_defaults(fn=cmd_compare)
    p = sub.add_parser("figures", help="never-opened figures and per-folder counts of a run")
    p.add_argument("run")
    p.set_defaults(fn=cmd_figures)
    p = sub.add_parser("show", help="an opened case's text, questions and first differing record")
    p.add_argument("case")
    p.add_argument("--all", action="store_true", help="the whole draft output and both record lists")
    p.set_defaults(fn=cmd_show)
    p = sub.add_parser("trace", help="sentences and canonical clauses the grammar read, then the draft")
    p.add_argument("frm")
    p.add_argument("to")
    p.add_argument("text")
    p.set_defaults(fn=cmd_trace)
    p = sub.add_parser("canon", help="a sentence's canonical form (--rows: each table row that changed it)")
    p.add_argument("sentence")
    p.add_argument("--rows", action="store_true")
    p.set_defaults(fn=cmd_canon)
    p = sub.add_parser("questions", help="kinds of open question on the failing cases, counted (no text shown)")
    p.add_argument("run")
    p.set_defaults(fn=cmd_questions)
    p = sub.add_parser("known", help="KNOWN_MISSES and FLOORS in test_wording.py brought up to a run")
    p.add_argument("run")
    p.add_argument("--comment", default="first reading on the round's start code")
    p.set_defaults(fn=cmd_known)
    args = ap.parse_args()
    args.fn(args)


if __name__ == "__main__":
    main()

