"""The two-way convergence check: people on both sides, rounds of random concurrent edits,
a two-way run after each (some killed with SIGKILL and resumed), and the evidence.

Everything is judged from outside: edits are made through the sandbox's admin API (as a
user in the platform's UI would), the sync's writes are read from the sandbox's write
log, and both sides' final values from its records. Only "why did this edit not win" is
read from the sync's own ledger (its decisions and review queue), which is the point:
an edit that neither landed nor has a recorded decision or review item was lost.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from syncwright.engine.orchestrator import JobRunner
from syncwright.sandbox import Sandbox
from syncwright.store import Store, open_store
from syncwright.twoway.ledger import APPLIED, Ledger, fold, load_ledger, sync_stream
from syncwright.twoway.review import list_conflicts
from tests.twoway.harness import NAME, PAIRS, agree, run_once, set_env, snapshot, write_job

A_TO_B = {a: b for a, b, _ in PAIRS}
POLICY = {a: p for a, _, p in PAIRS}
OPT = "HasOptedOutOfEmail"
DELETE = "*"  # an Edit of this field deletes the record


@dataclass(frozen=True)
class Edit:
    round: int
    side: str
    person: str
    field: str  # the A-side name of the pair
    value: Any
    phase: int  # 0 or 1: edits of phase 1 are at least a second later


@dataclass
class Figures:
    people: int = 0
    rounds: int = 0
    edits: int = 0
    applied: int = 0
    decided: int = 0  # lost to a policy, with a recorded decision
    in_review: int = 0
    lost: list[Edit] = field(default_factory=list)
    sync_writes: int = 0
    needed_writes: int = 0
    # The same record written twice in one round. A SIGKILL between a write and its
    # ``twoway_applied`` event makes the resumed run send that batch again (the same values,
    # idempotent upserts): counted apart, and allowed only in rounds with kills.
    kill_rewrites: int = 0
    unexplained_rewrites: int = 0
    noop_writes: int = 0
    quiet_rerun_writes: int = 0
    echoes_seen: int = 0
    kills: Counter[str] = field(default_factory=Counter)
    latest_wrong: int = 0
    subscribed_after_opt_out: int = 0
    resurrected: int = 0
    deletions_in_review: int = 0
    deleted_on: Counter[str] = field(default_factory=Counter)  # side -> people deleted there
    disagreeing_fields: int = 0
    run_seconds: list[float] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {k: (len(v) if k == "lost" else v) for k, v in self.__dict__.items()}


def _val(side: str, a_field: str, value: Any) -> Any:
    """A value as side ``side`` spells it."""
    if a_field == OPT and side == "b":
        return "unsubscribed" if value else "subscribed"
    return value


def _holds(values: dict[str, Any] | None, side: str, a_field: str, value: Any) -> bool:
    if values is None:
        return False
    name = a_field if side == "a" else (A_TO_B.get(a_field) or "status")
    return agree(values.get(name), _val(side, a_field, value))


class World:
    """The sandbox, the sync's files, and the generator."""

    def __init__(self, sb: Sandbox, tmp: Path, seed: int) -> None:
        self.sb = sb
        self.tmp = tmp
        self.rng = random.Random(seed)
        self.job = write_job(tmp / "job.yaml", sb)
        self.store_path = tmp / "store.db"
        self.store: Store = open_store(str(self.store_path))
        self.sf, self.mc = sb.admin("salesforce"), sb.admin("mailchimp")
        self.ids: dict[str, dict[str, str]] = {"a": {}, "b": {}}  # person -> record id
        self.opted_out: set[str] = set()
        self.deleted: dict[str, str] = {}  # person -> the side the generator deleted it on
        self.serial = 0

    # -- people ----------------------------------------------------------------------
    def _person_fields(self, n: int) -> dict[str, Any]:
        return {"FirstName": f"First{n}", "LastName": f"Last{n}", "Phone": f"555-{n:06d}",
                "Title": f"Co{n}"}

    def seed(self, n: int) -> None:
        """n people on both sides, agreeing (set up in-process: not what is tested)."""
        sfs, mcs = self.sb.simulator("salesforce"), self.sb.simulator("mailchimp")
        for i in range(n):
            email = f"person{i}@example.com"
            f = self._person_fields(i)
            rec = sfs.admin_write("Contact", "create", None, {"Email": email, **f})
            self.ids["a"][email] = rec["Id"]
            m = mcs.admin_write("members", "create", None, {
                "email_address": email, "status": "subscribed",
                "merge_fields": {A_TO_B[k]: v for k, v in f.items()}})
            self.ids["b"][email] = m["id"]
        self.serial = n

    # -- edits ---------------------------------------------------------------------------
    def _write(self, e: Edit) -> None:
        if e.field == DELETE and e.side == "a":
            self.sf.delete("Contact", self.ids["a"].pop(e.person))
            self.deleted[e.person] = "a"
        elif e.field == DELETE:  # archived, as Mailchimp's "delete" does
            self.mc.delete("members", self.ids["b"].pop(e.person))
            self.deleted[e.person] = "b"
        elif e.side == "a":
            self.sf.update("Contact", self.ids["a"][e.person], {e.field: e.value})
        elif e.field == OPT:
            self.mc.update("members", self.ids["b"][e.person], {"status": "unsubscribed"})
        else:
            self.mc.update("members", self.ids["b"][e.person],
                           {"merge_fields": {A_TO_B[e.field]: e.value}})

    def _new_person(self, side: str, r: int) -> str:
        n = self.serial
        self.serial += 1
        email = f"new{n}@example.com"
        f = self._person_fields(n)
        if side == "a":
            rec = self.sf.create("Contact", {"Email": email, **f})
            self.ids["a"][email] = rec["Id"]
        else:
            m = self.mc.create("members", {"email_address": email, "status": "subscribed",
                                           "merge_fields": {A_TO_B[k]: v for k, v in f.items()}})
            self.ids["b"][email] = m["id"]
        return email

    def round_edits(self, r: int, changes: int) -> tuple[list[Edit], list[str]]:
        """Generate and make one round's edits: two phases a second apart (in random order
        of sides), so 'latest' has modification times that order them."""
        both = [p for p in self.ids["a"] if p in self.ids["b"]]
        people = self.rng.sample(both, min(changes, len(both)))
        first = self.rng.choice("ab")
        phases: list[list[Edit]] = [[], []]
        for k, person in enumerate(people):
            kind = self.rng.random()
            a_field = self.rng.choice(list(A_TO_B))
            value = f"{a_field[:2]}-r{r}-{k}"
            if kind < 0.45:  # one side edits one field
                side = self.rng.choice("ab")
                phases[0 if side == first else 1].append(Edit(r, side, person, a_field, value,
                                                              0 if side == first else 1))
            elif kind < 0.75:  # both sides edit the same field
                phases[0].append(Edit(r, first, person, a_field, value + "x", 0))
                other = "b" if first == "a" else "a"
                phases[1].append(Edit(r, other, person, a_field, value + "y", 1))
            elif kind < 0.90 and person not in self.opted_out:  # an opt-out, on either side
                side = self.rng.choice("ab")
                phases[0].append(Edit(r, side, person, OPT, True, 0))
                self.opted_out.add(person)
            elif person in self.opted_out:  # someone tries to resubscribe them on A
                phases[1].append(Edit(r, "a", person, OPT, False, 1))
            elif kind > 0.97:  # deleted on one side; the other keeps editing the person
                side = self.rng.choice("ab")
                phases[0].append(Edit(r, side, person, DELETE, None, 0))
                phases[1].append(Edit(r, "b" if side == "a" else "a", person, "FirstName",
                                      value + "d", 1))
        for phase in (0, 1):
            for e in phases[phase]:
                self._write(e)
            if phase == 0:
                time.sleep(1.05)  # both platforms keep whole seconds
        created = [self._new_person(self.rng.choice("ab"), r)
                   for _ in range(max(1, changes // 20))]
        return phases[0] + phases[1], created

    # -- running the sync ---------------------------------------------------------------
    def _log_totals(self) -> tuple[int, int]:
        return self.sf.writes()["total"], self.mc.writes()["total"]

    def run(self, kill: bool, figures: Figures) -> None:
        started = time.monotonic()
        if not kill:
            view = run_once(self.store, self.job)
            assert view.state.value == "completed", view.reason
        else:
            self._run_with_kills(figures)
        figures.run_seconds.append(time.monotonic() - started)

    def _newest_state(self) -> str | None:
        try:
            con = sqlite3.connect(f"file:{self.store_path}?mode=ro", uri=True, timeout=5)
            try:
                row = con.execute("SELECT state FROM jobs WHERE name = ? ORDER BY created_at "
                                  "DESC LIMIT 1", (NAME,)).fetchone()
            finally:
                con.close()
        except sqlite3.Error:
            return None
        return str(row[0]) if row else None

    def _run_with_kills(self, figures: Figures) -> None:
        """Run in a child process; SIGKILL it when the run reaches each target state (a
        few milliseconds in), then run again: the unfinished run resumes."""
        env = {**os.environ, "SYNCWRIGHT_STORE": str(self.store_path)}
        args = [sys.executable, "-m", "syncwright", "twoway", "run", str(self.job)]
        targets = ["fetching", "uploading", "uploading"]
        self.rng.shuffle(targets)
        for attempt in range(60):
            proc = subprocess.Popen(args, env=env, cwd=self.tmp, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE)
            if attempt < len(targets):
                seen_start = self._newest_state() == "completed"
                deadline = time.monotonic() + 60
                while proc.poll() is None and time.monotonic() < deadline:
                    state = self._newest_state()
                    if state != "completed":
                        seen_start = True
                    if seen_start and state == targets[attempt]:
                        time.sleep(self.rng.uniform(0.0, 0.03))
                        break
                    time.sleep(0.002)
                if proc.poll() is None:
                    state = self._newest_state()
                    proc.send_signal(signal.SIGKILL)
                    proc.wait()
                    figures.kills[state or "starting"] += 1
                    continue
            _, stderr = proc.communicate(timeout=600)
            if proc.returncode == 0:
                return
            raise AssertionError(f"two-way run exited {proc.returncode}: {stderr.decode()}")
        raise AssertionError("two-way run never completed")


def _by_id(sb: Sandbox) -> dict[str, dict[str, Any]]:
    """(object:id) -> synced values, for telling a write that changed nothing."""
    out: dict[str, dict[str, Any]] = {}
    for rec in sb.admin("salesforce").records("Contact"):
        out[f"Contact:{rec['Id']}"] = {k: rec.get(k) for k in (*A_TO_B, OPT, "Email")}
    for m in sb.admin("mailchimp").records("members"):
        out[f"members:{m['id']}"] = {**m["merge_fields"], "status": m["status"]}
    return out


def _writes_since(sb: Sandbox, before: tuple[int, int]) -> list[str]:
    keys = []
    for platform, start in zip(("salesforce", "mailchimp"), before, strict=True):
        for w in sb.admin(platform).writes()["writes"][start:]:
            keys.append(f"{w['object']}:{w['key']}")
    return keys


def _decisions(store: Store, jobs: set[str]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    out: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for ev in store.read_stream(sync_stream(NAME)):
        if ev.type == APPLIED and ev.data["job"] in jobs:
            for person, entry in ev.data["persons"].items():
                for d in entry["decisions"]:
                    out.setdefault((person, d["field"]), []).append(d)
    return out


def account(world: World, edits: list[Edit], jobs: set[str], figures: Figures) -> None:
    """Every edit of the round: applied, lost to a recorded decision, or in review."""
    people = snapshot(world.sb)
    decisions = _decisions(world.store, jobs)
    review = {(c["person"], c["field"]): c for c in list_conflicts(world.store, NAME)}
    later = {(e.person, e.field) for e in edits if e.phase == 1}
    for e in edits:
        figures.edits += 1
        held = people.get(e.person, {})
        if _holds(held.get("a"), "a", e.field, e.value) and \
                _holds(held.get("b"), "b", e.field, e.value):
            figures.applied += 1
            if POLICY.get(e.field) == "latest" and e.phase == 0 and (e.person, e.field) in later:
                figures.latest_wrong += 1  # the earlier of two edits must not win
            continue
        c = review.get((e.person, e.field))
        if c is not None and agree(c[e.side], _val(e.side, e.field, e.value)):
            figures.in_review += 1
            continue
        if (e.person, DELETE) in review:  # deleted on one side: the person waits in review
            figures.in_review += 1
            continue
        lost = [d for d in decisions.get((e.person, e.field), [])
                if d.get("lost", {}).get("side") == e.side
                and agree(d["lost"]["value"], _val(e.side, e.field, e.value))]
        opt_rule = e.field == OPT and e.value is False and any(
            "opt-out" in d["why"] for d in decisions.get((e.person, e.field), []))
        if lost or opt_rule:
            figures.decided += 1
            continue
        figures.lost.append(e)


def converge(sb: Sandbox, tmp: Path, people: int, rounds: int, kill_rounds: set[int],
             seed: int = 16, change_share: float = 0.08, progress: bool = False) -> Figures:
    set_env(sb)
    world = World(sb, tmp, seed)
    world.seed(people)
    figures = Figures(people=people, rounds=rounds)
    world.run(False, figures)  # the first run: both sides are read in full
    for r in range(1, rounds + 1):
        edits, _created = world.round_edits(r, int(people * change_share))
        jobs_before = {v.job_id for v in world.store.list_jobs()}
        before_values = _by_id(sb)
        before_log = world._log_totals()
        world.run(r in kill_rounds, figures)
        after_values = _by_id(sb)
        writes = _writes_since(sb, before_log)
        figures.sync_writes += len(writes)
        repeats = len(writes) - len(set(writes))
        if r in kill_rounds:
            figures.kill_rewrites += repeats
        else:
            figures.unexplained_rewrites += repeats
        changed = {k for k, v in after_values.items() if before_values.get(k) != v}
        figures.needed_writes += len(changed)
        figures.noop_writes += sum(1 for k in set(writes) if k not in changed)
        jobs = {v.job_id for v in world.store.list_jobs()} - jobs_before
        account(world, edits, jobs, figures)
        if progress:
            print(f"round {r}/{rounds}: {len(edits)} edits, {len(writes)} writes, "
                  f"{figures.run_seconds[-1]:.1f} s", file=sys.stderr, flush=True)
        quiet = world._log_totals()
        run_once(world.store, world.job)  # nothing changed since: must write nothing
        figures.quiet_rerun_writes += len(_writes_since(sb, quiet))
    final = snapshot(sb)
    ledger = load_ledger(world.store, NAME)
    assert ledger == fold(world.store, Ledger(NAME))  # from its snapshot, if runs saved one
    waiting = {(c["person"], c["field"]) for c in ledger.conflicts.values()
               if c["status"] == "open"}
    figures.echoes_seen = sum(len(p.get("echo", [])) for ev in world.store.read_stream(
        sync_stream(NAME)) for p in ev.data.get("persons", {}).values())
    for person, sides in final.items():
        if person in world.deleted:
            gone = world.deleted[person]
            figures.deletions_in_review += (person, DELETE) in waiting
            figures.deleted_on[gone] += 1
            figures.resurrected += gone in sides and sides[gone].get("status") != "archived"
            continue
        assert "a" in sides and "b" in sides, f"{person} is on one side only"
        a, b = sides["a"], sides["b"]
        for a_field, b_field in A_TO_B.items():
            if (person, a_field) not in waiting and not agree(a[a_field], b[b_field]):
                figures.disagreeing_fields += 1
        if (a[OPT] or person in world.opted_out) and b["status"] == "subscribed":
            figures.subscribed_after_opt_out += 1
        if a[OPT] != (b["status"] == "unsubscribed"):
            figures.disagreeing_fields += 1
    return figures


def count_outcomes(figures: Figures) -> Counter[str]:
    return Counter({"applied": figures.applied, "decided": figures.decided,
                    "in_review": figures.in_review, "lost": len(figures.lost)})


def run_async(store: Store, job_id: str) -> Any:
    return asyncio.run(JobRunner(store, job_id).run())
