"""The draft's intermediate form -> a declarative v2 mapping (a dict ready for YAML).

Only shapes of the v2 language (syncwright.mapping.spec_v2) are produced; the result is
validated by that model before anyone sees it.
"""

from __future__ import annotations

from typing import Any

from syncwright.mapping.draft.fields import ObjectFields
from syncwright.mapping.draft.ir import (
    And,
    Cases,
    Chain,
    Cmp,
    Cond,
    Const,
    DraftPlan,
    DraftRule,
    ListOf,
    Lookup,
    Not,
    Or,
    Src,
    Template,
    Transform,
    Value,
)
from syncwright.mapping.draft.review import mark
from syncwright.mapping.spec_v2 import table_key

# destination fields that platforms upsert by, best first (the match key)
MATCH_KEYS = ("Email", "email", "email_address", "userId", "client_id", "anonymousId", "user_id", "Id", "id")

_OPS = {"eq": "eq", "ne": "ne", "gt": "gt", "ge": "gte", "lt": "lt", "le": "lte", "in": "in",
        "not_in": "not_in", "contains": "contains"}


def transform(t: Transform) -> Any:
    if t.name == "e164":
        return {"e164": t.arg or "US"}
    if t.name == "date":
        return {"date": t.arg or "%Y-%m-%d"}
    if t.name == "collapse":
        return "collapse_spaces"
    if t.name == "string":
        return "text"
    return t.name


def condition(c: Cond) -> dict[str, Any]:
    if isinstance(c, And):
        return {"all": [condition(i) for i in c.items]}
    if isinstance(c, Or):
        return {"any": [condition(i) for i in c.items]}
    if isinstance(c, Not):
        return {"not": condition(c.item)}
    if c.op == "empty":
        return {"field": c.field, "empty": True}
    if c.op == "not_empty":
        return {"field": c.field, "empty": False}
    if c.op == "true":
        return {"field": c.field, "eq": True}
    if c.op == "false":
        return {"field": c.field, "ne": True}
    return {"field": c.field, _OPS[c.op]: c.value}


def template_text(t: Template) -> str | None:
    """The v2 template text of ``t``; None when a part asks for a format a placeholder cannot carry."""
    out = []
    for p in t.parts:
        if isinstance(p, Const):
            out.append(str(p.value).replace("{", "{{").replace("}", "}}"))
        else:
            names = "".join("|" + _plain_transform(x) for x in p.transforms)
            if names and any(_plain_transform(x) == "" for x in p.transforms):
                return None
            out.append("{" + p.field + names + "}")
    return "".join(out)


def _plain_transform(t: Transform) -> str:
    """Template placeholders take argument-free transforms only (a plain `date` is YYYY-MM-DD)."""
    if t.name == "date" and t.arg in (None, "%Y-%m-%d"):
        return "date"
    x = transform(t)
    return x if isinstance(x, str) else ""


def _table(cases: Cases) -> dict[str, Any] | None:
    """Cases that all test one field for equality with constants become a value table. One
    branch and no 'otherwise' stays a condition: "Description is 'Priority' when the stage is
    customer" leaves Description out for the other stages, where a table without 'otherwise'
    would reject their records as unlisted values."""
    if cases.otherwise is None and (len(cases.branches) == 1 or cases.leave_out_rest):
        return None
    fields = set()
    table: dict[str, Any] = {}
    for c, v in cases.branches:
        if not isinstance(v, Const) or not isinstance(c, Cmp):
            return None
        fields.add(c.field)
        if c.op == "eq":
            keys = [c.value]
        elif c.op == "in":
            keys = list(c.value)
        elif c.op == "true":
            keys = [True]
        else:
            return None
        for k in keys:
            table.setdefault(table_key(k), v.value)
    if len(fields) != 1:
        return None
    if cases.otherwise is not None and not isinstance(cases.otherwise, Const):
        return None
    out: dict[str, Any] = {"from": fields.pop(), "table": table}
    if isinstance(cases.otherwise, Const):
        out["otherwise"] = cases.otherwise.value
    return out


def value(v: Value) -> dict[str, Any]:
    if isinstance(v, Const):
        return {"value": v.value}
    if isinstance(v, Src):
        out: dict[str, Any] = {"from": v.field}
        if v.transforms:
            out["transform"] = [transform(t) for t in v.transforms]
        return out
    if isinstance(v, Template):
        text = template_text(v)
        if text is None:
            raise ValueError("a template part needs a transform with an argument")
        return {"template": text}
    if isinstance(v, Chain):
        joined = _template_or_part(v)
        if joined is not None:
            return joined
        opts = list(v.options)
        last = opts[-1]
        default = last if len(opts) > 1 and isinstance(last, Const) else None
        if default is not None:
            opts.pop()
        shared = _shared_transforms(opts)
        if len(opts) == 1:
            out = value(opts[0])
        elif shared:  # one format for whichever field wins: said once, for the rule
            out = {"from": [o.field for o in opts if isinstance(o, Src)], "transform": [transform(t) for t in shared]}
        else:
            items: list[Any] = []
            for o in opts:
                if isinstance(o, Src) and not o.transforms:
                    items.append(o.field)
                else:
                    items.append(value(o))
            out = {"from": items}
        if default is not None:
            if "default" in out or "otherwise" in out:
                out = {"from": [out, {"value": default.value}]}
            else:
                out["default"] = default.value
        return out
    if isinstance(v, Cases):
        table = _table(v)
        if table is not None:
            return table
        out = {"cases": [{"when": condition(c), **value(b)} for c, b in v.branches]}
        if v.otherwise is not None:
            out["else"] = value(v.otherwise)
        return out
    if isinstance(v, ListOf):
        items = []
        for item, c in v.items:
            d = value(item)
            if c is not None:
                d["when"] = condition(c)
            items.append(d)
        return {"list": items}
    if isinstance(v, Lookup):
        lk: dict[str, Any] = {"object": v.object, "by": v.match_field}
        lk["from"] = v.value.field if isinstance(v.value, Src) and not v.value.transforms else value(v.value)
        if v.result_field != "Id":
            lk["return"] = v.result_field
        if v.create_if_missing:
            lk["create_if_missing"] = True
        return {"lookup": lk}
    raise TypeError(f"unknown draft value {v!r}")


def _template_or_part(v: Chain) -> dict[str, Any] | None:
    """'FNAME and LNAME with a space; just FNAME when there is no LNAME': a template is never
    empty (empty parts are inserted as empty text), so falling back from it to one of its own
    fields means using that field when the template's other field is empty."""
    t, alones = v.options[0], [o for o in v.options[1:] if isinstance(o, Src)]
    if not isinstance(t, Template) or len(alones) != len(v.options) - 1 or len(alones) not in (1, 2):
        return None
    fields = [p for p in t.parts if isinstance(p, Src)]
    cases: list[dict[str, Any]] = []
    for alone in alones:  # (each part alone when the other is empty: 'if city is blank, just the country; ...', round 53)
        others = [p for p in fields if p.field != alone.field]
        if alone.transforms or len(fields) != 2 or len(others) != 1:
            return None
        cases.append({"when": condition(Cmp(others[0].field, "empty", True)), **value(alone)})
    return {"cases": cases, "else": value(t)}


def rule(r: DraftRule) -> dict[str, Any]:
    out: dict[str, Any] = {"to": r.target, **value(r.value)}
    if r.omit_if_empty:
        out["if_empty"] = "omit"
    return out


def choose_match_key(plan: DraftPlan, dst: ObjectFields, upsert_keys: tuple[str, ...] = ()) -> str | None:
    targets = [r.target for r in plan.rules]
    for key in (*upsert_keys, *MATCH_KEYS):
        if key in targets:
            return key
    for r in plan.rules:
        f = dst.get(r.target)
        if f is not None and f.type == "email":
            return r.target
    return None


def mapping(plan: DraftPlan, src: ObjectFields, dst: ObjectFields, match_key: str | None, name: str | None = None) -> dict[str, Any]:
    """The whole v2 mapping as data (validated by the caller with MappingSpecV2)."""
    out: dict[str, Any] = {"version": 2}
    if name:
        out["name"] = name
    out["source"] = {"object": src.ref}
    out["destination"] = {"object": dst.ref}
    if match_key:
        out["match_key"] = match_key
    if plan.filters:
        out["filters"] = [{"keep_if": condition(f.keep_when), "reason": f.reason} for f in plan.filters]
    out["rules"] = [mark(rule(r), (r.why[0] if r.why else "")[:160]) for r in plan.rules]
    return out


def _shared_transforms(opts: list[Value]) -> list[Transform]:
    """The transforms every option of a fallback chain applies alike (all plain fields)."""
    if not all(isinstance(o, Src) and o.transforms for o in opts):
        return []
    first = [(t.name, t.arg) for t in opts[0].transforms]  # type: ignore[union-attr]
    if all([(t.name, t.arg) for t in o.transforms] == first for o in opts):  # type: ignore[union-attr]
        return list(opts[0].transforms)  # type: ignore[union-attr]
    return []
