"""Sandbox figures: seeding speed and requests/s for list and batch-upsert calls.

Run: ``.venv/bin/python bench/sandbox_seed.py [--count 100000] [--seconds 2]``.
Prints figures only; nothing here is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time
from collections.abc import Callable

import httpx2

from syncwright.sandbox import Sandbox, simulator_class
from syncwright.sandbox.seed import generate

SEED_BUDGET_S = 3.0  # issue #17: 100,000 people per simulator in under 3 s


def timed(label: str, fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    elapsed = time.perf_counter() - start
    print(f"  {label:<48} {elapsed:8.2f} s")
    return elapsed


def rate(label: str, seconds: float, call: Callable[[int], httpx2.Response]) -> None:
    n = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        response = call(n)
        if response.status_code >= 300:
            raise SystemExit(f"{label}: unexpected {response.status_code} {response.text[:200]}")
        n += 1
    elapsed = time.perf_counter() - start
    print(f"  {label:<48} {n / elapsed:8.0f} req/s  ({n} in {elapsed:.1f} s)")


async def concurrent_rate(label: str, seconds: float, url: str, headers: dict[str, str],
                          workers: int = 8) -> None:
    count = 0
    stop = time.perf_counter() + seconds

    async def worker(client: httpx2.AsyncClient) -> None:
        nonlocal count
        while time.perf_counter() < stop:
            response = await client.get(url, headers=headers)
            response.raise_for_status()
            count += 1

    limits = httpx2.Limits(max_connections=workers)
    async with httpx2.AsyncClient(limits=limits, timeout=30) as client:
        start = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(workers)))
        elapsed = time.perf_counter() - start
    print(f"  {label:<48} {count / elapsed:8.0f} req/s  ({workers} concurrent clients)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--rounds", type=int, default=1, help="seeding rounds (median)")
    parser.add_argument("--seed-only", action="store_true", help="skip the request rates")
    args = parser.parse_args()

    load = os.getloadavg()[0]
    print(f"Seeding {args.count:,} people (seed 1), {args.rounds} round(s), median; "
          f"load average {load:.1f} on {os.cpu_count()} CPUs")
    base = statistics.median(timed("generate() people + companies (baseline)",
                                   lambda: generate(args.count, seed=1))
                             for _ in range(args.rounds))
    for name in ("hubspot", "salesforce", "mailchimp"):
        times = []
        for _ in range(args.rounds):  # a fresh simulator each round
            sim = simulator_class(name)(limits=None)
            times.append(timed(f"{name}: generate + load into the simulator",
                               lambda sim=sim: sim.load_seed(args.count, 1, {})))
        median = statistics.median(times)
        verdict = "under" if median < SEED_BUDGET_S else "OVER"
        print(f"  => {name}: {median:.2f} s, {median / base:.1f}x generate() alone; "
              f"{verdict} the {SEED_BUDGET_S:g} s budget")
    if args.seed_only:
        return

    with Sandbox(("hubspot", "salesforce", "mailchimp"), no_limits=True,
                 contacts=10_000, seed=1) as sb:
        hs = httpx2.Client(base_url=sb.base_url("hubspot"), headers={
            "Authorization": f"Bearer {sb.credentials('hubspot')['token']}"})
        sf = httpx2.Client(base_url=sb.base_url("salesforce"), headers={
            "Authorization": f"Bearer {sb.credentials('salesforce')['token']}"})
        mc = httpx2.Client(base_url=sb.base_url("mailchimp"),
                           auth=("bench", sb.credentials("mailchimp")["api_key"]))
        list_id = sb.credentials("mailchimp")["list_id"]
        print(f"\nRequests/s against 10,000 seeded records ({args.seconds:g} s each, "
              "one sequential client, loopback)")
        rate("hubspot GET contacts (limit=100)", args.seconds,
             lambda n: hs.get("/crm/v3/objects/contacts", params={"limit": 100}))
        rate("hubspot batch/upsert (100 inputs)", args.seconds,
             lambda n: hs.post("/crm/v3/objects/contacts/batch/upsert", json={"inputs": [
                 {"idProperty": "email", "id": f"b{n}-{i}@example.org",
                  "properties": {"firstname": "B"}} for i in range(100)]}))
        rate("salesforce query (200-record pages)", args.seconds,
             lambda n: sf.get("/query", params={"q": "SELECT Id, Email FROM Lead LIMIT 200"}))
        rate("salesforce collections upsert (200)", args.seconds,
             lambda n: sf.patch("/composite/sobjects/Lead/External_Id__c", json={"records": [
                 {"attributes": {"type": "Lead"}, "External_Id__c": f"b{n}-{i}",
                  "LastName": "B", "Company": "C"} for i in range(200)]}))
        rate("mailchimp GET members (count=1000)", args.seconds,
             lambda n: mc.get(f"/lists/{list_id}/members", params={"count": 1000}))
        rate("mailchimp batch subscribe (500)", args.seconds,
             lambda n: mc.post(f"/lists/{list_id}", json={"update_existing": True, "members": [
                 {"email_address": f"b{n}-{i}@example.org", "status": "subscribed"}
                 for i in range(500)]}))
        asyncio.run(concurrent_rate(
            "hubspot GET contacts, 8 async clients", args.seconds,
            sb.base_url("hubspot") + "/crm/v3/objects/contacts?limit=10",
            {"Authorization": f"Bearer {sb.credentials('hubspot')['token']}"}))
        for client in (hs, sf, mc):
            client.close()


if __name__ == "__main__":
    main()
