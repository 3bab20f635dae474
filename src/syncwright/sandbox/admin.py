"""The admin API every simulator serves under ``/__sandbox/``, and clients for it.

Tests and the CLI use it to look inside a simulator (records, writes per key, request
counts, 429s served, webhook attempts) and to steer it (reset, seed, faults, limits,
clock, webhook target). It skips auth, rate limits and faults, and holds no secrets
beyond the sandbox's own fake credentials.
"""

from __future__ import annotations

import ssl
from typing import TYPE_CHECKING, Any

import httpx2
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from .faults import FaultRule
from .ratelimit import LimitSettings
from .webhooks_out import WebhookConfig

if TYPE_CHECKING:
    from .core import Simulator

P = "/__sandbox"


class SeedRequest(BaseModel):
    """Body of ``POST /__sandbox/seed``: how many records, the seed, and dirt ratios."""

    model_config = ConfigDict(extra="forbid")

    count: int = Field(default=100, ge=0, le=2_000_000)
    seed: int = 0
    replace: bool = True
    invalid_email_ratio: float = Field(default=0.02, ge=0, le=1)
    empty_field_ratio: float = Field(default=0.05, ge=0, le=1)
    null_tier_ratio: float = Field(default=0.1, ge=0, le=1)
    alt_email_ratio: float = Field(default=0.03, ge=0, le=1)
    messy_case_ratio: float = Field(default=0.05, ge=0, le=1)


class FaultsRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    faults: list[FaultRule] = []
    seed: int | None = None


def _bad(message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=400)


async def _body(request: Request) -> Any:
    raw = await request.body()
    if not raw:
        return {}
    import json

    try:
        return json.loads(raw)
    except ValueError as exc:
        raise _AdminError(f"invalid JSON: {exc}") from None


class _AdminError(Exception):
    pass


def admin_routes(sim: Simulator) -> list[BaseRoute]:
    """The ``/__sandbox/`` routes for one simulator."""
    from .core import ApiError

    def guard(fn: Any) -> Any:
        async def endpoint(request: Request) -> Response:
            try:
                result: Response = await fn(request)
                return result
            except _AdminError as exc:
                return _bad(str(exc))
            except ValidationError as exc:
                first = exc.errors()[0]
                return _bad(f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}")
            except ApiError as exc:
                return exc.response

        return endpoint

    async def info(request: Request) -> Response:
        return JSONResponse({
            "platform": sim.platform,
            "objects": {o: len(sim.records(o)) for o in sim.objects},
            "credentials": sim.credentials(),
            "clock": sim.now(),
        })

    async def records(request: Request) -> Response:
        obj = request.path_params["obj"]
        if obj not in sim.objects:
            return JSONResponse({"error": f"unknown object {obj!r}",
                                 "objects": list(sim.objects)}, status_code=404)
        rows = sim.records(obj)
        return JSONResponse({"object": obj, "total": len(rows), "records": rows})

    async def write_record(request: Request) -> Response:
        obj = request.path_params["obj"]
        record_id = request.path_params.get("record_id")
        op = {"POST": "create", "PATCH": "update", "PUT": "update", "DELETE": "delete"}[
            request.method]
        data = await _body(request)
        if not isinstance(data, dict):
            raise _AdminError("body must be a JSON object of fields")
        return JSONResponse({"result": sim.admin_write(obj, op, record_id, data)})

    async def writes(request: Request) -> Response:
        limit = request.query_params.get("limit")
        return JSONResponse(sim.writes.view(request.query_params.get("object"),
                                            int(limit) if limit else None))

    async def stats(request: Request) -> Response:
        return JSONResponse({**sim.stats.view(), "limiter_denied": sim.limiter.denied,
                             "faults_log": len(sim.faults.log)})

    async def reset(request: Request) -> Response:
        sim.reset()
        return JSONResponse({"reset": True})

    async def seed(request: Request) -> Response:
        body = SeedRequest.model_validate(await _body(request))
        if body.replace:
            sim.clear_data()
            sim.writes.clear()
        options = body.model_dump(exclude={"count", "seed", "replace"})
        sim.dirty = sim.load_seed(body.count, body.seed, options)
        return JSONResponse({"seeded": body.count, "seed": body.seed,
                             "objects": {o: len(sim.records(o)) for o in sim.objects},
                             "dirty": sim.dirty})

    async def dirty(request: Request) -> Response:
        return JSONResponse({"dirty": sim.dirty})

    async def ground_truth(request: Request) -> Response:
        if sim.ground_truth is None:
            return JSONResponse({"error": "no scenario loaded (sandbox up --scenario NAME)"},
                                status_code=404)
        return JSONResponse(sim.ground_truth)

    async def faults(request: Request) -> Response:
        if request.method == "GET":
            return JSONResponse({"seed": sim.faults.seed, "faults": sim.faults.describe()})
        if request.method == "DELETE":
            sim.faults.clear()
            return JSONResponse({"seed": sim.faults.seed, "faults": []})
        body = FaultsRequest.model_validate(await _body(request))
        if request.method == "PUT":
            sim.faults.set_rules(body.faults, body.seed)
        else:
            sim.faults.add_rules(body.faults)
            if body.seed is not None:
                sim.faults.reseed(body.seed)
        return JSONResponse({"seed": sim.faults.seed, "faults": sim.faults.describe()})

    async def fault_log(request: Request) -> Response:
        return JSONResponse({"seed": sim.faults.seed, "log": sim.faults.log})

    async def limits(request: Request) -> Response:
        if request.method == "PUT":
            settings = LimitSettings.model_validate(await _body(request))
            known = sim.limiter.limits
            if settings.tier is not None and settings.tier not in known.tiers:
                raise _AdminError(f"tier: unknown tier {settings.tier!r} (known: {known.tiers})")
            sim.limiter.configure(settings)
        quotas = {}
        for name in sim.limiter.limits.quotas:
            used, limit, resets_at = sim.limiter.quota_usage(name)
            quotas[name] = {"used": used, "limit": limit, "resets_at": resets_at}
        return JSONResponse({"settings": sim.limiter.settings.model_dump(),
                             "tier": sim.limiter.tier, "quotas": quotas,
                             "denied": sim.limiter.denied})

    async def clock(request: Request) -> Response:
        if request.method == "POST":
            body = await _body(request)
            seconds = body.get("advance", 0) if isinstance(body, dict) else None
            if not isinstance(seconds, int | float) or seconds < 0:
                raise _AdminError("body must be {\"advance\": <seconds >= 0>}")
            sim.clock.advance(float(seconds))
        return JSONResponse({"now": sim.now(), "offset": sim.clock.offset})

    async def webhooks(request: Request) -> Response:
        if request.method == "PUT":
            sim.sender.configure(WebhookConfig.model_validate(await _body(request)))
        return JSONResponse(sim.sender.summary())

    r: list[BaseRoute] = [
        Route(f"{P}/", guard(info), methods=["GET"]),
        Route(f"{P}/records/{{obj}}", guard(records), methods=["GET"]),
        Route(f"{P}/records/{{obj}}", guard(write_record), methods=["POST"]),
        Route(f"{P}/records/{{obj}}/{{record_id}}", guard(write_record),
              methods=["PATCH", "PUT", "DELETE"]),
        Route(f"{P}/writes", guard(writes), methods=["GET"]),
        Route(f"{P}/stats", guard(stats), methods=["GET"]),
        Route(f"{P}/reset", guard(reset), methods=["POST"]),
        Route(f"{P}/seed", guard(seed), methods=["POST"]),
        Route(f"{P}/dirty", guard(dirty), methods=["GET"]),
        Route(f"{P}/ground-truth", guard(ground_truth), methods=["GET"]),
        Route(f"{P}/faults", guard(faults), methods=["GET", "PUT", "POST", "DELETE"]),
        Route(f"{P}/faults/log", guard(fault_log), methods=["GET"]),
        Route(f"{P}/limits", guard(limits), methods=["GET", "PUT"]),
        Route(f"{P}/clock", guard(clock), methods=["GET", "POST"]),
        Route(f"{P}/webhooks", guard(webhooks), methods=["GET", "PUT"]),
    ]
    return r


def _check(response: httpx2.Response) -> Any:
    if response.status_code >= 400:
        raise RuntimeError(f"sandbox admin {response.request.method} {response.request.url}: "
                           f"{response.status_code} {response.text}")
    return response.json()


def _verify(ca_bundle: str | None) -> ssl.SSLContext | bool:
    """Trust the sandbox's own CA when it serves HTTPS, the system's otherwise."""
    return ssl.create_default_context(cafile=ca_bundle) if ca_bundle else True


class AdminClient:
    """A synchronous client for one simulator's admin API."""

    def __init__(self, base_url: str, timeout: float = 10.0, verify: str | None = None
                 ) -> None:
        self.base_url = base_url.rstrip("/")
        self.http = httpx2.Client(base_url=self.base_url + P, timeout=timeout,
                                  verify=_verify(verify))

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> AdminClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def call(self, method: str, path: str, body: Any = None, **params: Any) -> Any:
        return _check(self.http.request(method, path, json=body, params=params or None))

    def info(self) -> Any:
        return self.call("GET", "/")

    def records(self, obj: str) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self.call("GET", f"/records/{obj}")["records"]
        return result

    def create(self, obj: str, fields: dict[str, Any]) -> Any:
        return self.call("POST", f"/records/{obj}", fields)["result"]

    def update(self, obj: str, record_id: str, fields: dict[str, Any]) -> Any:
        return self.call("PATCH", f"/records/{obj}/{record_id}", fields)["result"]

    def delete(self, obj: str, record_id: str) -> Any:
        return self.call("DELETE", f"/records/{obj}/{record_id}")["result"]

    def writes(self, obj: str | None = None) -> dict[str, Any]:
        result: dict[str, Any] = self.call("GET", "/writes", **({"object": obj} if obj else {}))
        return result

    def writes_per_key(self, obj: str | None = None) -> dict[str, int]:
        result: dict[str, int] = self.writes(obj)["writes_per_key"]
        return result

    def stats(self) -> dict[str, Any]:
        result: dict[str, Any] = self.call("GET", "/stats")
        return result

    def reset(self) -> None:
        self.call("POST", "/reset")

    def seed(self, count: int, seed: int = 0, **dirt: Any) -> dict[str, Any]:
        result: dict[str, Any] = self.call("POST", "/seed", {"count": count, "seed": seed, **dirt})
        return result

    def dirty(self) -> dict[str, list[str]]:
        result: dict[str, list[str]] = self.call("GET", "/dirty")["dirty"]
        return result

    def ground_truth(self) -> dict[str, Any]:
        result: dict[str, Any] = self.call("GET", "/ground-truth")
        return result

    def faults(self) -> dict[str, Any]:
        result: dict[str, Any] = self.call("GET", "/faults")
        return result

    def set_faults(self, rules: list[dict[str, Any]], seed: int | None = None) -> Any:
        return self.call("PUT", "/faults", {"faults": rules, "seed": seed})

    def add_faults(self, rules: list[dict[str, Any]]) -> Any:
        return self.call("POST", "/faults", {"faults": rules})

    def clear_faults(self) -> Any:
        return self.call("DELETE", "/faults")

    def fault_log(self) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self.call("GET", "/faults/log")["log"]
        return result

    def limits(self) -> dict[str, Any]:
        result: dict[str, Any] = self.call("GET", "/limits")
        return result

    def set_limits(self, **settings: Any) -> dict[str, Any]:
        result: dict[str, Any] = self.call("PUT", "/limits", settings)
        return result

    def advance_clock(self, seconds: float) -> float:
        now: float = self.call("POST", "/clock", {"advance": seconds})["now"]
        return now

    def webhooks(self) -> dict[str, Any]:
        result: dict[str, Any] = self.call("GET", "/webhooks")
        return result

    def set_webhook(self, url: str | None, **options: Any) -> dict[str, Any]:
        result: dict[str, Any] = self.call("PUT", "/webhooks", {"url": url, **options})
        return result


class AsyncAdminClient:
    """The same admin API for async code; ``call`` reaches every route."""

    def __init__(self, base_url: str, timeout: float = 10.0, verify: str | None = None
                 ) -> None:
        self.base_url = base_url.rstrip("/")
        self.http = httpx2.AsyncClient(base_url=self.base_url + P, timeout=timeout,
                                       verify=_verify(verify))

    async def aclose(self) -> None:
        await self.http.aclose()

    async def __aenter__(self) -> AsyncAdminClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def call(self, method: str, path: str, body: Any = None, **params: Any) -> Any:
        return _check(await self.http.request(method, path, json=body, params=params or None))

    async def records(self, obj: str) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = (await self.call("GET", f"/records/{obj}"))["records"]
        return result

    async def writes_per_key(self, obj: str | None = None) -> dict[str, int]:
        params = {"object": obj} if obj else {}
        result: dict[str, int] = (await self.call("GET", "/writes", **params))["writes_per_key"]
        return result

    async def reset(self) -> None:
        await self.call("POST", "/reset")

    async def seed(self, count: int, seed: int = 0, **dirt: Any) -> dict[str, Any]:
        result: dict[str, Any] = await self.call("POST", "/seed",
                                                 {"count": count, "seed": seed, **dirt})
        return result

    async def set_faults(self, rules: list[dict[str, Any]], seed: int | None = None) -> Any:
        return await self.call("PUT", "/faults", {"faults": rules, "seed": seed})

    async def set_limits(self, **settings: Any) -> Any:
        return await self.call("PUT", "/limits", settings)

    async def stats(self) -> dict[str, Any]:
        result: dict[str, Any] = await self.call("GET", "/stats")
        return result
