"""Shared pieces of the engine-level rate-limit tests (issue 5).

``RequestLog`` is the sandbox's request log: every API request the HubSpot simulator
received, stamped on the simulator's own clock when it arrived and when its answer
started, with the status. It wraps the simulator's ASGI app on the server side, so the
timings it gives are the server's, not the client's.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from syncwright.limits.registry import load_registry
from syncwright.sandbox import LimitSettings, Sandbox
from tests.helpers import file_to_hubspot_job, write_contacts

TOKEN_ENV = "SW_TEST_LIMITS_E2E_TOKEN"
UPSERT = "POST /crm/v3/objects/contacts/batch/upsert"


@dataclass
class Served:
    method: str
    path: str
    at: float  # simulator clock, epoch seconds, when the request arrived
    answered: float | None = None  # when the response started
    status: int | None = None

    @property
    def route(self) -> str:
        return f"{self.method} {self.path}"


class RequestLog:
    """Every API request a simulator received (admin calls excluded), in arrival order."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self.clock = clock
        self.entries: list[Served] = []

    def wrap(self, app: ASGIApp) -> ASGIApp:
        async def logged(scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] != "http" or scope["path"].startswith("/__sandbox"):
                await app(scope, receive, send)
                return
            entry = Served(scope["method"], scope["path"], self.clock())
            self.entries.append(entry)

            async def stamped(message: Message) -> None:
                if message["type"] == "http.response.start":
                    entry.answered = self.clock()
                    entry.status = message["status"]
                await send(message)

            await app(scope, receive, stamped)

        return logged

    def route(self, route: str) -> list[Served]:
        return [e for e in self.entries if e.route == route]

    def clear(self) -> None:
        self.entries.clear()


@contextmanager
def hubspot_sandbox(
    limits: LimitSettings, clock: Callable[[], float] | None = None
) -> Iterator[tuple[Sandbox, RequestLog]]:
    """A HubSpot simulator on loopback with a server-side request log."""
    sb = Sandbox(("hubspot",), limits={"hubspot": limits}, clock=clock)
    sim = sb.simulator("hubspot")
    log = RequestLog(sim.clock)
    sim.asgi = log.wrap(sim.asgi)
    with sb:
        yield sb, log


def max_in_window(times: list[float], seconds: float) -> int:
    """The most requests that arrived within any half-open ``seconds``-long interval."""
    ts = sorted(times)
    return max((sum(1 for u in ts[i:] if u < t + seconds) for i, t in enumerate(ts)), default=0)


def scaled_connection_limits(scale: float, tier: str | None = None) -> dict[str, Any]:
    """The connection ``limits`` block equal to the sandbox's ``LimitSettings(scale=...)``:
    every window and quota of HubSpot's registry times ``scale``, rounded up, at least 1
    (the sandbox's own rule), so both sides believe the same figures."""
    registry = load_registry("hubspot")
    tier = tier or registry.default_tier

    def scaled(value: int) -> int:
        return max(1, math.ceil(value * scale))

    groups = {
        name: {
            "windows": [
                {
                    **w.model_dump(mode="json", exclude_none=True),
                    "limit": {"*": scaled(w.for_tier(tier))},
                }
                for w in group.windows
            ]
        }
        for name, group in registry.groups.items()
    }
    quotas = {name: {tier: scaled(q.for_tier(tier))} for name, q in registry.quotas.items()}
    return {"tier": tier, "groups": groups, "quotas": quotas}


def contacts_job(
    folder: Path,
    sb: Sandbox,
    *,
    name: str,
    records: int,
    start: int = 0,
    limits: dict[str, Any] | None = None,
    retry: dict[str, Any] | None = None,
) -> Path:
    """A JSONL -> HubSpot contacts job file (100 records per upsert call) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    write_contacts(folder / f"{name}.jsonl", records, start=start)
    hs: dict[str, Any] = {"base_url": sb.base_url("hubspot"), "token_env": TOKEN_ENV}
    if limits is not None:
        hs["limits"] = limits
    job = file_to_hubspot_job(name, {"path": f"{name}.jsonl"}, hs)
    if retry is not None:
        job["retry"] = retry
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump(job, sort_keys=False))
    return path


def emails(start: int, count: int) -> set[str]:
    return {f"user{i}@example.com" for i in range(start, start + count)}


def held_emails(sb: Sandbox) -> set[str]:
    """The emails of the contacts the HubSpot simulator holds."""
    return {r["properties"]["email"] for r in sb.admin("hubspot").records("contacts")}


def assert_each_written_once(sb: Sandbox, expected: set[str]) -> None:
    """HubSpot holds exactly ``expected``, each contact written once (no double sends)."""
    assert held_emails(sb) == expected
    assert set(sb.admin("hubspot").writes_per_key("contacts").values()) == {1}
