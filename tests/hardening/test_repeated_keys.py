"""A source key that appears twice in one run (issue #19 item 3): the last occurrence wins,
earlier ones are recorded as superseded, and validation, upload and `explain` agree.
The real CLI on real files and a real store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from tests.helpers import cli, cli_json, read_jsonl, write_job


def _person(i: int, email: str, name: str = "") -> dict[str, Any]:
    return {"id": i, "email": email, "firstname": name or f"F{i}", "lastname": f"L{i}",
            "company": "Co"}  # fmt: skip


def _run(tmp_path: Path, rows: list[dict[str, Any]], batch_size: int) -> tuple[str, Path]:
    job = write_job(
        tmp_path, n=0, batch_size=batch_size, max_rejected_ratio=1.0,
        validate=[{"field": "Email", "format": "email"}],
    )  # fmt: skip
    (tmp_path / "contacts.jsonl").write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
    store = tmp_path / "s.db"
    view = cli_json("run", str(job), store=store, cwd=tmp_path)
    assert view["state"] == "completed", view
    return str(view["job_id"]), store


@pytest.mark.parametrize("batch_size", [100, 2])  # the copies in one batch, or in two
def test_an_invalid_copy_followed_by_a_valid_one_sends_the_valid_one(
    tmp_path: Path, batch_size: int
) -> None:
    rows = [_person(1, "not-an-email", "Old"), _person(2, "b@x.io"), _person(1, "a@x.io", "New")]
    job_id, store = _run(tmp_path, rows, batch_size)
    out = {r["Email"]: r for r in read_jsonl(tmp_path / "out" / "leads.jsonl")}
    assert out.keys() == {"a@x.io", "b@x.io"} and out["a@x.io"]["FirstName"] == "New"
    assert cli_json("failures", job_id, store=store) == []  # nothing quarantined
    lineage = cli_json("explain", job_id, "1", store=store)
    first, last = lineage["occurrences"]
    assert first["superseded_by"] == last["seq"] == 2
    assert first["validation"] == "superseded by the occurrence at seq 2"
    assert "uploads" not in first  # never sent
    assert last["validation"] == "ok"
    assert [u["result"] for u in last["uploads"]] == ["accepted"]
    validated = [e["data"] for e in cli_json("events", job_id, "--type", "batch_validated",
                                             store=store)]  # fmt: skip
    assert [s for d in validated for s in d.get("superseded", [])] == [{"key": "1", "by": 2}]
    assert sum(d["valid"] for d in validated) == 2 and all(not d["invalid"] for d in validated)


@pytest.mark.parametrize("batch_size", [100, 2])
def test_a_valid_copy_followed_by_an_invalid_one_quarantines_the_key(
    tmp_path: Path, batch_size: int
) -> None:
    rows = [_person(1, "a@x.io"), _person(2, "b@x.io"), _person(1, "broken")]
    job_id, store = _run(tmp_path, rows, batch_size)
    assert [r["Email"] for r in read_jsonl(tmp_path / "out" / "leads.jsonl")] == ["b@x.io"]
    failures = cli_json("failures", job_id, store=store)
    assert [(f["record_key"], f["code"]) for f in failures] == [("1", "INVALID_EMAIL")]
    assert "'broken'" in failures[0]["reason"]
    lineage = cli_json("explain", job_id, "1", store=store)
    first, last = lineage["occurrences"]
    assert "uploads" not in first and first["superseded_by"] == 2
    assert last["validation"]["code"] == "INVALID_EMAIL"
    # Fixed and retried: the last copy, with the fix, is what is sent.
    assert cli("fix", job_id, "1", "--set", "Email=fixed@x.io", store=store).returncode == 0
    assert cli("retry", job_id, "--failed", store=store).returncode == 0
    out = read_jsonl(tmp_path / "out" / "leads.jsonl")
    assert sorted(r["Email"] for r in out) == ["b@x.io", "fixed@x.io"]
