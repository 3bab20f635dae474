"""HubSpot CRM v3 simulator: objects, batch, search, usage, 429s and signed webhooks.

Follows the documented contract (docs/ADAPTERS.md): Bearer private-app token, ``after`` cursors with ``paging.next``
absent on the last page, batch calls of at most 100 inputs answered 200/201 or 207
multi-status with ``numErrors`` and ``errors[].context.ids``, upsert by ``idProperty``,
search with filterGroups, limit <= 200 and the 10,000-result cap, per-10-second and daily
limits with the ``X-HubSpot-RateLimit-*`` headers, and v3-signed webhook arrays.
"""

from __future__ import annotations

import json
import re
import time
from bisect import bisect_left
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from .clock import iso, parse_iso
from .core import ApiError, Simulator, correlation_id, json_response, not_simulated
from .hubspot_associations import ALIASES, Associations
from .hubspot_oauth import HubSpotOAuth
from .hubspot_schema import (
    DEFAULT_PROPS,
    QUERY_PROPERTIES,
    SEED_INDUSTRY,
    SINGULAR,
    UNSIMULATED_OBJECTS,
    standard_properties,
)
from .hubspot_schema_api import SchemaApi
from .ratelimit import Denial, Usage
from .seed import Dirt, bulk_load, generate
from .webhooks_out import Change, Delivery, WebhookConfig, build_hubspot_delivery

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
READ_ONLY = {"hs_object_id", "createdate", "lastmodifieddate", "hs_lastmodifieddate",
             "hs_merged_object_ids", "associatedcompanyid", "num_associated_deals"}
SEARCH_OPERATORS = {"EQ", "NEQ", "LT", "LTE", "GT", "GTE", "BETWEEN", "IN", "NOT_IN",
                    "HAS_PROPERTY", "NOT_HAS_PROPERTY", "CONTAINS_TOKEN",
                    "NOT_CONTAINS_TOKEN"}


def _modified_prop(obj: str) -> str:
    return "lastmodifieddate" if obj == "contacts" else "hs_lastmodifieddate"


class HubSpotSimulator(Simulator):
    """HubSpot with contacts and companies."""

    platform = "hubspot"
    objects = ("contacts", "companies", "deals")
    # HubSpot: first retry after about 5 s, up to 10 retries spread over 24 hours.
    webhook_schedule = (5, 30, 120, 600, 1800, 3600, 7200, 14400, 21600, 36000)
    webhook_batch_size = 100

    def __init__(self, *, token: str = "pat-sandbox-hubspot-0001",
                 app_secret: str = "hubspot-sandbox-app-secret", portal_id: int = 62515,
                 app_id: int = 1160452, **kwargs: Any) -> None:
        self.token = token
        self.app_secret = app_secret
        self.portal_id = portal_id
        self.app_id = app_id
        self.tables: dict[str, dict[int, dict[str, Any]]] = {o: {} for o in self.objects}
        self.order: dict[str, list[int]] = {o: [] for o in self.objects}  # ids, ascending
        self.props: dict[str, dict[str, dict[str, Any]]] = {
            o: standard_properties(o) for o in self.objects}
        self.unique: dict[str, dict[str, dict[str, int]]] = {
            o: {p: {} for p in self.unique_props(o)} for o in self.objects}
        self.merged: dict[str, dict[int, int]] = {o: {} for o in self.objects}
        self.assoc = Associations(self)
        self.schema_api = SchemaApi(self)
        self.next_id = 1001
        self.event_id = 0
        self.oauth = HubSpotOAuth(self)  # an OAuth app: token endpoint, expiring tokens
        super().__init__(**kwargs)

    # -- platform hooks ----------------------------------------------------------------
    def credentials(self) -> dict[str, str]:
        return {"token": self.token, "app_secret": self.app_secret,
                "portal_id": str(self.portal_id), "app_id": str(self.app_id),
                **self.oauth.credentials()}

    def authenticate(self, request: Request) -> bool:
        return (request.headers.get("authorization", "") == f"Bearer {self.token}"
                or self.oauth.authenticate(request))

    def auth_error(self) -> Response:
        return json_response({
            "status": "error",
            "message": "Authentication credentials not found. This API supports OAuth 2.0 "
                       "authentication and you can find more details at "
                       "https://developers.hubspot.com/docs/methods/auth/oauth-overview",
            "correlationId": correlation_id(),
            "category": "INVALID_AUTHENTICATION",
        }, 401)

    def error(self, status: int, message: str, code: str | None = None) -> Response:
        category = {400: "VALIDATION_ERROR", 404: "OBJECT_NOT_FOUND", 409: "CONFLICT"}.get(
            status, "INTERNAL_ERROR" if status >= 500 else "VALIDATION_ERROR")
        return json_response({"status": "error", "message": message,
                              "correlationId": correlation_id(), "category": category}, status)

    def rate_limited(self, denial: Denial) -> Response:
        if denial.kind == "quota":
            policy, what = "DAILY", "daily"
        elif denial.seconds is not None and denial.seconds <= 1:
            policy, what = "SECONDLY", "secondly"
        else:
            policy, what = "TEN_SECONDLY_ROLLING", "ten_secondly_rolling"
        return json_response({
            "status": "error", "message": f"You have reached your {what} limit.",
            "errorType": "RATE_LIMIT", "correlationId": correlation_id(), "policyName": policy,
        }, 429)

    def limit_headers(self, usage: Usage) -> dict[str, str]:
        headers: dict[str, str] = {}
        if usage.window_limit is not None:
            headers["X-HubSpot-RateLimit-Max"] = str(usage.window_limit)
            headers["X-HubSpot-RateLimit-Remaining"] = str(usage.window_remaining)
            headers["X-HubSpot-RateLimit-Interval-Milliseconds"] = str(
                int((usage.window_seconds or 10) * 1000))
        if usage.quota_limit is not None:
            headers["X-HubSpot-RateLimit-Daily"] = str(usage.quota_limit)
            headers["X-HubSpot-RateLimit-Daily-Remaining"] = str(usage.quota_remaining)
        return headers

    def records(self, obj: str) -> list[dict[str, Any]]:
        return [self._public(r) for r in self.tables[obj].values()]

    def clear_data(self) -> None:
        for obj in self.objects:
            self.tables[obj].clear()
            self.order[obj].clear()
            self.merged[obj].clear()
            self.props[obj] = standard_properties(obj)
            self.unique[obj] = {p: {} for p in self.unique_props(obj)}
        self.assoc.clear()
        self.next_id = 1001

    def unique_props(self, obj: str) -> tuple[str, ...]:
        """Properties HubSpot keeps unique: contacts' email and any ``hasUniqueValue``."""
        names = [n for n, p in self.props[obj].items()
                 if p["hasUniqueValue"] and n != "hs_object_id"]
        return tuple(names)

    def kind(self, obj: str, name: str) -> str:
        prop = self.props[obj].get(name)
        return str(prop["type"]) if prop is not None else "string"

    def set_computed(self, obj: str, rid: str, name: str, value: str) -> None:
        rec = self.tables[obj].get(int(rid))
        if rec is not None:
            rec["properties"][name] = value

    # -- storage -----------------------------------------------------------------------
    def _public(self, rec: dict[str, Any], props: list[str] | None = None,
                associations: tuple[str, list[str]] | None = None) -> dict[str, Any]:
        stored: dict[str, Any] = rec["properties"]
        shown = stored if props is None else {p: stored.get(p) for p in props}
        out = {"id": rec["id"], "properties": dict(shown), "createdAt": rec["createdAt"],
               "updatedAt": rec["updatedAt"], "archived": rec["archived"]}
        if rec["archived"]:
            out["archivedAt"] = rec["updatedAt"]
        if associations is not None:
            found = self.assoc.for_read(associations[0], rec["id"], associations[1])
            if found:
                out["associations"] = found
        return out

    def _with_history(self, out: dict[str, Any], rec: dict[str, Any], request: Request
                      ) -> dict[str, Any]:
        """``propertiesWithHistory=a,b``: the sandbox keeps no history, so each property
        lists its current value as the one version (HubSpot lists every change)."""
        names = [p for raw in request.query_params.getlist("propertiesWithHistory")
                 for p in raw.split(",") if p]
        if names:
            out["propertiesWithHistory"] = {
                n: [{"value": rec["properties"][n], "timestamp": rec["updatedAt"],
                     "sourceType": "API", "sourceId": str(self.app_id)}]
                for n in names if rec["properties"].get(n) is not None}
        return out

    def _find(self, obj: str, value: str, id_property: str | None, archived: bool = False
              ) -> dict[str, Any] | None:
        if id_property in (None, "", "hs_object_id"):
            try:
                rid = int(value)
            except (TypeError, ValueError):
                return None
            rec = self.tables[obj].get(self.merged[obj].get(rid, rid))
        else:
            if id_property not in self.unique[obj]:
                return None
            found = self.unique[obj][id_property].get(str(value).strip().lower())
            rec = self.tables[obj].get(found) if found is not None else None
        return rec if rec is not None and rec["archived"] == archived else None

    def _validate(self, obj: str, props: Any) -> list[dict[str, Any]]:
        """HubSpot's property validation; returns the per-property error details."""
        if not isinstance(props, dict):
            return [{"isValid": False, "message": "properties must be an object",
                     "error": "INVALID_INPUT", "name": "properties"}]
        problems = []
        defs = self.props[obj]
        for name, value in props.items():
            prop = defs.get(name)
            if prop is None:
                problems.append({"isValid": False, "message": f'Property "{name}" does not exist',
                                 "error": "PROPERTY_DOESNT_EXIST", "name": name,
                                 "localizedErrorMessage": f'Property "{name}" does not exist'})
                continue
            if value in (None, ""):
                continue
            text = str(value)
            allowed = {o["value"] for o in prop["options"]}
            if name == "email" and not EMAIL_RE.match(text):
                problems.append({"isValid": False, "message": f"Email address {value} is invalid",
                                 "error": "INVALID_EMAIL", "name": name,
                                 "localizedErrorMessage": f"Email address {value} is invalid"})
            elif prop["type"] == "enumeration" and allowed:
                values = text.split(";") if prop["fieldType"] == "checkbox" else [text]
                if prop["fieldType"] == "booleancheckbox":
                    values = [v.lower() for v in values]
                bad = [v for v in values if v not in allowed]
                if bad:
                    message = (f"{bad[0]} was not one of the allowed options: "
                               f"{[o['label'] + ':' + o['value'] for o in prop['options']]}")
                    problems.append({"isValid": False, "error": "INVALID_OPTION",
                                     "name": name, "message": message,
                                     "localizedErrorMessage": message})
            elif prop["type"] == "number":
                try:
                    float(text)
                except ValueError:
                    problems.append({"isValid": False, "error": "INVALID_INTEGER",
                                     "name": name, "message": f"{value} is not a valid number",
                                     "localizedErrorMessage": f"{value} is not a valid number"})
        return problems

    def _conflict(self, obj: str, props: dict[str, Any], own_id: int | None) -> int | None:
        for prop in self.unique[obj]:
            value = props.get(prop)
            if value:
                rid = self.unique[obj][prop].get(str(value).strip().lower())
                if rid is not None and rid != own_id and not self.tables[obj][rid]["archived"]:
                    return rid
        return None

    def _write(self, obj: str, rec: dict[str, Any] | None, props: dict[str, Any],
               source: str = "INTEGRATION") -> tuple[dict[str, Any], bool]:
        """Create or update one record; index it, log it, fire its webhooks."""
        now = self.now()
        stamp = iso(now)
        clean = {k: (None if v is None else str(v)) for k, v in props.items()
                 if k not in READ_ONLY}
        email = clean.get("email")
        if email:
            clean["email"] = email.strip().lower()
        created = rec is None
        if rec is None:
            rid = self.next_id
            self.next_id += 1
            rec = {"id": str(rid), "properties": {"hs_object_id": str(rid), "createdate": stamp},
                   "createdAt": stamp, "updatedAt": stamp, "archived": False}
            self.tables[obj][rid] = rec
            self.order[obj].append(rid)
        stored = rec["properties"]
        changed = {k: v for k, v in clean.items() if stored.get(k) != v}
        for prop in self.unique[obj]:
            if prop in changed:
                old = stored.get(prop)
                if old:
                    self.unique[obj][prop].pop(old.lower(), None)
                new = changed[prop]
                if new:
                    self.unique[obj][prop][new.lower()] = int(rec["id"])
        stored.update(clean)
        stored[_modified_prop(obj)] = stamp
        rec["updatedAt"] = stamp
        self.writes.record(obj, rec["id"], "create" if created else "update", dict(clean))
        self._emit(obj, rec, "create" if created else "update", changed, source)
        return rec, created

    def _archive(self, obj: str, rec: dict[str, Any], source: str = "INTEGRATION") -> None:
        rec["archived"] = True
        rec["updatedAt"] = iso(self.now())
        for prop in self.unique[obj]:
            value = rec["properties"].get(prop)
            if value:
                self.unique[obj][prop].pop(value.lower(), None)
        self.writes.record(obj, rec["id"], "archive")
        self._emit(obj, rec, "delete", {}, source)

    def _emit(self, obj: str, rec: dict[str, Any], op: str, changed: dict[str, Any],
              source: str) -> None:
        if not self.sender.enabled:
            return
        kind = SINGULAR[obj]
        base = {"portalId": self.portal_id, "appId": self.app_id,
                "occurredAt": int(self.now() * 1000), "objectId": int(rec["id"]),
                "changeSource": source}
        if source == "INTEGRATION":
            base["sourceId"] = str(self.app_id)
        events: list[dict[str, Any]] = []
        if op == "create":
            events.append({**base, "subscriptionType": f"{kind}.creation", "changeFlag": "CREATED"})
        elif op == "delete":
            events.append({**base, "subscriptionType": f"{kind}.deletion", "changeFlag": "DELETED"})
        for name, value in changed.items():
            events.append({**base, "subscriptionType": f"{kind}.propertyChange",
                           "propertyName": name, "propertyValue": value or ""})
        for event in events:
            self.event_id += 1
            event = {"eventId": self.event_id, "subscriptionId": 100 + len(event), **event}
            self.emit(Change(obj, op, rec["id"], event))

    def build_webhook(self, batch: list[Change], attempt: int, config: WebhookConfig) -> Delivery:
        events = [{**c.record, "attemptNumber": attempt} for c in batch]
        # The signature's timestamp is transport-level: wall-clock time, so a receiver's
        # five-minute check holds even while a test moves the simulator's clock.
        return build_hubspot_delivery(config.url or "", config.secret or self.app_secret,
                                      events, int(time.time() * 1000))

    # -- seeding and admin writes ------------------------------------------------------
    @bulk_load
    def load_seed(self, count: int, seed: int, options: dict[str, Any]) -> dict[str, list[str]]:
        data = generate(count, seed, Dirt.from_options(options))
        dirty: dict[str, list[str]] = {}
        for company in data.companies:
            rid = self.next_id
            self.next_id += 1
            stamp = iso(data.people[0].created if data.people else self.now())
            self.tables["companies"][rid] = {
                "id": str(rid), "createdAt": stamp, "updatedAt": stamp, "archived": False,
                "properties": {"hs_object_id": str(rid), "name": company.name,
                               "domain": company.domain,
                               "industry": SEED_INDUSTRY.get(company.industry, "OTHER"),
                               "createdate": stamp, "hs_lastmodifieddate": stamp}}
            self.order["companies"].append(rid)
        for p in data.people:
            rid = self.next_id
            self.next_id += 1
            email = p.invalid_email or p.email
            created, modified = iso(p.created), iso(p.modified)
            props: dict[str, Any] = {
                "hs_object_id": str(rid), "email": email, "firstname": p.first,
                "lastname": p.last, "phone": p.phone, "company": p.company.name,
                "jobtitle": p.title, "country": p.country, "tier": p.tier,
                "lifecyclestage": "lead", "createdate": created, "lastmodifieddate": modified,
            }
            if p.empty_fields:
                props.update(firstname="", phone=None, jobtitle="")
            self.tables["contacts"][rid] = {"id": str(rid), "properties": props,
                                            "createdAt": created, "updatedAt": modified,
                                            "archived": False}
            self.order["contacts"].append(rid)
            self.unique["contacts"]["email"][email.lower()] = rid
            for kind in p.dirt:
                if kind != "messy_case":  # HubSpot lower-cases addresses itself
                    dirty.setdefault(kind, []).append(str(rid))
        return dirty

    def admin_write(self, obj: str, op: str, record_id: str | None, data: dict[str, Any]) -> Any:
        if obj not in self.objects:
            raise ApiError(self.error(404, f"Unknown object type {obj}"))
        if op == "create":
            problems = self._validate(obj, data)
            if problems:
                raise ApiError(self.error(400, _validation_message(problems)))
            created, _ = self._write(obj, None, data, "CRM_UI")
            return self._public(created)
        found = self._find(obj, record_id or "", None)
        if found is None:
            raise ApiError(self.error(404, f"resource not found: {record_id}"))
        if op == "delete":
            self._archive(obj, found, "CRM_UI")
            return {"id": found["id"], "archived": True}
        updated, _ = self._write(obj, found, data, "CRM_UI")
        return self._public(updated)

    # -- routes ------------------------------------------------------------------------
    def routes(self) -> list[BaseRoute]:
        base = "/crm/v3/objects/{obj}"
        return [
            *self.oauth.routes(),
            Route("/account-info/v3/api-usage/daily/private-apps", self.usage, methods=["GET"]),
            *self.schema_api.routes(),
            *self.assoc.routes(),
            Route(base, self.list_objects, methods=["GET"]),
            Route(base, self.create_one, methods=["POST"]),
            Route(base + "/search", self.search, methods=["POST"]),
            Route(base + "/merge", self.merge, methods=["POST"]),
            Route(base + "/gdpr-delete", self.gdpr_delete, methods=["POST"]),
            Route(base + "/batch/{op}", self.batch, methods=["POST"]),
            Route(base + "/{oid}", self.get_one, methods=["GET"]),
            Route(base + "/{oid}", self.update_one, methods=["PATCH"]),
            Route(base + "/{oid}", self.archive_one, methods=["DELETE"]),
        ]

    def _obj(self, request: Request) -> str:
        obj: str = request.path_params["obj"]
        obj = ALIASES.get(obj, obj)
        if obj in UNSIMULATED_OBJECTS:
            raise ApiError(not_simulated(self.platform, request.method, request.url.path))
        if obj not in self.objects:
            raise ApiError(self.error(400, f"Unable to infer object type from: {obj}"))
        return obj

    def _props_param(self, request: Request, obj: str) -> list[str]:
        """``properties=a,b`` or ``properties=a&properties=b`` (the SDKs send the latter)."""
        wanted = [p for raw in request.query_params.getlist("properties")
                  for p in raw.split(",") if p]
        return list(dict.fromkeys([*DEFAULT_PROPS[obj], *wanted]))

    def _assoc_param(self, request: Request, obj: str) -> tuple[str, list[str]] | None:
        wanted = [p for raw in request.query_params.getlist("associations")
                  for p in raw.split(",") if p]
        return (obj, wanted) if wanted else None

    async def usage(self, request: Request) -> Response:
        used, limit, resets_at = self.limiter.quota_usage("daily")
        return json_response({"results": [{
            "name": "private-apps-api-calls-daily", "usageLimit": limit, "currentUsage": used,
            "collectedAt": iso(self.now()), "fetchStatus": "SUCCESS", "resetsAt": iso(resets_at),
        }]})

    async def gdpr_delete(self, request: Request) -> Response:
        """Permanently delete a contact (not restorable, gone from every listing)."""
        obj = self._obj(request)
        body = await self.json_body(request)
        if obj != "contacts" or not isinstance(body, dict) or not body.get("objectId"):
            raise ApiError(self.error(400, "objectId is required"))
        rec = self._find(obj, str(body["objectId"]), body.get("idProperty"))
        if rec is None:
            raise ApiError(self.error(404, f"Object not found: {body['objectId']}"))
        self._archive(obj, rec)
        rid = int(rec["id"])
        del self.tables[obj][rid]
        self.order[obj].remove(rid)
        self.writes.record(obj, rec["id"], "gdpr-delete")
        return Response(status_code=204)

    async def merge(self, request: Request) -> Response:
        """Merge two records: the primary keeps its id and values (blanks filled from the
        other), the other is archived and its id and associations follow the primary."""
        obj = self._obj(request)
        body = await self.json_body(request)
        if not isinstance(body, dict) or not body.get("primaryObjectId") or \
                not body.get("objectIdToMerge"):
            raise ApiError(self.error(400, "primaryObjectId and objectIdToMerge are required"))
        primary = self._find(obj, str(body["primaryObjectId"]), None)
        other = self._find(obj, str(body["objectIdToMerge"]), None)
        if primary is None or other is None:
            raise ApiError(self.error(404, "Object not found: one of the ids to merge does "
                                           "not exist"))
        if primary is other:
            raise ApiError(self.error(400, "Cannot merge an object with itself"))
        fill = {k: v for k, v in other["properties"].items()
                if k not in READ_ONLY and v not in (None, "")
                and primary["properties"].get(k) in (None, "") and k not in self.unique[obj]}
        self._archive(obj, other)
        secondary = other["properties"].get("email") if obj == "contacts" else None
        rec, _ = self._write(obj, primary, fill)
        merged_ids = [x for x in (rec["properties"].get("hs_merged_object_ids") or "").split(";")
                      if x]
        rec["properties"]["hs_merged_object_ids"] = ";".join([*merged_ids, other["id"]])
        if secondary:
            extra = [x for x in (rec["properties"].get("hs_additional_emails") or "").split(";")
                     if x]
            rec["properties"]["hs_additional_emails"] = ";".join([*extra, secondary])
        self.merged[obj][int(other["id"])] = int(rec["id"])
        for old, new in list(self.merged[obj].items()):
            if new == int(other["id"]):
                self.merged[obj][old] = int(rec["id"])
        self.assoc.move(obj, other["id"], rec["id"])
        return json_response(self._public(rec))

    async def list_objects(self, request: Request) -> Response:
        obj = self._obj(request)
        q = request.query_params
        limit = _int(q.get("limit"), 10)
        if limit is None or not 1 <= limit <= 100:
            raise ApiError(self.error(400, f"limit must be between 1 and 100, got "
                                           f"{q.get('limit')}"))
        after = _int(q.get("after"), 0)
        if after is None:
            raise ApiError(self.error(400, f"Invalid after cursor: {q.get('after')}"))
        archived = q.get("archived", "false").lower() == "true"
        props = self._props_param(request, obj)
        order, table = self.order[obj], self.tables[obj]
        ids: list[int] = []
        for rid in order[bisect_left(order, after):]:
            if table[rid]["archived"] == archived:
                ids.append(rid)
                if len(ids) > limit:
                    break
        page = ids[:limit]
        assoc = self._assoc_param(request, obj)
        body: dict[str, Any] = {"results": [self._public(table[i], props, assoc)
                                            for i in page]}
        if len(ids) > limit:
            nxt = str(ids[limit])
            link = str(request.url.include_query_params(after=nxt))
            body["paging"] = {"next": {"after": nxt, "link": link}}
        return json_response(body)

    async def get_one(self, request: Request) -> Response:
        obj = self._obj(request)
        archived = request.query_params.get("archived", "false").lower() == "true"
        rec = self._find(obj, request.path_params["oid"], request.query_params.get("idProperty"),
                         archived)
        if rec is None:
            return Response(status_code=404)
        public = self._public(rec, self._props_param(request, obj),
                              self._assoc_param(request, obj))
        return json_response(self._with_history(public, rec, request))

    async def create_one(self, request: Request) -> Response:
        obj = self._obj(request)
        body = await self.json_body(request)
        props = body.get("properties") if isinstance(body, dict) else None
        problems = self._validate(obj, props if props is not None else {})
        if problems or not isinstance(props, dict):
            raise ApiError(self.error(400, _validation_message(problems)))
        existing = self._conflict(obj, props, None)
        if existing is not None:
            raise ApiError(self.error(409, f"{SINGULAR[obj].title()} already exists. "
                                           f"Existing ID: {existing}"))
        links = self._create_links(obj, body.get("associations"))
        rec, _ = self._write(obj, None, props)
        for to, tid, kind in links:
            self.assoc.add(obj, rec["id"], to, tid, kind)
        return json_response(self._public(rec), 201)

    def _create_links(self, obj: str, value: Any) -> list[tuple[str, str, int]]:
        """Check the ``associations`` of a create body: [(to object, to id, type id)]."""
        from .hubspot_associations import TYPES

        links = []
        for item in value or []:
            to_id = str((item.get("to") or {}).get("id")) if isinstance(item, dict) else ""
            types = item.get("types") if isinstance(item, dict) else None
            if not to_id or not isinstance(types, list) or not types:
                raise ApiError(self.error(400, f"Invalid association input: {item!r}"))
            for spec in types:
                kind = int(spec.get("associationTypeId", 0)) if isinstance(spec, dict) else 0
                to = next((t for (f, t), kinds in TYPES.items() if f == obj
                           and any(k == kind for k, _, _ in kinds)), None)
                if to is None or self._find(to, to_id, None) is None:
                    raise ApiError(self.error(400, f"Association to {to_id} with type "
                                                   f"{kind} is not valid"))
                links.append((to, to_id, kind))
        return links

    async def update_one(self, request: Request) -> Response:
        obj = self._obj(request)
        body = await self.json_body(request)
        props = body.get("properties") if isinstance(body, dict) else None
        rec = self._find(obj, request.path_params["oid"], request.query_params.get("idProperty"))
        if rec is None:
            raise ApiError(self.error(404, "resource not found"))
        problems = self._validate(obj, props if props is not None else {})
        if problems or not isinstance(props, dict):
            raise ApiError(self.error(400, _validation_message(problems)))
        if self._conflict(obj, props, int(rec["id"])) is not None:
            raise ApiError(self.error(409, "A record with this unique value already exists."))
        rec, _ = self._write(obj, rec, props)
        return json_response(self._public(rec))

    async def archive_one(self, request: Request) -> Response:
        obj = self._obj(request)
        rec = self._find(obj, request.path_params["oid"], None)
        if rec is not None:
            self._archive(obj, rec)
        return Response(status_code=204)

    # -- batch -------------------------------------------------------------------------
    async def batch(self, request: Request) -> Response:
        obj = self._obj(request)
        op = request.path_params["op"]
        if op not in ("create", "update", "upsert", "read", "archive"):
            raise ApiError(self.error(404, f"Unknown batch operation {op}"))
        body = await self.json_body(request)
        inputs = body.get("inputs") if isinstance(body, dict) else None
        if not isinstance(inputs, list) or not all(isinstance(i, dict) for i in inputs):
            raise ApiError(self.error(400, "Invalid input JSON: 'inputs' must be a list of "
                                           "objects"))
        cap = self.limiter.limits.group("batch").batch_max_records or 100
        if len(inputs) > cap:
            raise ApiError(self.error(400, f"Batch input limit exceeded: {len(inputs)} inputs "
                                           f"given, the maximum is {cap}"))
        started = iso(self.now())
        id_property = body.get("idProperty")
        if op in ("update", "upsert", "read", "archive"):
            keys = [str(i.get("id", "")).strip().lower() for i in inputs]
            dupes = sorted({k for k in keys if keys.count(k) > 1})
            if dupes:
                raise ApiError(self.error(400, f"Duplicate IDs found in batch input: {dupes}. "
                                               "IDs must be unique"))
        partial = self.partial(request)
        rejected = partial.pick(len(inputs)) if partial else set()
        if op == "create" and not rejected:
            self._check_batch_create(obj, inputs)
        results: list[dict[str, Any]] = []
        errors: list[dict[str, Any]] = []
        for n, item in enumerate(inputs):
            key = _input_key(item, str(n))
            if n in rejected:
                errors.append(_record_error("VALIDATION_ERROR", "Property values were not "
                              "valid: [{\"isValid\":false,\"message\":\"Injected sandbox "
                              "failure\",\"error\":\"INVALID_INPUT\"}]", key, item))
                continue
            if op == "read":
                rec = self._find(obj, str(item.get("id", "")), id_property)
                if rec is None:
                    errors.append(_record_error("OBJECT_NOT_FOUND", "Could not get some "
                                  f"{SINGULAR[obj].upper()} objects, they may be deleted or "
                                  "not exist. Check that ids are valid.", key, item))
                else:
                    wanted = body.get("properties")
                    props = list(dict.fromkeys([*DEFAULT_PROPS[obj], *map(
                        str, wanted if isinstance(wanted, list) else [])]))
                    results.append(self._public(rec, props))
                continue
            if op == "archive":
                rec = self._find(obj, str(item.get("id", "")), None)
                if rec is not None:
                    self._archive(obj, rec)
                continue
            outcome = self._batch_write(obj, op, item)
            if "category" in outcome:
                errors.append(outcome)
            else:
                results.append(outcome)
        if op == "archive":
            return Response(status_code=204)
        body_out: dict[str, Any] = {"status": "COMPLETE", "results": results,
                                    "startedAt": started, "completedAt": iso(self.now())}
        if errors:
            body_out.update(numErrors=len(errors), errors=errors)
            return json_response(body_out, 207)
        return json_response(body_out, 201 if op == "create" else 200)

    def _check_batch_create(self, obj: str, inputs: list[dict[str, Any]]) -> None:
        """HubSpot fails a whole batch create on one bad input (nothing is created): 400
        VALIDATION_ERROR for invalid properties or a unique value repeated in the batch,
        409 CONFLICT naming the first record that already exists."""
        seen: dict[tuple[str, str], int] = {}
        for n, item in enumerate(inputs):
            props = item.get("properties")
            problems = self._validate(obj, props if props is not None else {})
            if problems or not isinstance(props, dict):
                raise ApiError(self.error(400, _validation_message(problems)))
            for prop in self.unique[obj]:
                value = str(props.get(prop) or "").strip().lower()
                if value and (prop, value) in seen:
                    raise ApiError(self.error(400, f"Duplicate {prop} in batch input: inputs "
                                                   f"{seen[(prop, value)]} and {n} both have "
                                                   f"{props.get(prop)}"))
                if value:
                    seen[(prop, value)] = n
            existing = self._conflict(obj, props, None)
            if existing is not None:
                raise ApiError(self.error(409, f"{SINGULAR[obj].title()} already exists. "
                                               f"Existing ID: {existing}"))

    def _batch_write(self, obj: str, op: str, item: dict[str, Any]) -> dict[str, Any]:
        """One input of a batch create/update/upsert: a result or a per-record error."""
        props = item.get("properties")
        key = _input_key(item, "")
        id_property = item.get("idProperty")
        if op == "upsert" and isinstance(props, dict) and id_property in self.unique[obj]:
            props = {**props, id_property: key}
        problems = self._validate(obj, props if props is not None else {})
        if problems or not isinstance(props, dict):
            return _record_error("VALIDATION_ERROR", _validation_message(problems), key, item)
        if op == "create":
            existing = self._conflict(obj, props, None)
            if existing is not None:
                return _record_error("CONFLICT", f"{SINGULAR[obj].title()} already exists. "
                                     f"Existing ID: {existing}", key, item)
            rec, _ = self._write(obj, None, props)
            return self._public(rec)
        if op == "upsert":
            if id_property not in self.unique[obj]:
                return _record_error("VALIDATION_ERROR", f"Property {id_property} is not a "
                                     "unique identifier property", key, item)
            current = self._find(obj, key, id_property)
            props = {**props, id_property: key}
            own = int(current["id"]) if current is not None else None
            if self._conflict(obj, props, own) is not None:
                return _record_error("CONFLICT", "A record with this unique value already "
                                     "exists.", key, item)
            rec, created = self._write(obj, current, props)
            return {**self._public(rec), "new": created}
        found = self._find(obj, key, id_property)
        if found is None:
            return _record_error("OBJECT_NOT_FOUND", f"Could not get some {SINGULAR[obj].upper()}"
                                 " objects, they may be deleted or not exist. Check that ids "
                                 "are valid.", key, item)
        if self._conflict(obj, props, int(found["id"])) is not None:
            return _record_error("CONFLICT", "A record with this unique value already exists.",
                                 key, item)
        rec, _ = self._write(obj, found, props)
        return self._public(rec)

    # -- search ------------------------------------------------------------------------
    async def search(self, request: Request) -> Response:
        obj = self._obj(request)
        body = await self.json_body(request)
        if not isinstance(body, dict):
            raise ApiError(self.error(400, "Invalid input JSON: expected an object"))
        cap = self.limiter.limits.group("search").page_max_records or 200
        limit = body.get("limit", 10)
        if not isinstance(limit, int) or not 1 <= limit <= cap:
            raise ApiError(self.error(400, f"limit must be between 1 and {cap}, got {limit}"))
        after = _int(body.get("after"), 0)
        if after is None or after < 0:
            raise ApiError(self.error(400, f"Invalid after value: {body.get('after')}"))
        if after >= 10_000:
            raise ApiError(self.error(400, "Search results are limited to 10,000 per query; "
                                           f"after={after} is past the end. Refine the filter."))
        groups = body.get("filterGroups") or []
        if not isinstance(groups, list) or len(groups) > 5 or any(
                not isinstance(g, dict) or len(g.get("filters") or []) > 6 for g in groups):
            raise ApiError(self.error(400, "At most 5 filterGroups of at most 6 filters each"))
        sorts = body.get("sorts") or []
        if not isinstance(sorts, list) or len(sorts) > 1 or any(
                not isinstance(x, str | dict) for x in sorts):
            raise ApiError(self.error(400, "sorts must be a list of at most one sort"))
        requested = body.get("properties") or []
        if not isinstance(requested, list):
            raise ApiError(self.error(400, "properties must be a list of names"))
        for group in groups:
            for flt in group.get("filters") or []:
                if not isinstance(flt, dict) or flt.get("propertyName") not in self.props[obj] \
                        or flt.get("operator", "EQ") not in SEARCH_OPERATORS:
                    raise ApiError(self.error(400, f"Invalid filter: {flt!r}"))
        query = body.get("query")
        if query is not None and not isinstance(query, str):
            raise ApiError(self.error(400, "query must be a string"))
        terms = _terms(query or "")
        rows = [r for r in self.tables[obj].values()
                if not r["archived"] and (not groups or any(
                    all(self._match(obj, r, f) for f in g.get("filters") or [])
                    for g in groups)) and (not terms or self._query_match(obj, r, terms))]
        if sorts:
            sort = sorts[0]
            name = sort if isinstance(sort, str) else sort.get("propertyName", "hs_object_id")
            desc = isinstance(sort, dict) and sort.get("direction") == "DESCENDING"
            if isinstance(sort, str) and sort.startswith("-"):
                name, desc = sort[1:], True
            kind = self.kind(obj, name)
            rows.sort(key=lambda r: _sort_key(kind, name, r), reverse=desc)
        else:
            rows.sort(key=lambda r: int(r["id"]))
        props = list(dict.fromkeys([*DEFAULT_PROPS[obj], *map(str, requested)]))
        page = rows[after:min(after + limit, 10_000)]
        out: dict[str, Any] = {"total": len(rows),
                               "results": [self._public(r, props) for r in page]}
        end = after + limit
        if end < len(rows) and end < 10_000:
            out["paging"] = {"next": {"after": str(end)}}
        return json_response(out)

    def _query_match(self, obj: str, rec: dict[str, Any], terms: list[str]) -> bool:
        """HubSpot's free-text ``query``: every term must start a word (or the whole value)
        of one of the object's default searchable properties."""
        words: set[str] = set()
        values: list[str] = []
        for name in QUERY_PROPERTIES[obj]:
            value = rec["properties"].get(name)
            if value:
                text = str(value).lower()
                values.append(text)
                words.update(w for w in re.split(r"[^0-9a-z]+", text) if w)
        return all(any(w.startswith(t) for w in words) or any(v.startswith(t) for v in values)
                   for t in terms)

    def _match(self, obj: str, rec: dict[str, Any], flt: Any) -> bool:
        if not isinstance(flt, dict):
            raise ApiError(self.error(400, "Each filter must be an object"))
        name, op = flt.get("propertyName"), flt.get("operator", "EQ")
        if name not in self.props[obj] or op not in SEARCH_OPERATORS:
            raise ApiError(self.error(400, f"Invalid filter: property {name!r}, operator "
                                           f"{op!r}"))
        if isinstance(flt.get("value"), list | dict) or (
                op in ("IN", "NOT_IN") and not isinstance(flt.get("values"), list)):
            raise ApiError(self.error(400, f"Invalid filter value for {name} {op}"))
        value = rec["properties"].get(name)
        if op == "HAS_PROPERTY":
            return value not in (None, "")
        if op == "NOT_HAS_PROPERTY":
            return value in (None, "")
        if value in (None, ""):
            return op in ("NEQ", "NOT_IN", "NOT_CONTAINS_TOKEN")
        kind = self.kind(obj, name)
        have = _comparable(kind, value)
        if op in ("IN", "NOT_IN"):
            wanted = {_comparable(kind, v) for v in flt.get("values") or []}
            return bool((have in wanted) == (op == "IN"))
        if op in ("CONTAINS_TOKEN", "NOT_CONTAINS_TOKEN"):
            found = str(flt.get("value", "")).lower().strip("*") in str(value).lower()
            return bool(found == (op == "CONTAINS_TOKEN"))
        target = _comparable(kind, flt.get("value"))
        try:
            if op == "BETWEEN":
                return bool(target <= have <= _comparable(kind, flt.get("highValue")))
            return bool({"EQ": have == target, "NEQ": have != target, "LT": have < target,
                         "LTE": have <= target, "GT": have > target,
                         "GTE": have >= target}[op])
        except TypeError:
            raise ApiError(self.error(400, f"Cannot compare {name} with {flt.get('value')!r}"))\
                from None


def _terms(query: str) -> list[str]:
    return [t.strip("*").lower() for t in query.split() if t.strip("*")]


def _input_key(item: dict[str, Any], default: str) -> str:
    """How a batch input is named in ``context.ids``: its id, else its email."""
    props = item.get("properties")
    email = props.get("email") if isinstance(props, dict) else None
    return str(item.get("id") or email or default)


def _int(value: Any, default: int) -> int | None:
    if value in (None, ""):
        return default
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _comparable(kind: str, value: Any) -> Any:
    """Dates compare as epoch ms (filters send ms or ISO), numbers as numbers, text folded."""
    if value is None:
        return None
    text = str(value).strip()
    if kind == "datetime":
        try:
            return int(float(text))
        except ValueError:
            try:
                return int(parse_iso(text) * 1000)
            except ValueError:
                return text
    if kind == "number":
        try:
            return float(text)
        except ValueError:
            return text
    return text.lower()


def _sort_key(kind: str, name: str, rec: dict[str, Any]) -> tuple[int, Any, int]:
    value = _comparable(kind, rec["properties"].get(name))
    return (value is None, value if value is not None else 0, int(rec["id"]))


def _validation_message(problems: list[dict[str, Any]]) -> str:
    return "Property values were not valid: " + json.dumps(problems, separators=(",", ":"))


def _record_error(category: str, message: str, key: str, item: dict[str, Any]) -> dict[str, Any]:
    context: dict[str, list[str]] = {"ids": [key]}
    trace = item.get("objectWriteTraceId")
    if trace is not None:
        context["objectWriteTraceId"] = [str(trace)]
    return {"status": "error", "category": category, "message": message, "context": context}
