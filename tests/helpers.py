"""Shared test helpers: real files, real stores, the real CLI in a subprocess."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson
import yaml

if TYPE_CHECKING:
    from click.testing import Result

    from syncwright.store.sqlite import SQLiteStore

MAPPING = {
    "version": 1,
    "match_key": "Email",
    "rules": [
        {"rename": "email", "to": "Email"},
        {"rename": "firstname", "to": "FirstName"},
        {"rename": "lastname", "to": "LastName"},
        {"default_if_empty": "company", "to": "Company", "value": "[not provided]"},
        {"constant": "web", "to": "LeadSource"},
    ],
}


CONTACT_TO_LEAD_RULES: list[dict[str, Any]] = [
    {"rename": "email", "to": "Email"},
    {"rename": "firstname", "to": "FirstName"},
    {"default_if_empty": "lastname", "to": "LastName", "value": "[unknown]"},
    {"default_if_empty": "company", "to": "Company", "value": "[not provided]"},
]
"""HubSpot contact -> Salesforce Lead, the fields a Lead needs (LastName, Company) filled."""


def lead_mapping(*more_rules: dict[str, Any], **more: Any) -> dict[str, Any]:
    """A v1 mapping upserting Leads by Email with ``CONTACT_TO_LEAD_RULES`` (+ ``more_rules``)."""
    return {
        "version": 1,
        "match_key": "Email",
        "rules": [*(dict(r) for r in CONTACT_TO_LEAD_RULES), *more_rules],
        **more,
    }


def file_to_hubspot_job(
    name: str, file: dict[str, Any], hubspot: dict[str, Any], **more: Any
) -> dict[str, Any]:
    """A JSONL contacts -> HubSpot contacts job (email and names; 100 records per upsert
    call); ``file`` and ``hubspot`` complete the two connections, ``more`` adds top-level keys."""
    return {
        "name": name,
        "source": {"connection": "file", "object": "contacts"},
        "destination": {"connection": "hs", "object": "contacts"},
        "mapping": {
            "match_key": "email",
            "rules": [{"copy": "email"}, {"copy": "firstname"}, {"copy": "lastname"}],
        },
        "batch_size": 100,
        "connections": {
            "file": {"platform": "jsonl", **file},
            "hs": {"platform": "hubspot", **hubspot},
        },
        **more,
    }


def latest_job(db: Path) -> tuple[str, dict[str, Any]] | None:
    """The newest job's state and read model, read-only so a test can watch a run in another
    process; None while the store or the job does not exist yet."""
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            row = con.execute("SELECT state, view FROM jobs ORDER BY created_at DESC").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return None if row is None else (str(row[0]), orjson.loads(row[1]))


def write_contacts(path: Path, n: int, bad_every: int = 0, start: int = 0) -> list[dict[str, Any]]:
    """n contacts; every ``bad_every``-th has an invalid email (0: none)."""
    rows = []
    with open(path, "wb") as f:
        for i in range(start, start + n):
            bad = bad_every and i % bad_every == bad_every - 1
            rec = {
                "id": i,
                "email": f"bad-email-{i}" if bad else f"user{i}@example.com",
                "firstname": f"First{i}",
                "lastname": f"Last{i}",
                "company": "" if i % 7 == 0 else f"Company {i % 100}",
            }
            rows.append(rec)
            f.write(orjson.dumps(rec) + b"\n")
    return rows


def mapping_preview(*args: str) -> Result:
    """``syncwright mapping preview ARGS`` in this process (typer's CliRunner)."""
    from typer.testing import CliRunner

    from syncwright.cli import app

    return CliRunner().invoke(app, ["mapping", "preview", *args])


def write_job(
    folder: Path,
    *,
    n: int = 1000,
    bad_every: int = 0,
    batch_size: int = 100,
    max_rejected_ratio: float = 0.05,
    dest_fields: dict[str, Any] | None = None,
    validate: list[dict[str, Any]] | None = None,
    dest_platform: str = "jsonl",
    extra: dict[str, Any] | None = None,
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    write_contacts(folder / "contacts.jsonl", n, bad_every)
    mapping = dict(MAPPING)
    if validate:
        mapping["validate"] = validate
    (folder / "mapping.yaml").write_text(yaml.safe_dump(mapping))
    dest: dict[str, Any] = {"platform": dest_platform, "path": "out/leads.jsonl"}
    if dest_fields is not None:
        dest["fields"] = dest_fields
    job = {
        "name": "contacts-to-leads",
        "source": {"connection": "crm", "object": "contacts"},
        "destination": {"connection": "out", "object": "leads"},
        "mapping": "mapping.yaml",
        "batch_size": batch_size,
        "on_reject": {"max_rejected_ratio": max_rejected_ratio},
        "connections": {
            "crm": {"platform": "jsonl", "path": "contacts.jsonl", "page_size": 250},
            "out": dest,
        },
        **(extra or {}),
    }
    path = folder / "job.yaml"
    path.write_text(yaml.safe_dump(job, sort_keys=False))
    return path


def store_with_failures(folder: Path, n: int) -> tuple[SQLiteStore, str]:
    """A finished job whose ``n`` records were all rejected (bad email): ``n`` open failures
    to fix, in a SQLite store under ``folder``."""
    import asyncio

    from syncwright.engine.commands import create_job
    from syncwright.engine.jobfile import load_job_file
    from syncwright.engine.orchestrator import JobRunner
    from syncwright.store.sqlite import SQLiteStore

    job = write_job(folder, n=n, bad_every=1, batch_size=500, max_rejected_ratio=1.0,
                    validate=[{"field": "Email", "format": "email"}])  # fmt: skip
    store = SQLiteStore(folder / "s.db")
    job_id = create_job(store, load_job_file(job))
    asyncio.run(JobRunner(store, job_id).run())
    return store, job_id


def staged_seq_keys(con: sqlite3.Connection, job_id: str | None = None) -> list[tuple[int, str]]:
    """Every staged (seq, key) of a SQLite store, in seq order: rows still staged plus the
    digests that retention left of pruned ones (a completed job is pruned by default)."""
    where, params = ("WHERE job_id = ?", (job_id,)) if job_id else ("", ())
    found = [
        (int(seq), str(key))
        for seq, key in con.execute(f"SELECT seq, record_key FROM staged_records {where}", params)
    ]
    for (body,) in con.execute(f"SELECT body FROM staged_digests {where}", params):
        found.extend((int(seq), str(key)) for seq, key, _h in orjson.loads(zlib.decompress(body)))
    return sorted(found)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]


def cli(
    *args: str,
    store: Path | None = None,
    cwd: Path | None = None,
    check: bool = False,
    timeout: float = 120,
    extra_env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the real CLI in a subprocess, as a user would."""
    env = {**os.environ, "COLUMNS": "200", **(extra_env or {})}
    env.pop("SYNCWRIGHT_DEBUG", None)
    if store is not None:
        env["SYNCWRIGHT_STORE"] = str(store)
    proc = subprocess.run(
        [sys.executable, "-m", "syncwright", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=timeout,
    )
    if check and proc.returncode != 0:
        raise AssertionError(
            f"syncwright {' '.join(args)} exited {proc.returncode}:\n{proc.stdout}\n{proc.stderr}"
        )
    return proc


def cli_json(*args: str, store: Path, cwd: Path | None = None) -> Any:
    proc = cli(*args, "--json", store=store, cwd=cwd)
    assert proc.returncode in (0, 3, 4, 5), proc.stderr
    return orjson.loads(proc.stdout)
