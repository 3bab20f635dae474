"""A runner's claim starts its projection from the views it read (``Store.remember_views``):
on both backends the read model stays exactly what a replay of the events gives, a claim
made from stale views wins nothing and leaves no trace, and the runner's own views are
not changed under it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from syncwright.domain.action_states import ActionEvent
from syncwright.domain.events import NewEvent
from syncwright.store import Store, open_store
from syncwright.webhooks.claims import claim_actions, finish_actions
from syncwright.webhooks.commands import list_actions
from syncwright.webhooks.dispatcher import Dispatcher
from syncwright.webhooks.inbox import record_deliveries
from syncwright.webhooks.model import ParsedDelivery, WebhookEvent
from syncwright.webhooks.routes import parse_routes
from tests.store.conftest import store_url  # noqa: F401  (both backends)
from tests.webhooks.fixtures import jsonl_route

ROUTES = {
    "connections": {"crm_out": {"platform": "jsonl", "path": "out.jsonl"}},
    "routes": [jsonl_route("crm", Path("out.jsonl"), ["contact.*"])],
}


def _event(i: int) -> WebhookEvent:
    email = {"email": f"c{i}@x.com"}
    at = "2024-01-01T00:00:00.000+00:00"
    return WebhookEvent("hubspot", "hs", "contact.updated", f"e{i}", at, "contact", f"c{i}",
                        email, email)  # fmt: skip


def _pending(store: Store, tmp: Any, n: int) -> None:
    deliveries = [ParsedDelivery([_event(i)], f"d{i}", b"{}") for i in range(n)]
    record_deliveries(store, deliveries)
    Dispatcher(parse_routes(ROUTES, "routes.yaml", tmp)).run_once(store)


def _replayed_equal(store: Store) -> None:
    live = store.dump_read_models()
    store.replay()
    assert store.dump_read_models() == live


def test_claim_then_finish_matches_a_replay(store_url: str, tmp_path: Any) -> None:  # noqa: F811
    store = open_store(store_url)
    try:
        _pending(store, tmp_path, 5)
        views = list_actions(store, "pending", None)
        before = [(v.version, len(v.history)) for v in views]
        claimed = claim_actions(store, views)
        assert [(v.version, len(v.history)) for v in views] == before  # not folded into
        assert [c.version for c in claimed] == [v + 1 for v, _ in before]
        steps = [(c.view.action_id, c.version, NewEvent(ActionEvent.SUCCEEDED, {"result": {}}))
                 for c in claimed]  # fmt: skip
        assert all(finish_actions(store, steps))
        assert {v.state for v in list_actions(store, None, None)} == {"succeeded"}
        _replayed_equal(store)
    finally:
        store.close()


def test_a_claim_from_stale_views_wins_nothing(store_url: str, tmp_path: Any) -> None:  # noqa: F811
    first, second = open_store(store_url), open_store(store_url)
    try:
        _pending(first, tmp_path, 4)
        stale = list_actions(second, "pending", None)  # read by the second runner ...
        assert len(claim_actions(first, list_actions(first, "pending", None))) == 4
        assert claim_actions(second, stale) == []  # ... which then loses every claim
        # the second handle keeps no stale view: its next append projects from the table
        fresh = list_actions(second, "running", None)
        steps = [(v.action_id, v.version, NewEvent(ActionEvent.FAILED, {"error": "x"}))
                 for v in fresh]  # fmt: skip
        assert all(finish_actions(second, steps))
        states = [(v.state, v.attempt, len(v.history)) for v in list_actions(first, None, None)]
        assert states == [("failed", 1, 3)] * 4
        _replayed_equal(first)
    finally:
        first.close()
        second.close()
