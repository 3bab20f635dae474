"""Seeded data is deterministic and its dirt inspectable; the admin API sees everything."""

from __future__ import annotations

import hashlib

import httpx2

from syncwright.sandbox import Sandbox
from syncwright.sandbox.seed import Dirt, generate, subscriber_hash


def test_same_seed_same_people_and_dirt() -> None:
    a, b = generate(500, seed=11), generate(500, seed=11)
    assert [(p.email, p.tier, sorted(p.dirt)) for p in a.people] == [
        (p.email, p.tier, sorted(p.dirt)) for p in b.people]
    assert [p.email for p in generate(500, seed=12).people] != [p.email for p in a.people]


def test_dirt_ratios_are_parameters() -> None:
    clean = generate(1000, seed=1, dirt=Dirt(0, 0, 0, 0, 0))
    assert not any(p.dirt for p in clean.people)
    assert all(p.tier is not None for p in clean.people)
    dirty = generate(2000, seed=1, dirt=Dirt(invalid_email_ratio=0.5, null_tier_ratio=0.25))
    invalid = dirty.dirty_indexes("invalid_email")
    assert 850 < len(invalid) < 1150
    assert all("@" not in p.invalid_email or " " in p.invalid_email or "@@" in p.invalid_email
               or "." not in p.invalid_email.split("@")[1]
               for p in dirty.people if p.invalid_email)
    assert 400 < len(dirty.dirty_indexes("null_tier")) < 600


def test_seeded_dirt_is_visible_per_platform(sb: Sandbox) -> None:
    dirt = {"alt_email_ratio": 0.2, "messy_case_ratio": 0.2, "invalid_email_ratio": 0.1,
            "null_tier_ratio": 0.1, "empty_field_ratio": 0.1}
    hs = sb.admin("hubspot").seed(200, seed=5, **dirt)
    sf = sb.admin("salesforce").seed(200, seed=5, **dirt)
    mc = sb.admin("mailchimp").seed(200, seed=5, **dirt)
    assert hs["objects"]["contacts"] == 200 and sf["objects"]["Lead"] == 200
    assert hs["dirty"] == sb.admin("hubspot").dirty()
    hub = {r["id"]: r["properties"] for r in sb.admin("hubspot").records("contacts")}
    for rid in hs["dirty"]["null_tier"]:
        assert hub[rid]["tier"] is None
    for rid in hs["dirty"]["invalid_email"]:
        email = hub[rid]["email"]
        assert " " in email or "@@" in email or "@" not in email or "." not in email.split(
            "@")[1]
    leads = {r["Id"]: r for r in sb.admin("salesforce").records("Lead")}
    messy = [leads[i]["Email"] for i in sf["dirty"]["messy_case"]]
    assert messy and all(e != e.strip().lower() for e in messy)
    # The same person under two different emails in two systems.
    by_ext = {r["External_Id__c"]: r["Email"] for r in leads.values()}
    hub_emails = sorted(p["email"] for p in hub.values())
    alt = [leads[i] for i in sf["dirty"]["alt_email"]]
    assert alt and all(a["Email"].endswith("@personal.example.org") for a in alt)
    assert all(by_ext[a["External_Id__c"]] not in hub_emails for a in alt)
    members = sb.admin("mailchimp").records("members")
    assert all(m["id"] == hashlib.md5(m["email_address"].lower().encode()).hexdigest()
               for m in members)
    statuses = {m["id"]: m["status"] for m in members}
    assert all(statuses[i] == "unsubscribed" for i in mc["dirty"].get("unsubscribed", []))
    assert subscriber_hash(" A@B.com ") == hashlib.md5(b"a@b.com").hexdigest()


def test_admin_views_and_reset(sb: Sandbox, hs: httpx2.Client) -> None:
    admin = sb.admin("hubspot")
    hs.get("/crm/v3/objects/contacts")
    httpx2.get(sb.base_url("hubspot") + "/crm/v3/objects/contacts")
    stats = admin.stats()
    assert stats["requests"] == 2 and stats["auth_failures"] == 1
    assert stats["by_status"] == {"200": 1, "401": 1}
    info = admin.info()
    assert info["platform"] == "hubspot"
    assert info["objects"] == {"contacts": 0, "companies": 0, "deals": 0}
    admin.create("contacts", {"email": "a@example.org"})
    assert admin.writes()["total"] == 1
    assert admin.writes()["keys_written_more_than_once"] == []
    limits = admin.set_limits(scale=0.5, quotas={"daily": 9})
    assert limits["quotas"]["daily"]["limit"] == 9
    admin.reset()
    assert admin.records("contacts") == [] and admin.stats()["requests"] == 0
    r = httpx2.get(sb.server_url("hubspot") + "/__sandbox/records/nope")
    assert r.status_code == 404
    r = httpx2.post(sb.server_url("hubspot") + "/__sandbox/seed", json={"count": -1})
    assert r.status_code == 400
    for bad in ({"tier": "platinum"}, {"timezone": "Mars/Olympus"}, {"scale": 0}):
        r = httpx2.put(sb.server_url("hubspot") + "/__sandbox/limits", json=bad)
        assert r.status_code == 400, bad
    assert admin.set_limits(tier="professional")["quotas"]["daily"]["limit"] == 650_000


def test_unsimulated_endpoints_answer_501_naming_them(
        sb: Sandbox, hs: httpx2.Client, sf: httpx2.Client, mc: httpx2.Client) -> None:
    """Never a 404 that looks like a missing record: 501 not_simulated, naming the call."""
    for client, path in ((hs, "/crm/v3/nothing/here"), (sf, "/nothing"), (mc, "/nothing")):
        r = client.get(path)
        body = r.json()
        assert r.status_code == 501 and body["error"] == "not_simulated"
        assert body["method"] == "GET" and body["path"].endswith(path)
        assert path in body["message"]
    r = httpx2.post(sb.server_url("segment") + "/v2/nothing", json={})
    assert r.status_code == 501 and r.json()["platform"] == "segment"


async def test_async_usage(sb: Sandbox) -> None:
    token = sb.credentials("hubspot")["token"]
    async with httpx2.AsyncClient(base_url=sb.base_url("hubspot"),
                                  headers={"Authorization": f"Bearer {token}"}) as client:
        r = await client.post("/crm/v3/objects/contacts",
                              json={"properties": {"email": "async@example.org"}})
        assert r.status_code == 201
    async with sb.async_admin("hubspot") as admin:
        assert len(await admin.records("contacts")) == 1
        assert await admin.writes_per_key("contacts") == {f"contacts:{r.json()['id']}": 1}


async def test_sandbox_as_async_context_manager() -> None:
    async with Sandbox(("ga4",)) as box:
        async with httpx2.AsyncClient() as client:
            r = await client.post(box.base_url("ga4") + "/debug/mp/collect", json={})
        assert r.status_code == 200 and r.json()["validationMessages"]
