"""The inbox and the dispatcher on a real store: duplicates, partial duplicates,
out-of-order changes, exactly-once action creation, and replay."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from syncwright.store.sqlite import SQLiteStore
from syncwright.webhooks.dispatcher import Dispatcher
from syncwright.webhooks.inbox import list_inbox, record_delivery
from syncwright.webhooks.model import ParsedDelivery, WebhookEvent
from syncwright.webhooks.routes import parse_routes


def ev(eid: str, etype: str = "contact.updated", at: str = "2024-01-01T00:00:00.000+00:00",
       obj: str = "1", **changes: Any) -> WebhookEvent:  # fmt: skip
    return WebhookEvent(
        "hubspot", "hs", etype, eid, at, "contact", obj, changes, {"email": "a@b.com"}
    )


def delivery(*events: WebhookEvent) -> ParsedDelivery:
    return ParsedDelivery(list(events), "d", b"raw body")


@pytest.fixture
def store(tmp_path: Path) -> SQLiteStore:
    return SQLiteStore(tmp_path / "s.db")


ROUTES = {
    "connections": {"out": {"platform": "jsonl", "path": "out.jsonl"}},
    "routes": [
        {"name": "crm", "on": ["contact.*"], "actions": [
            {"name": "a", "sync_record": {"connection": "out", "object": "c", "mapping": {"match_key": "Email", "rules": [{"rename": "email", "to": "Email"}]}}},
            {"name": "b", "sync_record": {"connection": "out", "object": "c", "mapping": {"match_key": "Email", "rules": [{"rename": "email", "to": "Email"}]}}},
        ]},
        {"name": "forms", "on": ["form.submitted"], "where": {"equals": {"source": "web"}}, "actions": [
            {"start_job": {"job_file": "job.yaml"}}]},
    ],
}  # fmt: skip


def test_duplicates_and_partial_duplicates_are_stored_once(store: SQLiteStore) -> None:
    r1 = record_delivery(store, delivery(ev("1"), ev("2")))
    assert (r1.accepted, r1.duplicates) == (2, 0)
    r2 = record_delivery(store, delivery(ev("1"), ev("2")))
    assert (r2.accepted, r2.duplicates) == (0, 2)
    r3 = record_delivery(store, delivery(ev("2"), ev("3"), ev("3")))
    assert (r3.accepted, r3.duplicates) == (1, 2)
    assert sorted(r["event_id"] for r in list_inbox(store)) == ["1", "2", "3"]
    assert store.payload(_audit_hash(store)) == b"raw body"  # kept once, for audit


def _audit_hash(store: SQLiteStore) -> str:
    first = next(iter(store.read_all()))
    return str(first.data["audit_hash"])


def test_dispatch_creates_each_action_once_and_checkpoints(
    tmp_path: Path, store: SQLiteStore
) -> None:
    routes = parse_routes(ROUTES, "routes.yaml", tmp_path)
    record_delivery(store, delivery(ev("1"), ev("2", "form.submitted")))
    d = Dispatcher(routes, batch=1)
    assert d.run_once(store) == (1, 2)
    assert d.run_once(store) == (1, 0)  # the form is not from "web": no action
    assert d.run_once(store) == (0, 0)
    record_delivery(store, delivery(ev("1"), ev("3")))  # a redelivery plus one new event
    assert d.run_once(store) == (1, 2)
    rows = store.query("SELECT route, action, state FROM webhook_actions ORDER BY 1, 2")
    assert sorted(rows) == [("crm", "a", "pending")] * 2 + [("crm", "b", "pending")] * 2
    version, upto = d.checkpoint(store)
    assert version == 3  # one checkpoint event per pass that read something
    assert upto == max(r[0] for r in store.query("SELECT position FROM webhook_inbox"))


def test_out_of_order_changes_keep_the_newest(tmp_path: Path, store: SQLiteStore) -> None:
    routes = parse_routes(ROUTES, "routes.yaml", tmp_path)
    new = ev("n", at="2024-01-01T00:00:02.000+00:00", email="new@x.com")
    old = ev("o", at="2024-01-01T00:00:01.000+00:00", email="old@x.com")
    both_old = ev("b", at="2024-01-01T00:00:01.500+00:00", email="mid@x.com", firstname="Ann")
    record_delivery(store, delivery(new))
    record_delivery(store, delivery(old))  # arrives late: superseded, no action
    record_delivery(store, delivery(both_old))  # only firstname survives
    d = Dispatcher(routes)
    assert d.run_once(store) == (3, 4)
    views = [r[0] for r in store.query("SELECT view FROM webhook_actions")]
    assert not any('"object_id":"1"' in v and "old@x.com" in v for v in views)
    created = [e.data["event"] for e in store.read_all() if e.type == "action_created"]
    assert {c["event_id"] for c in created} == {"n", "b"}
    mid = next(c for c in created if c["event_id"] == "b")
    assert mid["changes"] == {"firstname": "Ann"} and mid["superseded_fields"] == ["email"]
    dispatched = [e.data for e in store.read_all() if e.type == "inbox_dispatched"]
    assert dispatched[0]["superseded"] == ["wh-inbox-hubspot-hs-o"]


def test_update_older_than_a_deletion_is_superseded(tmp_path: Path, store: SQLiteStore) -> None:
    routes = parse_routes(ROUTES, "routes.yaml", tmp_path)
    record_delivery(
        store, delivery(ev("del", "contact.deleted", at="2024-01-01T00:00:05.000+00:00"))
    )
    record_delivery(store, delivery(ev("upd", at="2024-01-01T00:00:01.000+00:00", email="z@x.com")))
    assert Dispatcher(routes).run_once(store) == (2, 2)  # only the deletion's two actions


def test_replay_rebuilds_identical_read_models(tmp_path: Path, store: SQLiteStore) -> None:
    routes = parse_routes(ROUTES, "routes.yaml", tmp_path)
    record_delivery(store, delivery(ev("1", email="a@x.com"), ev("2", obj="2", email="b@x.com")))
    Dispatcher(routes).run_once(store)
    before = store.dump_read_models()
    store.replay()
    assert store.dump_read_models() == before
    assert before["webhook_inbox"] and before["webhook_actions"] and before["webhook_dispatch"]


def test_routes_file_errors_name_the_key(tmp_path: Path) -> None:
    from syncwright.webhooks.config import WebhookConfigError

    bad = {"routes": [{"name": "r", "on": ["x"], "actions": [{"sync_record": {"connection": "nope", "object": "o", "mapping": {}}}]}]}  # fmt: skip
    with pytest.raises(
        WebhookConfigError, match=r"routes\.0\.actions\.0\.sync_record\.connection: 'nope'"
    ):
        parse_routes(bad, "routes.yaml", tmp_path)
    bad2 = {"routes": [{"name": "r", "on": ["x"], "concurrency": 0, "actions": [{"start_job": {"job_file": "j"}}]}]}  # fmt: skip
    with pytest.raises(WebhookConfigError, match=r"routes.yaml: routes\.0\.concurrency"):
        parse_routes(bad2, "routes.yaml", tmp_path)
    bad3 = {"routes": [{"name": "r", "on": ["x"], "actions": [{"start_job": {"job_file": "j"}, "ga4_event": {"connection": "c", "name": "n", "client_id": "c"}}]}]}  # fmt: skip
    with pytest.raises(WebhookConfigError, match="exactly one of"):
        parse_routes(bad3, "routes.yaml", tmp_path)
