"""A Salesforce Contact <-> Mailchimp member sync against the sandbox, and ways to look
at both sides from outside (the admin API), for the two-way tests and bench."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import yaml

from syncwright.engine.orchestrator import JobRunner
from syncwright.sandbox import Sandbox
from syncwright.store import Store
from syncwright.twoway.definition import load_two_way
from syncwright.twoway.runner import create_run

NAME = "sf-mailchimp"
SF_ENV, MC_ENV = "SW_TW_SF_TOKEN", "SW_TW_MC_KEY"
# (Salesforce field, Mailchimp merge field, policy)
PAIRS = [("FirstName", "FNAME", "latest"), ("LastName", "LNAME", "prefer_a_unless_blank"),
         ("Phone", "PHONE", "owner_a"), ("Title", "COMPANY", "ask")]


def job_doc(sb: Sandbox, **extra: Any) -> dict[str, Any]:
    a_to_b = [{"to": "email_address", "from": "Email"},
              *({"to": b, "from": a} for a, b, _ in PAIRS),
              {"to": "status", "from": "HasOptedOutOfEmail", "table": {"true": "unsubscribed"},
               "otherwise": "subscribed"}]
    b_to_a = [{"to": "Email", "from": "email_address"},
              *({"to": a, "from": b} for a, b, _ in PAIRS),
              {"to": "HasOptedOutOfEmail", "from": "status", "table": {"unsubscribed": True},
               "otherwise": False}]
    fields = {a: {"b": b, "policy": p} for a, b, p in PAIRS}
    fields["HasOptedOutOfEmail"] = {"b": "status", "policy": "latest"}
    return {
        "name": NAME, "mode": "two_way",
        "a": {"connection": "sf", "object": "Contact"},
        "b": {"connection": "mc", "object": "members"},
        "match": {"a": "Email", "b": "email_address"},
        "stamps": {"a": "LastModifiedDate", "b": "last_changed"},
        "mapping": {"a_to_b": {"version": 2, "match_key": "email_address", "rules": a_to_b},
                    "b_to_a": {"version": 2, "match_key": "Email", "rules": b_to_a}},
        "fields": fields,
        "opt_out": {"a": {"field": "HasOptedOutOfEmail", "opted_out": True},
                    "b": {"field": "status", "opted_out": "unsubscribed"}},
        "connections": {
            "sf": {"platform": "salesforce", "base_url": sb.base_url("salesforce"),
                   "token_env": SF_ENV,
                   "fields": {"Contact": ["Id", "Email", "FirstName", "LastName", "Phone",
                                          "Title", "HasOptedOutOfEmail", "LastModifiedDate",
                                          "SystemModstamp"]}},
            "mc": {"platform": "mailchimp", "base_url": sb.base_url("mailchimp"),
                   "token_env": MC_ENV, "list_id": sb.credentials("mailchimp")["list_id"]},
        },
        **extra,
    }


def set_env(sb: Sandbox) -> None:
    os.environ[SF_ENV] = sb.credentials("salesforce")["token"]
    os.environ[MC_ENV] = sb.credentials("mailchimp")["api_key"]


def write_job(path: Path, sb: Sandbox, **extra: Any) -> Path:
    path.write_text(yaml.safe_dump(job_doc(sb, **extra), sort_keys=False))
    return path


def run_once(store: Store, job_file: Path) -> Any:
    """One two-way run in this process, to its end."""
    job_id = create_run(store, load_two_way(job_file))
    return asyncio.run(JobRunner(store, job_id).run())


def run_ok(store: Store, job_file: Path) -> Any:
    """One run that must complete (the reason is shown when it does not)."""
    view = run_once(store, job_file)
    assert view.state.value == "completed", (view.state, view.reason)
    return view


def snapshot(sb: Sandbox) -> dict[str, dict[str, dict[str, Any]]]:
    """person (folded email) -> side -> the synced fields, as the platforms hold them."""
    people: dict[str, dict[str, dict[str, Any]]] = {}
    for rec in sb.admin("salesforce").records("Contact"):
        values = {a: rec.get(a) for a, _, _ in PAIRS}
        values["HasOptedOutOfEmail"] = bool(rec.get("HasOptedOutOfEmail"))
        people.setdefault(str(rec["Email"]).strip().casefold(), {})["a"] = values
    for m in sb.admin("mailchimp").records("members"):
        values = {b: m["merge_fields"].get(b) for _, b, _ in PAIRS}
        values["status"] = m["status"]
        people.setdefault(str(m["email_address"]).strip().casefold(), {})["b"] = values
    return people


def blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def agree(a: Any, b: Any) -> bool:
    return (blank(a) and blank(b)) or a == b
