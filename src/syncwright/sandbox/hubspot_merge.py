"""HubSpot's merge of two CRM records: ``POST /crm/v3/objects/{object}/merge``.

Body ``{"primaryObjectId", "objectIdToMerge"}``: the primary keeps its id and its values,
blanks filled from the other; the other is archived. Answers the primary record, or
HubSpot's 400/404 errors.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import Response

from .core import ApiError, json_response

if TYPE_CHECKING:
    from .hubspot import HubSpotSimulator


def merge_endpoint(sim: HubSpotSimulator) -> Callable[[Request], Awaitable[Response]]:
    async def merge(request: Request) -> Response:
        obj = sim._obj(request)
        body = await sim.json_body(request)
        if not isinstance(body, dict) or not body.get("primaryObjectId") \
                or not body.get("objectIdToMerge"):
            raise ApiError(sim.error(400, "primaryObjectId and objectIdToMerge are required"))
        primary = sim._find(obj, str(body["primaryObjectId"]), None)
        other = sim._find(obj, str(body["objectIdToMerge"]), None)
        if primary is None or other is None:
            raise ApiError(sim.error(404, "Object not found: one of the ids to merge does "
                                          "not exist"))
        if primary is other:
            raise ApiError(sim.error(400, "Cannot merge an object with itself"))
        fill = {k: v for k, v in other["properties"].items()
                if v not in (None, "") and primary["properties"].get(k) in (None, "")
                and k not in ("hs_object_id", "createdate", "lastmodifieddate", "email",
                              "external_id")}
        sim._archive(obj, other)
        rec, _ = sim._write(obj, primary, fill)
        return json_response(sim._public(rec))

    return merge
