"""Salesforce REST v60.0 simulator: SOQL query paging, sObject Collections, limits, Bulk 2.0.

Follows the documented contract (docs/ADAPTERS.md): Bearer token with the ``INVALID_SESSION_ID`` 401 array, query pages
(``nextRecordsUrl`` / ``done``, ``Sforce-Query-Options: batchSize``), collections of at most
200 records answered per record in input order, Lead validation (LastName and Company
required, email format, lengths), a rolling 24-hour request allocation answered 403
``REQUEST_LIMIT_EXCEEDED``, ``Sforce-Limit-Info`` on every response, and SOAP outbound
messages that must be acknowledged. Bulk API 2.0 ingest lives in ``salesforce_bulk``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from .core import ApiError, Simulator, json_response
from .ratelimit import Denial, Usage
from .salesforce_bulk import BulkIngest
from .salesforce_oauth import SalesforceOAuth
from .seed import Dirt, generate, salesforce_id
from .soql import SoqlError, parse
from .webhooks_out import (
    Change,
    Delivery,
    OutboundNotification,
    WebhookConfig,
    accept_salesforce,
    build_salesforce_outbound,
)

API = "/services/data/v60.0"
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")


@dataclass(frozen=True)
class FieldDef:
    name: str
    type: str = "string"
    length: int = 255
    required: bool = False
    external_id: bool = False
    writable: bool = True


SYSTEM = [FieldDef("Id", "id", 18, writable=False),
          FieldDef("CreatedDate", "datetime", writable=False),
          FieldDef("LastModifiedDate", "datetime", writable=False),
          FieldDef("SystemModstamp", "datetime", writable=False),
          FieldDef("IsDeleted", "boolean", writable=False)]
SCHEMAS: dict[str, list[FieldDef]] = {
    "Lead": [*SYSTEM, FieldDef("FirstName", length=40), FieldDef("LastName", length=80,
             required=True), FieldDef("Company", required=True), FieldDef("Email", "email", 80,
             external_id=True), FieldDef("Phone", "phone", 40), FieldDef("Title", length=128),
             FieldDef("Country", length=80), FieldDef("Status", "picklist", 40),
             FieldDef("LeadSource", "picklist", 40), FieldDef("Tier__c", "picklist", 40),
             FieldDef("External_Id__c", length=64, external_id=True)],
    "Contact": [*SYSTEM, FieldDef("FirstName", length=40), FieldDef("LastName", length=80,
                required=True), FieldDef("Email", "email", 80, external_id=True),
                FieldDef("Phone", "phone", 40), FieldDef("Title", length=128),
                FieldDef("AccountId", "reference", 18), FieldDef("Tier__c", "picklist", 40),
                FieldDef("External_Id__c", length=64, external_id=True)],
    "Account": [*SYSTEM, FieldDef("Name", required=True), FieldDef("Website", "url"),
                FieldDef("Industry", "picklist", 40),
                FieldDef("External_Id__c", length=64, external_id=True)],
}
GENERIC_CODES = {"SERVER_ERROR": "SERVER_UNAVAILABLE", "INTERNAL_ERROR": "UNKNOWN_EXCEPTION",
                 "TIMEOUT": "REQUEST_RUNNING_TOO_LONG", "INVALID_JSON": "JSON_PARSER_ERROR",
                 "PAYLOAD_TOO_LARGE": "JSON_PARSER_ERROR"}
PREFIX = {"Lead": "00Q", "Contact": "003", "Account": "001"}
DEFAULTS = {"Lead": {"Status": "Open - Not Contacted"}}


def sf_datetime(ts: float) -> str:
    """Salesforce's datetime format: whole seconds, ``.000+0000``."""
    return datetime.fromtimestamp(math.floor(ts), tz=UTC).strftime("%Y-%m-%dT%H:%M:%S.000+0000")


def _record_type(rec: dict[str, Any]) -> Any:
    attributes = rec.get("attributes")
    return attributes.get("type") if isinstance(attributes, dict) else None


def record_error(code: str, message: str, fields: list[str] | None = None) -> dict[str, Any]:
    return {"statusCode": code, "message": message, "fields": fields or []}


class SalesforceSimulator(Simulator):
    """Salesforce with Lead, Contact and Account."""

    platform = "salesforce"
    api_prefix = API
    objects = ("Lead", "Contact", "Account")
    # Outbound messages: retried with growing intervals for up to 24 hours.
    webhook_schedule = (15, 30, 60, 120, 240, 480, 960, 1920, 3840, *([7200] * 11))
    webhook_batch_size = 100

    def __init__(self, *, token: str = "00DSANDBOX0000001!sandbox.session.token",
                 organization_id: str = "00D5e000000SaNdAAA", **kwargs: Any) -> None:
        self.token = token
        self.organization_id = organization_id
        self.tables: dict[str, dict[str, dict[str, Any]]] = {o: {} for o in self.objects}
        # lower-cased value -> ids, for the fields upserts match on
        self.index: dict[str, dict[str, dict[str, set[str]]]] = {
            o: {f.name: {} for f in SCHEMAS[o] if f.external_id} for o in self.objects}
        self.counter = 0
        self.cursors: dict[str, tuple[list[dict[str, Any]], int]] = {}
        self.notification_counter = 0
        self.bulk = BulkIngest(self)
        self.oauth = SalesforceOAuth(self, organization_id)  # token endpoint, expiring sessions
        super().__init__(**kwargs)

    # -- platform hooks ----------------------------------------------------------------
    def credentials(self) -> dict[str, str]:
        return {"token": self.token, "organization_id": self.organization_id,
                "api_version": "v60.0", **self.oauth.credentials()}

    def authenticate(self, request: Request) -> bool:
        return (request.headers.get("authorization", "") == f"Bearer {self.token}"
                or self.oauth.authenticate(request))

    def auth_error(self) -> Response:
        return json_response([{"message": "Session expired or invalid",
                               "errorCode": "INVALID_SESSION_ID"}], 401)

    def error(self, status: int, message: str, code: str | None = None) -> Response:
        default = {400: "INVALID_FIELD", 404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED",
                   500: "UNKNOWN_EXCEPTION", 503: "SERVER_UNAVAILABLE"}
        sf_code = GENERIC_CODES.get(code, code) if code else None
        if sf_code == "NOT_FOUND":
            message = "The requested resource does not exist"
        return json_response([{"message": message,
                               "errorCode": sf_code or default.get(status, "UNKNOWN_EXCEPTION")}],
                             status)

    def rate_limited(self, denial: Denial) -> Response:
        return json_response([{"message": "TotalRequests Limit exceeded.",
                               "errorCode": "REQUEST_LIMIT_EXCEEDED"}], 403)

    def storm_response(self, retry_after: float | None) -> Response:
        return self.rate_limited(Denial("quota", "fault", 0, retry_after or 60.0))

    def limit_headers(self, usage: Usage) -> dict[str, str]:
        used, limit, _ = self.limiter.quota_usage("daily_api_requests")
        return {"Sforce-Limit-Info": f"api-usage={used}/{limit}"}

    def records(self, obj: str) -> list[dict[str, Any]]:
        return [self._public(obj, r) for r in self.tables[obj].values()]

    def clear_data(self) -> None:
        for table in self.tables.values():
            table.clear()
        for fields in self.index.values():
            for idx in fields.values():
                idx.clear()
        self.cursors.clear()
        self.bulk.jobs.clear()
        self.counter = 0

    # -- storage -----------------------------------------------------------------------
    def field_names(self, obj: str) -> list[str]:
        return [f.name for f in SCHEMAS[obj]]

    def _public(self, obj: str, rec: dict[str, Any], fields: list[str] | None = None
                ) -> dict[str, Any]:
        out: dict[str, Any] = {"attributes": {"type": obj,
                                              "url": f"{API}/sobjects/{obj}/{rec['Id']}"}}
        for name in fields or self.field_names(obj):
            value = rec.get(name)
            if name in ("CreatedDate", "LastModifiedDate", "SystemModstamp"):
                value = sf_datetime(value) if value is not None else None
            out[name] = value
        return out

    def new_id(self, obj: str) -> str:
        self.counter += 1
        return salesforce_id(PREFIX[obj], self.counter)

    def canonical_field(self, obj: str, name: str) -> str | None:
        return next((f.name for f in SCHEMAS[obj] if f.name.lower() == name.lower()), None)

    def find_by(self, obj: str, fld: str, value: Any) -> list[dict[str, Any]]:
        if fld == "Id":
            rec = self.tables[obj].get(str(value))
            return [rec] if rec else []
        wanted = str(value).strip().lower()
        idx = self.index[obj].get(fld)
        if idx is not None:
            return [self.tables[obj][i] for i in sorted(idx.get(wanted, ()))]
        return [r for r in self.tables[obj].values()
                if r.get(fld) is not None and str(r[fld]).strip().lower() == wanted]

    def _reindex(self, obj: str, rec: dict[str, Any], add: bool) -> None:
        for fld, idx in self.index[obj].items():
            value = rec.get(fld)
            if value in (None, ""):
                continue
            key = str(value).strip().lower()
            if add:
                idx.setdefault(key, set()).add(rec["Id"])
            else:
                ids = idx.get(key)
                if ids is not None:
                    ids.discard(rec["Id"])
                    if not ids:
                        del idx[key]

    def store(self, obj: str, rec: dict[str, Any]) -> None:
        """Put a record into its table and the match-key indexes (seeding)."""
        self.tables[obj][rec["Id"]] = rec
        self._reindex(obj, rec, add=True)

    def validate(self, obj: str, fields: dict[str, Any], existing: dict[str, Any] | None
                 ) -> list[dict[str, Any]]:
        """Salesforce's field validation for a create (``existing`` None) or an update."""
        defs = {f.name.lower(): f for f in SCHEMAS[obj]}
        errors = []
        for name, value in fields.items():
            fdef = defs.get(name.lower())
            if fdef is None:
                errors.append(record_error("INVALID_FIELD",
                                           f"No such column '{name}' on sobject of type {obj}",
                                           [name]))
                continue
            if not fdef.writable and name != "Id":
                errors.append(record_error("INVALID_FIELD_FOR_INSERT_UPDATE",
                                           f"Unable to create/update fields: {fdef.name}. "
                                           "Please check the security settings of this field "
                                           "and verify that it is read/write for your profile "
                                           "or permission set.", [fdef.name]))
            elif value is not None and not isinstance(value, str | int | float | bool):
                errors.append(record_error("JSON_PARSER_ERROR",
                                           f"Cannot deserialize value for {fdef.name}",
                                           [fdef.name]))
            elif isinstance(value, str) and len(value) > fdef.length:
                errors.append(record_error("STRING_TOO_LONG",
                                           f"{fdef.name}: data value too large: {value[:40]} "
                                           f"(max length={fdef.length})", [fdef.name]))
            elif fdef.type == "email" and value not in (None, "") and not EMAIL_RE.match(
                    str(value).strip()):
                errors.append(record_error("INVALID_EMAIL_ADDRESS",
                                           f"{fdef.name}: invalid email address: {value}",
                                           [fdef.name]))
        merged = {**(existing or {}), **{(self.canonical_field(obj, k) or k): v
                                         for k, v in fields.items()}}
        missing = [f.name for f in SCHEMAS[obj]
                   if f.required and merged.get(f.name) in (None, "")]
        if missing:
            errors.append(record_error("REQUIRED_FIELD_MISSING",
                                       f"Required fields are missing: [{', '.join(missing)}]",
                                       missing))
        for f in SCHEMAS[obj]:
            value = merged.get(f.name)
            if f.name == "External_Id__c" and value not in (None, ""):
                others = [r for r in self.find_by(obj, f.name, value)
                          if existing is None or r["Id"] != existing["Id"]]
                if others:
                    errors.append(record_error("DUPLICATE_VALUE",
                                               f"duplicate value found: {f.name} duplicates "
                                               f"value on record with id: {others[0]['Id']}",
                                               [f.name]))
        return errors

    def apply(self, obj: str, fields: dict[str, Any], existing: dict[str, Any] | None
              ) -> tuple[dict[str, Any], bool]:
        """Write a validated record; logs the write and queues the outbound message."""
        now = self.now()
        clean = {self.canonical_field(obj, k) or k: v for k, v in fields.items() if k != "Id"}
        if isinstance(clean.get("Email"), str):
            clean["Email"] = clean["Email"].strip()
        created = existing is None
        if existing is None:
            existing = {"Id": self.new_id(obj), "CreatedDate": now, "IsDeleted": False,
                        **DEFAULTS.get(obj, {})}
            self.tables[obj][existing["Id"]] = existing
        else:
            self._reindex(obj, existing, add=False)
        existing.update(clean)
        self._reindex(obj, existing, add=True)
        existing["LastModifiedDate"] = existing["SystemModstamp"] = now
        self.writes.record(obj, existing["Id"], "create" if created else "update", clean)
        self.emit(Change(obj, "create" if created else "update", existing["Id"],
                         dict(existing), clean))
        return existing, created

    def delete(self, obj: str, rec: dict[str, Any]) -> None:
        self.tables[obj].pop(rec["Id"], None)
        self._reindex(obj, rec, add=False)
        self.writes.record(obj, rec["Id"], "delete")

    def build_webhook(self, batch: list[Change], attempt: int, config: WebhookConfig) -> Delivery:
        notes = []
        for change in batch:
            self.notification_counter += 1
            fields = {"Id": change.record_id}
            for name in self.field_names(change.object):
                if name in change.record and name != "Id":
                    value = change.record[name]
                    if name in ("CreatedDate", "LastModifiedDate", "SystemModstamp"):
                        value = sf_datetime(value).replace(".000+0000", ".000Z")
                    fields[name] = value
            notes.append(OutboundNotification(salesforce_id("04l", self.notification_counter),
                                              change.object, fields))
        return build_salesforce_outbound(config.url or "", self.organization_id,
                                         salesforce_id("04k", 1), notes)

    def accept_webhook_response(self, response: Any) -> bool:
        return accept_salesforce(response)

    # -- seeding and admin writes ------------------------------------------------------
    def load_seed(self, count: int, seed: int, options: dict[str, Any]) -> dict[str, list[str]]:
        data = generate(count, seed, Dirt.from_options(options))
        dirty: dict[str, list[str]] = {}
        accounts = []
        for company in data.companies:
            rid = self.new_id("Account")
            stamp = data.people[0].created if data.people else self.now()
            self.store("Account", {
                "Id": rid, "Name": company.name, "Website": f"https://{company.domain}",
                "Industry": company.industry, "External_Id__c": f"acct-{company.index}",
                "CreatedDate": stamp, "LastModifiedDate": stamp, "SystemModstamp": stamp,
                "IsDeleted": False})
            accounts.append(rid)
        for p in data.people:
            email = p.invalid_email or p.alt_email or p.messy_email or p.email
            base = {"FirstName": "" if p.empty_fields else p.first, "LastName": p.last,
                    "Email": email, "Phone": None if p.empty_fields else p.phone,
                    "Title": None if p.empty_fields else p.title, "Tier__c": p.tier,
                    "External_Id__c": f"person-{p.index}", "CreatedDate": p.created,
                    "LastModifiedDate": p.modified, "SystemModstamp": p.modified,
                    "IsDeleted": False}
            rid = self.new_id("Lead")
            self.store("Lead", {"Id": rid, **base, "Company": p.company.name,
                                "Country": p.country, "Status": "Open - Not Contacted",
                                "LeadSource": "Web"})
            for kind in p.dirt:
                dirty.setdefault(kind, []).append(rid)
            if p.index % 4 == 0:
                cid = self.new_id("Contact")
                self.store("Contact", {"Id": cid, **base,
                                       "AccountId": accounts[p.company.index]})
        return dirty

    def admin_write(self, obj: str, op: str, record_id: str | None, data: dict[str, Any]) -> Any:
        if obj not in self.objects:
            raise ApiError(self.error(404, f"sObject type '{obj}' is not supported.",
                                      "INVALID_TYPE"))
        existing = self.tables[obj].get(record_id or "") if op != "create" else None
        if op != "create" and existing is None:
            raise ApiError(self.error(404, "not found", "NOT_FOUND"))
        if op == "delete" and existing is not None:
            self.delete(obj, existing)
            return {"id": record_id, "deleted": True}
        errors = self.validate(obj, data, existing)
        if errors:
            raise ApiError(json_response([{"message": e["message"], "errorCode": e["statusCode"],
                                           "fields": e["fields"]} for e in errors], 400))
        rec, _ = self.apply(obj, data, existing)
        return self._public(obj, rec)

    # -- routes ------------------------------------------------------------------------
    def routes(self) -> list[BaseRoute]:
        return [
            Route(API + "/limits", self.limits_endpoint, methods=["GET"]),
            Route(API + "/limits/", self.limits_endpoint, methods=["GET"]),
            Route(API + "/query", self.query, methods=["GET"]),
            Route(API + "/query/", self.query, methods=["GET"]),
            Route(API + "/query/{locator}", self.query_more, methods=["GET"]),
            Route(API + "/sobjects", self.global_describe, methods=["GET"]),
            Route(API + "/sobjects/{obj}/describe", self.describe, methods=["GET"]),
            Route(API + "/sobjects/{obj}", self.create_one, methods=["POST"]),
            Route(API + "/sobjects/{obj}/{rid}", self.get_one, methods=["GET"]),
            Route(API + "/sobjects/{obj}/{rid}", self.update_one, methods=["PATCH"]),
            Route(API + "/sobjects/{obj}/{rid}", self.delete_one, methods=["DELETE"]),
            Route(API + "/sobjects/{obj}/{ext}/{value}", self.upsert_one, methods=["PATCH"]),
            Route(API + "/composite/sobjects", self.collection, methods=["POST", "PATCH",
                                                                        "DELETE"]),
            Route(API + "/composite/sobjects/{obj}/{ext}", self.collection_upsert,
                  methods=["PATCH"]),
            *self.bulk.routes(API),
            *self.oauth.routes(),
        ]

    def _sobject(self, name: str) -> str:
        obj = next((o for o in self.objects if o.lower() == name.lower()), None)
        if obj is None:
            raise ApiError(self.error(404, f"The requested resource does not exist: sObject "
                                           f"type '{name}' is not supported.", "NOT_FOUND"))
        return obj

    async def limits_endpoint(self, request: Request) -> Response:
        used, limit, _ = self.limiter.quota_usage("daily_api_requests")
        b_used, b_limit, _ = self.limiter.quota_usage("bulk_batches")
        return json_response({
            "DailyApiRequests": {"Max": limit, "Remaining": max(limit - used, 0)},
            "DailyBulkApiBatches": {"Max": b_limit, "Remaining": max(b_limit - b_used, 0)},
            "DailyBulkV2QueryJobs": {"Max": 10000, "Remaining": 10000},
            "DailyAsyncApexExecutions": {"Max": 250000, "Remaining": 250000},
        })

    async def global_describe(self, request: Request) -> Response:
        return json_response({"encoding": "UTF-8", "maxBatchSize": 200, "sobjects": [
            {"name": o, "label": o, "keyPrefix": PREFIX[o], "createable": True,
             "updateable": True, "queryable": True} for o in self.objects]})

    async def describe(self, request: Request) -> Response:
        obj = self._sobject(request.path_params["obj"])
        return json_response({"name": obj, "label": obj, "keyPrefix": PREFIX[obj], "fields": [
            {"name": f.name, "type": f.type, "length": f.length, "nillable": not f.required,
             "externalId": f.external_id, "createable": f.writable, "updateable": f.writable,
             "unique": f.name == "External_Id__c"} for f in SCHEMAS[obj]]})

    # -- query -------------------------------------------------------------------------
    async def query(self, request: Request) -> Response:
        soql = request.query_params.get("q")
        if not soql:
            raise ApiError(self.error(400, "A query string has to be specified",
                                      "MALFORMED_QUERY"))
        try:
            q = parse(soql, {o: self.field_names(o) for o in self.objects})
        except SoqlError as exc:
            raise ApiError(self.error(400, exc.message, exc.code)) from None
        rows = [r for r in self.tables[q.sobject].values()
                if all(c.test(math.floor(r[c.field])) for c in q.where)]
        if q.order_by:
            key = q.order_by
            rows.sort(key=lambda r: (math.floor(r[key]) if key != "Id" else r["Id"], r["Id"]),
                      reverse=q.descending)
        if q.limit is not None:
            rows = rows[: q.limit]
        snapshot = [self._public(q.sobject, r, q.fields) for r in rows]
        return self._page(snapshot, 0, self._batch_size(request))

    def _batch_size(self, request: Request) -> int:
        page_max = self.limiter.limits.group("default").page_max_records or 2000
        options = request.headers.get("sforce-query-options", "")
        match = re.search(r"batchSize=(\d+)", options)
        if not match:
            return page_max
        return max(200, min(int(match[1]), page_max))

    def _page(self, rows: list[dict[str, Any]], start: int, size: int) -> Response:
        end = start + size
        body: dict[str, Any] = {"totalSize": len(rows), "done": end >= len(rows),
                                "records": rows[start:end]}
        if end < len(rows):
            self.counter += 1
            locator = salesforce_id("01g", self.counter)
            self.cursors[locator] = (rows, size)
            body["nextRecordsUrl"] = f"{API}/query/{locator}-{end}"
        return json_response(body)

    async def query_more(self, request: Request) -> Response:
        locator, _, start = request.path_params["locator"].partition("-")
        cursor = self.cursors.get(locator)
        if cursor is None or not start.isdigit():
            raise ApiError(self.error(400, "invalid query locator", "INVALID_QUERY_LOCATOR"))
        rows, size = cursor
        return self._page(rows, int(start), size)

    # -- single records ----------------------------------------------------------------
    async def _fields_body(self, request: Request) -> dict[str, Any]:
        body = await self.json_body(request)
        if not isinstance(body, dict):
            raise ApiError(self.error(400, "Cannot deserialize instance of sObject from "
                                           "non-object value", "JSON_PARSER_ERROR"))
        return {k: v for k, v in body.items() if k != "attributes"}

    def _errors_response(self, errors: list[dict[str, Any]]) -> Response:
        return json_response([{"message": e["message"], "errorCode": e["statusCode"],
                               "fields": e["fields"]} for e in errors], 400)

    async def get_one(self, request: Request) -> Response:
        obj = self._sobject(request.path_params["obj"])
        rec = self.tables[obj].get(request.path_params["rid"])
        if rec is None:
            raise ApiError(self.error(404, "not found", "NOT_FOUND"))
        fields = request.query_params.get("fields")
        names = None
        if fields:
            names = [self.canonical_field(obj, f) or f for f in fields.split(",")]
        return json_response(self._public(obj, rec, names))

    async def create_one(self, request: Request) -> Response:
        obj = self._sobject(request.path_params["obj"])
        fields = await self._fields_body(request)
        errors = self.validate(obj, fields, None)
        if errors:
            return self._errors_response(errors)
        rec, _ = self.apply(obj, fields, None)
        return json_response({"id": rec["Id"], "success": True, "errors": []}, 201)

    async def update_one(self, request: Request) -> Response:
        obj = self._sobject(request.path_params["obj"])
        rec = self.tables[obj].get(request.path_params["rid"])
        if rec is None:
            raise ApiError(self.error(404, "not found", "NOT_FOUND"))
        fields = await self._fields_body(request)
        errors = self.validate(obj, fields, rec)
        if errors:
            return self._errors_response(errors)
        self.apply(obj, fields, rec)
        return Response(status_code=204)

    async def delete_one(self, request: Request) -> Response:
        obj = self._sobject(request.path_params["obj"])
        rec = self.tables[obj].get(request.path_params["rid"])
        if rec is None:
            raise ApiError(self.error(404, "not found", "NOT_FOUND"))
        self.delete(obj, rec)
        return Response(status_code=204)

    async def upsert_one(self, request: Request) -> Response:
        obj = self._sobject(request.path_params["obj"])
        ext = self._external_field(obj, request.path_params["ext"])
        fields = await self._fields_body(request)
        outcome = self.upsert_record(obj, ext, {**fields, ext: request.path_params["value"]})
        if not outcome["success"]:
            return self._errors_response(outcome["errors"])
        return json_response({"id": outcome["id"], "success": True, "errors": [],
                              "created": outcome["created"]},
                             201 if outcome["created"] else 200)

    def _external_field(self, obj: str, name: str) -> str:
        fdef = next((f for f in SCHEMAS[obj] if f.name.lower() == name.lower()), None)
        if fdef is None or not (fdef.external_id or fdef.name == "Id"):
            raise ApiError(self.error(404, f"Provided external ID field does not exist or is "
                                           f"not accessible: {name}", "NOT_FOUND"))
        return fdef.name

    def upsert_record(self, obj: str, ext: str, fields: dict[str, Any]) -> dict[str, Any]:
        """Upsert one record by ``ext``; the per-record result Salesforce returns."""
        value = fields.get(ext)
        if value in (None, ""):
            return {"success": False, "errors": [record_error(
                "MISSING_ARGUMENT", f"{ext} not specified", [ext])]}
        matches = self.find_by(obj, ext, value)
        if len(matches) > 1:
            return {"success": False, "errors": [record_error(
                "DUPLICATE_EXTERNAL_ID", f"{ext}: more than one record found for external id "
                f"field: {[m['Id'] for m in matches]}", [ext])]}
        existing = matches[0] if matches else None
        body = {k: v for k, v in fields.items() if not (k == "Id" and existing is None)}
        errors = self.validate(obj, body, existing)
        if errors:
            return {"success": False, "errors": errors}
        rec, created = self.apply(obj, body, existing)
        return {"id": rec["Id"], "success": True, "errors": [], "created": created}

    # -- collections -------------------------------------------------------------------
    def _collection_records(self, body: Any) -> tuple[list[dict[str, Any]], bool]:
        if not isinstance(body, dict) or not isinstance(body.get("records"), list):
            raise ApiError(self.error(400, "Cannot deserialize request: expected "
                                           "{\"records\": [...]}", "JSON_PARSER_ERROR"))
        records = body["records"]
        cap = self.limiter.limits.group("collections").batch_max_records or 200
        if len(records) > cap:
            raise ApiError(self.error(400, "record limit reached. cannot submit more than "
                                           f"{cap} records into this call",
                                      "EXCEEDED_ID_LIMIT"))
        if not all(isinstance(r, dict) for r in records):
            raise ApiError(self.error(400, "Each record must be an object",
                                      "JSON_PARSER_ERROR"))
        return records, bool(body.get("allOrNone", False))

    async def collection(self, request: Request) -> Response:
        if request.method == "DELETE":
            return self._collection_delete(request)
        records, all_or_none = self._collection_records(await self.json_body(request))
        creating = request.method == "POST"

        def one(rec: dict[str, Any], dry: bool) -> dict[str, Any]:
            obj_name = _record_type(rec)
            obj = next((o for o in self.objects if o.lower() == str(obj_name).lower()), None)
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
                existing = self.tables[obj].get(str(rid))
                if existing is None:
                    return {"id": rid, "success": False, "errors": [record_error(
                        "ENTITY_IS_DELETED" if rid else "MISSING_ARGUMENT",
                        "entity is deleted" if rid else "Id not specified in an update call")]}
            errors = self.validate(obj, fields, existing)
            if errors:
                return {"success": False, "errors": errors}
            if dry:
                return {"success": True, "errors": []}
            saved, _ = self.apply(obj, fields, existing)
            return {"id": saved["Id"], "success": True, "errors": []}

        return self._run_collection(request, records, all_or_none, one)

    async def collection_upsert(self, request: Request) -> Response:
        obj = self._sobject(request.path_params["obj"])
        ext = self._external_field(obj, request.path_params["ext"])
        records, all_or_none = self._collection_records(await self.json_body(request))
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
                matches = self.find_by(obj, ext, fields.get(ext, ""))
                errors = self.validate(obj, fields, matches[0] if len(matches) == 1 else None)
                return {"success": not errors, "errors": errors}
            return self.upsert_record(obj, ext, fields)

        return self._run_collection(request, records, all_or_none, one)

    def _run_collection(self, request: Request, records: list[dict[str, Any]],
                        all_or_none: bool, one: Any) -> Response:
        partial = self.partial(request)
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
            raise ApiError(self.error(400, "record limit reached. cannot submit more than 200 "
                                           "records into this call", "EXCEEDED_ID_LIMIT"))
        results = []
        for rid in ids:
            obj = next((o for o in self.objects if rid in self.tables[o]), None)
            if obj is None:
                results.append({"id": rid, "success": False, "errors": [record_error(
                    "ENTITY_IS_DELETED", "entity is deleted")]})
            else:
                self.delete(obj, self.tables[obj][rid])
                results.append({"id": rid, "success": True, "errors": []})
        return json_response(results)
