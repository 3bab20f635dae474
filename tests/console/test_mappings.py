"""Mappings drafted from plain text in the console, over the API and the forms: draft and
preview (nothing written), edit and save a version (hand edits kept, actor recorded),
approve (admins only), history; viewers and operators refused what is not theirs."""

from __future__ import annotations

import re
from typing import Any

import httpx2
import orjson
import yaml

from tests.console.conftest import Console, bearer, sign_in

TEXT = "Map email, first and last name. Set lead source to 'Web' if the original source is empty."
SAMPLES = [
    {"email": "ann@example.com", "firstname": "Ann", "lastname": "Lee"},
    {
        "email": "bob@example.com",
        "firstname": "Bob",
        "lastname": "Ray",
        "hs_analytics_source": "ADS",
    },
]
REQUEST = {"text": TEXT, "from": "hubspot.contacts", "to": "salesforce.Lead", "samples": SAMPLES}


def _post(c: Console, role: str, path: str, body: dict[str, Any]) -> httpx2.Response:
    return httpx2.post(c.base + path, headers=bearer(c.tokens[role]), json=body, timeout=30)


def _events(c: Console) -> int:
    return int(c.store.query("SELECT COUNT(*) FROM events")[0][0])


def _edited(mapping: dict[str, Any]) -> dict[str, Any]:
    """The drafted mapping with LeadSource's default corrected by hand."""
    out: dict[str, Any] = yaml.safe_load(yaml.safe_dump(mapping))
    rule = next(r for r in out["rules"] if r["to"] == "LeadSource")
    rule["default"] = "Website"
    return out


def test_draft_previews_on_the_samples_and_writes_nothing(console: Console) -> None:
    before = _events(console)
    r = _post(console, "operator", "/api/mapping-drafts/draft", REQUEST)
    assert r.status_code == 200, r.text
    d = r.json()
    assert d["ok"] and d["mapping"]["match_key"] == "Email"
    assert {f["field"] for f in d["fields"]} >= {"Email", "FirstName", "LastName", "LeadSource"}
    assert [row["output"] for row in d["side_by_side"]] == [
        {"Email": "ann@example.com", "FirstName": "Ann", "LastName": "Lee", "LeadSource": "Web"},
        {"Email": "bob@example.com", "FirstName": "Bob", "LastName": "Ray", "LeadSource": "ADS"},
    ]
    assert [row["input"] for row in d["side_by_side"]] == SAMPLES
    assert _events(console) == before


def test_edit_save_approve_and_history_carry_the_actor(console: Console) -> None:
    c = console
    drafted = _post(c, "operator", "/api/mapping-drafts/draft", REQUEST).json()
    body = REQUEST | {"name": "contacts-to-leads", "mapping": _edited(drafted["mapping"])}
    saved = _post(c, "operator", "/api/mapping-drafts/save", body)
    assert saved.status_code == 200, saved.text
    s = saved.json()
    assert s["version"] == 1
    lead_source = next(r for r in s["mapping"]["rules"] if r["to"] == "LeadSource")
    assert lead_source["default"] == "Website"  # the hand edit is kept
    assert s["side_by_side"][0]["output"]["LeadSource"] == "Website"

    # approving is an admin's call
    assert (
        _post(c, "operator", "/api/mapping-drafts/contacts-to-leads/approve", {}).status_code == 403
    )
    ok = _post(c, "admin", "/api/mapping-drafts/contacts-to-leads/approve", {"version": 1})
    assert ok.status_code == 200 and ok.json() == {"name": "contacts-to-leads", "approved": 1}

    h = httpx2.get(
        c.base + "/api/mapping-drafts/contacts-to-leads", headers=bearer(c.tokens["viewer"])
    ).json()
    (v,) = h["versions"]
    assert v["approved"] and v["author"] == "api:operator" and v["text"] == TEXT
    assert "default: Website" in v["mapping_yaml"]
    assert (v["from"], v["to"]) == ("hubspot.contacts", "salesforce.Lead")
    actors = [e.metadata["actor"] for e in c.store.read_stream("mapping-contacts-to-leads")]
    assert actors == ["api:operator", "api:admin"]
    names = httpx2.get(c.base + "/api/mapping-drafts", headers=bearer(c.tokens["viewer"])).json()
    assert names == ["contacts-to-leads"]


def test_bad_drafts_are_one_clear_answer(console: Console) -> None:
    c = console
    bad = REQUEST | {"samples": '{"email": "a@b.c"}\nnot json'}
    r = _post(c, "operator", "/api/mapping-drafts/draft", bad)
    assert r.status_code == 400 and r.json()["error"].startswith("sample records: line 2: not JSON")
    r = _post(c, "operator", "/api/mapping-drafts/draft", REQUEST | {"to": "salesforce.Nope"})
    assert r.status_code == 400 and "Nope" in r.json()["error"]
    r = _post(c, "operator", "/api/mapping-drafts/save", REQUEST | {"name": ""})
    assert r.status_code == 400 and "name" in r.json()["error"]
    r = _post(c, "operator", "/api/mapping-drafts/save", REQUEST | {"name": "x", "text": "hello"})
    assert r.status_code == 400 and r.json()["error"].startswith("not saved")
    r = httpx2.get(c.base + "/api/mapping-drafts/nope", headers=bearer(c.tokens["viewer"]))
    assert r.status_code == 404
    r = _post(c, "admin", "/api/mapping-drafts/nope/approve", {})
    assert r.status_code == 400 and "no mapping named 'nope'" in r.json()["error"]


def test_forms_draft_save_approve_with_csrf(console: Console) -> None:
    c = console
    op, csrf = sign_in(c.base, "operator")
    form = {k: v for k, v in REQUEST.items() if k != "samples"}
    form |= {"name": "m1", "samples": "\n".join(orjson.dumps(s).decode() for s in SAMPLES)}
    page = op.post("/mappings/draft?fresh=1", data=form | {"csrf": csrf})
    assert page.status_code == 200
    assert "ann@example.com" in page.text and 'data-field="LeadSource"' in page.text
    drafted = re.search(r'<textarea id="mapping" name="mapping"[^>]*>([^<]*)</textarea>', page.text)
    assert drafted is not None
    edited = drafted.group(1).replace("&#39;", "'").replace("default: Web", "default: Website")
    before = _events(c)
    refused = op.post("/mappings/save", data=form | {"mapping": edited})  # no CSRF token
    assert refused.status_code == 403 and _events(c) == before
    saved = op.post("/mappings/save", data=form | {"mapping": edited, "csrf": csrf})
    assert saved.status_code == 303 and saved.headers["location"].startswith("/mappings/m1")
    history = op.get("/mappings/m1").text
    assert "default: Website" in history and "console:operator" in history
    assert 'data-action="approve"' not in history  # operators do not approve
    assert op.post("/mappings/m1/approve", data={"csrf": csrf}).status_code == 403

    admin, admin_csrf = sign_in(c.base, "admin")
    r = admin.post("/mappings/m1/approve", data={"csrf": admin_csrf, "version": "1"})
    assert r.status_code == 303
    shown = admin.get(r.headers["location"]).text
    assert "approved version 1" in shown and 'class="health health-ok">approved' in shown
    assert c.store.read_stream("mapping-m1")[-1].metadata["actor"] == "console:admin"


def test_samples_can_be_a_jobs_first_fetched_records(console: Console) -> None:
    c = console
    body = {k: v for k, v in REQUEST.items() if k != "samples"} | {"samples_job": c.job_id}
    r = _post(c, "operator", "/api/mapping-drafts/draft", body)
    assert r.status_code == 200, r.text
    first = [orjson.loads(s.body) for s in c.store.staged_range(c.job_id, 0, 10)]
    assert len(first) == 10
    assert [row["input"] for row in r.json()["side_by_side"]] == first
    assert all(
        row["output"]["Email"] == rec["email"]
        for row, rec in zip(r.json()["side_by_side"], first, strict=True)
    )
    r = _post(c, "operator", "/api/mapping-drafts/draft", body | {"samples_job": "nope"})
    assert r.status_code == 404
