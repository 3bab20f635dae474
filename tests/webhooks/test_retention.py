"""Retention of webhook audit bodies on real stores (a SQLite file and a PostgreSQL schema):
old finished deliveries lose their bodies, busy or shared ones keep them, a dry run
changes nothing, replay stays identical, and every place showing a body says it was pruned."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import time_machine

from syncwright.domain.action_states import ActionEvent
from syncwright.domain.events import NewEvent
from syncwright.store import Store, open_store
from syncwright.store.sqlite import SQLiteStore
from syncwright.webhooks.claims import claim_actions, finish_actions
from syncwright.webhooks.commands import list_actions
from syncwright.webhooks.dispatcher import Dispatcher
from syncwright.webhooks.inbox import inbox_entry, list_inbox, record_delivery
from syncwright.webhooks.model import ParsedDelivery, WebhookEvent
from syncwright.webhooks.retention import BODIES_STREAM, apply_plan, plan_bodies, prune_bodies
from syncwright.webhooks.routes import parse_routes
from tests.helpers import cli, cli_json
from tests.store.conftest import store_url  # noqa: F401  (both backends)

ROUTES = {
    "connections": {"out": {"platform": "jsonl", "path": "out.jsonl"}},
    "routes": [{"name": "crm", "on": ["contact.*"], "actions": [
        {"name": "a", "sync_record": {"connection": "out", "object": "c", "mapping": {
            "match_key": "Email", "rules": [{"rename": "email", "to": "Email"}]}}}]}],
}  # fmt: skip
LATER = timedelta(days=31)  # past the default keep_bodies (30d)


def deliver(store: Store, eid: str, body: bytes) -> int:
    """Record one delivery of one event; its inbox position."""
    event = WebhookEvent(
        "hubspot", "hs", "contact.updated", eid, "2024-01-01T00:00:00.000+00:00", "contact", eid,
        {"email": f"{eid}@x.com"}, {"email": f"{eid}@x.com"},
    )  # fmt: skip
    return record_delivery(store, ParsedDelivery([event], f"d-{eid}", body)).positions[0]


def settle(store: Store, outcomes: dict[int, ActionEvent]) -> None:
    """Start every pending action, then end the one of each inbox position as told."""
    claimed = claim_actions(store, list_actions(store, "pending", None))
    steps = []
    for c in claimed:
        kind = outcomes[c.view.inbox_position]
        data: dict[str, Any] = {"error": "boom"}
        if kind is ActionEvent.RETRY_SCHEDULED:
            data["retry_at"] = "2999-01-01T00:00:00.000+00:00"
        steps.append((c.view.action_id, c.version, NewEvent(kind, data)))
    assert all(finish_actions(store, steps))


def bodies(store: Store) -> set[bytes]:
    return {bytes(r[0]) for r in store.query("SELECT body FROM batch_payloads")}


@pytest.fixture
def wh_store(store_url: str) -> Iterator[Store]:  # noqa: F811
    s = open_store(store_url)
    yield s
    s.close()


def populate(store: Store, tmp_path: Path) -> dict[str, int]:
    """done (succeeded), gaveup (failed for good), busy (retrying), shared (same body as a
    delivery after the cutoff), all old; plus one fresh delivery."""
    pos = {
        "done": deliver(store, "done", b"body done"),
        "gaveup": deliver(store, "gaveup", b"body gaveup"),
        "busy": deliver(store, "busy", b"body busy"),
        "shared": deliver(store, "shared", b"body shared"),
    }
    Dispatcher(parse_routes(ROUTES, "routes.yaml", tmp_path)).run_once(store)
    S, F, R = ActionEvent.SUCCEEDED, ActionEvent.FAILED, ActionEvent.RETRY_SCHEDULED
    settle(store, {pos["done"]: S, pos["gaveup"]: F, pos["busy"]: R, pos["shared"]: S})
    return pos


def test_old_finished_bodies_go_busy_and_shared_stay(wh_store: Store, tmp_path: Path) -> None:
    pos = populate(wh_store, tmp_path)
    future = datetime.now(UTC) + LATER
    with time_machine.travel(future - timedelta(days=1), tick=False):
        # received after the cutoff of the prune below, with the same body as "shared"
        pos["again"] = deliver(wh_store, "again", b"body shared")
    Dispatcher(parse_routes(ROUTES, "routes.yaml", tmp_path)).run_once(wh_store)
    settle(wh_store, {pos["again"]: ActionEvent.SUCCEEDED})
    everything = bodies(wh_store)
    dump = wh_store.dump_read_models()

    with time_machine.travel(future, tick=False):
        dry = prune_bodies(wh_store, "30d", dry_run=True)
        assert (dry.count, dry.bytes, dry.kept_busy) == (2, 20, 2)  # busy + shared stay
        assert bodies(wh_store) == everything and wh_store.stream_version(BODIES_STREAM) == 0
        done = prune_bodies(wh_store, "30d")
    assert done.to_json() == {**dry.to_json()}
    assert bodies(wh_store) == everything - {b"body done", b"body gaveup"}
    [event] = wh_store.read_stream(BODIES_STREAM)
    assert event.type == "webhook_bodies_pruned"
    assert event.data["count"] == 2 and event.data["bytes"] == 20
    assert event.data["before"] == dry.before
    assert wh_store.dump_read_models() == dump  # the inbox and actions stay as they were
    wh_store.replay()
    assert wh_store.dump_read_models() == dump
    assert prune_bodies(wh_store, "30d", now=future).count == 0  # nothing twice

    today = event.recorded_at[:10]
    shown = {r["event_id"]: r["body"] for r in list_inbox(wh_store)}
    pruned = f"body pruned on {today} (retention)"
    assert shown == {"done": pruned, "gaveup": pruned, "busy": "kept", "shared": "kept",
                     "again": "kept"}  # fmt: skip
    gone = inbox_entry(wh_store, pos["done"])
    assert gone is not None and gone["audit_body"] is None and gone["body"] == pruned
    assert gone["event"]["changes"] == {"email": "done@x.com"}  # the event data stays
    kept = inbox_entry(wh_store, pos["busy"])
    assert kept is not None and kept["audit_body"] == "body busy"


def test_forever_and_undispatched_deliveries_keep_their_bodies(
    wh_store: Store, tmp_path: Path
) -> None:
    populate(wh_store, tmp_path)
    late = deliver(wh_store, "late", b"body late")  # stored, not dispatched yet
    future = datetime.now(UTC) + LATER
    assert prune_bodies(wh_store, "forever", now=future + timedelta(days=999)).count == 0
    outcome = prune_bodies(wh_store, "30d", now=future)
    assert (outcome.count, outcome.kept_busy) == (3, 2)  # busy and late stay
    assert bodies(wh_store) == {b"body busy", b"body late"}
    assert inbox_entry(wh_store, late)["audit_body"] == "body late"  # type: ignore[index]


def test_cli_prune_shrinks_the_file_and_inbox_show_says_pruned(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    store = SQLiteStore(path)
    blob = os.urandom(200_000).hex().encode()  # incompressible-ish, 400 kB per delivery
    positions = [deliver(store, f"e{i}", blob[i:] + str(i).encode()) for i in range(40)]
    store.close()
    config = tmp_path / "webhooks.yaml"
    config.write_text("retention:\n  keep_bodies: 0s\nconnections: {}\n")
    dry = cli_json("prune", "--webhook-config", str(config), "--dry-run", store=path)
    assert dry["webhook_bodies"]["count"] == 40 and dry["webhook_bodies"]["keep_bodies"] == "0s"
    shown = cli("inbox", "show", str(positions[0]), store=path, check=True)
    assert "body as received" in shown.stdout and "pruned" not in shown.stdout

    done = cli("prune", "--webhook-config", str(config), store=path, check=True)
    assert "webhook bodies: pruned 40" in done.stdout, done.stdout
    got = cli_json("prune", "--dry-run", store=path)  # default 30d: nothing left to say
    assert got["webhook_bodies"]["count"] == 0
    assert got["size_after"] < dry["size_after"] / 2, (dry["size_after"], got["size_after"])

    shown = cli("inbox", "show", str(positions[0]), store=path, check=True)
    assert "body pruned on " in shown.stdout and "(retention)" in shown.stdout
    assert "e0@x.com" in shown.stdout  # the normalised event is still there
    listed = cli_json("inbox", store=path)
    assert all(r["body"].startswith("body pruned on ") for r in listed)
    table = cli("inbox", store=path, check=True)
    assert "pruned on" in table.stdout
    assert cli("replay", "--check", store=path).returncode == 0
    missing = cli("inbox", "show", "99999", store=path)
    assert missing.returncode == 2 and "no inbox event #99999" in missing.stderr


def test_prune_options_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    bad = cli("prune", "--webhook-bodies-older-than", "soon", store=path)
    assert bad.returncode == 2 and "--webhook-bodies-older-than" in bad.stderr
    config = tmp_path / "webhooks.yaml"
    config.write_text("retention:\n  keep_bodies: later\n")
    bad = cli("prune", "--webhook-config", str(config), store=path)
    assert bad.returncode == 2 and "retention.keep_bodies" in bad.stderr
    assert str(config) in bad.stderr and "Traceback" not in bad.stderr
    both = cli("prune", "--webhook-config", str(config), "--webhook-bodies-older-than", "1d",
               store=path)  # fmt: skip
    assert both.returncode == 2 and "not both" in both.stderr
    kept = cli_json("prune", "--webhook-bodies-older-than", "forever", store=path)
    assert kept["webhook_bodies"]["before"] is None
    said = cli("prune", "--webhook-bodies-older-than", "forever", store=path, check=True)
    assert said.stdout.startswith("webhook bodies: kept forever")


def test_a_body_received_again_while_pruning_stays(wh_store: Store, tmp_path: Path) -> None:
    populate(wh_store, tmp_path)
    plan = plan_bodies(wh_store, "30d", now=datetime.now(UTC) + LATER)
    assert plan.outcome.count == 3
    deliver(wh_store, "meanwhile", b"body done")  # same body, stored after the plan
    apply_plan(wh_store, plan)
    assert bodies(wh_store) == {b"body busy", b"body done"}
