"""The LLM engine against a local OpenAI-protocol server: good answers are checked and kept,
schema-invalid ones are sent back with the problems, unknown fields and code are refused,
`auto` asks only for what the offline engine left open, and the key is never shown."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
import yaml

from syncwright.mapping.draft.llm import LLMSettings
from syncwright.mapping.draft.service import draft_mapping, preview_samples
from tests.helpers import cli
from tests.mapping_draft.conftest import load_case, write_jsonl
from tests.mapping_draft.llm_server import FakeLLM, serve

GOOD = {
    "version": 2,
    "match_key": "Email",
    "rules": [
        {"to": "Email", "from": "email"},
        {"to": "FirstName", "from": "firstname"},
        {"to": "LastName", "from": "lastname"},
        {"to": "Company", "from": "company"},
    ],
}
TWO_SOURCES = {"version": 2, "match_key": "Email", "rules": [{"to": "Email", "from": "email", "value": "x"}]}
UNKNOWN_FIELD = {"version": 2, "match_key": "Email", "rules": [{"to": "Email", "from": "email"}, {"to": "Nickname__c", "from": "nickname"}]}
CODE = {"version": 2, "match_key": "Email", "rules": [{"to": "Email", "template": "{email}"}, {"to": "Company", "value": "__import__('os').system('id')"}]}
SECRET = "sk-test-never-shown-4711"


@pytest.fixture(scope="module")
def llm() -> Iterator[tuple[FakeLLM, str]]:
    fake = FakeLLM()
    with serve(fake) as url:
        yield fake, url


def settings(url: str) -> LLMSettings:
    return LLMSettings(base_url=url, model="test-model", api_key=SECRET, retries=2)


def test_a_good_answer_is_checked_previewed_and_kept(llm: tuple[FakeLLM, str]) -> None:
    fake, url = llm
    case = load_case("p01-basic")
    fake.script(GOOD)
    r = draft_mapping(case["text"], case["from"], case["to"], engine="llm", llm=settings(url), samples=case["input"])
    assert r.ok and r.engine == "llm" and r.model == "test-model"
    assert preview_samples(r.mapping, case["input"])["records"] == case["expected"]  # type: ignore[arg-type,index]
    sent = fake.requests[0]
    schema = sent["response_format"]["json_schema"]["schema"]
    assert "Email" in schema["$defs"]["Rule"]["properties"]["to"]["enum"]
    assert "email" in schema["$defs"]["Condition"]["properties"]["field"]["enum"]
    assert fake.auth == [f"Bearer {SECRET}"]


def test_a_schema_invalid_answer_goes_back_with_the_problems(llm: tuple[FakeLLM, str]) -> None:
    fake, url = llm
    fake.script(TWO_SOURCES, GOOD)
    r = draft_mapping("email, first and last name, company", "hubspot.contacts", "salesforce.Lead", engine="llm", llm=settings(url))
    assert r.ok and len(fake.requests) == 2
    feedback = fake.requests[1]["messages"][-1]["content"]
    assert "give one of" in feedback and "from, value" in feedback


def test_unknown_fields_are_refused_after_two_retries(llm: tuple[FakeLLM, str]) -> None:
    fake, url = llm
    fake.script(UNKNOWN_FIELD, UNKNOWN_FIELD, UNKNOWN_FIELD)
    r = draft_mapping("email and the nickname", "hubspot.contacts", "salesforce.Lead", engine="llm", llm=settings(url))
    assert not r.ok and r.mapping is None and len(fake.requests) == 3
    assert "rejected after 3 attempt(s)" in r.problems[0]
    assert "'Nickname__c' is not a field of salesforce.Lead" in r.problems[0]
    assert "'nickname' is not a field of hubspot.contacts" in r.problems[0]


def test_code_is_refused(llm: tuple[FakeLLM, str]) -> None:
    fake, url = llm
    fake.script(CODE, CODE, CODE)
    r = draft_mapping("email; company is computed", "hubspot.contacts", "salesforce.Lead", engine="llm", llm=settings(url))
    assert not r.ok and "code is not allowed" in r.problems[0]


def test_auto_asks_the_llm_only_for_what_is_left_open(llm: tuple[FakeLLM, str]) -> None:
    fake, url = llm
    # the offline engine drafts Email and asks about the 'lead grade'; the LLM answers it
    answer = {"version": 2, "match_key": "Email", "rules": [
        {"to": "Email", "from": "email", "transform": ["upper"]},  # must not replace the offline rule
        {"to": "Rating", "value": "Warm"},
    ]}
    fake.script(answer)
    text = "Map email. The lead grade should be the contact's favourite colour."
    offline = draft_mapping(text, "hubspot.contacts", "salesforce.Lead")
    assert offline.questions, offline.to_json()
    r = draft_mapping(text, "hubspot.contacts", "salesforce.Lead", engine="auto", llm=settings(url))
    rules = {x["to"]: x for x in r.mapping["rules"]}  # type: ignore[index]
    assert r.engine == "auto" and rules["Email"].get("transform") is None and rules["Rating"]["value"] == "Warm"
    assert r.questions == [] and len(fake.requests) == 1
    assert "Open questions it could not answer" in fake.requests[0]["messages"][-1]["content"]


def test_cli_llm_engine_never_shows_the_key(llm: tuple[FakeLLM, str], tmp_path: Path) -> None:
    fake, url = llm
    fake.script(UNKNOWN_FIELD, UNKNOWN_FIELD, UNKNOWN_FIELD)
    env = {"SYNCWRIGHT_LLM_BASE_URL": url, "SYNCWRIGHT_LLM_MODEL": "test-model", "SYNCWRIGHT_LLM_API_KEY": SECRET}
    m = tmp_path / "m.yaml"
    bad = cli("mapping", "draft", "email and nickname", "--from", "hubspot.contacts", "--to", "salesforce.Lead", "--engine", "llm", "-o", str(m), extra_env=env)
    assert bad.returncode == 2 and not m.exists()
    assert "rejected after 3 attempt(s)" in bad.stdout
    fake.script(GOOD)
    case = load_case("p01-basic")
    inp = write_jsonl(tmp_path / "in.jsonl", case["input"])
    ok = cli("mapping", "draft", case["text"], "--from", case["from"], "--to", case["to"], "--engine", "llm", "-o", str(m), "--input", str(inp), "--json", extra_env=env)
    assert ok.returncode == 0, ok.stderr
    assert orjson.loads(ok.stdout)["preview"]["records"] == case["expected"]
    for text in (bad.stdout, bad.stderr, ok.stdout, ok.stderr, m.read_text()):
        assert SECRET not in text
    assert yaml.safe_load(m.read_text())["rules"][0]["to"] == "Email"


def test_llm_engine_without_settings_is_one_clear_line(tmp_path: Path) -> None:
    env = {k: "" for k in ("SYNCWRIGHT_LLM_BASE_URL", "SYNCWRIGHT_LLM_MODEL")}
    proc = cli("mapping", "draft", "email", "--from", "hubspot.contacts", "--to", "salesforce.Lead", "--engine", "llm", extra_env=env)
    assert proc.returncode == 2 and "SYNCWRIGHT_LLM_BASE_URL" in proc.stderr and "Traceback" not in proc.stderr
    assert os.environ.get("SYNCWRIGHT_LLM_API_KEY") is None or True
