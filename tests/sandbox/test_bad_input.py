"""Bad input gets the platform's own 4xx, never a 500 or a traceback."""

from __future__ import annotations

import json

import httpx2
import pytest

from syncwright.sandbox import Sandbox

BAD_BODIES: list[object] = [None, [], "x", 1, {}, {"inputs": "x"}, {"inputs": [1]},
                            {"inputs": [{"properties": "x"}]}, {"records": [1]},
                            {"records": "x"}, {"filterGroups": "x"}, {"sorts": [1]},
                            {"filterGroups": [{"filters": [1]}]}, {"limit": "x"},
                            {"after": "x"}, {"members": [1]}, {"members": [{"merge_fields": 1}]},
                            {"operations": [1]}, {"batch": [1, "x"]}, {"events": "x"},
                            {"state": 1}, {"object": 1}, {"email_address": 5},
                            {"properties": {"email": 5}}, {"LastName": {"a": 1}},
                            {"sorts": [{"propertyName": "nope"}]}, {"inputs": [{"id": {}}]},
                            {"filterGroups": [{"filters": [{"propertyName": "email",
                                                            "operator": "IN", "values": 5}]}]},
                            {"filterGroups": [{"filters": [{"propertyName": "createdate",
                                                            "operator": "GT", "value": [1]}]}]},
                            {"records": [{"attributes": "x"}]},
                            {"records": [{"attributes": {"type": 1}, "Email": []}]},
                            {"inputs": [{"idProperty": 5, "id": "a", "properties": {}}]},
                            {"members": [{"email_address": "a@b.co", "status": "subscribed",
                                          "tags": "x"}]},
                            {"operations": [{"method": "GET", "path": 5}]},
                            {"batch": [{"type": "track", "userId": {"x": 1}}]},
                            {"client_id": "c", "events": [{"name": 5, "params": []}]},
                            {"client_id": "c", "user_properties": {"a": 5}, "events": [{}]}]

ENDPOINTS = {
    "hubspot": [("POST", "/crm/v3/objects/contacts"),
                ("POST", "/crm/v3/objects/contacts/batch/upsert"),
                ("POST", "/crm/v3/objects/contacts/batch/read"),
                ("POST", "/crm/v3/objects/contacts/search"),
                ("PATCH", "/crm/v3/objects/contacts/1001")],
    "salesforce": [("POST", "/composite/sobjects"),
                   ("PATCH", "/composite/sobjects/Lead/Email"),
                   ("POST", "/sobjects/Lead"), ("POST", "/jobs/ingest")],
    "mailchimp": [("POST", "/lists/a1b2c3d4e5"), ("POST", "/lists/a1b2c3d4e5/members"),
                  ("PUT", "/lists/a1b2c3d4e5/members/abc"), ("POST", "/batches")],
    "segment": [("POST", "/v1/batch"), ("POST", "/v1/track")],
    "ga4": [("POST", "/debug/mp/collect")],
}


def _auth(sb: Sandbox, platform: str) -> dict[str, object]:
    creds = sb.credentials(platform)
    if platform in ("hubspot", "salesforce"):
        return {"headers": {"Authorization": f"Bearer {creds['token']}"}}
    if platform == "mailchimp":
        return {"auth": ("u", creds["api_key"])}
    if platform == "segment":
        return {"auth": (creds["write_key"], "")}
    return {}


@pytest.mark.parametrize("platform", sorted(ENDPOINTS))
def test_no_bad_body_causes_a_server_error(sb: Sandbox, platform: str) -> None:
    sb.admin("hubspot").create("contacts", {"email": "exists@example.org"})
    with httpx2.Client(base_url=sb.base_url(platform), timeout=10,
                       **_auth(sb, platform)) as client:  # type: ignore[arg-type]
        for method, path in ENDPOINTS[platform]:
            for body in BAD_BODIES:
                r = client.request(method, path, content=json.dumps(body).encode(),
                                   headers={"Content-Type": "application/json"})
                assert r.status_code < 500, (method, path, body, r.text)
                assert "Traceback" not in r.text
    assert sb.admin(platform).stats()["by_status"].get("500") is None
