"""Salesforce Composite resources: ``/composite``, ``/composite/batch``, ``/composite/tree``.

Subrequests are dispatched through the simulator's own routes in-process (one HTTP call
counts once against the limits, as in Salesforce), so they behave exactly like the direct
calls. ``/composite`` resolves ``@{referenceId.field}`` references and, with
``allOrNone``, rolls every write back when one subrequest fails; ``/composite/tree``
creates parents and children in one all-or-none transaction.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route
from starlette.types import Message

from .core import ApiError, json_response

if TYPE_CHECKING:
    from .salesforce import SalesforceSimulator

MAX_SUBREQUESTS = 25
MAX_TREE_RECORDS = 200
REFERENCE = re.compile(r"@\{([A-Za-z0-9_]+)((?:\.[A-Za-z0-9_]+|\[\d+\])*)\}")
HALTED = [{"errorCode": "PROCESSING_HALTED",
           "message": "The transaction was rolled back since another operation in the same "
                      "transaction failed."}]


class Composite:
    def __init__(self, sim: SalesforceSimulator) -> None:
        self.sim = sim

    def routes(self, api: str) -> list[BaseRoute]:
        return [Route(api + "/composite", self.composite, methods=["POST"]),
                Route(api + "/composite/batch", self.batch, methods=["POST"]),
                Route(api + "/composite/tree/{obj}", self.tree, methods=["POST"])]

    def _bad(self, message: str, code: str = "INVALID_INPUT") -> ApiError:
        return ApiError(json_response([{"message": message, "errorCode": code}], 400))

    async def dispatch(self, request: Request, method: str, url: str, body: Any
                       ) -> tuple[int, Any, dict[str, str]]:
        """Run one subrequest through the simulator's routes; (status, JSON body, headers)."""
        path, _, query = url.partition("?")
        if not path.startswith("/"):
            path = "/services/data/" + path
        client_path = path
        path = self.sim.normalize_path(path)
        payload = b"" if body is None else json.dumps(body).encode()
        scope = {
            "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
            "method": method.upper(), "scheme": request.url.scheme, "path": path,
            "raw_path": path.encode(), "root_path": "", "query_string": query.encode(),
            "headers": [(b"content-type", b"application/json"),
                        (b"authorization", f"Bearer {self.sim.token}".encode())],
            "client": ("127.0.0.1", 0), "server": ("127.0.0.1", 0), "state": {},
            "sandbox_client_path": client_path,
        }
        sent = False

        async def receive() -> Message:
            nonlocal sent
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": payload, "more_body": False}

        status = 500
        headers: dict[str, str] = {}
        chunks: list[bytes] = []

        async def send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers.update({k.decode(): v.decode() for k, v in message.get("headers", [])})
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.sim.app(scope, receive, send)
        raw = b"".join(chunks)
        try:
            parsed = json.loads(raw) if raw else None
        except ValueError:
            parsed = raw.decode(errors="replace")
        return status, parsed, headers

    # -- /composite ----------------------------------------------------------------------
    async def composite(self, request: Request) -> Response:
        body = await self.sim.json_body(request)
        subs = body.get("compositeRequest") if isinstance(body, dict) else None
        if not isinstance(subs, list) or not all(isinstance(s, dict) for s in subs):
            raise self._bad("compositeRequest must be a list of subrequests",
                            "JSON_PARSER_ERROR")
        if len(subs) > MAX_SUBREQUESTS:
            raise self._bad(f"Composite requests may have at most {MAX_SUBREQUESTS} "
                            "subrequests", "LIMIT_EXCEEDED")
        refs = [s.get("referenceId") for s in subs]
        if any(not isinstance(r, str) or not r for r in refs) or len(set(refs)) != len(refs):
            raise self._bad("Every subrequest needs a unique referenceId")
        all_or_none = bool(body.get("allOrNone"))
        results: dict[str, Any] = {}
        out: list[dict[str, Any]] = []
        self.sim.journal = [] if all_or_none else None
        try:
            for sub in subs:
                ref = sub["referenceId"]
                headers: dict[str, str] = {}
                try:
                    url = _resolve(str(sub.get("url", "")), results)
                    sub_body = _resolve_json(sub.get("body"), results)
                except LookupError as exc:
                    status, answer, headers = 400, [{
                        "errorCode": "PROCESSING_HALTED",
                        "message": f"Invalid reference specified. No value for {exc.args[0]} "
                                   "found in a previous subrequest."}], headers
                else:
                    status, answer, headers = await self.dispatch(
                        request, str(sub.get("method", "GET")), url, sub_body)
                entry = {"body": answer, "httpHeaders": _location(status, answer, headers),
                         "httpStatusCode": status, "referenceId": ref}
                out.append(entry)
                if status < 300:
                    results[ref] = answer
                elif all_or_none:
                    self.sim.rollback(self.sim.journal or [])
                    self.sim.journal = None
                    for done in out[:-1]:
                        done.update(body=HALTED, httpHeaders={}, httpStatusCode=400)
                    out += [{"body": HALTED, "httpHeaders": {}, "httpStatusCode": 400,
                             "referenceId": s["referenceId"]} for s in subs[len(out):]]
                    break
        finally:
            self.sim.journal = None
        return json_response({"compositeResponse": out})

    # -- /composite/batch ----------------------------------------------------------------
    async def batch(self, request: Request) -> Response:
        body = await self.sim.json_body(request)
        subs = body.get("batchRequests") if isinstance(body, dict) else None
        if not isinstance(subs, list) or not all(isinstance(s, dict) for s in subs):
            raise self._bad("batchRequests must be a list of subrequests", "JSON_PARSER_ERROR")
        if len(subs) > MAX_SUBREQUESTS:
            raise self._bad(f"A batch can have at most {MAX_SUBREQUESTS} subrequests",
                            "LIMIT_EXCEEDED")
        halt = bool(body.get("haltOnError"))
        results: list[dict[str, Any]] = []
        has_errors = False
        for sub in subs:
            if halt and has_errors:
                results.append({"statusCode": 412, "result": [{
                    "errorCode": "BATCH_PROCESSING_HALTED",
                    "message": "Batch processing halted per request"}]})
                continue
            status, answer, _ = await self.dispatch(request, str(sub.get("method", "GET")),
                                                    str(sub.get("url", "")),
                                                    sub.get("richInput"))
            has_errors |= status >= 400
            results.append({"statusCode": status, "result": answer})
        return json_response({"hasErrors": has_errors, "results": results})

    # -- /composite/tree/{sObject} ---------------------------------------------------------
    async def tree(self, request: Request) -> Response:
        sim = self.sim
        obj = sim._sobject(request.path_params["obj"])
        body = await sim.json_body(request)
        records = body.get("records") if isinstance(body, dict) else None
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            raise self._bad("Cannot deserialize request: expected {\"records\": [...]}",
                            "JSON_PARSER_ERROR")
        if _count(records) > MAX_TREE_RECORDS:
            raise self._bad(f"A tree request can create at most {MAX_TREE_RECORDS} records",
                            "LIMIT_EXCEEDED")
        results: list[dict[str, Any]] = []
        errors: list[dict[str, Any]] = []
        sim.journal = []
        try:
            for rec in records:
                self._create_tree(obj, rec, None, results, errors)
            if errors:
                sim.rollback(sim.journal)
                return json_response({"hasErrors": True, "results": errors}, 400)
        finally:
            sim.journal = None
        return json_response({"hasErrors": False, "results": results}, 201)

    def _create_tree(self, obj: str, rec: dict[str, Any], parent: tuple[str, str] | None,
                     results: list[dict[str, Any]], errors: list[dict[str, Any]]) -> None:
        sim = self.sim
        raw = rec.get("attributes")
        attributes: dict[str, Any] = raw if isinstance(raw, dict) else {}
        ref = attributes.get("referenceId")
        rtype = attributes.get("type")
        if not ref or str(rtype).lower() != obj.lower():
            errors.append({"referenceId": ref, "errors": [{
                "statusCode": "INVALID_INPUT", "message": "Each record needs attributes.type "
                f"{obj} and a referenceId", "fields": []}]})
            return
        children = {k: v for k, v in rec.items() if isinstance(v, dict) and "records" in v}
        fields = {k: v for k, v in rec.items() if k != "attributes" and k not in children}
        if parent is not None:
            fields[parent[0]] = parent[1]
        problems = sim.validate(obj, fields, None)
        if problems:
            errors.append({"referenceId": ref, "errors": problems})
            return
        saved, _ = sim.apply(obj, fields, None)
        results.append({"referenceId": ref, "id": saved["Id"]})
        relations = {r["relationshipName"].lower(): r for r in sim.child_relationships(obj)}
        for name, child in children.items():
            relation = relations.get(name.lower())
            if relation is None or not isinstance(child.get("records"), list):
                errors.append({"referenceId": ref, "errors": [{
                    "statusCode": "INVALID_FIELD", "message": f"No such relationship {name} "
                    f"on {obj}", "fields": [name]}]})
                continue
            for item in child["records"]:
                if isinstance(item, dict):
                    self._create_tree(relation["childSObject"], item,
                                      (relation["field"], saved["Id"]), results, errors)


def _count(records: list[Any]) -> int:
    total = 0
    for rec in records:
        if isinstance(rec, dict):
            total += 1
            for value in rec.values():
                if isinstance(value, dict) and isinstance(value.get("records"), list):
                    total += _count(value["records"])
    return total


def _lookup(expression: str, path: str, results: dict[str, Any]) -> Any:
    ref = expression.split(".")[0].split("[")[0]
    if ref not in results:
        raise LookupError("@{" + expression + "}")
    value = results[ref]
    for part in re.findall(r"\.([A-Za-z0-9_]+)|\[(\d+)\]", path):
        key, index = part
        try:
            value = value[int(index)] if index else value[key]
        except (KeyError, IndexError, TypeError):
            raise LookupError("@{" + expression + "}") from None
    return value


def _resolve(text: str, results: dict[str, Any]) -> str:
    return REFERENCE.sub(lambda m: str(_lookup(m[1] + m[2], m[2], results)), text)


def _resolve_json(value: Any, results: dict[str, Any]) -> Any:
    if isinstance(value, str):
        return _resolve(value, results)
    if isinstance(value, list):
        return [_resolve_json(v, results) for v in value]
    if isinstance(value, dict):
        return {k: _resolve_json(v, results) for k, v in value.items()}
    return value


def _location(status: int, answer: Any, headers: dict[str, str]) -> dict[str, str]:
    if status == 201 and isinstance(answer, dict) and answer.get("id"):
        return {"Location": headers.get("location", "")} if "location" in headers else {}
    return {}
