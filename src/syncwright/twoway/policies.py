"""Which side's value a field takes when the two sides disagree: the policies as a table.

Pure: given what each side holds, whether it changed since the last sync and when, the
decision names the winner (or review) and says why in words ``explain`` can print.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from syncwright.twoway.definition import Policy


def blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def same(x: Any, y: Any) -> bool:
    """Values equal as the sync compares them (blank is blank, whatever its spelling)."""
    if blank(x) and blank(y):
        return True
    return bool(x == y)


@dataclass(frozen=True, slots=True)
class FieldState:
    """One field of one person as the two sides hold it now."""

    a: Any
    b: Any
    changed_a: bool
    changed_b: bool
    stamp_a: str | None
    stamp_b: str | None


@dataclass(frozen=True, slots=True)
class Decision:
    winner: str | None  # "a", "b", or None (nothing to write)
    review: bool
    why: str


def _side(side: str, why: str) -> Decision:
    return Decision(side, False, why)


def _review(why: str) -> Decision:
    return Decision(None, True, why)


def _only_changed(s: FieldState) -> Decision | None:
    if s.changed_a and not s.changed_b:
        return _side("a", "only A changed since the last sync")
    if s.changed_b and not s.changed_a:
        return _side("b", "only B changed since the last sync")
    return None


def _latest(s: FieldState) -> Decision:
    one = _only_changed(s)
    if one is not None:
        return one
    if s.stamp_a is None or s.stamp_b is None or s.stamp_a == s.stamp_b:
        return _review(f"both changed; modification times do not order them "
                       f"(A {s.stamp_a}, B {s.stamp_b})")
    if s.stamp_a > s.stamp_b:
        return _side("a", f"latest change wins: A at {s.stamp_a} after B at {s.stamp_b}")
    return _side("b", f"latest change wins: B at {s.stamp_b} after A at {s.stamp_a}")


def _ask(s: FieldState) -> Decision:
    one = _only_changed(s)
    if one is not None:
        return one
    return _review("policy 'ask': both sides hold different values")


def _prefer(side: str) -> Callable[[FieldState], Decision]:
    other = "b" if side == "a" else "a"

    def decide(s: FieldState) -> Decision:
        if not blank(getattr(s, side)):
            return _side(side, f"prefer {side.upper()} unless blank: {side.upper()} has a value")
        return _side(other, f"prefer {side.upper()} unless blank: {side.upper()} is blank")

    return decide


POLICIES: dict[Policy, Callable[[FieldState], Decision]] = {
    Policy.OWNER_A: lambda s: _side("a", "A owns this field"),
    Policy.OWNER_B: lambda s: _side("b", "B owns this field"),
    Policy.PREFER_A_UNLESS_BLANK: _prefer("a"),
    Policy.PREFER_B_UNLESS_BLANK: _prefer("b"),
    Policy.LATEST: _latest,
    Policy.ASK: _ask,
    Policy.NEVER: lambda s: Decision(None, False, "never synced"),
}


def decide(policy: Policy, state: FieldState) -> Decision:
    """The field's decision under ``policy`` when the sides disagree."""
    return POLICIES[policy](state)


def decide_opt_out(a_out: bool, b_out: bool) -> Decision:
    """Opt-out rule: an opt-out on either side wins on both; nothing ever reverses one."""
    if a_out and not b_out:
        return _side("a", "opt-out on A propagates")
    if b_out and not a_out:
        return _side("b", "opt-out on B propagates")
    return Decision(None, False, "neither side opted out: subscription is never written")
