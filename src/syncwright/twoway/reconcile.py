"""Reconciling one person: both sides' records, the baseline, the policies -> writes.

Pure apart from the ledger it reads: given the person's changed records (if any) and what
the ledger last knew of each side, it returns the fields to write on each side, the
decisions (one per disagreeing field, with the reason), the conflicts for review and the
sides' new baseline. The direction mappings (v2) convert values between the sides.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from syncwright.mapping.apply import CompiledMapping
from syncwright.mapping.spec import spec_from_json
from syncwright.twoway.definition import Policy
from syncwright.twoway.ledger import Ledger, PersonState, values_hash
from syncwright.twoway.policies import FieldState, blank, decide, decide_opt_out, same

OTHER = {"a": "b", "b": "a"}


def person_key(value: Any) -> str | None:
    """The person a record belongs to: its match value, trimmed and case-folded."""
    if blank(value):
        return None
    return str(value).strip().casefold()


def stamp(value: Any) -> str | None:
    """A platform's modification time as a comparable UTC ISO string."""
    if blank(value):
        return None
    text = str(value).strip().replace("Z", "+00:00")
    if len(text) > 5 and text[-5] in "+-" and text[-3] != ":":
        text = text[:-2] + ":" + text[-2:]  # Salesforce's +0000
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        return None
    return (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).astimezone(UTC).isoformat()


@dataclass
class Plan:
    """What reconciling one person decided."""

    writes: dict[str, dict[str, Any]] = field(default_factory=lambda: {"a": {}, "b": {}})
    create: str | None = None  # the side a record is created on
    decisions: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    closed: list[str] = field(default_factory=list)
    applied: list[str] = field(default_factory=list)  # resolutions applied
    echo: list[str] = field(default_factory=list)
    sides: dict[str, dict[str, Any] | None] = field(default_factory=dict)
    problem: str | None = None


class Reconciler:
    """The two-way definition compiled once per run."""

    def __init__(self, tw: dict[str, Any]) -> None:
        self.match: dict[str, str] = tw["match"]
        self.pairs: dict[str, tuple[str, Policy]] = {
            a: (p["b"], Policy(p["policy"])) for a, p in tw["fields"].items()
        }
        self.maps = {
            "b": CompiledMapping(spec_from_json(tw["mappings"]["a_to_b"])),  # writes B
            "a": CompiledMapping(spec_from_json(tw["mappings"]["b_to_a"])),  # writes A
        }
        self.stamps: dict[str, str] = tw.get("stamps") or {}
        self.create: dict[str, bool] = tw["create"]
        self.opt_out: dict[str, Any] | None = tw.get("opt_out")
        self.loop: dict[str, int] = tw["loop_breaker"]

    # -- field names per side -------------------------------------------------------
    def synced(self, side: str) -> list[str]:
        names = [a if side == "a" else b for a, (b, p) in self.pairs.items()
                 if p != Policy.NEVER]
        return [self.match[side], *names]

    def synced_values(self, side: str, rec: dict[str, Any]) -> dict[str, Any]:
        return {f: rec.get(f) for f in self.synced(side)}

    def _opted_out(self, side: str, rec: dict[str, Any]) -> bool:
        if self.opt_out is None:
            return False
        rule = self.opt_out[side]
        value = rec.get(rule["field"])
        if isinstance(rule["opted_out"], bool):
            return str(value).lower() == str(rule["opted_out"]).lower()  # HubSpot: "true"
        return bool(value == rule["opted_out"])

    def _map(self, to: str, rec: dict[str, Any]) -> tuple[dict[str, Any] | None, str | None]:
        batch = self.maps[to].map_batch([("r", rec)])
        if batch.rejected:
            r = batch.rejected[0]
            return None, f"mapping to {to.upper()}: {r.get('field')}: {r.get('reason')}"
        if batch.skipped or not batch.records:
            return None, None
        return batch.records[0][1], None

    # -- one person ---------------------------------------------------------------
    def plan(self, person: str, changed: dict[str, dict[str, Any]], st: PersonState,
             ledger: Ledger, run: int, job: str) -> Plan:
        plan = Plan()
        recs: dict[str, dict[str, Any]] = {}
        moved: dict[str, set[str]] = {"a": set(), "b": set()}
        gone = self._deletions(person, changed, st, ledger, job, plan)
        if gone is not None:
            return gone
        for side in ("a", "b"):
            mirror: dict[str, Any] | None = getattr(st, side)
            rec = changed.get(side)
            if rec is None:
                if mirror is not None:
                    recs[side] = dict(mirror["rec"])
                    plan.sides[side] = mirror
                continue
            values = self.synced_values(side, rec)
            h = values_hash(values)
            before = self.synced_values(side, mirror["rec"]) if mirror else {}
            if mirror is not None and mirror.get("written") == h:
                plan.echo.append(side)  # only our own write coming back
            moved[side] = {f for f in values if mirror is None or not same(values[f], before.get(f))}
            recs[side] = dict(rec)
            plan.sides[side] = {
                "id": str(changed[side].get("_id") or (mirror or {}).get("id") or ""),
                "rec": rec,
                "stamp": stamp(rec.get(self.stamps.get(side, ""))),
                "written": mirror.get("written") if mirror else None,
            }
        if len(recs) == 1:
            return self._create(person, plan, recs)
        mapped: dict[str, dict[str, Any]] = {}
        for to in ("a", "b"):
            out, problem = self._map(to, recs[OTHER[to]])
            if problem:
                plan.problem = problem
                return plan
            mapped[to] = out or {}
        waiting = ledger.open_conflicts(person)
        recent = [r for r in st.writes if r > run - self.loop["window_runs"]]
        looping = len(recent) >= self.loop["max_writes"]
        opt_a = self.opt_out["a"]["field"] if self.opt_out else None
        for a_field, (b_field, policy) in self.pairs.items():
            if policy == Policy.NEVER:
                continue
            a_val, b_val = recs["a"].get(a_field), recs["b"].get(b_field)
            conflict = waiting.get(a_field)
            if same(mapped["b"].get(b_field), b_val):
                if conflict is not None:
                    plan.closed.append(conflict["id"])
                continue
            state = FieldState(a_val, b_val, a_field in moved["a"], b_field in moved["b"],
                               (plan.sides["a"] or {}).get("stamp"),
                               (plan.sides["b"] or {}).get("stamp"))
            if a_field == opt_a:
                d = decide_opt_out(self._opted_out("a", recs["a"]), self._opted_out("b", recs["b"]))
                winner, review, why = d.winner, d.review, d.why
            elif conflict is not None and conflict["status"] == "resolved":
                res = conflict["resolution"]
                winner, review = res["take"], False
                why = f"resolved in review by {res.get('by', '?')}: take {res['take'].upper()}"
                plan.applied.append(conflict["id"])
            elif conflict is not None:
                if not (same(conflict["a"], a_val) and same(conflict["b"], b_val)):
                    # still waiting, with the newest values (what a reviewer must see)
                    plan.conflicts.append({**{k: v for k, v in conflict.items()
                                              if k != "status"},
                                           "a": a_val, "b": b_val, "stamp_a": state.stamp_a,
                                           "stamp_b": state.stamp_b, "job": job})
                continue  # waiting in the review queue
            elif not state.changed_a and not state.changed_b and st.a and st.b:
                continue  # an old disagreement nobody touched (e.g. 'never' history)
            else:
                d = decide(policy, state)
                winner, review, why = d.winner, d.review, d.why
            if winner is not None and looping and a_field != opt_a:
                winner, review = None, True
                why = f"loop breaker: {len(recent)} writes in the last {self.loop['window_runs']} runs"
            if review:
                plan.conflicts.append({
                    "id": uuid.uuid4().hex[:10], "person": person, "field": a_field,
                    "b_field": b_field, "a": a_val, "b": b_val, "stamp_a": state.stamp_a,
                    "stamp_b": state.stamp_b, "why": why, "job": job,
                })
                plan.decisions.append({"field": a_field, "winner": None, "review": True,
                                       "why": why})
                continue
            if winner is None:
                continue
            if winner == "a":
                value = mapped["b"].get(b_field)
                plan.writes["b"][b_field] = value
                lost = {"side": "b", "value": b_val} if b_field in moved["b"] else None
            else:
                value = mapped["a"].get(a_field)
                plan.writes["a"][a_field] = value
                lost = {"side": "a", "value": a_val} if a_field in moved["a"] else None
            plan.decisions.append({"field": a_field, "winner": winner, "why": why,
                                   "value": value, **({"lost": lost} if lost else {})})
        return plan

    def _deletions(self, person: str, changed: dict[str, dict[str, Any]], st: PersonState,
                   ledger: Ledger, job: str, plan: Plan) -> Plan | None:
        """A person deleted on a side goes to review and is not written on either side
        (nothing deleted on the other side, nothing re-created) until a person decides:
        take the deleting side (stop syncing the person) or the other (re-create)."""
        deleted = {s: (changed.get(s) or {}).get("_deleted") or (getattr(st, s) or {}).get(
            "deleted") for s in ("a", "b")}
        deleted = {s: d for s, d in deleted.items() if d}
        if not deleted:
            return None
        mine = [c for c in ledger.conflicts_of(person) if c["field"] == "*"]
        conflict = mine[-1] if mine else None
        side = next(iter(deleted))
        for s in ("a", "b"):
            mirror = getattr(st, s)
            rec = changed.get(s)
            if rec is not None and "_deleted" not in rec:  # the side's newest values
                plan.sides[s] = {"id": str(rec.get("_id") or (mirror or {}).get("id") or ""),
                                 "rec": rec, "stamp": stamp(rec.get(self.stamps.get(s, ""))),
                                 "written": (mirror or {}).get("written")}
            elif mirror is not None:
                plan.sides[s] = {**mirror, **({"deleted": deleted[s]} if s in deleted else {})}
        if conflict is not None and conflict["status"] == "resolved":
            take = conflict["resolution"]["take"]
            plan.applied.append(conflict["id"])
            if take == side:
                plan.decisions.append({"field": "*", "winner": side, "why": (
                    f"deleted on {side.upper()}: kept deleted, the person is no longer synced")})
                return plan
            keep = plan.sides.get(OTHER[side]) or {}
            plan.sides[side] = None
            plan.decisions.append({"field": "*", "winner": OTHER[side], "why": (
                f"deleted on {side.upper()}: re-created from {OTHER[side].upper()} (review)")})
            return self._create(person, plan, {OTHER[side]: dict(keep.get("rec") or {})})
        if conflict is None:
            plan.conflicts.append({
                "id": uuid.uuid4().hex[:10], "person": person, "field": "*", "b_field": "*",
                "a": "deleted" if "a" in deleted else "present",
                "b": "deleted" if "b" in deleted else "present",
                "stamp_a": deleted.get("a"), "stamp_b": deleted.get("b"), "job": job,
                "why": f"deleted on {side.upper()}; the other side still holds the person"})
        elif conflict["status"] == "applied":
            return plan  # the deletion was accepted in review: the person is not synced
        plan.decisions.append({"field": "*", "winner": None, "review": True,
                               "why": f"deleted on {side.upper()}: waiting in review"})
        return plan

    def _create(self, person: str, plan: Plan, recs: dict[str, dict[str, Any]]) -> Plan:
        have = next(iter(recs))
        to = OTHER[have]
        if not self.create.get(to):
            plan.decisions.append({"field": "*", "winner": None,
                                   "why": f"not created on {to.upper()}: creation policy"})
            return plan
        out, problem = self._map(to, recs[have])
        if problem or out is None:
            plan.problem = problem or f"mapping to {to.upper()} skipped the record"
            return plan
        plan.create = to
        plan.writes[to] = out  # all the direction's mapping makes (defaults, required fields)
        plan.decisions.append({"field": "*", "winner": have,
                               "why": f"created on {to.upper()} (creation policy allows it)"})
        return plan
