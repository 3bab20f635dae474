"""Dev-only evaluator of the draft IR (until the v2 language lands)."""
from __future__ import annotations
import re
from datetime import datetime
from typing import Any
import phonenumbers
from syncwright.mapping.draft.ir import *

MISSING = object()

def empty(v): return v is None or v is MISSING or (isinstance(v, str) and not v.strip())

def get(rec, path):
    cur = rec
    for p in path.split("."):
        if not isinstance(cur, dict) or p not in cur: return MISSING
        cur = cur[p]
    return cur

def tf(v, t):
    if v is MISSING or v is None: return v
    n = t.name
    if n == "lower": return v.lower()
    if n == "upper": return v.upper()
    if n == "trim": return v.strip()
    if n == "title": return " ".join(w[:1].upper() + w[1:].lower() for w in v.split(" "))
    if n == "first_word": return v.split()[0] if v.split() else ""
    if n == "last_word": return v.split()[-1] if v.split() else ""
    if n == "email_local": return v.split("@")[0]
    if n == "email_domain": return v.split("@")[-1]
    if n == "e164":
        p = phonenumbers.parse(v, t.arg or "US"); return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.E164)
    if n == "number":
        f = float(v); return int(f) if f.is_integer() else f
    if n == "integer": return int(float(v))
    if n == "date": return v[:10]
    return v

def ev(v, rec):
    if isinstance(v, Const): return v.value
    if isinstance(v, Src):
        x = get(rec, v.field)
        if empty(x) and v.transforms and x is not MISSING and any(t.name not in ("trim","lower","upper","title") for t in v.transforms): return x
        for t in v.transforms: x = tf(x, t)
        return x
    if isinstance(v, Template):
        return "".join(str(ev(p, rec)) for p in v.parts)
    if isinstance(v, Chain):
        for o in v.options:
            x = ev(o, rec)
            if not empty(x): return x
        return MISSING
    if isinstance(v, Cases):
        for c, b in v.branches:
            if cond(c, rec): return ev(b, rec)
        return ev(v.otherwise, rec) if v.otherwise is not None else MISSING
    if isinstance(v, ListOf):
        out = []
        for item, c in v.items:
            if c is not None and not cond(c, rec): continue
            x = ev(item, rec)
            if not empty(x): out.append(x)
        return out
    if isinstance(v, Lookup): return ev(v.value, rec)
    raise TypeError(v)

def num(x):
    try: return float(x)
    except Exception: return None

def cond(c, rec):
    if isinstance(c, And): return all(cond(i, rec) for i in c.items)
    if isinstance(c, Or): return any(cond(i, rec) for i in c.items)
    if isinstance(c, Not): return not cond(c.item, rec)
    x = get(rec, c.field)
    op = c.op
    if op == "empty": return empty(x)
    if op == "not_empty": return not empty(x)
    if op == "eq": return x == c.value
    if op == "ne": return x != c.value
    if op == "in": return x in c.value
    if op == "not_in": return x not in c.value
    if op == "true": return x is True or x == "true"
    if op == "false": return not (x is True or x == "true")
    if op == "contains": return isinstance(x, list) and c.value in x
    n = num(x)
    if n is None: return False
    return {"gt": n > c.value, "ge": n >= c.value, "lt": n < c.value, "le": n <= c.value}[op]

def setp(out, path, val):
    parts = path.split(".")
    if parts[0] == "events":
        ev_ = out.setdefault("events", [{}])[0]
        cur = ev_
        for p in parts[1:-1]: cur = cur.setdefault(p, {})
        cur[parts[-1]] = val; return
    cur = out
    for p in parts[:-1]: cur = cur.setdefault(p, {})
    cur[parts[-1]] = val

def apply(plan, rec):
    for f in plan.filters:
        if not cond(f.keep_when, rec): return None
    out = {}
    for r in plan.rules:
        v = ev(r.value, rec)
        if v is MISSING: continue
        if r.omit_if_empty and empty(v): continue
        setp(out, r.target, v)
    return out
