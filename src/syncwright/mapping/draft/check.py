"""Checking a drafted v2 mapping, whatever engine wrote it: schema, both catalogs, types, samples.

The same checks judge the offline engine's output and an LLM's answer; the problems come
back as one line each (the LLM gets them back to correct itself).
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from syncwright.mapping.draft.fields import FieldDesc, ObjectFields
from syncwright.mapping.spec_v2 import MappingSpecV2
from syncwright.mapping.transforms import TRANSFORMS

# a keyword inside a slug ('crm-import', 'exec-team') is a value, not code
_CODE = re.compile(
    # keywords count only with what makes them code ('import os', 'lambda x:', 'eval('): a
    # constant that is the bare word ('import' as a GA4 client_id) is a value, not code
    r"(?<![\w-])(?:lambda\b[^:\n]{0,40}:|import\s+[A-Za-z_][\w.]*\s*(?:$|[;\n]|as\s)|from\s+[\w.]+\s+import\b|def\s+\w+\s*\(|(?:eval|exec)\s*\()"
    r"|\b(?:__\w+__|subprocess|os\.system|require\(|function\s*\(|=>|"
    r"SELECT\s+\*|DROP\s+TABLE|<script)\b|\$\{|`",
    re.I,
)


def _strings(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in (_strings(k) + _strings(v))]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


def _field_refs(node: Any, where: str = "") -> list[tuple[str, str, str]]:
    """(side, path, location) for every field a mapping reads ('src') or writes ('dst')."""
    out: list[tuple[str, str, str]] = []
    if isinstance(node, dict):
        for k, v in node.items():
            loc = f"{where}.{k}" if where else str(k)
            if k == "to" and isinstance(v, str):
                out.append(("dst", v, loc))
            elif k == "from" and isinstance(v, str) and "lookup" not in where.split(".")[-1:]:
                out.append(("src", v, loc))
            elif k == "from" and isinstance(v, list):
                for i, item in enumerate(v):
                    if isinstance(item, str):
                        out.append(("src", item, f"{loc}[{i}]"))
                    else:
                        out += _field_refs(item, f"{loc}[{i}]")
            elif k == "field" and isinstance(v, str):
                out.append(("src", v, loc))
            elif k == "template" and isinstance(v, str):
                for m in re.finditer(r"(?<!\{)\{([^{}|]+)(?:\|[^{}]*)?\}", v):
                    out.append(("src", m.group(1).strip(), loc))
            else:
                out += _field_refs(v, loc)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            out += _field_refs(item, f"{where}[{i}]")
    return out


def check_mapping(data: Any, src: ObjectFields, dst: ObjectFields) -> list[str]:
    """Problems with a drafted mapping, one line each; [] when it is good."""
    return check_mapping_full(data, src, dst)[0]


def check_mapping_full(data: Any, src: ObjectFields, dst: ObjectFields) -> tuple[list[str], list[str]]:
    """(problems, warnings): problems make a draft unusable; warnings are worth a look
    (a value outside a picklist is allowed where the platform's picklist is unrestricted)."""
    problems: list[str] = []
    warnings: list[str] = []
    if not isinstance(data, dict):
        return [f"the mapping must be an object, got {type(data).__name__}"], []
    for s in _strings(data):
        if _CODE.search(s):
            problems.append(f"code is not allowed in a mapping (found {s[:60]!r}); use rules of the v2 language")
            break
    try:
        MappingSpecV2.model_validate(data)
    except ValidationError as exc:
        for e in exc.errors()[:8]:
            loc = ".".join(str(p) for p in e["loc"])
            problems.append(f"{loc or '(top level)'}: {e['msg']}")
    src_paths = {f.path for f in src.fields}
    dst_fields = {f.path: f for f in dst.fields}
    for side, path, _loc in _field_refs(data.get("rules", [])) + _field_refs(data.get("filters", []), "filters"):
        obj = src if side == "src" else dst
        extra = obj.open_field(path) or (
            FieldDesc(path, from_text=True) if path.startswith("merge_fields.") and any(f.path.startswith("merge_fields.") for f in obj.fields) else None
        )
        if extra is not None and obj.get(path) is None:
            (src_paths.add(path) if side == "src" else dst_fields.setdefault(path, extra))
            warnings.append(f"{path} is not in the standard catalog of {obj.ref} (a custom field): check it against the account")
    for side, path, loc in _field_refs(data.get("rules", [])) + _field_refs(data.get("filters", []), "filters"):
        base = re.sub(r"\[\d+\]$", "", path)
        if side == "src" and path not in src_paths and base not in src_paths:
            problems.append(f"{loc}: {path!r} is not a field of {src.ref}")
        if side == "dst" and path not in dst_fields and base not in dst_fields:
            problems.append(f"{loc}: {path!r} is not a field of {dst.ref}")
    for i, rule in enumerate(data.get("rules", []) or []):
        if not isinstance(rule, dict):
            continue
        f = dst_fields.get(str(rule.get("to", "")))
        if f is None:
            continue
        consts = [rule["value"]] if "value" in rule else []
        consts += list((rule.get("table") or {}).values())
        if "otherwise" in rule:
            consts.append(rule["otherwise"])
        for c in consts:
            if f.values and isinstance(c, str) and c not in f.values:
                warnings.append(f"rules[{i}].{f.path}: {c!r} is not one of its standard values ({', '.join(f.values[:12])})")
            if f.type == "boolean" and not isinstance(c, bool):
                warnings.append(f"rules[{i}].{f.path}: a boolean field needs true/false, got {c!r}")
            if f.type in ("number", "integer") and (isinstance(c, bool) or not isinstance(c, int | float)):
                problems.append(f"rules[{i}].{f.path}: a number field needs a number, got {c!r}")
        if f.type == "boolean" and (why := _text_into_flag(rule, src)):
            problems.append(f"rules[{i}].{f.path}: {why}")
        for t in rule.get("transform", []) or []:
            name = t if isinstance(t, str) else next(iter(t), "") if isinstance(t, dict) else ""
            if name not in TRANSFORMS:
                problems.append(f"rules[{i}]: unknown transform {name!r}")
    return problems, warnings


# source types whose values are text a true/false field cannot take as they are
_TEXT_TYPES = frozenset({"string", "text", "email", "phone", "url", "date", "datetime"})
# rule keys that turn a copied value into another one (a table, cases, a constant, a template)
_RESHAPING = ("table", "cases", "value", "template", "transform", "otherwise")


def _text_into_flag(rule: dict[str, Any], src: ObjectFields) -> str:
    """Why a rule copying a text field into a true/false field is wrong ('' when it is not):
    'DoNotCall from phone' would write '(415) 555-0142' into a checkbox, which the platform
    rejects or reads as true; the text must say which values make it true."""
    name = rule.get("from")
    sf = src.get(name) if isinstance(name, str) else None
    if sf is None or sf.type not in _TEXT_TYPES or any(k in rule for k in _RESHAPING):
        return ""
    return (f"copies {sf.path}, a {sf.type} field, into a true/false field as it is; "
            "say which of its values make it true (e.g. 'true when phone is empty')")
