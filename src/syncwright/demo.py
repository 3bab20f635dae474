"""``make demo``: run the example sync, show a failure, fix it, re-send, and explain a record.

Everything happens in ./demo-run with a SQLite store there; nothing else is touched.
"""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

from rich.console import Console
from rich.table import Table

from syncwright.engine.commands import create_job, explain_record, fix_record, request_retry
from syncwright.engine.jobfile import load_job_file
from syncwright.engine.orchestrator import JobRunner
from syncwright.progress import ProgressDisplay
from syncwright.store.sqlite import SQLiteStore

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "contacts-to-leads"


def main() -> None:
    console = Console()
    work = Path("demo-run")
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(EXAMPLE, work, ignore=shutil.ignore_patterns("out"))
    store = SQLiteStore(work / "syncwright.db")
    console.rule("syncwright demo: contacts -> leads (JSONL files, SQLite store)")
    job_id = create_job(store, load_job_file(work / "job.yaml"))
    console.print(f"job [bold]{job_id}[/] created")
    display = ProgressDisplay(console)
    with display:
        view = asyncio.run(
            JobRunner(
                store,
                job_id,
                on_state_change=[display.on_state_change],
                on_progress=display.on_progress,
            ).run()
        )
    display.summary(view)

    failures = store.failures(job_id, "open")
    table = Table("record", "field", "code", "reason", title="quarantined records (first 5)")
    for f in failures[:5]:
        table.add_row(f.record_key, f.field or "", f.code or "", f.reason)
    console.print(table)
    if failures:
        first = failures[0]
        console.print(
            f"fixing {first.record_key}: setting {first.field} and re-sending the failed records"
        )
        fix_record(store, job_id, first.record_key, {str(first.field): "Fixed"})
        request_retry(store, job_id)
        view = asyncio.run(
            JobRunner(store, job_id, on_state_change=[display.on_state_change]).run()
        )
        display.summary(view)
        lineage = explain_record(store, job_id, first.record_key)
        occ = lineage["occurrences"][0]
        console.print(
            f"explain {first.record_key}: fetched by {occ['fetched']['by']}, mapping "
            f"{lineage['mapping_version']}, uploads: {[u['result'] for u in occ['uploads']]}"
        )

    timeline = Table("at", "state", "because", title="state timeline")
    for t in view.timeline:
        timeline.add_row(t["at"][11:23], t["state"], t.get("reason") or t["event"])
    console.print(timeline)
    console.print(
        f"\nstore: {work / 'syncwright.db'}   try: .venv/bin/syncwright --store "
        f"{work / 'syncwright.db'} inspect {job_id}"
    )


if __name__ == "__main__":
    main()
