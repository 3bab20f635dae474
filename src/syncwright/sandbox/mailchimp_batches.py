"""Mailchimp batch operations: ``POST /batches``, polled status, results as a tar.gz.

Each poll of ``GET /batches/{id}`` moves the batch one step along
``pending -> preprocessing -> started -> finalizing -> finished``; the operations run
(through the simulator's own routes, so every rule applies) when it reaches ``finished``.
Results are served, like Mailchimp's pre-signed storage URL, without auth at
``response_body_url``: a tar.gz of JSON arrays of ``{status_code, operation_id, response}``.
"""

from __future__ import annotations

import base64
import io
import json
import tarfile
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx2
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from .clock import iso
from .core import ADMIN_PREFIX, ApiError, json_response

if TYPE_CHECKING:
    from .mailchimp import MailchimpSimulator

STEPS = ("pending", "preprocessing", "started", "finalizing", "finished")


@dataclass
class Batch:
    id: str
    operations: list[dict[str, Any]]
    submitted_at: float
    step: int = 0
    completed_at: float | None = None
    results: list[dict[str, Any]] = field(default_factory=list)
    archive: bytes = b""


class BatchOperations:
    """``/batches`` for one Mailchimp simulator."""

    def __init__(self, sim: MailchimpSimulator) -> None:
        self.sim = sim
        self.batches: dict[str, Batch] = {}
        self.counter = 0

    def routes(self, api: str) -> list[BaseRoute]:
        return [
            Route(api + "/batches", self.create, methods=["POST"]),
            Route(api + "/batches", self.list_batches, methods=["GET"]),
            Route(api + "/batches/{batch_id}", self.status, methods=["GET"]),
            Route(api + "/batches/{batch_id}", self.delete, methods=["DELETE"]),
        ]

    def admin_routes(self) -> list[BaseRoute]:
        return [Route(ADMIN_PREFIX + "/batch-results/{batch_id}.tar.gz", self.download,
                      methods=["GET"])]

    def _view(self, batch: Batch, request: Request) -> dict[str, Any]:
        finished = STEPS[batch.step] == "finished"
        errored = sum(1 for r in batch.results if r["status_code"] >= 400)
        url = ""
        if finished:
            url = f"{request.base_url}".rstrip("/") + \
                f"{ADMIN_PREFIX}/batch-results/{batch.id}.tar.gz"
        return {"id": batch.id, "status": STEPS[batch.step],
                "total_operations": len(batch.operations),
                "finished_operations": len(batch.results), "errored_operations": errored,
                "submitted_at": iso(batch.submitted_at, millis=False),
                "completed_at": iso(batch.completed_at, millis=False)
                if batch.completed_at else "",
                "response_body_url": url, "_links": []}

    def _batch(self, request: Request) -> Batch:
        batch = self.batches.get(request.path_params["batch_id"])
        if batch is None:
            raise ApiError(self.sim.problem(404, "The requested resource could not be found."))
        return batch

    async def create(self, request: Request) -> Response:
        body = await self.sim.json_body(request)
        ops = body.get("operations") if isinstance(body, dict) else None
        if not isinstance(ops, list) or not all(
                isinstance(o, dict) and isinstance(o.get("method"), str)
                and isinstance(o.get("path"), str) for o in ops):
            raise ApiError(self.sim.problem(400, "The resource submitted could not be "
                                                 "validated.", errors=[{
                                                     "field": "operations",
                                                     "message": "Each operation needs a "
                                                                "method and a path"}]))
        self.counter += 1
        batch = Batch(f"sbx{self.counter:07d}", ops, self.sim.now())
        self.batches[batch.id] = batch
        return json_response(self._view(batch, request))

    async def list_batches(self, request: Request) -> Response:
        return json_response({"batches": [self._view(b, request)
                                          for b in self.batches.values()],
                              "total_items": len(self.batches)})

    async def status(self, request: Request) -> Response:
        batch = self._batch(request)
        if batch.step < len(STEPS) - 1:
            batch.step += 1
            if STEPS[batch.step] == "finished":
                await self._run(batch, request)
        return json_response(self._view(batch, request))

    async def delete(self, request: Request) -> Response:
        batch = self._batch(request)
        del self.batches[batch.id]
        return Response(status_code=204)

    async def download(self, request: Request) -> Response:
        batch = self.batches.get(request.path_params["batch_id"])
        if batch is None or not batch.archive:
            return Response("NoSuchKey", status_code=404, media_type="application/xml")
        return Response(batch.archive, media_type="application/x-tar")

    async def _run(self, batch: Batch, request: Request) -> None:
        """Run every operation through the simulator's routes (not its limits or faults)."""
        auth = "Basic " + base64.b64encode(f"batch:{self.sim.api_key}".encode()).decode()
        transport = httpx2.ASGITransport(app=self.sim.app)
        async with httpx2.AsyncClient(transport=transport, base_url="http://mailchimp") as c:
            for op in batch.operations:
                raw = op.get("body")
                response = await c.request(
                    op["method"].upper(), "/3.0" + op["path"], params=op.get("params"),
                    content=raw.encode() if isinstance(raw, str) else None,
                    headers={"Authorization": auth, "Content-Type": "application/json"})
                batch.results.append({"status_code": response.status_code,
                                      "operation_id": op.get("operation_id"),
                                      "response": response.text})
        batch.completed_at = self.sim.now()
        buffer = io.BytesIO()
        with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
            data = json.dumps(batch.results).encode()
            info = tarfile.TarInfo(f"{batch.id}/{batch.id}.json")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        batch.archive = buffer.getvalue()
