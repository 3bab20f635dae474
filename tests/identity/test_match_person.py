"""End to end: HubSpot -> Salesforce Leads matching on the person id creates no duplicate
for people whose HubSpot and Salesforce records carry different emails (two-emails
scenario in the sandbox, identity graph built through the adapters, the real engine)."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from syncwright.engine.commands import create_job
from syncwright.engine.jobfile import load_job_file
from syncwright.engine.orchestrator import JobRunner
from syncwright.identity.config import load_identity_file
from syncwright.identity.graph import build
from syncwright.identity.normalize import mailbox
from syncwright.sandbox import Sandbox
from syncwright.store import open_store
from tests.identity.conftest import connection, truth

pytestmark = pytest.mark.slow

MAPPING = {"version": 1, "match_key": "Email", "rules": [
    {"rename": "email", "to": "Email"},
    {"rename": "firstname", "to": "FirstName"},
    {"default_if_empty": "lastname", "to": "LastName", "value": "[unknown]"},
    {"default_if_empty": "company", "to": "Company", "value": "[not provided]"},
]}


def _job(folder: Path, sb: Sandbox, name: str, identity: dict[str, Any] | None) -> Path:
    hubspot = connection(sb, "hubspot") | {"properties": {"contacts": [
        "email", "firstname", "lastname", "company", "lastmodifieddate"]}}
    doc: dict[str, Any] = {
        "name": name, "source": {"connection": "hubspot", "object": "contacts"},
        "destination": {"connection": "salesforce", "object": "Lead"}, "mapping": MAPPING,
        "on_reject": {"max_rejected_ratio": 0.5},
        "connections": {"hubspot": hubspot, "salesforce": connection(sb, "salesforce")}}
    if identity is not None:
        doc["identity"] = identity
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    return path


def _run(store: Any, path: Path) -> Any:
    job_id = create_job(store, load_job_file(path))
    return asyncio.run(JobRunner(store, job_id).run())


def _email(value: Any) -> str:
    return mailbox(str(value or "").strip().lower())


def test_matching_on_the_person_updates_their_lead_instead_of_adding_one(
        scenario_sandbox: Sandbox, identity_file: Path, tmp_path: Path) -> None:
    sb = scenario_sandbox
    store = open_store(str(tmp_path / "s.db"))
    build(store, load_identity_file(identity_file))
    real = truth(sb)
    person = dict(store.query("SELECT record_key, person_id FROM identity_records"))
    hubspot = {f"hubspot:contacts:{r['id']}": r for r in sb.admin("hubspot").records("contacts")}
    leads = {f"salesforce:Lead:{r['Id']}": r for r in sb.admin("salesforce").records("Lead")}
    # people (ground truth) with a HubSpot contact and a Lead under another email, whom the
    # graph also put together
    two_emails = {}
    for hk, h in hubspot.items():
        for lk, lead in leads.items():
            if real[hk] == real[lk] and _email(h["properties"]["email"]) != _email(lead["Email"]):
                two_emails[real[hk]] = (hk, lk)
    linked = {p: (hk, lk) for p, (hk, lk) in two_emails.items() if person[hk] == person[lk]}
    assert len(two_emails) > 50 and len(linked) >= 0.9 * len(two_emails)
    before = Counter(real[k] for k in leads)

    view = _run(store, _job(tmp_path, sb, "by-person", {"match": "person"}))
    assert view.state.value == "completed", view.to_json()
    after_leads = sb.admin("salesforce").records("Lead")
    after = Counter(real.get(f"salesforce:Lead:{r['Id']}") for r in after_leads)
    assert all(after[p] == before[p] for p in linked), "a person got a second Lead"
    writes = sb.admin("salesforce").writes_per_key("Lead")
    assert all(writes.get(f"Lead:{lk.rsplit(':', 1)[1]}", 0) >= 1 for _, lk in linked.values())

    # the same job matching on Email alone creates those duplicates: the test can fail
    _run(store, _job(tmp_path, sb, "by-email", None))
    new_leads = [r for r in sb.admin("salesforce").records("Lead")
                 if f"salesforce:Lead:{r['Id']}" not in leads]
    by_email = {_email(r["Email"]) for r in new_leads}
    hubspot_emails = {_email(hubspot[hk]["properties"]["email"]) for hk, _ in linked.values()}
    assert len(hubspot_emails & by_email) >= 0.9 * len(linked)
    store.close()
