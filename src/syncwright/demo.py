"""``make demo``: a HubSpot -> Salesforce sync of 100,000 contacts against the sandbox.

It starts the HubSpot and Salesforce simulators in-process, injects a 429 storm into
HubSpot and an outage into Salesforce, runs the sync with progress bars, shows the
job stopping with the platform's error verbatim, "fixes" the outage and resumes,
quarantines the records Salesforce rejects (invalid emails), fixes one and re-sends
it, and ends with a report. Everything lives in ./demo-run (a SQLite store beside the
job file); nothing else is touched. The demo is the one place the product imports
the sandbox.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from rich.console import Console
from rich.table import Table

from syncwright.domain.job import JobView
from syncwright.engine.commands import (
    create_job,
    explain_record,
    fix_record,
    request_retry,
    resume,
)
from syncwright.engine.jobfile import load_job_file
from syncwright.engine.orchestrator import JobRunner
from syncwright.progress import ProgressDisplay
from syncwright.sandbox import Sandbox
from syncwright.store.sqlite import SQLiteStore

CONTACTS = int(os.environ.get("SYNCWRIGHT_DEMO_CONTACTS", "100000"))
WORK = Path("demo-run")

MAPPING: dict[str, Any] = {
    "version": 1,
    "name": "hubspot-contacts-to-salesforce-leads",
    "match_key": "Email",
    "rules": [
        {"rename": "email", "to": "Email"},
        {"rename": "firstname", "to": "FirstName"},
        {"default_if_empty": "lastname", "to": "LastName", "value": "[unknown]"},
        {"default_if_empty": "company", "to": "Company", "value": "[not provided]"},
        {"rename": "phone", "to": "Phone"},
        {"constant": "HubSpot", "to": "LeadSource"},
    ],
    "validate": [{"field": "LastName", "required": True, "max_length": 80}],
}


def _job(sb: Sandbox) -> dict[str, Any]:
    no_windows: dict[str, Any] = {"windows": []}
    return {
        "name": "hubspot-contacts-to-salesforce-leads",
        "source": {"connection": "hubspot", "object": "contacts"},
        "destination": {"connection": "salesforce", "object": "Lead"},
        "mapping": "mapping.yaml",
        "batch_size": 1000,
        "on_reject": {"max_rejected_ratio": 0.05},
        "retry": {
            "max_attempts": 3,
            "base_seconds": 0.2,
            "cap_seconds": 2,
            "wait_in_process_seconds": 5,
        },
        "connections": {
            "hubspot": {
                "platform": "hubspot",
                "base_url": sb.base_url("hubspot"),
                "token_env": "DEMO_HUBSPOT_TOKEN",
                # The demo lifts the limiter's HubSpot windows so 100,000 contacts take
                # seconds, not minutes; `syncwright limits show hubspot` has the real ones.
                "limits": {
                    "groups": {"default": no_windows, "batch": no_windows, "search": no_windows}
                },
            },
            "salesforce": {
                "platform": "salesforce",
                "base_url": sb.base_url("salesforce"),
                "token_env": "DEMO_SALESFORCE_TOKEN",
            },
        },
    }


def _run(
    store: SQLiteStore, job_id: str, console: Console, also: Callable[[JobView], None] | None = None
) -> JobView:
    display = ProgressDisplay(console)

    def progress(view: JobView) -> None:
        display.on_progress(view)
        if also is not None:
            also(view)

    with display:
        view = asyncio.run(
            JobRunner(
                store, job_id, on_state_change=[display.on_state_change], on_progress=progress
            ).run()
        )
    display.summary(view)
    return view


def main() -> None:
    console = Console()
    if WORK.exists():
        shutil.rmtree(WORK)
    WORK.mkdir()
    console.rule(f"syncwright demo: {CONTACTS:,} HubSpot contacts -> Salesforce leads")
    console.print("starting the HubSpot and Salesforce simulators (seeding contacts)...")
    with Sandbox(("hubspot", "salesforce"), contacts=CONTACTS, seed=2026, no_limits=True) as sb:
        os.environ["DEMO_HUBSPOT_TOKEN"] = sb.credentials("hubspot")["token"]
        os.environ["DEMO_SALESFORCE_TOKEN"] = sb.credentials("salesforce")["token"]
        # Salesforce starts empty: the leads come from HubSpot.
        sb.admin("salesforce").reset()
        (WORK / "mapping.yaml").write_text(yaml.safe_dump(MAPPING, sort_keys=False))
        (WORK / "job.yaml").write_text(yaml.safe_dump(_job(sb), sort_keys=False))
        storm = [
            {
                "match": "GET /crm/v3/objects/contacts",
                "kind": "rate_limit",
                "count": 3,
                "retry_after": 1,
            }
        ]
        sb.admin("hubspot").set_faults(storm, seed=1)
        console.print(
            "faults: a 429 storm (Retry-After: 1) on HubSpot's contact list, and "
            "a Salesforce outage (503s) 40% into the upload"
        )
        outage = [
            {
                "match": "PATCH /services/data/v60.0/composite/sobjects/*",
                "kind": "error",
                "status": 503,
                "count": 50,
            }
        ]
        injected = False

        def outage_at_40_percent(view: JobView) -> None:
            nonlocal injected
            total = view.batches_total or 0
            if not injected and total and view.batches_uploaded >= total * 0.4:
                sb.admin("salesforce").set_faults(outage, seed=1)
                injected = True

        store = SQLiteStore(WORK / "syncwright.db")
        job_id = create_job(store, load_job_file(WORK / "job.yaml"))
        console.print(f"job [bold]{job_id}[/] created; store {WORK / 'syncwright.db'}")
        view = _run(store, job_id, console, also=outage_at_40_percent)

        if view.state.value == "needs_attention":
            console.rule("the job stopped: where, and why")
            was = view.previous_state.value if view.previous_state else "?"
            console.print(
                f"stuck in {was}, batch {view.batches_uploaded + 1} of {view.batches_total}; "
                "Salesforce said:",
                highlight=False,
            )
            console.print(f"  {view.reason}", highlight=False, markup=False)
            console.print(
                "the fix: Salesforce is back (the outage ends); resume from the checkpoint"
            )
            sb.admin("salesforce").clear_faults()
            resume(store, job_id)
            view = _run(store, job_id, console)

        failures = store.failures(job_id, "open")
        console.rule(f"{len(failures):,} records quarantined with the platform's reason")
        by_code = Counter(f.code for f in failures)
        table = Table("code", "records", "example reason (verbatim)")
        for code, n in by_code.most_common():
            example = next(f for f in failures if f.code == code)
            table.add_row(str(code), f"{n:,}", example.reason)
        console.print(table)
        bad_email = next((f for f in failures if f.field == "Email"), None)
        if bad_email is not None:
            fixed = f"fixed.{bad_email.record_key}@example.com"
            console.print(
                f"fixing record {bad_email.record_key}: Email -> {fixed}, then re-sending "
                "only the quarantined records",
                highlight=False,
            )
            fix_record(store, job_id, bad_email.record_key, {"Email": fixed})
            request_retry(store, job_id)
            view = _run(store, job_id, console)
            lineage = explain_record(store, job_id, bad_email.record_key)
            occ = lineage["occurrences"][0]
            uploads = ", ".join(
                "accepted" if u["result"] == "accepted" else f"rejected ({u['result']['code']})"
                for u in occ["uploads"]
            )
            console.print(
                f"record {bad_email.record_key}: fetched by {occ['fetched']['by']}, mapped by "
                f"{lineage['mapping_version']}, uploads: {uploads}",
                highlight=False,
            )

        _report(console, store, view, sb)
        store.close()


def _report(console: Console, store: SQLiteStore, view: JobView, sb: Sandbox) -> None:
    console.rule("report")
    timeline = Table("at", "state", "because", title="state timeline")
    for t in view.timeline:
        timeline.add_row(t["at"][11:23], t["state"], (t.get("reason") or t["event"])[:160])
    console.print(timeline)
    hubspot = sb.admin("hubspot").stats()
    waits = [e for e in store.read_stream(f"job-{view.job_id}") if e.type == "attempt_failed"]
    told = sum(1 for e in waits if e.data["error"]["kind"] == "retry_after")
    console.print(
        f"HubSpot answered {hubspot['by_status'].get('429', 0)} x 429; the job waited as told "
        f"(Retry-After) {told} time(s) and retried; {len(waits) - told} other failed attempt(s) "
        "were retried with backoff",
        highlight=False,
    )
    leads = sb.admin("salesforce").records("Lead")
    writes = sb.admin("salesforce").writes_per_key("Lead")
    console.print(
        f"fetched {view.fetched:,} | created {view.created:,} | updated {view.updated:,} | "
        f"rejected {view.open_rejections:,} | Salesforce now holds {len(leads):,} leads, "
        f"{sum(1 for n in writes.values() if n > 1):,} written more than once (re-sent after the outage)",
        highlight=False,
    )
    db = WORK / "syncwright.db"
    console.print(f"\nlook around:  .venv/bin/syncwright inspect {view.job_id} --store {db}")
    console.print(f"              .venv/bin/syncwright failures {view.job_id} --store {db}")
    console.print(f"              .venv/bin/syncwright events {view.job_id} --store {db}")
    console.print(
        f"              .venv/bin/syncwright explain {view.job_id} RECORD_KEY --store {db}"
    )
    console.print(
        f"open the console: .venv/bin/syncwright users add admin --role admin --store {db} && "
        f".venv/bin/syncwright console --store {db}   (then http://127.0.0.1:8787/)",
        highlight=False,
        soft_wrap=True,
    )


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(130)
