"""A whitespace-only text under `trim` is the empty text (round 37): trimming "   " gives "",
on the rule-by-rule path and in the generated batch code alike; the other transforms leave a
blank value as it is, and a default or `if_empty` still takes it."""

from __future__ import annotations

from typing import Any

from syncwright.mapping.apply import CompiledMapping
from syncwright.mapping.spec import parse_mapping


def _both(rules: list[dict[str, Any]], rec: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    spec = {"version": 2, "source": {"object": "hubspot.contacts"}, "destination": {"object": "salesforce.Lead"},
            "match_key": "Email", "rules": [{"to": "Email", "from": "email"}, *rules]}
    mapping = CompiledMapping(parse_mapping(spec, "trim-blank"))
    careful = dict(mapping.evaluate(rec).record.items())
    batch = mapping.map_batch([("k", rec)])
    return careful, dict(batch.records[0][1])


def test_a_trimmed_blank_text_is_empty_on_both_paths() -> None:
    for rules in ([{"to": "Title", "from": "jobtitle", "transform": ["trim"]}],
                  [{"to": "Title", "from": "jobtitle", "transform": ["trim", "upper"]}],
                  [{"to": "Title", "from": "jobtitle", "transform": ["lower", "trim"]}]):
        careful, fast = _both(rules, {"email": "a@b.io", "jobtitle": "   "})
        assert careful["Title"] == "" and fast["Title"] == "", rules


def test_other_transforms_keep_a_blank_and_a_default_still_takes_it() -> None:
    careful, fast = _both([{"to": "Title", "from": "jobtitle", "transform": ["upper"]}], {"email": "a@b.io", "jobtitle": "  "})
    assert careful["Title"] == fast["Title"] == "  "
    careful, fast = _both([{"to": "Title", "from": "jobtitle", "transform": ["trim"], "default": "n/a"}], {"email": "a@b.io", "jobtitle": "  "})
    assert careful["Title"] == fast["Title"] == "n/a"
    careful, fast = _both([{"to": "Title", "from": "jobtitle", "transform": ["trim"], "if_empty": "omit"}], {"email": "a@b.io", "jobtitle": "  "})
    assert "Title" not in careful and "Title" not in fast


def test_a_trimmed_value_with_text_is_trimmed() -> None:
    careful, fast = _both([{"to": "Title", "from": "jobtitle", "transform": ["trim"]}], {"email": "a@b.io", "jobtitle": "  CEO "})
    assert careful["Title"] == fast["Title"] == "CEO"
