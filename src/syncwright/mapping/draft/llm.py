"""The LLM engine: any OpenAI-compatible endpoint, asked for a v2 mapping, always checked.

The answer is constrained by a JSON Schema (the v2 schema with the two objects' field names
as enums) and then judged by the same checks as the offline engine (schema, catalogs,
types, no code, a preview on the samples). An invalid answer goes back with the problems,
at most ``retries`` times; then the draft is rejected with the reason. The API key comes
from the environment and is never stored, logged or printed (``repr`` hides it).
"""

from __future__ import annotations

import copy
import json
import os
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING, Any

from syncwright.mapping.draft.check import check_mapping_full
from syncwright.mapping.draft.fields import ObjectFields
from syncwright.mapping.draft.review import mark
from syncwright.mapping.transforms import TRANSFORMS

if TYPE_CHECKING:
    from syncwright.mapping.draft.service import DraftResult

ENV_BASE_URL = "SYNCWRIGHT_LLM_BASE_URL"
ENV_MODEL = "SYNCWRIGHT_LLM_MODEL"
ENV_KEY = "SYNCWRIGHT_LLM_API_KEY"


class LLMUnavailable(ValueError):
    """The LLM engine is not configured (or the endpoint cannot be reached); one line."""


@dataclass(frozen=True)
class LLMSettings:
    base_url: str
    model: str
    api_key: str = field(repr=False)
    retries: int = 2
    timeout: float = 60.0

    @classmethod
    def from_env(cls) -> LLMSettings:
        base = os.environ.get(ENV_BASE_URL, "").strip()
        model = os.environ.get(ENV_MODEL, "").strip()
        key = os.environ.get(ENV_KEY) or os.environ.get("OPENAI_API_KEY") or ""
        if not base or not model:
            raise LLMUnavailable(
                f"the llm engine needs {ENV_BASE_URL} and {ENV_MODEL} (and {ENV_KEY} if the "
                "endpoint wants a key); see docs/MAPPING.md"
            )
        return cls(base_url=base, model=model, api_key=key or "not-needed")


def answer_schema(src: ObjectFields, dst: ObjectFields) -> dict[str, Any]:
    """The v2 JSON Schema with destination/source field names as enums."""
    text = resources.files("syncwright.mapping").joinpath("mapping-v2.schema.json").read_text()
    schema: dict[str, Any] = json.loads(text)
    defs = schema["$defs"]
    src_enum = {"type": "string", "enum": [f.path for f in src.fields]}
    defs["Rule"]["properties"]["to"] = {"type": "string", "enum": [f.path for f in dst.fields]}
    for name in ("Rule", "Value"):
        props = defs[name]["properties"]
        props["from"] = {"anyOf": [src_enum, {"type": "array", "items": {"anyOf": [src_enum, {"$ref": "#/$defs/Value"}]}}]}
    defs["Condition"]["properties"]["field"] = src_enum
    return schema


def _prompt(text: str, src: ObjectFields, dst: ObjectFields, extra: str = "") -> list[dict[str, str]]:
    def describe(obj: ObjectFields) -> str:
        lines = []
        for f in obj.fields:
            vals = f" values: {', '.join(f.values)}" if f.values else ""
            lines.append(f"- {f.path} ({f.type}{', ' + f.label if f.label else ''}){vals}")
        return "\n".join(lines)

    system = (
        "You write syncwright mapping files (version 2), declarative data only: never code, "
        "never expressions, only the rule keys of the JSON Schema you are given. Rules: "
        "`to` (a destination field) and one of from/value/template/cases/list/lookup, then "
        "optional transform (names: " + ", ".join(TRANSFORMS) + "), table+otherwise, default, "
        "if_empty (keep/omit/null), when/else. Filters: keep_if or skip_if with a condition "
        "{field, eq|ne|gt|gte|lt|lte|in|not_in|empty|contains} or all/any/not. Use only the "
        "field names listed. Answer with one JSON object: the mapping."
    )
    user = (
        f"Source object {src.ref} fields:\n{describe(src)}\n\nDestination object {dst.ref} "
        f"fields:\n{describe(dst)}\n\nWhat the mapping must do:\n{text}\n{extra}"
    )
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


@dataclass
class Attempt:
    answer: Any
    problems: list[str]


def ask(settings: LLMSettings, messages: list[dict[str, str]], schema: dict[str, Any]) -> Any:
    """One chat completion with structured output; the parsed JSON (or the raw text)."""
    from openai import OpenAI, OpenAIError

    client = OpenAI(base_url=settings.base_url, api_key=settings.api_key, timeout=settings.timeout, max_retries=1)
    try:
        resp = client.chat.completions.create(  # type: ignore[call-overload]
            model=settings.model,
            messages=messages,
            response_format={"type": "json_schema", "json_schema": {"name": "mapping_v2", "schema": schema, "strict": False}},
            temperature=0,
        )
    except OpenAIError as exc:
        # the SDK's message never contains the key; keep only the class and status
        raise LLMUnavailable(f"the LLM endpoint {settings.base_url} failed: {type(exc).__name__}: {str(exc)[:200]}") from None
    content = resp.choices[0].message.content or ""
    try:
        return json.loads(content)
    except json.JSONDecodeError:
        return content


def _judge(answer: Any, src: ObjectFields, dst: ObjectFields, samples: list[dict[str, Any]] | None) -> tuple[list[str], list[str]]:
    if not isinstance(answer, dict):
        return [f"the answer is not a JSON object: {str(answer)[:80]!r}"], []
    problems, warnings = check_mapping_full(answer, src, dst)
    if not problems and samples:
        from syncwright.mapping.draft.service import preview_samples

        try:
            pv = preview_samples(answer, samples)
        except Exception as exc:  # a mapping that passed the schema but fails to compile
            return [f"preview failed: {exc}"], warnings
        if pv is not None:
            for r in pv["rejected"][:3]:
                problems.append(f"on sample record {r['index']}: {r['field']}: {r['reason']}")
    return problems, warnings


def converse(settings: LLMSettings, messages: list[dict[str, str]], src: ObjectFields, dst: ObjectFields, samples: list[dict[str, Any]] | None) -> tuple[dict[str, Any] | None, list[Attempt], list[str]]:
    """Ask, check, send the problems back (at most ``settings.retries`` times)."""
    schema = answer_schema(src, dst)
    attempts: list[Attempt] = []
    warnings: list[str] = []
    msgs = list(messages)
    for _ in range(settings.retries + 1):
        answer = ask(settings, msgs, schema)
        problems, warnings = _judge(answer, src, dst, samples)
        attempts.append(Attempt(answer, problems))
        if not problems:
            return answer, attempts, warnings
        msgs = [
            *msgs,
            {"role": "assistant", "content": json.dumps(answer) if not isinstance(answer, str) else answer},
            {"role": "user", "content": "That mapping is not valid:\n- " + "\n- ".join(problems) + "\nAnswer again with the corrected mapping only."},
        ]
    return None, attempts, warnings


def _with_source_refs(mapping: dict[str, Any], src: ObjectFields, dst: ObjectFields, name: str | None) -> dict[str, Any]:
    out = copy.deepcopy(mapping)
    out["version"] = 2
    if name:
        out["name"] = name
    out["source"] = {"object": src.ref}
    out["destination"] = {"object": dst.ref}
    out["rules"] = [mark({k: v for k, v in r.items() if k != "note"}, "drafted by the LLM") for r in out.get("rules", []) if isinstance(r, dict)]
    return out


def draft_with_llm(text: str, src: ObjectFields, dst: ObjectFields, settings: LLMSettings | None, *, samples: list[dict[str, Any]] | None = None, name: str | None = None) -> DraftResult:
    from syncwright.mapping.draft.service import DraftResult

    if settings is None:
        raise LLMUnavailable("the llm engine is not configured; see docs/MAPPING.md")
    mapping, attempts, warnings = converse(settings, _prompt(text, src, dst), src, dst, samples)
    result = DraftResult(None, engine="llm", model=settings.model, warnings=warnings)
    if mapping is None:
        result.problems = [f"the LLM's answer was rejected after {len(attempts)} attempt(s): " + "; ".join(attempts[-1].problems[:4])]
        return result
    result.mapping = _with_source_refs(mapping, src, dst, name)
    result.fields = [{"field": r["to"], "source": _source_text(r), "confidence": 0.7, "why": "drafted by the LLM, checked against both catalogs", "sentences": []} for r in result.mapping["rules"]]
    result.notes.append(f"{len(attempts)} LLM attempt(s); {sum(1 for a in attempts if a.problems)} rejected")
    return result


def complete_with_llm(text: str, src: ObjectFields, dst: ObjectFields, settings: LLMSettings, offline: DraftResult, *, samples: list[dict[str, Any]] | None = None, name: str | None = None) -> DraftResult:
    """`auto`: keep every rule the offline engine drafted; ask the LLM only for the open questions."""
    base = offline.mapping or {"version": 2, "rules": []}
    extra = (
        "\nA draft already covers part of it (keep these rules exactly as they are):\n"
        + json.dumps({k: base.get(k) for k in ("match_key", "filters", "rules") if base.get(k) is not None})
        + "\nOpen questions it could not answer:\n"
        + "\n".join(f"{q['n']}. {q['question']} (candidates: {', '.join(q['candidates'])})" for q in offline.questions)
        + "\nAnswer with the whole mapping."
    )
    mapping, attempts, warnings = converse(settings, _prompt(text, src, dst, extra), src, dst, samples)
    offline.engine = "auto"
    offline.model = settings.model
    if mapping is None:
        offline.notes.append("the LLM's answers for the open questions were rejected: " + "; ".join(attempts[-1].problems[:3]))
        return offline
    mine = {r["to"] for r in base.get("rules", [])}
    added = [r for r in mapping.get("rules", []) if isinstance(r, dict) and r.get("to") not in mine]
    merged = copy.deepcopy(base)
    merged.setdefault("version", 2)
    merged["source"] = {"object": src.ref}
    merged["destination"] = {"object": dst.ref}
    merged["rules"] = list(base.get("rules", [])) + [mark({k: v for k, v in r.items() if k != "note"}, "drafted by the LLM (open question)") for r in added]
    if "match_key" not in merged and mapping.get("match_key"):
        merged["match_key"] = mapping["match_key"]
    if not merged.get("filters") and mapping.get("filters"):
        merged["filters"] = mapping["filters"]
    problems, _ = check_mapping_full(merged, src, dst)
    if problems:
        offline.notes.append("the LLM's additions did not fit the offline draft: " + "; ".join(problems[:3]))
        return offline
    offline.mapping = merged
    offline.questions = []
    for r in added:
        offline.fields.append({"field": r["to"], "source": _source_text(r), "confidence": 0.7, "why": "answered by the LLM (an open question of the offline draft)", "sentences": []})
    offline.warnings += warnings
    return offline


def _source_text(rule: dict[str, Any]) -> str:
    for k in ("from", "value", "template", "cases", "list", "lookup"):
        if k in rule:
            return f"{k}: {json.dumps(rule[k])[:60]}"
    return "?"
