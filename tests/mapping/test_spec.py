"""The minimal mapping language: rules, validations, versions, and errors that name keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from syncwright.mapping.apply import CompiledMapping
from syncwright.mapping.spec import MappingError, load_mapping, parse_mapping

SPEC = {
    "match_key": "Email",
    "rules": [
        {"copy": "properties.email", "to": "Email"},
        {"copy": "city"},
        {"rename": "firstname", "to": "FirstName"},
        {"constant": "web", "to": "LeadSource"},
        {"default_if_empty": "company", "to": "Company", "value": "n/a"},
    ],
    "validate": [
        {"field": "Email", "format": "email"},
        {"field": "FirstName", "required": True, "max_length": 5},
    ],
}


def test_rules_apply_in_order() -> None:
    m = CompiledMapping(parse_mapping(SPEC, "t"))
    out = m.apply(
        {"properties": {"email": "a@b.io"}, "city": "Oslo", "firstname": "Ann", "company": "  "}
    )
    assert out == {
        "Email": "a@b.io",
        "city": "Oslo",
        "FirstName": "Ann",
        "LeadSource": "web",
        "Company": "n/a",
    }
    assert m.validate(out) is None
    assert m.apply({"company": "Acme"})["Company"] == "Acme"


def test_validations_name_field_and_code() -> None:
    m = CompiledMapping(parse_mapping(SPEC, "t"))
    assert m.validate({"Email": "", "FirstName": "A"})[:2] == ("Email", "MATCH_KEY_MISSING")
    assert m.validate({"Email": "nope", "FirstName": "A"})[:2] == ("Email", "INVALID_EMAIL")
    assert m.validate({"Email": "a@b.io", "FirstName": None})[:2] == (
        "FirstName",
        "REQUIRED_FIELD_MISSING",
    )
    assert m.validate({"Email": "a@b.io", "FirstName": "Annabel"})[:2] == (
        "FirstName",
        "STRING_TOO_LONG",
    )


def test_content_version_tracks_content() -> None:
    a, b = parse_mapping(SPEC, "a"), parse_mapping(dict(SPEC), "b")
    assert a.content_version == b.content_version
    changed = dict(SPEC, rules=[*SPEC["rules"], {"constant": 1, "to": "X"}])
    assert parse_mapping(changed, "c").content_version != a.content_version


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ({**SPEC, "match_key": "Nope"}, "match_key 'Nope' is not produced"),
        (
            {**SPEC, "rules": [{"copy": "a", "to": "Email"}, {"copy": "b", "to": "Email"}]},
            "more than one rule",
        ),
        ({**SPEC, "rules": [{"copy": "a", "to": "Email"}, {"bogus": 1}]}, "rules.1"),
        ({**SPEC, "version": 7}, "version"),
        ({**SPEC, "validate": [{"field": "Email", "format": "phone"}]}, r"validate\[0\]\.format"),
        ({"rules": SPEC["rules"]}, "match_key"),
    ],
)
def test_bad_specs_name_the_key(spec: dict, message: str) -> None:
    with pytest.raises(MappingError, match=message):
        parse_mapping(spec, "m.yaml")


def test_load_mapping_file_errors(tmp_path: Path) -> None:
    p = tmp_path / "m.yaml"
    p.write_text("match_key: [unclosed")
    with pytest.raises(MappingError, match="not valid YAML"):
        load_mapping(p)
    with pytest.raises(MappingError, match="no such mapping file"):
        load_mapping(tmp_path / "none.yaml")
    p.write_text("- a list\n")
    with pytest.raises(MappingError, match="must be a YAML mapping"):
        load_mapping(p)
