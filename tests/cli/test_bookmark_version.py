"""`syncwright bookmark show/reset` on an incremental job, and `syncwright version`."""

from __future__ import annotations

from pathlib import Path

import orjson
import yaml

from syncwright import __version__
from tests.helpers import cli, cli_json, write_contacts, write_job


def test_bookmark_show_and_reset(tmp_path: Path) -> None:
    job = write_job(tmp_path, n=30, extra={"mode": "incremental"})
    store = tmp_path / "s.db"
    shown = cli_json("bookmark", "show", "contacts-to-leads", store=store)
    assert shown == []
    assert "starts from the beginning" in cli("bookmark", "show", "contacts-to-leads", store=store).stdout

    first = orjson.loads(cli("run", str(job), "--json", store=store, check=True).stdout)
    assert first["fetched"] == 30
    marks = cli_json("bookmark", "show", "contacts-to-leads", store=store)
    assert [(m["job_id"], m["source"]) for m in marks] == [
        (first["job_id"], {"connection": "crm", "object": "contacts"})
    ]
    assert marks[0]["bookmark"] is not None

    # New records appended: the next run takes only those.
    with open(tmp_path / "contacts.jsonl", "ab") as f:
        for rec in write_contacts(tmp_path / "more.jsonl", 5, start=30):
            f.write(orjson.dumps(rec) + b"\n")
    second = orjson.loads(cli("run", str(job), "--json", store=store, check=True).stdout)
    assert second["fetched"] == 5
    assert cli_json("bookmark", "show", "contacts-to-leads", store=store)[0]["job_id"] == second["job_id"]

    reset = cli("bookmark", "reset", "contacts-to-leads", "--reason", "re-sync", store=store)
    assert reset.returncode == 0 and "1 source(s)" in reset.stdout
    assert cli_json("bookmark", "show", "contacts-to-leads", store=store) == []
    third = orjson.loads(cli("run", str(job), "--json", store=store, check=True).stdout)
    assert third["fetched"] == 35  # from the beginning again
    events = cli_json("events", third["job_id"], store=store)
    assert "start_cursor" not in events[0]["data"]
    # the reset is an event of its own (history is never edited)
    assert yaml.safe_load(job.read_text())["mode"] == "incremental"


def test_version(tmp_path: Path) -> None:
    proc = cli("version", check=True)
    assert proc.stdout.strip().startswith(f"syncwright {__version__} (Python 3.")
    data = orjson.loads(cli("version", "--json", check=True).stdout)
    assert data["syncwright"] == __version__
