"""The console on PostgreSQL, and webhook actions retried from it."""

from __future__ import annotations

import html
import re
from pathlib import Path

import httpx2
import orjson

from syncwright.console.app import create_app
from syncwright.domain.events import NewEvent
from syncwright.store import open_store
from tests.console.conftest import Console, add_users, bearer, make_stopped_job, serve, sign_in
from tests.pg import fresh_schema_url


def _failed_action(console: Console, action_id: str, route: str = "crm") -> None:
    """A routed action whose last attempt failed, as the route runner records one."""
    event = {"type": "contact.updated", "platform": "hubspot", "connection": "hs",
             "object_id": "42", "event_id": f"e-{action_id}"}  # fmt: skip
    console.store.append(
        f"wh-action-{action_id}",
        0,
        [
            NewEvent(
                "action_created",
                {
                    "route": route,
                    "action": "sync",
                    "kind": "sync_record",
                    "inbox_stream": "wh-inbox-x",
                    "inbox_position": 1,
                    "event": event,
                },
            ),
            NewEvent("action_started", {"attempt": 1}),
            NewEvent(
                "action_failed", {"error": "HTTP 400: INVALID_FIELD: Phone__c is not writable"}
            ),
        ],
    )


def test_failed_webhook_actions_are_retried_with_the_actor(console: Console) -> None:
    _failed_action(console, "a1")
    _failed_action(console, "a2")
    client, csrf = sign_in(console.base, "operator")
    page = client.get("/webhooks").text
    assert "HTTP 400: INVALID_FIELD: Phone__c is not writable" in page  # verbatim
    assert "Retry 2 failed" in page
    r = client.post("/webhooks/actions/a1/retry", data={"csrf": csrf})
    assert r.status_code == 303
    retried = httpx2.post(
        console.base + "/api/webhooks/actions/retry-failed",
        headers=bearer(console.tokens["operator"]),
        json={"route": "crm"},
    )
    assert retried.status_code == 200 and retried.json() == {"retried": ["a2"]}
    again = httpx2.post(
        console.base + "/api/webhooks/actions/a1/retry", headers=bearer(console.tokens["operator"])
    )
    assert again.status_code == 409 and "only failed actions" in again.json()["error"]
    actors = [
        (sid, meta)
        for sid, meta in console.store.query(
            "SELECT stream_id, metadata FROM events WHERE type = 'action_retry_requested' "
            "ORDER BY position"
        )
    ]
    assert [s for s, _ in actors] == ["wh-action-a1", "wh-action-a2"]
    assert '"console:operator"' in actors[0][1] and '"api:operator"' in actors[1][1]


def test_console_on_postgresql(tmp_path: Path) -> None:
    with fresh_schema_url() as url:
        store = open_store(url)
        try:
            job = make_stopped_job(tmp_path / "job", store)
            tokens = add_users(store)
            for base in serve(create_app(url)):
                client, _csrf = sign_in(base, "admin")
                for path in ("/", f"/jobs/{job}", f"/jobs/{job}/failures",
                             f"/jobs/{job}/failures?q=user60@example.com", f"/jobs/{job}/records/3",
                             "/mappings", "/webhooks", "/limits", "/users"):  # fmt: skip
                    r = client.get(path)
                    assert r.status_code == 200, (path, r.text[:300])
                op = bearer(tokens["operator"])
                groups = httpx2.get(f"{base}/api/jobs/{job}/failure-groups", headers=op).json()
                assert [(g["code"], g["count"]) for g in groups] == [("INVALID_EMAIL", 30)]
                fixed = httpx2.post(
                    f"{base}/api/jobs/{job}/failures/fix-group",
                    headers=op,
                    json={"code": "INVALID_EMAIL", "set": {"Email": "pg@example.com"}},
                )
                assert fixed.status_code == 200 and fixed.json()["fixed"] == 30
                found = httpx2.get(f"{base}/api/jobs/{job}/records", headers=op,
                                   params={"q": "user60@example.com"}).json()  # fmt: skip
                assert [m["record_key"] for m in found] == ["60"]
                draft = {"name": "pg-map", "text": "Map email, first and last name.",
                         "from": "hubspot.contacts", "to": "salesforce.Lead"}  # fmt: skip
                saved = httpx2.post(f"{base}/api/mapping-drafts/save", headers=op, json=draft)
                assert saved.status_code == 200 and saved.json()["version"] == 1, saved.text
                names = httpx2.get(f"{base}/api/mapping-drafts", headers=op).json()
                assert names == ["pg-map"]
                assert client.get("/mappings/pg-map").status_code == 200
        finally:
            store.close()


def _status_vs_console(console: Console) -> dict[str, tuple[str, str]]:
    """What `syncwright status --json` says of every job, checked against the API."""
    import subprocess
    import sys

    cli = subprocess.run(
        [sys.executable, "-m", "syncwright", "status", "--json", "--store", console.location],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    said = {
        j["job_id"]: (j["health"]["status"], j["health"]["sentence"])
        for j in orjson.loads(cli.stdout)
    }
    rows = httpx2.get(
        console.base + "/api/jobs", headers=bearer(console.tokens["viewer"]), timeout=30
    ).json()["jobs"]
    assert {r["job_id"]: (r["health"], r["health_text"]) for r in rows} == said
    return said


def test_health_is_the_cli_status_word_for_word(console: Console, tmp_path: Path) -> None:
    """The Syncs page and the API say what `syncwright status` says: the same status and
    sentence, from syncwright.health: a stopped job, one never started, and completed
    runs whose learned normal grows as runs complete (the console keeps normals until a
    job completes: a stale one would be caught here)."""
    import asyncio

    from syncwright.engine.commands import create_job
    from syncwright.engine.jobfile import load_job_file
    from syncwright.engine.orchestrator import JobRunner
    from tests.helpers import write_job

    queued = create_job(console.store, load_job_file(console.folder / "job.yaml"))
    shown = _status_vs_console(console)
    assert shown[console.job_id][0] == "needs_attention"
    assert shown[queued] == ("queued", f"queued: not started (`syncwright resume {queued}`)")
    client, _csrf = sign_in(console.base, "viewer")
    page = client.get("/").text
    for _status, sentence in shown.values():
        assert html.escape(sentence, quote=True)[:160] in page
    one = client.get(f"/jobs/{console.job_id}").text
    assert html.escape(shown[console.job_id][1], quote=True) in one

    clean = load_job_file(write_job(tmp_path / "clean", n=50))
    for runs in (1, 2):
        done = asyncio.run(JobRunner(console.store, create_job(console.store, clean)).run())
        assert done.state.value == "completed"
        status, sentence = _status_vs_console(console)[done.job_id]
        assert status == "ok" and sentence.startswith("completed in ")
        assert ("the last run took" if runs == 1 else "the last 2 runs took") in sentence


def test_syncs_page_pages_through_every_job(console: Console) -> None:
    """At most 200 rows a page (it refreshes itself); previous/next reach every job."""
    from syncwright.engine.commands import create_job
    from syncwright.engine.jobfile import load_job_file

    for _ in range(4):
        create_job(console.store, load_job_file(console.folder / "job.yaml"))
    client, _csrf = sign_in(console.base, "viewer")
    seen: list[str] = []
    url = "/?limit=2"
    while url:
        page = client.get(url.replace("&amp;", "&")).text
        seen += re.findall(r'<tr data-job="([^"]+)"', page)
        nxt = re.search(r'<a rel="next" href="([^"]+)"', page)
        url = nxt.group(1) if nxt else ""
    assert len(seen) == len(set(seen)) == 5
    assert "page 3 of 3" in page and 'rel="prev"' in page
    big = client.get("/?limit=5000").text  # clamped to a page of at most 200
    assert "page 1 of 1" in big and len(re.findall(r"<tr data-job=", big)) == 5
    assert "limit=200" in big  # the live fragment asks for the clamped size


def test_the_webhooks_page_and_api_say_a_body_was_pruned(console: Console) -> None:
    from datetime import UTC, datetime, timedelta

    from syncwright.webhooks.inbox import record_delivery
    from syncwright.webhooks.model import ParsedDelivery, WebhookEvent
    from syncwright.webhooks.retention import prune_bodies

    event = WebhookEvent("hubspot", "hs", "contact.updated", "e-old", "2024-01-01T00:00:00.000+00:00")
    record_delivery(console.store, ParsedDelivery([event], "d-old", b"old body"))
    assert prune_bodies(console.store, "30d", now=datetime.now(UTC) + timedelta(days=31)).count
    client, _ = sign_in(console.base, "viewer")
    assert "pruned on " in client.get("/webhooks").text
    got = httpx2.get(console.base + "/api/webhooks/inbox", headers=bearer(console.tokens["viewer"]))
    [row] = got.json()
    assert row["body"].startswith("body pruned on ") and row["body"].endswith("(retention)")
