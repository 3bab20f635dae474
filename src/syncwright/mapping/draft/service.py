"""The command layer of `mapping draft`: text in, a checked v2 mapping and its explanation out.

The CLI, the console and the Python API call ``draft_mapping``. Engines: ``offline`` (the
grammar; the default), ``llm`` (an OpenAI-compatible endpoint), ``auto`` (offline first, the
LLM only for what it left open). Whatever the engine, the mapping is checked against the
v2 schema and both objects' fields, and previewed on the samples when there are any.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from syncwright.mapping.draft import emit
from syncwright.mapping.draft.check import check_mapping_full
from syncwright.mapping.draft.fields import ObjectFields, object_fields
from syncwright.mapping.draft.grammar import Trace, _show, parse_text
from syncwright.mapping.draft.ir import DraftPlan, Question

ENGINES = ("offline", "llm", "auto")


class DraftError(ValueError):
    """The draft cannot be made (unknown object, bad engine settings); one line."""


@dataclass
class DraftResult:
    mapping: dict[str, Any] | None
    engine: str
    model: str | None = None
    sentences: list[dict[str, Any]] = field(default_factory=list)
    fields: list[dict[str, Any]] = field(default_factory=list)
    questions: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    preview: dict[str, Any] | None = None
    conflicts: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.mapping is not None and not self.problems

    def yaml_text(self) -> str:
        if self.mapping is None:
            return ""
        return yaml.safe_dump(self.mapping, sort_keys=False, allow_unicode=True, width=100)

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "engine": self.engine,
            "model": self.model,
            "mapping": self.mapping,
            "sentences": self.sentences,
            "fields": self.fields,
            "questions": self.questions,
            "problems": self.problems,
            "warnings": self.warnings,
            "notes": self.notes,
            "conflicts": self.conflicts,
            "preview": self.preview,
        }


def resolve_objects(from_ref: str, to_ref: str) -> tuple[ObjectFields, ObjectFields]:
    from syncwright.mapping.draft.fields import UnknownObjectError

    try:
        return object_fields(from_ref, "src"), object_fields(to_ref, "dst")
    except UnknownObjectError as exc:
        raise DraftError(str(exc)) from None


def draft_offline(text: str, src: ObjectFields, dst: ObjectFields) -> tuple[DraftPlan, list[Trace]]:
    return parse_text(text, src, dst)


def explain(plan: DraftPlan, traces: list[Trace]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    sentences = [{"index": t.sentence + 1, "text": t.text, "rules": t.became} for t in traces]
    fields = [
        {
            "field": r.target,
            "source": _show(r.value, []),
            "confidence": round(r.confidence, 2),
            "why": "; ".join(dict.fromkeys(r.why)),
            "sentences": sorted({i + 1 for i in r.sentences}),
        }
        for r in plan.rules
    ]
    return sentences, fields


def _questions(qs: list[Question]) -> list[dict[str, Any]]:
    return [
        {"n": i + 1, "question": q.text, "sentence": (q.sentence + 1) if q.sentence is not None else None, "candidates": q.candidates}
        for i, q in enumerate(qs)
    ]


def _unwritable(plan: DraftPlan) -> list[Question]:
    """Take out the rules the v2 language cannot say (a reading the grammar should not have made)
    and ask about each: a draft asks rather than failing or writing half a rule."""
    asked: list[Question] = []
    for r in list(plan.rules):
        try:
            emit.rule(r)
        except ValueError as e:
            plan.rules.remove(r)
            where = r.sentences[0] if r.sentences else None
            asked.append(Question(f"how should {r.target} be filled? The reading of the text could not be written as a rule ({e})", where, []))
    return asked


def draft_mapping(
    text: str,
    from_ref: str,
    to_ref: str,
    *,
    engine: str = "offline",
    samples: list[dict[str, Any]] | None = None,
    name: str | None = None,
    llm: Any = None,
    previous: dict[str, Any] | None = None,
    objects: tuple[ObjectFields, ObjectFields] | None = None,
) -> DraftResult:
    """Draft a v2 mapping from ``text``; never raises on an unclear text (it asks instead)."""
    if engine not in ENGINES:
        raise DraftError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    if not text.strip():
        raise DraftError("the text is empty: say which fields go where")
    src, dst = objects if objects is not None else resolve_objects(from_ref, to_ref)
    if engine == "llm":
        from syncwright.mapping.draft.llm import draft_with_llm

        result = draft_with_llm(text, src, dst, llm, samples=samples, name=name)
    else:
        plan, traces = draft_offline(text, src, dst)
        questions = list(plan.questions) + _unwritable(plan)
        sentences, fields = explain(plan, traces)
        key = emit.choose_match_key(plan, dst)
        mapping: dict[str, Any] | None = None
        if not plan.rules:
            questions.append(Question("no rule could be read from the text: which fields should go where?", None, [f.path for f in dst.fields[:8]]))
        else:
            if key is None:
                questions.append(Question(
                    f"which destination field identifies a record (the match key)? None of the mapped fields is one {dst.ref} upserts by",
                    None, [k for k in emit.MATCH_KEYS if dst.get(k)],
                ))
            mapping = emit.mapping(plan, src, dst, key, name)
        result = DraftResult(mapping, engine="offline", sentences=sentences, fields=fields, questions=_questions(questions), notes=list(plan.notes))
        if engine == "auto" and (questions or mapping is None) and llm is not None:
            from syncwright.mapping.draft.llm import complete_with_llm

            result = complete_with_llm(text, src, dst, llm, result, samples=samples, name=name)
    if result.mapping is not None:
        if previous is not None:
            from syncwright.mapping.draft.review import keep_hand_edits

            result.mapping, result.conflicts = keep_hand_edits(result.mapping, previous)
        problems, warnings = check_mapping_full(result.mapping, src, dst)
        result.problems += problems
        result.warnings += warnings
        if not result.problems and samples:
            result.preview = preview_samples(result.mapping, samples)
    return result


def preview_samples(mapping: dict[str, Any], samples: list[dict[str, Any]]) -> dict[str, Any] | None:
    from syncwright.mapping.preview import preview
    from syncwright.mapping.spec import parse_mapping

    spec = parse_mapping(mapping, "draft")
    return preview(spec, samples)
