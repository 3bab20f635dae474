"""`make demo` end to end (smaller): it must tell the whole story and leave an honest store."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path


def test_demo_runs_the_story(tmp_path: Path) -> None:
    env = {**os.environ, "SYNCWRIGHT_DEMO_CONTACTS": "3000", "COLUMNS": "200"}
    proc = subprocess.run(
        [sys.executable, "-m", "syncwright.demo"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    out = proc.stdout
    assert proc.returncode == 0, out + proc.stderr
    assert (
        "uploading -> needs_attention" in out and "The service is temporarily unavailable." in out
    )
    assert "HubSpot answered 3 x 429; the job waited as told (Retry-After) 3 time(s)" in out
    assert (
        "INVALID_EMAIL_ADDRESS" in out
        and "uploads: rejected (INVALID_EMAIL_ADDRESS), accepted" in out
    )
    assert ", 0 written more than once" in out  # a 503 wrote nothing, so nothing twice
    assert "open the console: .venv/bin/syncwright users add admin --role admin --store " in out
    assert "syncwright console --store demo-run/syncwright.db" in out
    db = tmp_path / "demo-run" / "syncwright.db"
    con = sqlite3.connect(db)
    states = [r[0] for r in con.execute("SELECT state FROM jobs")]
    uploaded = [
        r[0]
        for r in con.execute(
            "SELECT json_extract(data, '$.index') FROM events WHERE type = 'batch_uploaded' "
            "AND json_extract(data, '$.retry') IS NULL"
        )
    ]
    con.close()
    assert states == ["completed"]
    assert sorted(uploaded) == list(range(len(uploaded)))  # every batch once, none twice
