"""A source that does not advance (issue #19 item 4) stops in needs_attention with the
evidence, instead of staying in `fetching` and staging copies without end. A real HTTP
server speaking HubSpot's list API on loopback, the real CLI, a real store."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from tests.helpers import cli
from tests.webhooks.fixtures import running


def _contacts(ids: range) -> list[dict[str, Any]]:
    return [{"id": str(i), "properties": {"email": f"u{i}@x.io", "firstname": "F", "lastname": "L",
             "lastmodifieddate": "2026-01-01T00:00:00Z"}} for i in ids]  # fmt: skip


def _hubspot(next_after: Callable[[int], str], ids: Callable[[int], range]) -> Starlette:
    """HubSpot's GET /crm/v3/objects/contacts, paging by ``after`` as the caller decides."""

    async def contacts(request: Request) -> JSONResponse:
        after = int(request.query_params.get("after", "0"))
        body = {"results": _contacts(ids(after)), "paging": {"next": {"after": next_after(after)}}}
        return JSONResponse(body)

    async def properties(request: Request) -> JSONResponse:  # what `run`'s check reads
        names = ("email", "firstname", "lastname", "lastmodifieddate")
        return JSONResponse({"results": [{"name": n, "type": "string"} for n in names]})

    return Starlette(
        routes=[
            Route("/crm/v3/objects/contacts", contacts),
            Route("/crm/v3/properties/contacts", properties),
        ]
    )


def _job(folder: Path, base: str) -> Path:
    (folder / "mapping.yaml").write_text(yaml.safe_dump({
        "version": 1, "match_key": "Email",
        "rules": [{"rename": "email", "to": "Email"}, {"copy": "firstname"}]}))  # fmt: skip
    job = {
        "name": "stuck",
        "source": {"connection": "hs", "object": "contacts"},
        "destination": {"connection": "out", "object": "people"},
        "mapping": "mapping.yaml",
        "connections": {
            "hs": {"platform": "hubspot", "base_url": base, "token_env": "SW_STUCK_TOKEN",
                   "limits": {"groups": {g: {"windows": []} for g in ("default", "batch", "search")}}},
            "out": {"platform": "jsonl", "path": "out/people.jsonl"},
        },
    }  # fmt: skip
    path = folder / "job.yaml"
    path.write_text(yaml.safe_dump(job, sort_keys=False))
    return path


def _staged(store: Path) -> int:
    con = sqlite3.connect(store)
    try:
        return int(con.execute("SELECT COUNT(*) FROM staged_records").fetchone()[0])
    finally:
        con.close()


def _run(tmp_path: Path, app: Starlette) -> tuple[str, Path]:
    with running(app) as base:
        store = tmp_path / "s.db"
        ran = cli("run", str(_job(tmp_path, base)), store=store, cwd=tmp_path, timeout=60,
                  extra_env={"SW_STUCK_TOKEN": "pat-na1-stuck"})  # fmt: skip
    assert ran.returncode == 3, ran.stdout + ran.stderr
    return ran.stdout, store


def test_a_cursor_that_never_advances_stops_with_the_evidence(tmp_path: Path) -> None:
    out, store = _run(tmp_path, _hubspot(lambda after: "100", lambda after: range(100, 200)))
    assert "fetching -> needs_attention" in out
    assert "returned the same cursor again" in out and '"list_after":"100"' in out
    assert _staged(store) <= 200  # the first pages, never the copies that would follow


def test_a_source_serving_one_page_forever_stops(tmp_path: Path) -> None:
    # The cursor moves on, but the API ignores it and serves the first page every time.
    out, store = _run(tmp_path, _hubspot(lambda after: str(after + 100), lambda after: range(100)))
    assert "served the same page 3 times in a row (100 records, keys '0' .. '99'" in out
    assert _staged(store) <= 200


def test_a_short_cycle_of_cursors_stops(tmp_path: Path) -> None:
    out, _ = _run(
        tmp_path,
        _hubspot(lambda after: {0: "100", 100: "200", 200: "100"}[after],
                 lambda after: range(after, after + 100)),
    )  # fmt: skip
    assert "returned an earlier cursor" in out
