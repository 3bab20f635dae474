"""Lookups against HubSpot (the simulator): find companies by name with the search API's
IN filter, create the missing ones, and case-insensitive matching back to the asked value."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from syncwright.adapters.http import AdapterContext
from syncwright.adapters.hubspot import HubSpotAdapter, HubSpotConnection
from syncwright.mapping.apply import CompiledMapping
from syncwright.mapping.lookups import resolve_lookups
from syncwright.mapping.spec import parse_mapping
from syncwright.sandbox import Sandbox


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(("hubspot",), no_limits=True) as sb:
        yield sb


def test_find_and_create_companies_by_name(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    sandbox.reset()
    monkeypatch.setenv("SW_HS_LOOKUP", sandbox.credentials("hubspot")["token"])
    admin = sandbox.admin("hubspot")
    acme = admin.create("companies", {"name": "Acme Corp"})
    acme_id = str(acme["id"])
    mapping = CompiledMapping(
        parse_mapping(
            {
                "version": 2,
                "match_key": "email",
                "rules": [
                    {"to": "email", "from": "email"},
                    {
                        "to": "company_id",
                        "lookup": {
                            "object": "companies",
                            "by": "name",
                            "from": "company",
                            "return": "id",
                            "create_if_missing": True,
                        },
                    },
                ],
            },
            "m.yaml",
        )
    )
    records = [{"email": "a@x.io", "company": "ACME corp"}, {"email": "b@x.io", "company": "Newco"}]

    async def go() -> dict[str, int]:
        adapter = HubSpotAdapter(
            HubSpotConnection.model_validate(
                {
                    "platform": "hubspot",
                    "base_url": sandbox.base_url("hubspot"),
                    "token_env": "SW_HS_LOOKUP",
                }
            ),
            AdapterContext("hs"),
        )
        try:
            found = await adapter.find_by("companies", "name", ["ACME corp", "nobody"], "id")
            assert found == {"ACME corp": acme_id}
            return await resolve_lookups(adapter, mapping.lookups, mapping.pending_lookups(records))
        finally:
            await adapter.close()

    counts = asyncio.run(go())
    assert counts == {"asked": 2, "found": 1, "missing": 0, "created": 1}
    batch = mapping.map_batch([(r["email"], r) for r in records])
    assert batch.rejected == []
    out = dict(batch.records)
    assert out["a@x.io"]["company_id"] == acme_id
    ids = {c["properties"]["name"]: c["id"] for c in admin.records("companies")}
    assert set(ids) == {"Acme Corp", "Newco"}  # created once, the existing one reused
    assert out["b@x.io"]["company_id"] == ids["Newco"]
