"""The review loop: a regeneration never overwrites rules a person edited by hand.

Every drafted rule carries a fingerprint of its own content in its ``note``
(``drafted:<hash>``). When the text is drafted again over an existing file, a rule whose
content no longer matches its fingerprint (edited by hand), or that has none (written by
hand), is kept as it is; if the new draft would have written that field differently, the
conflict is reported instead of resolved silently.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

import orjson

_MARK = re.compile(r"\[drafted:([0-9a-f]{10})\]")


def fingerprint(rule: dict[str, Any]) -> str:
    body = {k: v for k, v in rule.items() if k != "note"}
    return hashlib.sha256(orjson.dumps(body, option=orjson.OPT_SORT_KEYS)).hexdigest()[:10]


def mark(rule: dict[str, Any], why: str) -> dict[str, Any]:
    """The rule with its explanation and fingerprint in ``note``."""
    out = dict(rule)
    out["note"] = f"{why} [drafted:{fingerprint(rule)}]".strip()
    return out


def hand_edited(rule: dict[str, Any]) -> bool:
    m = _MARK.search(str(rule.get("note") or ""))
    return m is None or m.group(1) != fingerprint(rule)


def keep_hand_edits(new: dict[str, Any], previous: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The new draft with the previous file's hand-edited rules kept; and the conflicts."""
    if previous.get("version") != 2 or not isinstance(previous.get("rules"), list):
        return new, []
    kept = {r["to"]: r for r in previous["rules"] if isinstance(r, dict) and "to" in r and hand_edited(r)}
    conflicts: list[dict[str, Any]] = []
    rules: list[dict[str, Any]] = []
    seen = set()
    for r in new.get("rules", []):
        target = r.get("to")
        if target in kept:
            old = kept[target]
            if fingerprint(old) != fingerprint(r):
                conflicts.append({
                    "field": target,
                    "kept": {k: v for k, v in old.items() if k != "note"},
                    "drafted": {k: v for k, v in r.items() if k != "note"},
                    "reason": "you edited this rule by hand; the text now says something else, so your rule is kept (edit the text or the rule to settle it)",
                })
            rules.append(old)
            seen.add(target)
        else:
            rules.append(r)
    for target, old in kept.items():
        if target not in seen:
            rules.append(old)  # added by hand: kept
    out = dict(new)
    out["rules"] = rules
    if previous.get("match_key") and any(r.get("to") == previous["match_key"] for r in rules):
        out["match_key"] = previous["match_key"]
    return out, conflicts
