"""HubSpot associations between contacts, companies and deals: v4 (labels, default,
batch) and the v3 reads, plus what ``associations=`` adds to object reads.

Associations are stored in both directions with HubSpot's own type ids (contact->company
279 unlabeled / 1 primary and the inverse 280 / 2; deal->contact 3 / 4; deal->company 341 / 5
and the inverse 342 / 6), so a v4 write is visible from either side and from v3.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from .clock import iso
from .core import ApiError, json_response
from .hubspot_schema import OBJECT_TYPE_IDS, SINGULAR

if TYPE_CHECKING:
    from .hubspot import HubSpotSimulator

Spec = tuple[str, int]  # (category, typeId)
# (from, to): [(typeId, label, v3 name)], the first one is the default (unlabeled) type
TYPES: dict[tuple[str, str], list[tuple[int, str | None, str]]] = {
    ("contacts", "companies"): [(279, None, "contact_to_company_unlabeled"),
                                (1, "Primary", "contact_to_company")],
    ("companies", "contacts"): [(280, None, "company_to_contact_unlabeled"),
                                (2, "Primary", "company_to_contact")],
    ("deals", "contacts"): [(3, None, "deal_to_contact")],
    ("contacts", "deals"): [(4, None, "contact_to_deal")],
    ("deals", "companies"): [(341, None, "deal_to_company_unlabeled"),
                             (5, "Primary", "deal_to_company")],
    ("companies", "deals"): [(342, None, "company_to_deal_unlabeled"),
                             (6, "Primary", "company_to_deal")],
}
INVERSE = {279: 280, 280: 279, 1: 2, 2: 1, 3: 4, 4: 3, 341: 342, 342: 341, 5: 6, 6: 5}
ALIASES = {"contact": "contacts", "company": "companies", "deal": "deals", "0-1": "contacts",
           "0-2": "companies", "0-3": "deals"}


class Associations:
    def __init__(self, sim: HubSpotSimulator) -> None:
        self.sim = sim
        # (obj, id) -> {(to_obj, to_id): {typeId}}
        self.links: dict[tuple[str, str], dict[tuple[str, str], set[int]]] = {}

    def clear(self) -> None:
        self.links.clear()

    # -- store ---------------------------------------------------------------------------
    def kinds(self, frm: str, to: str) -> list[tuple[int, str | None, str]]:
        kinds = TYPES.get((frm, to))
        if kinds is None:
            raise ApiError(self.sim.error(400, f"There is no association type between "
                                               f"{frm} and {to}"))
        return kinds

    def add(self, frm: str, fid: str, to: str, tid: str, type_id: int) -> None:
        if type_id not in {k for k, _, _ in self.kinds(frm, to)}:
            raise ApiError(self.sim.error(400, f"associationTypeId {type_id} is not valid "
                                               f"between {frm} and {to}"))
        self.links.setdefault((frm, fid), {}).setdefault((to, tid), set()).add(type_id)
        back = INVERSE[type_id]
        self.links.setdefault((to, tid), {}).setdefault((frm, fid), set()).add(back)
        if type_id in (1, 2, 5, 6):  # a primary link is also an unlabeled one
            default = self.kinds(frm, to)[0][0]
            self.add(frm, fid, to, tid, default)
        if (frm, to, type_id) == ("contacts", "companies", 1):
            self.sim.set_computed("contacts", fid, "associatedcompanyid", tid)

    def remove(self, frm: str, fid: str, to: str, tid: str) -> None:
        self.links.get((frm, fid), {}).pop((to, tid), None)
        self.links.get((to, tid), {}).pop((frm, fid), None)

    def targets(self, frm: str, fid: str, to: str) -> list[tuple[str, set[int]]]:
        out = [(tid, kinds) for (obj, tid), kinds in self.links.get((frm, fid), {}).items()
               if obj == to and kinds]
        return sorted(out, key=lambda x: int(x[0]))

    def move(self, obj: str, old: str, new: str) -> None:
        """A merge: the merged record's associations move to the primary record."""
        for (to, tid), kinds in list(self.links.pop((obj, old), {}).items()):
            self.links.get((to, tid), {}).pop((obj, old), None)
            for kind in kinds:
                self.add(obj, new, to, tid, kind)

    def for_read(self, obj: str, rid: str, wanted: list[str]) -> dict[str, Any]:
        """The ``associations`` block of an object read with ``associations=...``."""
        out: dict[str, Any] = {}
        for name in wanted:
            to = ALIASES.get(name, name)
            if to not in OBJECT_TYPE_IDS or (obj, to) not in TYPES:
                continue
            names = {k: v3 for k, _, v3 in TYPES[(obj, to)]}
            results = [{"id": tid, "type": names[k]} for tid, kinds in self.targets(obj, rid, to)
                       for k in sorted(kinds)]
            if results:
                out[to] = {"results": results}
        return out

    def _types(self, frm: str, to: str, kinds: set[int]) -> list[dict[str, Any]]:
        labels = {k: label for k, label, _ in TYPES[(frm, to)]}
        return [{"category": "HUBSPOT_DEFINED", "typeId": k, "label": labels.get(k)}
                for k in sorted(kinds)]

    # -- routes --------------------------------------------------------------------------
    def routes(self) -> list[BaseRoute]:
        v4o = "/crm/v4/objects/{frm}/{fid}/associations"
        v4a = "/crm/v4/associations/{frm}/{to}"
        return [
            Route(v4o + "/default/{to}/{tid}", self.put_default, methods=["PUT"]),
            Route(v4o + "/{to}", self.get_page, methods=["GET"]),
            Route(v4o + "/{to}/{tid}", self.put_labels, methods=["PUT"]),
            Route(v4o + "/{to}/{tid}", self.delete_one, methods=["DELETE"]),
            Route(v4a + "/labels", self.labels, methods=["GET"]),
            Route(v4a + "/batch/create", self.batch_create, methods=["POST"]),
            Route(v4a + "/batch/associate/default", self.batch_default, methods=["POST"]),
            Route(v4a + "/batch/read", self.batch_read, methods=["POST"]),
            Route(v4a + "/batch/archive", self.batch_archive, methods=["POST"]),
            Route("/crm/v3/associations/{frm}/{to}/batch/read", self.v3_batch_read,
                  methods=["POST"]),
            Route("/crm/v3/associations/{frm}/{to}/batch/create", self.v3_batch_create,
                  methods=["POST"]),
            Route("/crm/v3/associations/{frm}/{to}/batch/archive", self.v3_batch_archive,
                  methods=["POST"]),
            Route("/crm/v3/objects/{frm}/{fid}/associations/{to}", self.v3_get,
                  methods=["GET"]),
        ]

    def _objs(self, request: Request) -> tuple[str, str]:
        frm = ALIASES.get(request.path_params["frm"], request.path_params["frm"])
        to = ALIASES.get(request.path_params["to"], request.path_params["to"])
        for name in (frm, to):
            if name not in OBJECT_TYPE_IDS:
                raise ApiError(self.sim.error(400, f"Unable to infer object type from: {name}"))
        self.kinds(frm, to)
        return frm, to

    def _exists(self, obj: str, rid: Any) -> str:
        rec = self.sim._find(obj, str(rid), None)
        if rec is None:
            raise ApiError(self.sim.error(404, f"No {SINGULAR[obj]} with id {rid} exists"))
        return str(rec["id"])

    def _specs(self, frm: str, to: str, body: Any) -> list[int]:
        if not isinstance(body, list) or not body:
            raise ApiError(self.sim.error(400, "Expected a list of association specs"))
        out = []
        for spec in body:
            if not isinstance(spec, dict) or spec.get("associationCategory") not in (
                    "HUBSPOT_DEFINED", "USER_DEFINED", "INTEGRATOR_DEFINED"):
                raise ApiError(self.sim.error(400, f"Invalid association spec: {spec!r}"))
            try:
                out.append(int(str(spec.get("associationTypeId"))))
            except (TypeError, ValueError):
                raise ApiError(self.sim.error(400, f"Invalid associationTypeId in {spec!r}")) \
                    from None
        return out

    def _result(self, frm: str, fid: str, to: str, tid: str) -> dict[str, Any]:
        kinds = dict(self.targets(frm, fid, to)).get(tid, set())
        labels = [label for k, label, _ in TYPES[(frm, to)] if k in kinds and label]
        return {"fromObjectTypeId": OBJECT_TYPE_IDS[frm], "fromObjectId": int(fid),
                "toObjectTypeId": OBJECT_TYPE_IDS[to], "toObjectId": int(tid),
                "labels": labels}

    async def put_default(self, request: Request) -> Response:
        frm, to = self._objs(request)
        fid = self._exists(frm, request.path_params["fid"])
        tid = self._exists(to, request.path_params["tid"])
        default = self.kinds(frm, to)[0][0]
        self.add(frm, fid, to, tid, default)
        now = iso(self.sim.now())
        spec = {"associationCategory": "HUBSPOT_DEFINED"}
        return json_response({"status": "COMPLETE", "results": [
            {"from": {"id": fid}, "to": {"id": tid},
             "associationSpec": {**spec, "associationTypeId": default}},
            {"from": {"id": tid}, "to": {"id": fid},
             "associationSpec": {**spec, "associationTypeId": INVERSE[default]}}],
            "startedAt": now, "completedAt": now})

    async def put_labels(self, request: Request) -> Response:
        frm, to = self._objs(request)
        fid = self._exists(frm, request.path_params["fid"])
        tid = self._exists(to, request.path_params["tid"])
        for type_id in self._specs(frm, to, await self.sim.json_body(request)):
            self.add(frm, fid, to, tid, type_id)
        return json_response(self._result(frm, fid, to, tid), 201)

    async def get_page(self, request: Request) -> Response:
        frm, to = self._objs(request)
        fid = self._exists(frm, request.path_params["fid"])
        q = request.query_params
        limit = int(q.get("limit") or 500)
        start = int(q.get("after") or 0)
        rows = self.targets(frm, fid, to)
        page = rows[start:start + limit]
        body: dict[str, Any] = {"results": [
            {"toObjectId": int(tid), "associationTypes": self._types(frm, to, kinds)}
            for tid, kinds in page]}
        if start + limit < len(rows):
            body["paging"] = {"next": {"after": str(start + limit)}}
        return json_response(body)

    async def delete_one(self, request: Request) -> Response:
        frm, to = self._objs(request)
        self.remove(frm, request.path_params["fid"], to, request.path_params["tid"])
        return Response(status_code=204)

    async def labels(self, request: Request) -> Response:
        frm, to = self._objs(request)
        return json_response({"results": [{"category": "HUBSPOT_DEFINED", "typeId": k,
                                           "label": label} for k, label, _ in TYPES[(frm, to)]]})

    async def _inputs(self, request: Request) -> list[dict[str, Any]]:
        body = await self.sim.json_body(request)
        inputs = body.get("inputs") if isinstance(body, dict) else None
        if not isinstance(inputs, list) or not all(isinstance(i, dict) for i in inputs):
            raise ApiError(self.sim.error(400, "Invalid input JSON: 'inputs' must be a list "
                                               "of objects"))
        return inputs

    @staticmethod
    def _id(value: Any) -> str:
        return str(value.get("id") if isinstance(value, dict) else value)

    def _batch(self, results: list[Any], errors: list[dict[str, Any]], status: int = 200
               ) -> Response:
        now = iso(self.sim.now())
        body: dict[str, Any] = {"status": "COMPLETE", "results": results, "startedAt": now,
                                "completedAt": now}
        if errors:
            body.update(numErrors=len(errors), errors=errors)
            return json_response(body, 207)
        return json_response(body, status)

    def _missing(self, obj: str, rid: str) -> dict[str, Any]:
        return {"status": "error", "category": "OBJECT_NOT_FOUND",
                "message": f"No {SINGULAR[obj]} with id {rid} exists",
                "context": {"id": [rid]}}

    async def batch_create(self, request: Request) -> Response:
        frm, to = self._objs(request)
        results, errors = [], []
        for item in await self._inputs(request):
            fid, tid = self._id(item.get("from")), self._id(item.get("to"))
            if self.sim._find(frm, fid, None) is None or self.sim._find(to, tid, None) is None:
                errors.append(self._missing(frm if self.sim._find(frm, fid, None) is None
                                            else to, fid))
                continue
            for type_id in self._specs(frm, to, item.get("types")):
                self.add(frm, fid, to, tid, type_id)
            results.append(self._result(frm, fid, to, tid))
        return self._batch(results, errors, 201)

    async def batch_default(self, request: Request) -> Response:
        frm, to = self._objs(request)
        results, errors = [], []
        default = self.kinds(frm, to)[0][0]
        for item in await self._inputs(request):
            fid, tid = self._id(item.get("from")), self._id(item.get("to"))
            if self.sim._find(frm, fid, None) is None or self.sim._find(to, tid, None) is None:
                errors.append(self._missing(frm, fid))
                continue
            self.add(frm, fid, to, tid, default)
            spec = {"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": default}
            results.append({"from": {"id": fid}, "to": {"id": tid}, "associationSpec": spec})
        return self._batch(results, errors)

    async def batch_read(self, request: Request) -> Response:
        frm, to = self._objs(request)
        results, errors = [], []
        for item in await self._inputs(request):
            fid = self._id(item)
            rows = self.targets(frm, fid, to)
            if self.sim._find(frm, fid, None) is None or not rows:
                errors.append({"status": "error", "category": "OBJECT_NOT_FOUND",
                               "message": f"No {to} is associated with {SINGULAR[frm]} {fid}.",
                               "context": {"fromObjectId": [fid]}})
                continue
            results.append({"from": {"id": fid}, "to": [
                {"toObjectId": int(tid), "associationTypes": self._types(frm, to, kinds)}
                for tid, kinds in rows]})
        return self._batch(results, errors)

    async def batch_archive(self, request: Request) -> Response:
        frm, to = self._objs(request)
        for item in await self._inputs(request):
            fid = self._id(item.get("from"))
            raw = item.get("to")
            targets: list[Any] = raw if isinstance(raw, list) else [raw]
            for target in targets:
                self.remove(frm, fid, to, self._id(target))
        return Response(status_code=204)

    async def v3_batch_read(self, request: Request) -> Response:
        frm, to = self._objs(request)
        results, errors = [], []
        names = {k: v3 for k, _, v3 in TYPES[(frm, to)]}
        for item in await self._inputs(request):
            fid = self._id(item)
            rows = self.targets(frm, fid, to)
            if not rows:
                errors.append({"status": "error", "category": "OBJECT_NOT_FOUND",
                               "message": f"No {to} is associated with {SINGULAR[frm]} {fid}.",
                               "context": {"fromObjectId": [fid]}})
                continue
            results.append({"from": {"id": fid}, "to": [
                {"id": tid, "type": names[min(kinds, key=lambda k: k in (1, 2, 5, 6))]}
                for tid, kinds in rows]})
        return self._batch(results, errors)

    async def v3_batch_create(self, request: Request) -> Response:
        frm, to = self._objs(request)
        by_name = {v3: k for k, _, v3 in TYPES[(frm, to)]}
        results = []
        for item in await self._inputs(request):
            fid, tid = self._id(item.get("from")), self._id(item.get("to"))
            self._exists(frm, fid)
            self._exists(to, tid)
            kind = by_name.get(str(item.get("type")), self.kinds(frm, to)[0][0])
            self.add(frm, fid, to, tid, kind)
            results.append({"from": {"id": fid}, "to": {"id": tid}, "type": item.get("type")})
        return self._batch(results, [], 201)

    async def v3_batch_archive(self, request: Request) -> Response:
        frm, to = self._objs(request)
        for item in await self._inputs(request):
            self.remove(frm, self._id(item.get("from")), to, self._id(item.get("to")))
        return Response(status_code=204)

    async def v3_get(self, request: Request) -> Response:
        frm, to = self._objs(request)
        fid = self._exists(frm, request.path_params["fid"])
        names = {k: v3 for k, _, v3 in TYPES[(frm, to)]}
        return json_response({"results": [{"id": tid, "type": names[k]}
                                          for tid, kinds in self.targets(frm, fid, to)
                                          for k in sorted(kinds)]})
