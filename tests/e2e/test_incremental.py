"""Incremental runs over loopback: after a full run, a change to 1% of the source sends
exactly that 1%, and an unchanged source sends nothing.

HubSpot reads incrementally by searching ``lastmodifieddate GTE since`` and skipping the
``ids`` already seen at exactly ``since`` (docs/ADAPTERS.md), Salesforce by
``SystemModstamp >= since`` with the same skip rule; so the third run fetches nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from syncwright.sandbox import Sandbox
from tests.e2e.conftest import connection, events, md5, run, seed, write_job
from tests.helpers import read_jsonl

pytestmark = pytest.mark.slow


def test_hubspot_to_jsonl_incremental_sends_only_what_changed(sb: Sandbox, tmp_path: Path) -> None:
    seed(sb, "hubspot")
    hs = sb.admin("hubspot")
    contacts = hs.records("contacts")
    job = write_job(
        tmp_path,
        name="hubspot-contacts-export",
        mode="incremental",
        source=("hs", "contacts"),
        destination=("out", "contacts"),
        mapping={
            "version": 1,
            "match_key": "id",
            "rules": [{"copy": "id"}, {"copy": "email"}, {"copy": "firstname"}],
        },
        connections={
            "hs": connection(sb, "hubspot"),
            "out": {"platform": "jsonl", "path": "out/contacts.jsonl"},
        },
    )
    store = tmp_path / "store.db"
    first = run(job, store)
    assert (first["state"], first["fetched"], first["sent"]) == (
        "completed",
        len(contacts),
        len(contacts),
    )

    changed = {c["id"] for c in contacts[::100]}  # 1%
    for rid in changed:
        hs.update("contacts", rid, {"firstname": f"Changed {rid}"})
    second = run(job, store)
    assert (second["state"], second["fetched"], second["sent"]) == (
        "completed",
        len(changed),
        len(changed),
    )
    pages = events(store, second["job_id"], "page_fetched")
    lines = read_jsonl(tmp_path / "out" / "contacts.jsonl")
    out = {r["id"]: r for r in lines}
    assert len(lines) == len(out) == len(contacts)  # upserted in place: one line per contact
    assert {k for k, r in out.items() if r["firstname"].startswith("Changed")} == changed
    assert all(out[k]["firstname"] == f"Changed {k}" for k in changed)
    assert sum(p["count"] for p in pages) == len(changed)

    third = run(job, store)
    assert (third["state"], third["fetched"], third["sent"]) == ("completed", 0, 0)


def test_salesforce_to_mailchimp_incremental_sends_only_what_changed(
    sb: Sandbox, tmp_path: Path
) -> None:
    seed(sb, "salesforce", "mailchimp", invalid_email_ratio=0)
    sf, mc = sb.admin("salesforce"), sb.admin("mailchimp")
    leads = sf.records("Lead")
    job = write_job(
        tmp_path,
        name="leads-to-mailchimp-incremental",
        mode="incremental",
        source=("sf", "Lead"),
        destination=("mc", "members"),
        mapping={
            "version": 1,
            "match_key": "email_address",
            "rules": [
                {"rename": "Email", "to": "email_address"},
                {"rename": "LastName", "to": "LNAME"},
            ],
        },
        connections={"sf": connection(sb, "salesforce"), "mc": connection(sb, "mailchimp")},
    )
    store = tmp_path / "store.db"
    first = run(job, store)
    assert (first["state"], first["fetched"], first["sent"]) == (
        "completed",
        len(leads),
        len(leads),
    )

    changed = {r["Id"]: r for r in leads[::100]}  # 1%
    for rid in changed:
        sf.update("Lead", rid, {"LastName": f"Changed{rid}"})
    second = run(job, store)
    assert (second["state"], second["fetched"], second["sent"]) == (
        "completed",
        len(changed),
        len(changed),
    )
    members = {m["id"]: m for m in mc.records("members")}
    for rid, lead in changed.items():
        assert members[md5(lead["Email"])]["merge_fields"]["LNAME"] == f"Changed{rid}"
    # Written once by the full run, once more only for the changed 1%.
    per_key = {k.split(":", 1)[1]: n for k, n in mc.writes_per_key("members").items()}
    assert {h for h, n in per_key.items() if n == 2} == {md5(r["Email"]) for r in changed.values()}
    assert set(per_key.values()) == {1, 2} and len(per_key) == len(leads)

    third = run(job, store)
    assert (third["state"], third["fetched"], third["sent"]) == ("completed", 0, 0)
    assert mc.writes_per_key("members") == {f"members:{h}": n for h, n in per_key.items()}
