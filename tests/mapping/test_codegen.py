"""The generated batch function (the fast path) against the careful rule-by-rule path.

``CompiledMapping.map_batch`` runs code generated from the spec (``mapping/codegen.py``);
``evaluate`` maps a record rule by rule through the closures. For every mapping here (the
40 public cases' mappings, the bench's 20-rule mapping, one of every shape, and random
mappings from hypothesis) and every record (the cases' inputs and random ones), both must
give the same output record (key order included), the same skip and the same rejection.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from syncwright.mapping.apply import CompiledMapping, MappingRejected
from syncwright.mapping.compile import MISS, UNUSUAL, RecordSkipped, reads
from syncwright.mapping.spec import load_mapping, parse_mapping
from syncwright.mapping.spec_v2 import MappingSpecV2

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from mapping_bench import V1, V2, record  # type: ignore[import-not-found]  # noqa: E402

CASES = sorted((HERE / "cases_v2").glob("*.yaml"))
Record = dict[str, Any]

EVERY_SHAPE: dict[str, Any] = {
    "version": 2,
    "match_key": "Email",
    "filters": [
        {"keep_if": {"not": {"field": "kind", "eq": "spam"}}},
        {"skip_if": {"any": [{"field": "tags", "contains": "test"}, {"field": "a.b", "gt": 99}]}},
    ],
    "rules": [
        {"to": "Email", "from": ["email", "work.email"], "transform": ["email"]},
        {"to": "Plain", "from": "name"},
        {"to": "Deep", "from": "a.b"},
        {"to": "Dict", "value": {"k": [1]}},
        {"to": "DictDefault", "from": "name", "default": ["x"]},
        {"to": "Null", "from": "name", "if_empty": "null"},
        {"to": "Omit", "from": "name", "if_empty": "omit", "transform": ["lower"]},
        {"to": "Words", "from": "name", "transform": ["collapse_spaces", "title", "last_word"]},
        {"to": "Trim", "from": "name", "transform": ["trim", "upper"], "default": "none"},
        {"to": "Strict", "from": "stage", "table": {"lead": "Open", "1": "One", "true": "T"}},
        {
            "to": "Loose",
            "from": "stage",
            "transform": ["lower"],
            "table": {"lead": 1},
            "otherwise": 0,
        },
        {
            "to": "Num",
            "from": "n",
            "transform": ["number"],
            "table": {"5": "five"},
            "otherwise": "?",
        },
        {"to": "Int", "from": "n", "transform": ["integer"], "if_empty": "omit"},
        {"to": "Bool", "from": "flag", "transform": ["boolean"]},
        {"to": "Tpl", "template": "{{{name|trim|upper}}} at {a.b} / {n|number} {missing}"},
        {"to": "TplOne", "template": "{name}"},
        {"to": "TplNone", "template": "no fields {{here}}"},
        {
            "to": "Mixed",
            "from": [
                "missing",
                {"from": "name", "when": {"field": "n", "lt": 3}},
                {"value": "fallback", "when": {"field": "kind", "empty": False}},
                "a.b",
            ],
        },
        {
            "to": "Picked",
            "cases": [
                {"when": {"field": "n", "gte": 5}, "from": "name", "transform": ["upper"]},
                {"when": {"field": "kind", "in": ["x", 1, True]}, "value": "listed"},
                {"when": {"field": "kind", "not_in": ["y"]}, "template": "{kind}!"},
            ],
            "transform": ["trim"],
        },
        {"to": "Unmet", "cases": [{"when": {"field": "n", "lte": 0}, "value": 0}]},
        {
            "to": "When",
            "from": "name",
            "transform": ["first_word"],
            "when": {"all": [{"field": "kind", "ne": "z"}, {"field": "name", "empty": False}]},
            "else": {"from": "kind", "when": {"field": "n", "eq": 2}, "else": {"value": None}},
        },
        {"to": "WhenOnly", "value": 1, "when": {"field": "flag", "eq": True}},
        {"to": "List", "list": [{"from": "name"}, {"value": "x"}, {"from": "missing"}]},
        {"to": "nest.a", "from": "name", "if_empty": "omit"},
        {"to": "nest.b", "value": 2},
        {"to": "arr[1]", "from": "n"},
        {"to": "Phone", "from": "phone", "transform": [{"e164": "US"}], "if_empty": "omit"},
        {"to": "Short", "from": "name", "transform": [{"truncate": 3}], "if_empty": "omit"},
        {"to": "Day", "from": "when", "transform": ["date"], "if_empty": "omit"},
        {
            "to": "AccountId",
            "lookup": {"object": "Account", "by": "Name", "from": "company"},
        },
    ],
}

VALUES = st.one_of(
    st.none(),
    st.sampled_from(
        [
            "",
            " ",
            "\t\n",
            "lead",
            "LEAD",
            "1",
            "5",
            "true",
            "yes",
            "no",
            "x",
            "y",
            "z",
            "spam",
            "test",
            "12.5",
            "1e3",
            "1_000",
            "nan",
            "inf",
            "ann  marie",
            "  Mixed Case ",
            "x@y.com",
            "a@b@c",
            "(415) 555-0100",
            "2024-02-29",
            "2024-02-29T10:00:00+02:00",
        ]
    ),
    st.text(max_size=6),
    st.integers(-3, 12),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(),
    st.lists(st.sampled_from(["test", "a", ""]), max_size=2),
    st.dictionaries(st.sampled_from(["b", "email"]), st.integers(0, 200) | st.text(max_size=3)),
)
FIELDS = [
    "email",
    "name",
    "stage",
    "n",
    "flag",
    "kind",
    "tags",
    "a",
    "work",
    "phone",
    "when",
    "company",
    "missing",
]


def records_for(fields: list[str]) -> st.SearchStrategy[Record]:
    return st.dictionaries(st.sampled_from(fields), VALUES, max_size=len(fields))


def careful(mapping: CompiledMapping, key: str, rec: Record) -> tuple[Any, ...]:
    """What the rule-by-rule path makes of one record, in map_batch's terms."""
    ev = mapping.evaluate(rec)
    if ev.skipped is not None:
        return ("skipped", ev.skipped)
    problem = ev.first_problem()
    return ("mapped", list(ev.record.items()), problem)


def fast(mapping: CompiledMapping, keyed: list[tuple[str, Record]]) -> list[tuple[Any, ...]]:
    batch = mapping.map_batch(keyed)
    skipped = {s["key"]: s["reason"] for s in batch.skipped}
    rejected = {r["key"]: (r["field"], r["code"], r["reason"]) for r in batch.rejected}
    mapped = {k: r for k, r in batch.records}
    assert len(mapped) == len(batch.records)
    assert [k for k, _ in batch.records] == [k for k, _ in keyed if k not in skipped]
    return [
        ("skipped", skipped[k])
        if k in skipped
        else ("mapped", list(mapped[k].items()), rejected.get(k))
        for k, _ in keyed
    ]


def same(spec: Any, recs: list[Record]) -> None:
    mapping = CompiledMapping(spec)
    for plan in mapping.lookups:  # a hit and a known miss; anything else is unresolved
        plan.cache.update({"Acme": "001A", "Gone": MISS})
    keyed = [(str(i), r) for i, r in enumerate(recs)]
    want = [careful(mapping, k, r) for k, r in keyed]
    assert fast(mapping, keyed) == want
    for (_, rec), expected in zip(keyed, want, strict=True):
        try:  # the general path (closures) agrees
            out = mapping._compiled.apply(rec)
        except RecordSkipped as exc:
            assert expected == ("skipped", exc.reason)
        except UNUSUAL:
            assert expected[0] == "mapped" and expected[2] is not None
        else:
            assert expected == ("mapped", list(out.items()), None)
        try:  # and so does one record through the public apply
            out = mapping.apply(rec)
        except RecordSkipped as exc:
            assert expected == ("skipped", exc.reason)
        except MappingRejected as exc:
            assert expected[0] == "mapped" and expected[2] == (exc.field, exc.code, exc.reason)
        else:
            assert expected == ("mapped", list(out.items()), None)


def test_the_fast_path_is_generated_code() -> None:
    mapping = CompiledMapping(parse_mapping(V2, "bench"))
    source = mapping._compiled.batch_source
    assert source.startswith("def map_batch(records, append, skipped, careful):")
    # no user text spelled into the source: every name and constant travels in the namespace
    for text in ("email", "Email", "Open - Not Contacted", "test account", "NA enterprise"):
        assert text not in source


def test_the_bench_mapping_runs_inline() -> None:
    """All 20 rules of the bench mapping are inlined (no rule closure called), and no
    ordinary record leaves the fast path."""
    mapping = CompiledMapping(parse_mapping(V2, "bench"))
    assert "(rec)" not in mapping._compiled.batch_source
    out: list[tuple[str, Record]] = []
    skipped: list[dict[str, str]] = []
    unusual: list[str] = []
    keyed = [(str(i), record(i)) for i in range(300)]
    mapping._compiled.map_batch(keyed, out.append, skipped.append, lambda k, r: unusual.append(k))
    assert unusual == []
    assert [s["key"] for s in skipped] == ["99", "199", "299"]  # the test accounts
    assert len(out) == 297
    assert out[0][1]["Rating"] == "Cold" and out[0][1]["Segment"] == "other"


def test_user_text_never_becomes_code() -> None:
    nasty = "x'); __import__('os') and exit(3); ('"  # (no dot: a dot makes a path)
    spec = parse_mapping(
        {
            "version": 2,
            "match_key": nasty,
            "filters": [{"skip_if": {"field": nasty, "eq": nasty}, "reason": nasty}],
            "rules": [
                {"to": nasty, "from": [nasty, "b"], "table": {nasty: nasty}, "otherwise": nasty},
                {"to": "t", "template": "{" + nasty + "} {{" + nasty + "}}"},
            ],
        },
        "nasty",
    )
    mapping = CompiledMapping(spec)
    assert nasty not in mapping._compiled.batch_source
    batch = mapping.map_batch([("1", {nasty: nasty}), ("2", {"b": nasty, nasty: "z"})])
    assert batch.skipped == [{"key": "1", "reason": nasty}]
    assert batch.records == [("2", {nasty: nasty, "t": "z {" + nasty + "}"})]


@pytest.mark.parametrize("path", CASES, ids=[c.stem for c in CASES])
def test_public_case_mappings(path: Path) -> None:
    import yaml

    case = yaml.safe_load((HERE / "cases" / path.name).read_text(encoding="utf-8"))
    same(load_mapping(path), case["input"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_public_case_mappings_on_random_records(data: st.DataObject) -> None:
    path = data.draw(st.sampled_from(CASES))
    spec = load_mapping(path)
    v2 = spec if isinstance(spec, MappingSpecV2) else spec.as_v2()
    fields = sorted({f.split(".")[0].split("[")[0] for r in [*v2.rules] for f in reads(r)})
    fields += [
        f.field.split(".")[0]
        for flt in v2.filters
        for f in [flt.keep_if or flt.skip_if]
        if f and f.field
    ]
    recs = data.draw(st.lists(records_for(fields or ["x"]), min_size=1, max_size=8))
    same(spec, recs)


def test_bench_mappings() -> None:
    recs = [record(i) for i in range(300)]
    same(parse_mapping(V2, "bench"), recs)
    same(parse_mapping(V1, "bench"), recs)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(records_for(FIELDS), min_size=1, max_size=10))
def test_every_shape(recs: list[Record]) -> None:
    recs += [
        {"company": "Acme", "email": "a@b.com"},
        {"company": "Gone", "name": " x "},
        {"company": "Elsewhere", "n": 5},
        {"kind": "spam"},
        {"a": {"b": 100}},
        {"tags": ["test"]},
        {"name": "ann  marie smith", "n": 2, "kind": "x", "flag": "yes", "phone": "4155550100"},
    ]
    same(parse_mapping(EVERY_SHAPE, "shapes"), recs)


# -- random mappings --------------------------------------------------------------------
def conditions(depth: int = 0) -> st.SearchStrategy[dict[str, Any]]:
    leaf = st.one_of(
        st.builds(lambda f, v: {"field": f, "eq": v}, st.sampled_from(FIELDS), VALUES),
        st.builds(lambda f, v: {"field": f, "ne": v}, st.sampled_from(FIELDS), VALUES),
        st.builds(
            lambda f, op, n: {"field": f, op: n},
            st.sampled_from(FIELDS),
            st.sampled_from(["gt", "gte", "lt", "lte"]),
            st.integers(-2, 10),
        ),
        st.builds(
            lambda f, v: {"field": f, "in": v},
            st.sampled_from(FIELDS),
            st.lists(VALUES, max_size=3),
        ),
        st.builds(
            lambda f, v: {"field": f, "not_in": v},
            st.sampled_from(FIELDS),
            st.lists(VALUES, max_size=3),
        ),
        st.builds(
            lambda f, b: {"field": f, "empty": b}, st.sampled_from([*FIELDS, "a.b"]), st.booleans()
        ),
        st.builds(
            lambda f, v: {"field": f, "contains": v},
            st.sampled_from(FIELDS),
            st.sampled_from(["test", "a"]),
        ),
    )
    if depth >= 2:
        return leaf
    sub = conditions(depth + 1)
    return st.one_of(
        leaf,
        st.builds(lambda xs: {"all": xs}, st.lists(sub, min_size=1, max_size=3)),
        st.builds(lambda xs: {"any": xs}, st.lists(sub, min_size=1, max_size=3)),
        st.builds(lambda x: {"not": x}, sub),
    )


TRANSFORMS = [
    "trim",
    "lower",
    "upper",
    "title",
    "collapse_spaces",
    "first_word",
    "last_word",
    "number",
    "integer",
    "boolean",
    "email_domain",
    "email_local",
    "text",
]
CONSTS = st.one_of(
    st.none(),
    st.sampled_from(["", "k", " "]),
    st.integers(0, 3),
    st.booleans(),
    st.just({"d": 1}),
    st.just([1]),
)


@st.composite
def values(draw: st.DrawFn, depth: int = 0) -> dict[str, Any]:
    kinds = ["from", "fromlist", "value", "template"] + (["cases", "when"] if depth < 2 else [])
    kind = draw(st.sampled_from(kinds))
    v: dict[str, Any]
    if kind == "from":
        v = {"from": draw(st.sampled_from([*FIELDS, "a.b", "work.email"]))}
    elif kind == "fromlist":
        items = draw(
            st.lists(
                st.sampled_from(FIELDS)
                | (values(depth + 1) if depth < 2 else st.sampled_from(FIELDS)),
                min_size=1,
                max_size=3,
            )
        )
        v = {"from": items}
    elif kind == "value":
        v = {"value": draw(CONSTS)}
    elif kind == "template":
        holes = draw(
            st.lists(
                st.tuples(
                    st.sampled_from([*FIELDS, "a.b"]),
                    st.lists(st.sampled_from(TRANSFORMS), max_size=2),
                ),
                max_size=3,
            )
        )
        v = {"template": "<" + "-".join("{" + "|".join([f, *t]) + "}" for f, t in holes) + "}}"}
    elif kind == "cases":
        v = {
            "cases": draw(
                st.lists(
                    st.builds(lambda c, x: {**x, "when": c}, conditions(), values(depth + 1)),
                    min_size=1,
                    max_size=3,
                )
            )
        }
        if draw(st.booleans()):
            v["else"] = draw(values(depth + 1))
    else:
        v = {**draw(values(depth + 1)), "when": draw(conditions())}
        v.pop("else", None)
        if "cases" in v:
            v.pop("when")
        elif draw(st.booleans()):
            v["else"] = draw(values(depth + 1))
    if "when" in v and "cases" not in v:
        return v
    tfs = draw(st.lists(st.sampled_from(TRANSFORMS), max_size=3))
    if tfs:
        v["transform"] = tfs
    if draw(st.booleans()):
        v["table"] = draw(
            st.dictionaries(
                st.sampled_from(["lead", "1", "true", "x", "", "k"]), CONSTS, min_size=1, max_size=3
            )
        )
        if draw(st.booleans()):
            v["otherwise"] = draw(CONSTS)
    choice = draw(st.sampled_from(["keep", "omit", "null", "default"]))
    if choice == "default":
        v["default"] = draw(CONSTS)
    elif choice != "keep":
        v["if_empty"] = choice
    return v


TARGETS = ["T0", "T1", "T2", "T3", "T4", "nest.a", "nest.b", "lst[1]"]


@st.composite
def mappings(draw: st.DrawFn) -> dict[str, Any]:
    targets = draw(st.lists(st.sampled_from(TARGETS), min_size=1, max_size=6, unique=True))
    rules = [{"to": t, **draw(values())} for t in targets]
    filters = draw(
        st.lists(
            st.builds(lambda k, c: {k: c}, st.sampled_from(["keep_if", "skip_if"]), conditions()),
            max_size=2,
        )
    )
    return {"version": 2, "match_key": targets[0], "filters": filters, "rules": rules}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mappings(), st.lists(records_for([*FIELDS]), min_size=1, max_size=6))
def test_random_mappings(spec: dict[str, Any], recs: list[Record]) -> None:
    same(parse_mapping(spec, "random"), recs)


def test_numbers_compare_as_the_closures_do() -> None:
    spec = parse_mapping(
        {
            "version": 2,
            "match_key": "x",
            "rules": [
                {"to": "x", "value": 1, "when": {"field": "n", "gt": 1}, "else": {"value": 0}}
            ],
        },
        "n",
    )
    recs = [{"n": v} for v in ["2", " 2 ", "1_5", "x", "", None, True, 2, 1.5, math.pi, [3], "nan"]]
    same(spec, recs)
    got = [
        r["x"]
        for _, r in CompiledMapping(spec)
        .map_batch([(str(i), r) for i, r in enumerate(recs)])
        .records
    ]
    assert got == [1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 0, 0]
