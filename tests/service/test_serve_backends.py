"""``serve`` end to end on both backends (a SQLite file and a PostgreSQL schema): signed
deliveries are stored once, routed, and their actions write the destination. HubSpot
property changes on PostgreSQL once failed on a SQLite-only SQL function (the per-field
change times' upsert) that no SQLite test could see."""

from __future__ import annotations

import time
from pathlib import Path

import httpx2
import orjson

from syncwright.sandbox.webhooks_out import build_hubspot_delivery, build_segment_delivery
from syncwright.service.serve import build_service
from tests.store.conftest import store_url  # noqa: F401  (both backends)
from tests.webhooks.fixtures import (
    HUBSPOT_SECRET,
    SEGMENT_SECRET,
    running,
    wait_for,
    write_config,
)

ROUTES = {
    "connections": {"out": {"platform": "jsonl", "path": "out/people.jsonl"}},
    "routes": [{"name": "people", "on": ["form.submitted"], "concurrency": 2,
                "actions": [{"sync_record": {"connection": "out", "object": "c", "mapping": {
                    "match_key": "Email",
                    "rules": [{"rename": "email", "to": "Email"}, {"rename": "plan", "to": "Plan"}],
                }}}]}],
}  # fmt: skip


def test_serve_stores_routes_and_acts_on_either_backend(
    tmp_path: Path,
    store_url: str,  # noqa: F811
) -> None:
    (tmp_path / "out").mkdir()
    service = build_service(write_config(tmp_path, ROUTES), store_url, poll_seconds=0.05)
    with running(service.app) as base, httpx2.Client(timeout=30) as client:
        for i in range(20):
            d = build_segment_delivery(
                f"{base}/webhooks/segment/seg", SEGMENT_SECRET,
                {"type": "track", "event": "Form Submitted", "userId": f"u{i % 5}",
                 "messageId": f"m{i}", "properties": {"email": f"u{i % 5}@example.com",
                                                      "plan": f"p{i // 5}"}},
            )  # fmt: skip
            answer = client.post(d.url, headers=d.headers, content=d.body)
            assert answer.status_code == 200, answer.text
            again = client.post(d.url, headers=d.headers, content=d.body)  # a redelivery
            assert again.status_code == 200, again.text

        now = int(time.time() * 1000)
        for i in range(6):  # the same contact's email changes three times: field upserts
            change = {"eventId": 100 + i, "portalId": 3, "occurredAt": now - 1000 + i,
                      "objectId": 500 + i % 2, "attemptNumber": 0,
                      "subscriptionType": "contact.propertyChange", "propertyName": "email",
                      "propertyValue": f"v{i}@example.com"}  # fmt: skip
            d = build_hubspot_delivery(f"{base}/webhooks/hubspot/hs", HUBSPOT_SECRET, [change], now)
            answer = client.post(d.url, headers=d.headers, content=d.body)
            assert answer.status_code == 200, answer.text

        def states() -> list[tuple[object, ...]]:
            return service.gate.run(
                lambda s: s.query("SELECT state, COUNT(*) FROM webhook_actions GROUP BY 1")
            )

        wait_for(lambda: states() == [("succeeded", 20)], timeout=60)
        stored = service.gate.run(lambda s: s.query("SELECT COUNT(*) FROM webhook_inbox"))
        fields = service.gate.run(lambda s: s.query("SELECT COUNT(*) FROM webhook_fields"))
    assert stored == [(26,)]  # each delivery once, the redeliveries de-duplicated
    assert fields == [(2,)]  # one (contact, field) row each, moved forward in place
    lines = [orjson.loads(x) for x in (tmp_path / "out" / "people.jsonl").read_bytes().splitlines()]
    assert {line["Email"]: line["Plan"] for line in lines} == {
        f"u{u}@example.com": "p3" for u in range(5)
    }  # each user's last plan: inbox order kept
