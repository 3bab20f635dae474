"""Mapping language v2: every rule kind, conditions, transforms, errors, and the schema."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from syncwright.mapping.apply import CompiledMapping, MappingRejected, RecordSkipped
from syncwright.mapping.spec import (
    SCHEMA_V2_FILE,
    MappingError,
    load_mapping,
    mapping_v2_json_schema,
    parse_mapping,
)
from tests.helpers import mapping_preview

DOCS = Path(__file__).parents[2] / "docs" / "MAPPING.md"


def m(*rules: dict[str, Any], match_key: str = "k", **extra: Any) -> CompiledMapping:
    spec = {
        "version": 2,
        "match_key": match_key,
        "rules": [{"to": "k", "value": 1}, *rules],
        **extra,
    }
    return CompiledMapping(parse_mapping(spec, "m.yaml"))


def one(rule: dict[str, Any], rec: dict[str, Any]) -> Any:
    out = m({"to": "x", **rule}).apply(rec)
    return out.get("x", "<absent>")


@pytest.mark.parametrize(
    ("transform", "value", "expected"),
    [
        ("lower", "Ann@X.IO", "ann@x.io"),
        ("upper", "ca", "CA"),
        ("trim", "  a b  ", "a b"),
        ("title", "MARÍA josé", "María José"),
        ("collapse_spaces", " a   b\t c ", "a b c"),
        ("first_word", "  Ana Lucía Pérez", "Ana"),
        ("last_word", "Ana Lucía Pérez ", "Pérez"),
        ("email_local", "ann.lee@acme.com", "ann.lee"),
        ("email_domain", "ann.lee@acme.com", "acme.com"),
        ({"truncate": 3}, "abcdef", "abc"),
        ({"e164": "US"}, "(415) 555-0100", "+14155550100"),
        ({"e164": "US"}, "1-646-555-0123", "+16465550123"),
        ({"e164": {"region": "GB"}}, "020 7946 0321", "+442079460321"),
        ({"e164": "US"}, "+44 20 7946 0958", "+442079460958"),
        ("email", " Ann.Lee@ACME.com", "Ann.Lee@acme.com"),
        ("number", "12000000", 12000000),
        ("number", "2500000.75", 2500000.75),
        ("integer", "250", 250),
        ("boolean", "Yes", True),
        ("boolean", "1", True),
        ("boolean", "false", False),
        ("text", True, "true"),
        ("date", "2023-03-14T15:02:11.000Z", "2023-03-14"),
        ("date", "2023-03-14T23:30:00-05:00", "2023-03-15"),
        ({"date": "%d/%m/%Y"}, "2023-03-14", "14/03/2023"),
        ("date", 1678806131000, "2023-03-14"),
        ("datetime", "2023-03-14T15:02:11+01:00", "2023-03-14T14:02:11Z"),
    ],
)
def test_transforms(transform: Any, value: Any, expected: Any) -> None:
    assert one({"from": "v", "transform": [transform]}, {"v": value}) == expected


@pytest.mark.parametrize(
    ("transform", "value", "code"),
    [
        ({"e164": "US"}, "call me", "INVALID_VALUE"),
        ("number", "12 million", "INVALID_VALUE"),
        ("integer", "2.5", "INVALID_VALUE"),
        ("boolean", "maybe", "INVALID_VALUE"),
        ("email", "not-an-email", "INVALID_VALUE"),
        ("date", "yesterday", "INVALID_VALUE"),
    ],
)
def test_a_value_a_transform_cannot_handle_rejects_the_record(
    transform: Any, value: Any, code: str
) -> None:
    mapping = m({"to": "x", "from": "v", "transform": [transform]})
    with pytest.raises(MappingRejected) as exc:
        mapping.apply({"v": value})
    assert exc.value.field == "x" and exc.value.code == code
    assert "rule 2 (x)" in exc.value.reason and repr(value) in exc.value.reason
    batch = mapping.map_batch([("r1", {"v": value}), ("r2", {})])
    assert [r["key"] for r in batch.rejected] == ["r1"]
    assert [k for k, _ in batch.records] == ["r1", "r2"]  # kept as far as it mapped: fixable


def test_empty_values_and_defaults() -> None:
    for empty in (None, "", "   "):
        rec = {} if empty is None else {"v": empty}
        assert one({"from": "v", "default": "d"}, rec) == "d"
        assert one({"from": "v", "if_empty": "omit"}, rec) == "<absent>"
        assert one({"from": "v", "if_empty": "null"}, rec) is None
        assert one({"from": "v", "transform": ["upper"]}, rec) == empty  # kept as is
    assert one({"from": "v", "default": "d"}, {"v": "x"}) == "x"
    assert one({"from": "v"}, {"v": ""}) == ""  # a plain copy keeps the empty string


def test_fallbacks_first_non_empty_wins() -> None:
    rule = {"from": ["a", "b", {"from": "e", "transform": ["email_local"]}]}
    assert one(rule, {"a": " ", "b": "B"}) == "B"
    assert one(rule, {"a": "", "b": None, "e": "x.y@z.io"}) == "x.y"
    assert one({**rule, "if_empty": "omit"}, {"a": ""}) == "<absent>"


def test_value_tables() -> None:
    rule = {"from": "s", "table": {"A": "one", True: "yes"}, "otherwise": "other"}
    assert one(rule, {"s": "A"}) == "one"
    assert one(rule, {"s": "a"}) == "other"  # case-sensitive
    assert one(rule, {"s": True}) == "yes"
    assert one(rule, {"s": ""}) == "other"
    assert one(rule, {}) == "other" and one(rule, {"s": 1.0}) == "other"
    strict = m({"to": "x", "from": "s", "table": {"A": "one", "1": "n"}})
    assert strict.apply({"s": ""})["x"] == "" and strict.apply({})["x"] is None
    assert strict.apply({"s": 1.0})["x"] == "n"  # looked up as text
    with pytest.raises(MappingRejected, match="not in the value table") as exc:
        strict.apply({"s": "B"})
    assert exc.value.code == "VALUE_NOT_IN_TABLE"


@pytest.mark.parametrize(
    ("cond", "rec", "holds"),
    [
        ({"field": "c", "eq": "US"}, {"c": "US"}, True),
        ({"field": "c", "eq": "US"}, {"c": "us"}, False),
        ({"field": "c", "ne": "US"}, {"c": "DE"}, True),
        ({"field": "o", "eq": True}, {"o": "true"}, True),
        ({"field": "n", "gt": 10}, {"n": "12.5"}, True),
        ({"field": "n", "gt": 10}, {"n": "9"}, False),
        ({"field": "n", "gt": 10}, {"n": ""}, False),
        ({"field": "n", "gt": -1}, {"n": "  "}, False),
        ({"field": "n", "lt": 1}, {"n": " 0 "}, True),
        ({"field": "n", "gte": 10}, {"n": 10}, True),
        ({"field": "n", "lt": 10}, {"n": "abc"}, False),
        ({"field": "n", "lte": 10}, {"n": "10"}, True),
        ({"field": "s", "in": ["a", "b"]}, {"s": "b"}, True),
        ({"field": "s", "not_in": ["a", "b"]}, {"s": "c"}, True),
        ({"field": "s", "empty": True}, {"s": "  "}, True),
        ({"field": "s", "empty": False}, {}, False),
        ({"field": "t", "contains": "VIP"}, {"t": ["x", "VIP"]}, True),
        ({"field": "a.b", "eq": 1}, {"a": {"b": 1}}, True),
        ({"all": [{"field": "a", "eq": 1}, {"field": "b", "eq": 2}]}, {"a": 1, "b": 3}, False),
        ({"any": [{"field": "a", "eq": 1}, {"field": "b", "eq": 2}]}, {"a": 0, "b": 2}, True),
        ({"not": {"field": "a", "eq": 1}}, {"a": 2}, True),
    ],
)
def test_conditions(cond: dict[str, Any], rec: dict[str, Any], holds: bool) -> None:
    rule = {"when": cond, "value": "yes", "else": {"value": "no"}}
    assert one(rule, rec) == ("yes" if holds else "no")


def test_when_without_else_leaves_the_key_out_and_cases_pick_the_first() -> None:
    assert one({"when": {"field": "a", "eq": 1}, "value": "v"}, {"a": 2}) == "<absent>"
    rule = {
        "cases": [
            {"when": {"field": "r", "gt": 10}, "value": "Hot"},
            {"when": {"field": "r", "gt": 1}, "value": "Warm"},
        ],
        "else": {"value": "Cold"},
    }
    assert [one(rule, {"r": r}) for r in ("12", "5", "0", None)] == ["Hot", "Warm", "Cold", "Cold"]


def test_filters_skip_with_reason() -> None:
    mapping = m(
        filters=[
            {"keep_if": {"field": "c", "eq": "US"}, "reason": "not a US contact"},
            {"skip_if": {"field": "e", "empty": True}},
        ]
    )
    with pytest.raises(RecordSkipped, match="not a US contact"):
        mapping.apply({"c": "DE", "e": "x"})
    batch = mapping.map_batch([("1", {"c": "US", "e": "x"}), ("2", {"c": "US"}), ("3", {})])
    assert [k for k, _ in batch.records] == ["1"]
    assert batch.skipped == [
        {"key": "2", "reason": "filter 2: skip if e is empty"},
        {"key": "3", "reason": "not a US contact"},
    ]
    assert batch.rejected == []


def test_templates_nested_paths_and_lists() -> None:
    mapping = m(
        {"to": "traits.name", "template": "{first} {last|upper} {{x}}"},
        {"to": "merge_fields.FNAME", "from": "first"},
        {"to": "events[0].params.v", "from": "n", "transform": ["number"]},
        {"to": "events[0].name", "value": "lead"},
        {
            "to": "tags",
            "list": [
                {"value": "a"},
                {"from": "d"},
                {"value": "c", "when": {"field": "n", "gt": 5}},
            ],
        },
    )
    out = mapping.apply({"first": "Ann", "last": "Lee", "n": "7", "d": ""})
    assert out == {
        "k": 1,
        "traits": {"name": "Ann LEE {x}"},
        "merge_fields": {"FNAME": "Ann"},
        "events": [{"params": {"v": 7}, "name": "lead"}],
        "tags": ["a", "c"],
    }
    # constants are copied, never shared between records
    again = m({"to": "o", "value": {"a": 1}}, {"to": "o.b", "value": 2})
    assert again.apply({}) == {"k": 1, "o": {"a": 1, "b": 2}}
    assert again.apply({}) == {"k": 1, "o": {"a": 1, "b": 2}}


def test_lookup_uses_the_job_cache_and_rejects_a_miss() -> None:
    from syncwright.mapping.compile import MISS

    mapping = m(
        {"to": "AccountId", "lookup": {"object": "Account", "by": "Name", "from": "company"}}
    )
    [plan] = mapping.lookups
    assert (plan.object, plan.by, plan.returns) == ("Account", "Name", "Id")
    records = [{"company": "Acme"}, {"company": "Nope"}, {"company": ""}]
    assert mapping.pending_lookups(records) == {0: {"Acme", "Nope"}}
    plan.cache.update({"Acme": "001A", "Nope": MISS})
    assert mapping.pending_lookups(records) == {}
    batch = mapping.map_batch([(str(i), r) for i, r in enumerate(records)])
    assert batch.records[0][1]["AccountId"] == "001A"
    assert batch.rejected == [
        {
            "key": "1",
            "field": "AccountId",
            "code": "LOOKUP_NOT_FOUND",
            "reason": "rule 2 (AccountId): no Account with Name = 'Nope' (lookup for AccountId)",
        }
    ]
    assert batch.records[2][1]["AccountId"] is None


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        (
            [{"to": "x", "from": "a", "transform": ["lowr"]}],
            r"rules\[1\] \(to: x\).transform: transform\[0\]: unknown transform 'lowr'",
        ),
        (
            [{"to": "x", "from": "a", "value": 1}],
            r"rules\[1\] \(to: x\): give one of .* \(got from, value\)",
        ),
        ([{"to": "x"}], r"rules\[1\] \(to: x\): give one of"),
        (
            [{"to": "x", "from": "a", "when": {"field": "a", "eq": 1, "gt": 2}}],
            r"rules\[1\] \(to: x\).when: .*exactly one operator",
        ),
        ([{"to": "x", "cases": [{"value": 1}]}], r"cases\[0\] needs a `when`"),
        (
            [{"to": "x", "from": "a", "transform": [{"truncate": -1}]}],
            "truncate: takes the maximum length",
        ),
        ([{"to": "x", "from": "a", "transform": [{"e164": "XX"}]}], "unknown default region 'XX'"),
        ([{"to": "x..y", "from": "a"}], "malformed field path"),
        ([{"to": "x", "from": "a", "otherwise": 1}], "`otherwise` belongs to a `table`"),
        ([{"to": "x", "from": "a", "bogus": 1}], r"rules\[1\] \(to: x\).bogus: Extra inputs"),
    ],
)
def test_errors_name_file_rule_and_key(rules: list[dict[str, Any]], message: str) -> None:
    spec = {"version": 2, "match_key": "k", "rules": [{"to": "k", "value": 1}, *rules]}
    with pytest.raises(MappingError) as exc:
        parse_mapping(spec, "m.yaml")
    assert str(exc.value).startswith("m.yaml: invalid mapping: ")
    assert re.search(message, str(exc.value)), str(exc.value)


def test_filters_need_one_condition_and_version_is_checked() -> None:
    with pytest.raises(MappingError, match=r"filters\[0\]: .*exactly one of keep_if, skip_if"):
        parse_mapping(
            {"version": 2, "match_key": "k", "rules": [{"to": "k", "value": 1}], "filters": [{}]},
            "m.yaml",
        )
    with pytest.raises(MappingError, match="version: 3 is not a mapping format"):
        parse_mapping({"version": 3}, "m.yaml")


def test_version_1_files_keep_working_through_the_v2_compiler() -> None:
    v1 = parse_mapping(
        {
            "match_key": "Email",
            "rules": [
                {"copy": "email", "to": "Email"},
                {"default_if_empty": "c", "to": "C", "value": "n/a"},
            ],
        },
        "v1.yaml",
    )
    assert v1.version == 1
    out = CompiledMapping(v1).apply({"email": "a@b.io", "c": " "})
    assert out == {"Email": "a@b.io", "C": "n/a"}


def test_content_version_changes_with_the_content() -> None:
    a = parse_mapping({"version": 2, "match_key": "k", "rules": [{"to": "k", "value": 1}]}, "a")
    b = parse_mapping({"version": 2, "match_key": "k", "rules": [{"to": "k", "value": 2}]}, "b")
    assert a.content_version.startswith("m-") and a.content_version != b.content_version


def test_shipped_json_schema_equals_the_models() -> None:
    shipped = json.loads(SCHEMA_V2_FILE.read_text(encoding="utf-8"))
    assert shipped == json.loads(json.dumps(mapping_v2_json_schema()))
    assert shipped["properties"]["version"]["const"] == 2
    assert "Rule" in shipped["$defs"] and "Condition" in shipped["$defs"]


def _doc_blocks() -> list[str]:
    text = DOCS.read_text(encoding="utf-8")
    return re.findall(r"```yaml\n(.*?)```", text, flags=re.S)


def test_docs_examples_load_and_compile(tmp_path: Path) -> None:
    blocks = _doc_blocks()
    assert len(blocks) >= 13
    for i, block in enumerate(blocks):
        path = tmp_path / f"example{i}.yaml"
        path.write_text(block, encoding="utf-8")
        spec = load_mapping(path)
        assert spec.version == 2
        CompiledMapping(spec)  # compiles
    # every rule kind the docs promise appears in an example
    text = "\n".join(blocks)
    for kind in (
        "from:",
        "value:",
        "default:",
        "transform:",
        "table:",
        "otherwise:",
        "when:",
        "else:",
        "cases:",
        "template:",
        "filters:",
        "keep_if:",
        "skip_if:",
        "list:",
        "lookup:",
        "validate:",
        "merge_fields.",
        "if_empty:",
    ):
        assert kind in text, kind


def test_docs_error_lines_are_what_the_loader_says() -> None:
    text = DOCS.read_text(encoding="utf-8")
    spec = yaml.safe_load(
        "version: 2\nmatch_key: Email\nrules:\n  - {to: Email, from: email}\n  - {to: X, from: x}\n  - {to: Phone, from: phone, transform: [e165]}\n"
    )
    with pytest.raises(MappingError) as exc:
        parse_mapping(spec, "mapping.yaml")
    assert str(exc.value).split(" (known")[0] in text


def test_docs_carry_the_shipped_schema() -> None:
    text = DOCS.read_text(encoding="utf-8")
    [block] = re.findall(r"```json\n(.*?)```", text, flags=re.S)
    assert json.loads(block) == json.loads(SCHEMA_V2_FILE.read_text(encoding="utf-8"))


def test_readme_mapping_example_loads_and_the_example_job_checks(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from syncwright.cli import app

    root = DOCS.parents[1]
    text = (root / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## The mapping file") :]
    block = re.findall(r"```yaml\n(.*?)```", section, flags=re.S)[0]
    path = tmp_path / "mapping.yaml"
    path.write_text(block, encoding="utf-8")
    spec = load_mapping(path)
    assert spec.version == 2 and CompiledMapping(spec).lookups
    res = CliRunner().invoke(app, ["check", str(root / "examples/contacts-to-leads/job.yaml")])
    assert res.exit_code == 0, res.output


def test_truncate_to_the_destination_max_length(tmp_path: Path) -> None:
    import asyncio

    import orjson

    from syncwright.engine.commands import create_job
    from syncwright.engine.jobfile import JobFileError, load_job_file
    from syncwright.engine.orchestrator import JobRunner
    from syncwright.store.sqlite import SQLiteStore

    rules = [
        {"to": "Email", "from": "email"},
        {"to": "LastName", "from": "last", "transform": [{"truncate": "max"}]},
    ]
    (tmp_path / "in.jsonl").write_text(
        '{"id": "1", "email": "a@b.io", "last": "' + "x" * 100 + '"}\n'
    )
    job = {
        "name": "t",
        "source": {"connection": "a", "object": "x"},
        "destination": {"connection": "b", "object": "Lead"},
        "mapping": {"version": 2, "match_key": "Email", "rules": rules},
        "connections": {
            "a": {"platform": "jsonl", "path": "in.jsonl"},
            "b": {
                "platform": "jsonl",
                "path": "out.jsonl",
                "fields": {"LastName": {"max_length": 30}},
            },
        },
    }
    (tmp_path / "job.yaml").write_text(yaml.safe_dump(job))
    store = SQLiteStore(tmp_path / "s.db")
    view = asyncio.run(
        JobRunner(store, create_job(store, load_job_file(tmp_path / "job.yaml"))).run()
    )
    assert view.created == 1
    assert orjson.loads((tmp_path / "out.jsonl").read_bytes())["LastName"] == "x" * 30
    store.close()
    job["connections"]["b"]["fields"] = {"Email": {"type": "email"}}
    (tmp_path / "job.yaml").write_text(yaml.safe_dump(job))
    with pytest.raises(
        JobFileError, match=r"rules\[1\] \(to: LastName\).transform\[0\]: truncate: max"
    ):
        load_job_file(tmp_path / "job.yaml")
    # preview: the destination named with --to gives the length (Salesforce Lead LastName: 80)
    (tmp_path / "m.yaml").write_text(
        yaml.safe_dump({"version": 2, "match_key": "Email", "rules": rules})
    )
    res = mapping_preview(
        str(tmp_path / "m.yaml"),
        "--input",
        str(tmp_path / "in.jsonl"),
        "--to",
        "salesforce.Lead",
        "--json",
    )
    assert res.exit_code == 0, res.output
    assert orjson.loads(res.stdout)["records"][0]["LastName"] == "x" * 80
    res = mapping_preview(str(tmp_path / "m.yaml"), "--input", str(tmp_path / "in.jsonl"), "--json")
    assert (
        "truncate: max needs the destination" in orjson.loads(res.stdout)["rejected"][0]["reason"]
    )
