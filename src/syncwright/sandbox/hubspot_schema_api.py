"""HubSpot's schema endpoints: the Properties API (read, create, update, archive, groups,
batch read), owners and the deal pipeline. The property definitions live in
``hubspot_schema``; created properties are enforced by the simulator's validation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from .clock import iso
from .core import ApiError, json_response, not_simulated
from .hubspot_schema import OWNERS, new_property, pipelines, property_groups

if TYPE_CHECKING:
    from .hubspot import HubSpotSimulator


class SchemaApi:
    def __init__(self, sim: HubSpotSimulator) -> None:
        self.sim = sim

    def routes(self) -> list[BaseRoute]:
        props = "/crm/v3/properties/{obj}"
        return [
            Route(props, self.properties, methods=["GET"]),
            Route(props, self.create_property, methods=["POST"]),
            Route(props + "/groups", self.groups, methods=["GET"]),
            Route(props + "/batch/read", self.batch_read_properties, methods=["POST"]),
            Route(props + "/{name}", self.get_property, methods=["GET"]),
            Route(props + "/{name}", self.update_property, methods=["PATCH"]),
            Route(props + "/{name}", self.archive_property, methods=["DELETE"]),
            Route("/crm/v3/owners", self.owners, methods=["GET"]),
            Route("/crm/v3/owners/", self.owners, methods=["GET"]),
            Route("/crm/v3/owners/{owner_id}", self.owner, methods=["GET"]),
            Route("/crm/v3/pipelines/{obj}", self.pipelines, methods=["GET"]),
            Route("/crm/v3/pipelines/{obj}/{pipeline_id}", self.pipeline, methods=["GET"]),
        ]

    async def properties(self, request: Request) -> Response:
        obj = self.sim._obj(request)
        archived = request.query_params.get("archived", "false").lower() == "true"
        return json_response({"results": [p for p in self.sim.props[obj].values()
                                          if p["archived"] == archived]})

    def _property(self, request: Request) -> tuple[str, dict[str, Any]]:
        obj = self.sim._obj(request)
        prop = self.sim.props[obj].get(request.path_params["name"])
        if prop is None or prop["archived"]:
            raise ApiError(self.sim.error(404, f"Unable to find property "
                                           f"{request.path_params['name']} for {obj}"))
        return obj, prop

    async def get_property(self, request: Request) -> Response:
        return json_response(self._property(request)[1])

    async def create_property(self, request: Request) -> Response:
        obj = self.sim._obj(request)
        try:
            prop = new_property(obj, await self.sim.json_body(request), self.sim.props[obj],
                                iso(self.sim.now()))
        except KeyError as exc:
            raise ApiError(self.sim.error(409, str(exc.args[0]))) from None
        except ValueError as exc:
            raise ApiError(self.sim.error(400, str(exc))) from None
        self.sim.props[obj][prop["name"]] = prop
        if prop["hasUniqueValue"]:
            self.sim.unique[obj][prop["name"]] = {}
        return json_response(prop, 201)

    async def update_property(self, request: Request) -> Response:
        _, prop = self._property(request)
        if prop["modificationMetadata"]["readOnlyDefinition"]:
            raise ApiError(self.sim.error(400, f"Property {prop['name']} is a HubSpot-defined "
                                           "property and its definition cannot be changed"))
        body = await self.sim.json_body(request)
        if not isinstance(body, dict):
            raise ApiError(self.sim.error(400, "Invalid input JSON: expected an object"))
        for key in ("label", "description", "groupName", "options", "hidden", "displayOrder"):
            if key in body:
                prop[key] = body[key]
        prop["updatedAt"] = iso(self.sim.now())
        return json_response(prop)

    async def archive_property(self, request: Request) -> Response:
        _, prop = self._property(request)
        if not prop["modificationMetadata"]["archivable"]:
            raise ApiError(self.sim.error(400, f"Property {prop['name']} cannot be archived"))
        prop["archived"] = True
        return Response(status_code=204)

    async def groups(self, request: Request) -> Response:
        return json_response({"results": property_groups(self.sim._obj(request))})

    async def batch_read_properties(self, request: Request) -> Response:
        obj = self.sim._obj(request)
        body = await self.sim.json_body(request)
        inputs = body.get("inputs") if isinstance(body, dict) else None
        if not isinstance(inputs, list):
            raise ApiError(self.sim.error(400, "Invalid input JSON: 'inputs' must be a list"))
        names = [str(i.get("name")) for i in inputs if isinstance(i, dict)]
        now = iso(self.sim.now())
        return json_response({"status": "COMPLETE", "startedAt": now, "completedAt": now,
                              "results": [self.sim.props[obj][n] for n in names
                                          if n in self.sim.props[obj]]})

    async def owners(self, request: Request) -> Response:
        email = request.query_params.get("email")
        results = [o for o in OWNERS if email is None or o["email"] == email.lower()]
        return json_response({"results": results})

    async def owner(self, request: Request) -> Response:
        found = next((o for o in OWNERS if o["id"] == request.path_params["owner_id"]), None)
        if found is None:
            raise ApiError(self.sim.error(404, f"Owner {request.path_params['owner_id']} not "
                                           "found"))
        return json_response(found)

    async def pipelines(self, request: Request) -> Response:
        obj = self.sim._obj(request)
        if obj != "deals":
            raise ApiError(not_simulated(self.sim.platform, request.method, request.url.path))
        return json_response({"results": pipelines(obj)})

    async def pipeline(self, request: Request) -> Response:
        obj = self.sim._obj(request)
        found = next((p for p in pipelines(obj) if p["id"] == request.path_params[
            "pipeline_id"]), None)
        if found is None:
            raise ApiError(self.sim.error(404, "Pipeline not found"))
        return json_response(found)
