"""One sync per platform pair, over loopback, ending with the destination holding exactly
what the source says it should (read through the destination simulator's admin API).

Expectations are computed from the source records as the sandbox holds them, seeded dirt
included: records the destination refuses must be quarantined with the platform's own
words, and nothing else may be missing, extra, duplicated or written more than intended.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

import orjson
import pytest

from syncwright.sandbox import Sandbox
from tests.e2e.conftest import (
    API,
    connection,
    events,
    md5,
    open_failures,
    run,
    seed,
    staged_keys,
    sw_json,
    uploaded_indexes,
    write_job,
)
from tests.helpers import lead_mapping

pytestmark = pytest.mark.slow

LEAD_MAPPING = lead_mapping({"constant": "hubspot", "to": "LeadSource"})
SF_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")  # Salesforce's and Mailchimp's


def _sf_email_ok(value: str) -> bool:
    return SF_EMAIL.match(value.strip()) is not None


def _norm(email: str | None) -> str:
    return (email or "").strip().lower()


def test_hubspot_contacts_to_salesforce_leads_through_faults(sb: Sandbox, tmp_path: Path) -> None:
    dirty = seed(sb, "hubspot", "salesforce")
    hs, sf = sb.admin("hubspot"), sb.admin("salesforce")
    listed = hs.records("contacts")
    # A few people with no company and no last name: the mapping's defaults must apply.
    for c in listed[5:12]:
        hs.update("contacts", c["id"], {"company": ""})
    for c in listed[40:44]:
        hs.update("contacts", c["id"], {"lastname": ""})
    contacts = {c["id"]: c["properties"] for c in hs.records("contacts")}
    leads_before = sf.records("Lead")
    invalid = set(dirty["hubspot"]["invalid_email"])
    assert invalid and invalid == {k for k, p in contacts.items() if not _sf_email_ok(p["email"])}

    # A 429 storm with Retry-After while reading HubSpot; on the Salesforce upsert a 503,
    # then a connection dropped after Salesforce applied the batch, then a partial failure.
    hs.set_faults(
        [
            {
                "match": "GET /crm/v3/objects/contacts*",
                "kind": "rate_limit",
                "count": 2,
                "retry_after": 1,
                "start_after": 0,
            }
        ],
        seed=1,
    )
    upsert = f"PATCH {API}/composite/sobjects/Lead/Email"
    sf.set_faults(
        [
            {"match": upsert, "kind": "error", "status": 503, "count": 1},
            {"match": upsert, "kind": "drop", "count": 1, "start_after": 0},
            {"match": upsert, "kind": "partial", "fraction": 0.1, "count": 1},
        ],
        seed=2,
    )
    job = write_job(
        tmp_path,
        name="hubspot-to-salesforce",
        source=("hs", "contacts"),
        destination=("sf", "Lead"),
        mapping=LEAD_MAPPING,
        connections={"hs": connection(sb, "hubspot"), "sf": connection(sb, "salesforce")},
        batch_size=200,
        max_rejected_ratio=0.2,
    )
    store = tmp_path / "store.db"
    view = run(job, store)
    job_id = view["job_id"]
    assert view["state"] == "completed" and view["fetched"] == len(contacts)

    # Every fault fired, and the job recorded the retries it made.
    assert Counter(f["kind"] for f in hs.fault_log()) == {"rate_limit": 2}
    assert Counter(f["kind"] for f in sf.fault_log()) == {"error": 1, "drop": 1, "partial": 1}
    failed = events(store, job_id, "attempt_failed")
    assert len(failed) == 4  # two 429s while fetching, the 503 and the drop while uploading
    assert [e["error"]["retry_after_seconds"] for e in failed[:2]] == [1, 1]

    # Quarantined: the invalid addresses (Salesforce's words) and the partial batch's
    # records (UNABLE_TO_LOCK_ROW). Re-send the retryable ones: `retry --failed`.
    fails = open_failures(store, job_id)
    locked = {k for k, f in fails.items() if f["code"] == "UNABLE_TO_LOCK_ROW"}
    assert len(locked) == 20 and not locked & invalid
    assert fails.keys() == invalid | locked
    for key in invalid:
        f = fails[key]
        assert (f["phase"], f["code"], f["field"]) == (
            "destination",
            "INVALID_EMAIL_ADDRESS",
            "Email",
        )
        assert f["reason"] == f"Email: invalid email address: {contacts[key]['email']}"
    retried = sw_json("retry", job_id, "--failed", store=tmp_path / "store.db")
    assert retried["state"] == "completed"
    assert open_failures(store, job_id).keys() == invalid

    # Salesforce now holds: every lead it held before (updated when HubSpot has the same
    # address), plus a new lead for each valid address it did not have (the alt_email
    # people, whom Salesforce knows under another address).
    before_by_email = {_norm(r["Email"]): r for r in leads_before}
    held = sf.records("Lead")
    by_id = {r["Id"]: r for r in held}
    assert len(by_id) == len(held)
    expected_new = 0
    seen_ids: set[str] = set()
    for key, p in contacts.items():
        email = _norm(p["email"])
        old = before_by_email.get(email)
        if key in invalid:
            if old is not None:  # untouched: the update was refused
                assert by_id[old["Id"]] == old
            continue
        matches = [r for r in held if _norm(r["Email"]) == email]
        assert len(matches) == 1, (key, email, matches)
        lead = matches[0]
        if old is None:
            expected_new += 1
        else:
            assert lead["Id"] == old["Id"] and lead["Tier__c"] == old["Tier__c"]
        assert lead["FirstName"] == p["firstname"]
        assert lead["LastName"] == (p["lastname"] or "[unknown]")
        assert lead["Company"] == (p["company"] or "[not provided]")
        assert lead["LeadSource"] == "hubspot"
        seen_ids.add(lead["Id"])
    assert expected_new == len(dirty["hubspot"]["alt_email"]) > 0
    assert len(held) == len(leads_before) + expected_new
    untouched = {r["Id"] for r in leads_before} - seen_ids
    assert all(by_id[i]["LeadSource"] == "Web" for i in untouched)

    # Written as intended: once per valid person, twice only for the batch whose response
    # was dropped (Salesforce had applied it; the retry updated the same leads).
    per_key = sf.writes_per_key("Lead")
    assert {k.split(":", 1)[1] for k in per_key} == seen_ids
    twice = {k for k, n in per_key.items() if n == 2}
    assert set(per_key.values()) <= {1, 2} and 0 < len(twice) <= 200
    assert sorted(uploaded_indexes(store, job_id)) == list(range(view["batches_total"]))


def test_salesforce_leads_to_mailchimp_members(sb: Sandbox, tmp_path: Path) -> None:
    seed(sb, "salesforce", "mailchimp")
    sf, mc = sb.admin("salesforce"), sb.admin("mailchimp")
    leads = {r["Id"]: r for r in sf.records("Lead")}
    members_before = {m["id"]: m for m in mc.records("members")}
    mc.set_faults(
        [{"match": "POST /3.0/lists/*", "kind": "error", "status": 500, "count": 1}], seed=3
    )
    mapping = {
        "version": 1,
        "match_key": "email_address",
        "rules": [
            {"rename": "Email", "to": "email_address"},
            {"rename": "FirstName", "to": "FNAME"},
            {"rename": "LastName", "to": "LNAME"},
            {"rename": "Company", "to": "COMPANY"},
        ],
    }
    job = write_job(
        tmp_path,
        name="leads-to-mailchimp",
        source=("sf", "Lead"),
        destination=("mc", "members"),
        mapping=mapping,
        connections={"sf": connection(sb, "salesforce"), "mc": connection(sb, "mailchimp")},
    )
    store = tmp_path / "store.db"
    view = run(job, store)
    assert view["state"] == "completed" and view["fetched"] == len(leads)
    assert Counter(f["kind"] for f in mc.fault_log()) == {"error": 1}

    # Mailchimp refuses the invalid addresses, in its own words.
    invalid = {k for k, r in leads.items() if not _sf_email_ok(r["Email"])}
    fails = open_failures(store, view["job_id"])
    assert invalid and fails.keys() == invalid
    for key in invalid:
        reason = fails[key]["reason"]
        assert reason.startswith(f"{leads[key]['Email'].strip()} looks fake or invalid"), reason

    held = {m["id"]: m for m in mc.records("members")}
    expected = {md5(r["Email"]): r for k, r in leads.items() if k not in invalid}
    assert held.keys() == members_before.keys() | expected.keys()
    for mid, lead in expected.items():
        m = held[mid]
        assert m["merge_fields"].get("FNAME", "") == (lead["FirstName"] or "")
        assert m["merge_fields"]["LNAME"] == lead["LastName"]
        assert m["merge_fields"]["COMPANY"] == lead["Company"]
        old = members_before.get(mid)
        if old is None:
            assert m["status"] == "subscribed"
        elif old["status"] in ("unsubscribed", "cleaned"):
            assert m["status"] == old["status"]  # a sync never resubscribes
    kept = [m for m in members_before.values() if m["status"] in ("unsubscribed", "cleaned")]
    assert kept and any(m["id"] in expected for m in kept)
    # Written once each, except where the 500 made the engine re-send batch 0 whole: its
    # kept-status members had already had their profile PATCHed before the failed POST.
    per_key = {k.split(":", 1)[1]: n for k, n in mc.writes_per_key("members").items()}
    assert per_key.keys() == expected.keys()
    first_batch = {md5(leads[k]["Email"]) for k in staged_keys(store, view["job_id"], 0, 500)}
    kept_ids = {m["id"] for m in kept}
    assert {h for h, n in per_key.items() if n > 1} == (first_batch & kept_ids) - {
        md5(leads[k]["Email"]) for k in invalid
    }
    assert set(per_key.values()) == {1, 2}


def test_hubspot_contacts_to_segment_identify_through_faults(sb: Sandbox, tmp_path: Path) -> None:
    dirty = seed(sb, "hubspot")
    hs, seg = sb.admin("hubspot"), sb.admin("segment")
    records = hs.records("contacts")
    no_email = [c["id"] for c in records[100:105]]
    for rid in no_email:
        hs.update("contacts", rid, {"email": ""})
    contacts = {c["id"]: c["properties"] for c in hs.records("contacts")}
    invalid = set(dirty["hubspot"]["invalid_email"])
    seg.set_faults(
        [
            {"match": "POST /v1/batch", "kind": "rate_limit", "count": 2, "retry_after": 1},
            {"match": "POST /v1/batch", "kind": "drop", "count": 1},
        ],
        seed=4,
    )
    mapping = {
        "version": 1,
        "match_key": "hubspot_id",
        "rules": [
            {"rename": "id", "to": "hubspot_id"},
            {"copy": "email"},
            {"copy": "firstname"},
            {"copy": "lastname"},
            {"copy": "company"},
            {"copy": "tier"},
        ],
        "validate": [{"field": "email", "format": "email"}],
    }
    job = write_job(
        tmp_path,
        name="hubspot-to-segment",
        source=("hs", "contacts"),
        destination=("seg", "identify"),
        mapping=mapping,
        connections={
            "hs": connection(
                sb,
                "hubspot",
                properties={"contacts": ["email", "firstname", "lastname", "company", "tier"]},
            ),
            "seg": connection(sb, "segment", user_id_field="email"),
        },
        max_rejected_ratio=0.2,
    )
    store = tmp_path / "store.db"
    view = run(job, store)
    job_id = view["job_id"]
    assert view["state"] == "completed"
    assert Counter(f["kind"] for f in seg.fault_log()) == {"rate_limit": 2, "drop": 1}

    # Invalid addresses stop at validation; no address at all means no userId, which
    # Segment would silently drop: the adapter refuses it with MISSING_ID instead.
    fails = open_failures(store, job_id)
    assert fails.keys() == invalid | set(no_email)
    assert {fails[k]["code"] for k in invalid} == {"INVALID_EMAIL"}
    assert {(fails[k]["phase"], fails[k]["code"]) for k in no_email} == {
        ("destination", "MISSING_ID")
    }

    sent = {k: p for k, p in contacts.items() if k not in invalid and k not in no_email}
    held = seg.records("events")
    assert seg.records("dropped") == []
    assert len(held) == len(sent)
    by_user = {e["userId"]: e for e in held}
    assert len(by_user) == len(held)
    for key, p in sent.items():
        e = by_user[p["email"]]
        assert e["type"] == "identify"
        assert e["traits"]["hubspot_id"] == key and e["traits"]["email"] == p["email"]
        assert e["traits"]["firstname"] == p["firstname"]
        assert e["traits"].get("tier") == p["tier"]
    # The dropped response's batch was sent twice; Segment kept one event per messageId.
    per_key = seg.writes_per_key("events")
    assert len(per_key) == len(sent)
    assert set(per_key.values()) == {1, 2} and sum(v == 2 for v in per_key.values()) <= 500

    # Unchanged, run again: the same messageIds, so Segment stores nothing new.
    again = run(job, store)
    assert again["state"] == "completed"
    assert (again["sent"], again["rejected"]) == (len(sent) + len(no_email), len(no_email))
    assert len(seg.records("events")) == len(sent)


def _form_events(path: Path, now_micros: int) -> list[dict[str, Any]]:
    """Form submissions as a website logs them: one JSON line each, grouped by visitor."""
    rows = []
    names = ("generate_lead", "sign_up", "generate_lead", "form_submit")
    for i in range(1200):
        client = i // 8  # each visitor submits a few forms in one session
        row: dict[str, Any] = {
            "submission_id": f"sub-{i:05d}",
            "client_id": f"{1000 + client}.{1700000000 + client}",
            "event": names[i % 4],
            "timestamp_micros": now_micros - (3600 + client) * 1_000_000,
            "params": {"form_id": f"form-{i % 5}", "page_location": f"https://ex.com/p{i % 9}"},
        }
        if i % 97 == 5:
            row["event"] = "Sign Up!"  # not a valid GA4 event name
        if i % 211 == 7:
            row["client_id"] = ""  # a bot without a cookie
        if i % 301 == 9:
            row["timestamp_micros"] = now_micros - 100 * 3600 * 1_000_000  # > 72 h back
        rows.append(row)
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
    return rows


def test_form_events_to_ga4_through_faults(sb: Sandbox, tmp_path: Path) -> None:
    rows = _form_events(tmp_path / "forms.jsonl", int(time.time() * 1_000_000))
    ga4 = sb.admin("ga4")
    # GA4 cannot de-duplicate, so only faults that refuse a request before it is applied.
    ga4.set_faults(
        [
            {"match": "POST /mp/collect", "kind": "error", "status": 503, "count": 2},
            {"match": "POST /mp/collect", "kind": "rate_limit", "count": 1, "retry_after": 1},
        ],
        seed=5,
    )
    mapping = {
        "version": 1,
        "match_key": "event_id",
        "rules": [
            {"rename": "submission_id", "to": "event_id"},
            {"copy": "client_id"},
            {"rename": "event", "to": "name"},
            {"copy": "timestamp_micros"},
            {"copy": "params.form_id"},
            {"copy": "params.page_location"},
        ],
    }
    job = write_job(
        tmp_path,
        name="forms-to-ga4",
        source=("forms", "submissions"),
        destination=("ga4", "events"),
        mapping=mapping,
        connections={
            "forms": {"platform": "jsonl", "path": "forms.jsonl", "primary_key": "submission_id"},
            "ga4": connection(sb, "ga4"),
        },
    )
    store = tmp_path / "store.db"
    view = run(job, store)
    assert view["state"] == "completed" and view["fetched"] == len(rows)
    assert Counter(f["kind"] for f in ga4.fault_log()) == {"error": 2, "rate_limit": 1}

    expected_rejects = {}
    for r in rows:
        if not r["client_id"]:
            expected_rejects[r["submission_id"]] = "CLIENT_ID_REQUIRED"
        elif r["event"] == "Sign Up!":
            expected_rejects[r["submission_id"]] = "EVENT_NAME_INVALID"
        elif r["timestamp_micros"] < int(time.time() * 1_000_000) - 72 * 3600 * 1_000_000:
            expected_rejects[r["submission_id"]] = "TIMESTAMP_TOO_OLD"
    fails = open_failures(store, view["job_id"])
    assert {k: f["code"] for k, f in fails.items()} == expected_rejects
    assert len(set(expected_rejects.values())) == 3

    held = ga4.records("events")
    assert ga4.records("dropped") == []
    by_id = {e["params"]["event_id"]: e for e in held}
    assert len(by_id) == len(held) == len(rows) - len(expected_rejects)
    for r in rows:
        if r["submission_id"] in expected_rejects:
            continue
        e = by_id[r["submission_id"]]
        assert (e["client_id"], e["name"], e["timestamp_micros"]) == (
            r["client_id"],
            r["event"],
            r["timestamp_micros"],
        )
        assert e["params"]["form_id"] == r["params"]["form_id"]
        assert e["params"]["page_location"] == r["params"]["page_location"]
    assert set(ga4.writes_per_key("events").values()) == {1}
