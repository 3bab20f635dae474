"""Salesforce sObject Collections: ``/composite/sobjects`` create, update, delete, GET by
ids, and upsert by external id, at most 200 records answered per record in input order
(``allOrNone`` validates everything first and rolls the request back on one failure).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from .core import ApiError, json_response

if TYPE_CHECKING:
    from .salesforce import SalesforceSimulator


def _record_type(rec: dict[str, Any]) -> Any:
    attributes = rec.get("attributes")
    return attributes.get("type") if isinstance(attributes, dict) else None


def record_error(code: str, message: str, fields: list[str] | None = None) -> dict[str, Any]:
    return {"statusCode": code, "message": message, "fields": fields or []}


class SObjectCollections:
    def __init__(self, sim: SalesforceSimulator) -> None:
        self.sim = sim

    def routes(self, api: str) -> list[BaseRoute]:
        return [
            Route(api + "/composite/sobjects", self.collection,
                  methods=["POST", "PATCH", "DELETE"]),
            Route(api + "/composite/sobjects/{obj}", self.collection_get,
                  methods=["GET", "POST"]),
            Route(api + "/composite/sobjects/{obj}/{ext}", self.collection_upsert,
                  methods=["PATCH"]),
        ]

    def _collection_records(self, body: Any) -> tuple[list[dict[str, Any]], bool]:
        if not isinstance(body, dict) or not isinstance(body.get("records"), list):
            raise ApiError(self.sim.error(400, "Cannot deserialize request: expected "
                                           "{\"records\": [...]}", "JSON_PARSER_ERROR"))
        records = body["records"]
        cap = self.sim.limiter.limits.group("collections").batch_max_records or 200
        if len(records) > cap:
            raise ApiError(self.sim.error(400, "record limit reached. cannot submit more than "
                                           f"{cap} records into this call",
                                      "EXCEEDED_ID_LIMIT"))
        if not all(isinstance(r, dict) for r in records):
            raise ApiError(self.sim.error(400, "Each record must be an object",
                                      "JSON_PARSER_ERROR"))
        return records, bool(body.get("allOrNone", False))

    async def collection(self, request: Request) -> Response:
        if request.method == "DELETE":
            return self._collection_delete(request)
        records, all_or_none = self._collection_records(await self.sim.json_body(request))
        creating = request.method == "POST"

        def one(rec: dict[str, Any], dry: bool) -> dict[str, Any]:
            obj_name = _record_type(rec)
            obj = next((o for o in self.sim.objects if o.lower() == str(obj_name).lower()), None)
            if obj is None:
                return {"success": False, "errors": [record_error(
                    "INVALID_TYPE", f"sObject type '{obj_name}' is not supported.")]}
            fields = {k: v for k, v in rec.items() if k != "attributes"}
            existing = None
            if creating:
                if fields.get("id") or fields.get("Id"):
                    return {"success": False, "errors": [record_error(
                        "INVALID_FIELD", "cannot specify Id in an insert call", ["Id"])]}
            else:
                rid = fields.pop("id", None) or fields.pop("Id", None)
                existing = self.sim.tables[obj].get(str(rid))
                if existing is None:
                    return {"id": rid, "success": False, "errors": [record_error(
                        "ENTITY_IS_DELETED" if rid else "MISSING_ARGUMENT",
                        "entity is deleted" if rid else "Id not specified in an update call")]}
            errors = self.sim.validate(obj, fields, existing)
            if errors:
                return {"success": False, "errors": errors}
            if dry:
                return {"success": True, "errors": []}
            saved, _ = self.sim.apply(obj, fields, existing)
            return {"id": saved["Id"], "success": True, "errors": []}

        return self._run_collection(request, records, all_or_none, one)

    async def collection_get(self, request: Request) -> Response:
        """GET (or POST with ``{"ids", "fields"}``) several records by id: records in the
        order asked, null where an id matches nothing."""
        obj = self.sim._sobject(request.path_params["obj"])
        if request.method == "POST":
            body = await self.sim.json_body(request)
            if not isinstance(body, dict) or not isinstance(body.get("ids"), list):
                raise ApiError(self.sim.error(400, "Cannot deserialize request: expected "
                                               '{"ids": [...], "fields": [...]}',
                                          "JSON_PARSER_ERROR"))
            ids = [str(i) for i in body["ids"]]
            fields = [str(f) for f in body.get("fields") or []]
        else:
            ids = [i for i in (request.query_params.get("ids") or "").split(",") if i]
            fields = [f for f in (request.query_params.get("fields") or "").split(",") if f]
        if not ids or not fields:
            raise ApiError(self.sim.error(400, "Both ids and fields are required",
                                      "MISSING_ARGUMENT"))
        if len(ids) > 200 and request.method == "GET":
            raise ApiError(self.sim.error(400, "record limit reached. cannot submit more than 200 "
                                           "records into this call", "EXCEEDED_ID_LIMIT"))
        names = []
        for f in fields:
            name = self.sim.canonical_field(obj, f.strip())
            if name is None:
                raise ApiError(self.sim.error(400, f"No such column '{f}' on entity '{obj}'",
                                          "INVALID_FIELD"))
            names.append(name)
        api = self.sim.api_of(request)
        return json_response([self.sim._public(obj, self.sim.tables[obj][i], names, api)
                              if i in self.sim.tables[obj] else None for i in ids])

    async def collection_upsert(self, request: Request) -> Response:
        obj = self.sim._sobject(request.path_params["obj"])
        ext = self.sim._external_field(obj, request.path_params["ext"])
        records, all_or_none = self._collection_records(await self.sim.json_body(request))
        keys = [str(r.get(ext, "")).strip().lower() for r in records]

        def one(rec: dict[str, Any], dry: bool) -> dict[str, Any]:
            rtype = _record_type(rec)
            if rtype is None or str(rtype).lower() != obj.lower():
                return {"success": False, "errors": [record_error(
                    "INVALID_INPUT", f"Record type {rtype!r} does not match the URL's {obj}")]}
            key = str(rec.get(ext, "")).strip().lower()
            if key and keys.count(key) > 1:
                return {"success": False, "errors": [record_error(
                    "DUPLICATE_VALUE", f"Duplicate external id specified: {rec.get(ext)}",
                    [ext])]}
            fields = {k: v for k, v in rec.items() if k != "attributes"}
            if dry:
                matches = self.sim.find_by(obj, ext, fields.get(ext, ""))
                errors = self.sim.validate(obj, fields, matches[0] if len(matches) == 1 else None)
                return {"success": not errors, "errors": errors}
            return self.sim.upsert_record(obj, ext, fields)

        return self._run_collection(request, records, all_or_none, one)

    def _run_collection(self, request: Request, records: list[dict[str, Any]],
                        all_or_none: bool, one: Any) -> Response:
        partial = self.sim.partial(request)
        rejected = partial.pick(len(records)) if partial else set()
        locked = {"success": False, "errors": [record_error(
            "UNABLE_TO_LOCK_ROW", "unable to obtain exclusive access to this record or 1 "
            "records")]}
        if all_or_none:
            checks = [locked if i in rejected else one(r, True) for i, r in enumerate(records)]
            if not all(c["success"] for c in checks):
                rolled = record_error("ALL_OR_NONE_OPERATION_ROLLED_BACK", "Record rolled back "
                                      "because not all records were valid and the request was "
                                      "using AllOrNone header")
                return json_response([c if not c["success"] else
                                      {"id": None, "success": False, "errors": [rolled]}
                                      for c in checks])
        results = []
        for i, rec in enumerate(records):
            outcome = dict(locked) if i in rejected else one(rec, False)
            outcome.setdefault("id", None)
            results.append({"id": outcome.get("id"), "success": outcome["success"],
                            "errors": outcome["errors"],
                            **({"created": outcome["created"]} if "created" in outcome else {})})
        return json_response(results)

    def _collection_delete(self, request: Request) -> Response:
        ids = [i for i in (request.query_params.get("ids") or "").split(",") if i]
        if len(ids) > 200:
            raise ApiError(self.sim.error(400, "record limit reached. cannot submit more than 200 "
                                           "records into this call", "EXCEEDED_ID_LIMIT"))
        results = []
        for rid in ids:
            obj = next((o for o in self.sim.objects if rid in self.sim.tables[o]), None)
            if obj is None:
                results.append({"id": rid, "success": False, "errors": [record_error(
                    "ENTITY_IS_DELETED", "entity is deleted")]})
            else:
                self.sim.delete(obj, self.sim.tables[obj][rid])
                results.append({"id": rid, "success": True, "errors": []})
        return json_response(results)
