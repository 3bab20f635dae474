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
from datetime import UTC, datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from .clock import parse_iso
from .core import ApiError, Simulator, json_response, not_simulated
from .ratelimit import Denial, Usage
from .salesforce_bulk import BulkIngest
from .salesforce_bulk_query import BulkQuery
from .salesforce_collections import SObjectCollections, record_error
from .salesforce_composite import Composite
from .salesforce_oauth import SalesforceOAuth
from .salesforce_schema import (
    READ_ONLY_OBJECTS,
    FieldDef,
    ObjectDef,
    child_relationships,
    custom_field,
    standard_objects,
)
from .seed import Dirt, bulk_load, generate, salesforce_id
from .soql import (
    Path,
    Query,
    SoqlError,
    SoqlNotSimulated,
    comparable,
    compile_where,
    order_rows,
    parse,
)
from .webhooks_out import (
    Change,
    Delivery,
    OutboundNotification,
    WebhookConfig,
    accept_salesforce,
    build_salesforce_outbound,
)

API = "/services/data/v60.0"
VERSIONS = {50: "Winter '21", 51: "Spring '21", 52: "Summer '21", 53: "Winter '22",
            54: "Spring '22", 55: "Summer '22", 56: "Winter '23", 57: "Spring '23",
            58: "Summer '23", 59: "Winter '24", 60: "Spring '24", 61: "Summer '24",
            62: "Winter '25"}
VERSION_RE = re.compile(r"^/services/data/v(\d+)\.0(/.*)?$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
GENERIC_CODES = {"SERVER_ERROR": "SERVER_UNAVAILABLE", "INTERNAL_ERROR": "UNKNOWN_EXCEPTION",
                 "TIMEOUT": "REQUEST_RUNNING_TOO_LONG", "INVALID_JSON": "JSON_PARSER_ERROR",
                 "PAYLOAD_TOO_LARGE": "JSON_PARSER_ERROR"}
NUMERIC = {"int", "double", "currency", "percent"}
STAMPS = ("CreatedDate", "LastModifiedDate", "SystemModstamp")
USER_ID = "005SANDBOX00001AAA"  # the integration user: owner and creator by default
USER = {"Id": USER_ID, "Username": "integration@sandbox-mail.net", "FirstName": "Sandbox",
        "LastName": "Integration", "Email": "integration@sandbox-mail.net", "Alias": "sbint",
        "IsActive": True, "Title": "Integration User", "TimeZoneSidKey": "GMT",
        "CreatedDate": 1_735_689_600.0, "LastModifiedDate": 1_735_689_600.0,
        "SystemModstamp": 1_735_689_600.0, "IsDeleted": False}
USER_REFS = ("OwnerId", "CreatedById", "LastModifiedById")


def _aggregate(fn: str, path: Path | None, values: list[Any]) -> Any:
    if fn == "COUNT":
        return len(values)
    if fn == "COUNT_DISTINCT":
        return len({str(v).lower() for v in values})
    if not values:
        return None
    if fn in ("SUM", "AVG"):
        numbers = [float(v) for v in values]
        return sum(numbers) if fn == "SUM" else sum(numbers) / len(numbers)
    kind = path.type if path is not None else "string"
    best = (min if fn == "MIN" else max)(values, key=lambda v: comparable(kind, v))
    return sf_datetime(best) if isinstance(best, float) and kind == "datetime" else best


def sf_datetime(ts: float) -> str:
    """Salesforce's datetime format: whole seconds, ``.000+0000``."""
    return datetime.fromtimestamp(math.floor(ts), tz=UTC).strftime("%Y-%m-%dT%H:%M:%S.000+0000")




class SalesforceSimulator(Simulator):
    """Salesforce with Lead, Contact, Account, Opportunity, Campaign and CampaignMember."""

    platform = "salesforce"
    api_prefix = API
    objects = ("Lead", "Contact", "Account", "Opportunity", "Campaign", "CampaignMember",
               "User", "Organization")
    # Outbound messages: retried with growing intervals for up to 24 hours.
    webhook_schedule = (15, 30, 60, 120, 240, 480, 960, 1920, 3840, *([7200] * 11))
    webhook_batch_size = 100

    def __init__(self, *, token: str = "00DSANDBOX0000001!sandbox.session.token",
                 organization_id: str = "00D5e000000SaNdAAA", **kwargs: Any) -> None:
        self.token = token
        self.organization_id = organization_id
        self.schema: dict[str, ObjectDef] = standard_objects()
        self.tables: dict[str, dict[str, dict[str, Any]]] = {o: {} for o in self.objects}
        self.recycle: dict[str, dict[str, dict[str, Any]]] = {o: {} for o in self.objects}
        # lower-cased value -> ids, for the fields upserts and lookups match on
        self.index: dict[str, dict[str, dict[str, set[str]]]] = {}
        self._build_indexes()
        self._fixed_records()
        self.counter = 0
        self.cursors: dict[str, tuple[list[dict[str, Any]], int]] = {}
        self.notification_counter = 0
        self.journal: list[tuple[str, str, dict[str, Any] | None, bool]] | None = None
        self.bulk = BulkIngest(self)
        self.bulk_query = BulkQuery(self)
        self.composite = Composite(self)
        self.collections = SObjectCollections(self)
        self.oauth = SalesforceOAuth(self, organization_id)  # token endpoint, expiring sessions
        super().__init__(**kwargs)

    def _fixed_records(self) -> None:
        """The org's own records: the integration user and the Organization row."""
        self.tables["User"][USER_ID] = dict(USER)
        self.tables["Organization"][self.organization_id] = {
            **{k: USER[k] for k in STAMPS}, "Id": self.organization_id, "IsDeleted": False,
            "Name": "syncwright sandbox", "IsSandbox": True,
            "OrganizationType": "Developer Edition", "InstanceName": "SBX1",
            "TimeZoneSidKey": "GMT", "LanguageLocaleKey": "en_US",
            "DefaultLocaleSidKey": "en_US"}

    def _build_indexes(self) -> None:
        self.index = {o: {f.name: {} for f in self.schema[o].fields
                          if f.external_id or (f.id_lookup and f.type != "id")}
                      for o in self.objects}

    # -- platform hooks ----------------------------------------------------------------
    def credentials(self) -> dict[str, str]:
        return {"token": self.token, "organization_id": self.organization_id,
                "api_version": "v60.0", **self.oauth.credentials()}

    def authenticate(self, request: Request) -> bool:
        if request.url.path in ("/services/data", "/services/data/"):
            return True  # the version listing needs no session
        return (request.headers.get("authorization", "") == f"Bearer {self.token}"
                or self.oauth.authenticate(request))

    def auth_error(self) -> Response:
        return json_response([{"message": "Session expired or invalid",
                               "errorCode": "INVALID_SESSION_ID"}], 401)

    def error(self, status: int, message: str, code: str | None = None) -> Response:
        default = {400: "INVALID_FIELD", 404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED",
                   500: "UNKNOWN_EXCEPTION", 503: "SERVER_UNAVAILABLE"}
        sf_code = GENERIC_CODES.get(code, code) if code else None
        if sf_code == "NOT_FOUND" and message == "not found":
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

    def normalize_path(self, path: str) -> str:
        """Every version from 50.0 to 62.0 is served by the same handlers (as v60.0), and a
        trailing slash is tolerated, as Salesforce does."""
        if path in ("/services/data/", "/services/data"):
            return "/services/data"
        match = VERSION_RE.match(path)
        if match is None or int(match[1]) not in VERSIONS:
            return path
        rest = match[2] or ""
        if rest.endswith("/") and len(rest) > 1:
            rest = rest.rstrip("/")
        return API + ("" if rest == "/" else rest)

    def records(self, obj: str) -> list[dict[str, Any]]:
        return [self._public(obj, r) for r in self.tables[obj].values()]

    def clear_data(self) -> None:
        for obj in self.objects:
            self.tables[obj].clear()
            self.recycle[obj].clear()
        self.schema = standard_objects()
        self._build_indexes()
        self._fixed_records()
        self.cursors.clear()
        self.bulk.jobs.clear()
        self.bulk_query.jobs.clear()
        self.counter = 0

    # -- schema ------------------------------------------------------------------------
    def field_names(self, obj: str) -> list[str]:
        return [f.name for f in self.schema[obj].fields]

    def fdef(self, obj: str, name: str) -> FieldDef | None:
        return self.schema[obj].field(name)

    def canonical_field(self, obj: str, name: str) -> str | None:
        fdef = self.fdef(obj, name)
        return fdef.name if fdef is not None else None

    def add_custom_field(self, obj: str, spec: dict[str, Any]) -> FieldDef:
        """Add a ``__c`` field to an sObject (admin API: tests can extend the schema)."""
        fdef = custom_field(spec)
        if self.fdef(obj, fdef.name) is not None:
            raise ValueError(f"{obj} already has a field named {fdef.name}")
        self.schema[obj].fields.append(fdef)
        if fdef.external_id:
            self.index[obj][fdef.name] = {}
            for rec in self.tables[obj].values():
                self._reindex(obj, rec, add=True)
        return fdef

    def child_relationships(self, obj: str) -> list[dict[str, Any]]:
        """Child relationships derived from the lookups that point at ``obj``."""
        return child_relationships(self.schema, obj)

    def resolve(self, row: dict[str, Any], obj: str, parts: tuple[str, ...]) -> Any:
        """A field value through lookups: ``("Account", "Name")`` from a Contact row."""
        for part in parts[:-1]:
            ref = next((f for f in self.schema[obj].fields if f.relationship == part), None)
            if ref is None:
                return None
            source, obj = obj, ref.reference_to[0]
            parent = self.tables[obj].get(str(self.value(source, row, ref.name)))
            if parent is None:
                return None
            row = parent
        return self.value(obj, row, parts[-1])

    def value(self, obj: str, rec: dict[str, Any], name: str) -> Any:
        if name in USER_REFS:
            return rec.get(name) or USER_ID
        if name == "Name" and obj in ("Lead", "Contact", "User"):
            return " ".join(x for x in (rec.get("FirstName"), rec.get("LastName")) if x) or None
        if name == "IsDeleted":
            return bool(rec.get("IsDeleted", False))
        if obj == "CampaignMember" and name in ("FirstName", "LastName", "Email"):
            person = self.tables["Lead"].get(str(rec.get("LeadId"))) or \
                self.tables["Contact"].get(str(rec.get("ContactId"))) or {}
            return person.get(name)
        return rec.get(name)

    # -- storage -----------------------------------------------------------------------
    def url(self, obj: str, rid: str, api: str = API) -> str:
        return f"{api}/sobjects/{obj}/{rid}"

    def _public(self, obj: str, rec: dict[str, Any], fields: list[str] | None = None,
                api: str = API) -> dict[str, Any]:
        out: dict[str, Any] = {"attributes": {"type": obj, "url": self.url(obj, rec["Id"], api)}}
        for name in fields or self.field_names(obj):
            if "." in name:
                self._nest(out, obj, rec, tuple(name.split(".")), api)
                continue
            out[name] = self._out(obj, name, self.value(obj, rec, name))
        return out

    def _out(self, obj: str, name: str, value: Any) -> Any:
        if name in STAMPS and isinstance(value, int | float):
            return sf_datetime(value)
        return value

    def _nest(self, out: dict[str, Any], obj: str, rec: dict[str, Any],
              parts: tuple[str, ...], api: str) -> None:
        """Relationship fields nest as Salesforce returns them: ``{"Account": {...}}``."""
        target: dict[str, Any] = out
        row: dict[str, Any] | None = rec
        for part in parts[:-1]:
            ref = next((f for f in self.schema[obj].fields if f.relationship == part), None)
            if ref is None or row is None:
                return
            source, obj = obj, ref.reference_to[0]
            row = self.tables[obj].get(str(self.value(source, row, ref.name)))
            if row is None:
                target[part] = None
                return
            child = target.get(part)
            if not isinstance(child, dict):
                child = {"attributes": {"type": obj, "url": self.url(obj, row["Id"], api)}}
                target[part] = child
            target = child
        if row is not None:
            target[parts[-1]] = self._out(obj, parts[-1], self.value(obj, row, parts[-1]))

    def new_id(self, obj: str) -> str:
        self.counter += 1
        return salesforce_id(self.schema[obj].prefix, self.counter)

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
        errors = []
        for name, value in fields.items():
            fdef = self.fdef(obj, name)
            if fdef is None:
                errors.append(record_error("INVALID_FIELD",
                                           f"No such column '{name}' on sobject of type {obj}",
                                           [name]))
                continue
            allowed = fdef.createable if existing is None else fdef.updateable
            if not allowed and name != "Id":
                errors.append(record_error("INVALID_FIELD_FOR_INSERT_UPDATE",
                                           f"Unable to create/update fields: {fdef.name}. "
                                           "Please check the security settings of this field "
                                           "and verify that it is read/write for your profile "
                                           "or permission set.", [fdef.name]))
                continue
            problem = self._type_problem(fdef, value)
            if problem is not None:
                errors.append(problem)
        merged = {**(existing or {}), **{(self.canonical_field(obj, k) or k): v
                                         for k, v in fields.items()}}
        missing = [f.name for f in self.schema[obj].fields
                   if f.required and merged.get(f.name) in (None, "")]
        if missing:
            errors.append(record_error("REQUIRED_FIELD_MISSING",
                                       f"Required fields are missing: [{', '.join(missing)}]",
                                       missing))
        for f in self.schema[obj].fields:
            value = merged.get(f.name)
            if f.unique and value not in (None, ""):
                others = [r for r in self.find_by(obj, f.name, value)
                          if existing is None or r["Id"] != existing["Id"]]
                if others:
                    errors.append(record_error("DUPLICATE_VALUE",
                                               f"duplicate value found: {f.name} duplicates "
                                               f"value on record with id: {others[0]['Id']}",
                                               [f.name]))
        return errors

    def _type_problem(self, fdef: FieldDef, value: Any) -> dict[str, Any] | None:
        name, kind = fdef.name, fdef.type
        if value is None:
            return None
        if isinstance(value, list | dict):
            return record_error("JSON_PARSER_ERROR", f"Cannot deserialize instance of "
                                f"{kind} from {'START_ARRAY' if isinstance(value, list) else 'START_OBJECT'} value",
                                [name])
        if kind == "boolean" and not isinstance(value, bool):
            if str(value).lower() not in ("true", "false"):
                return record_error("JSON_PARSER_ERROR", f"Cannot deserialize instance of "
                                    f"boolean from VALUE_STRING value {value}", [name])
        elif kind in NUMERIC and not isinstance(value, int | float):
            try:
                float(str(value))
            except ValueError:
                return record_error("JSON_PARSER_ERROR", f"Cannot deserialize instance of "
                                    f"{kind} from VALUE_STRING value {value}", [name])
        elif kind == "date" and not DATE_RE.match(str(value)):
            return record_error("JSON_PARSER_ERROR", f"Cannot deserialize instance of date "
                                f"from VALUE_STRING value {value}", [name])
        elif kind == "reference" and value != "":
            target = fdef.reference_to[0]
            if len(str(value)) not in (15, 18):
                return record_error("MALFORMED_ID", f"{fdef.label}: id value of incorrect "
                                    f"type: {value}", [name])
            if str(value) not in self.tables[target]:
                return record_error("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference "
                                    "id", [name])
        elif isinstance(value, str) and kind not in NUMERIC and len(value) > fdef.length > 0:
            return record_error("STRING_TOO_LONG", f"{fdef.label}: data value too large: "
                                f"{value[:40]} (max length={fdef.length})", [name])
        elif kind == "email" and value != "" and not EMAIL_RE.match(str(value).strip()):
            return record_error("INVALID_EMAIL_ADDRESS", f"{fdef.label}: invalid email "
                                f"address: {value}", [name])
        return None

    def apply(self, obj: str, fields: dict[str, Any], existing: dict[str, Any] | None
              ) -> tuple[dict[str, Any], bool]:
        """Write a validated record; logs the write and queues the outbound message."""
        now = self.now()
        clean = {self.canonical_field(obj, k) or k: v for k, v in fields.items() if k != "Id"}
        if isinstance(clean.get("Email"), str):
            clean["Email"] = clean["Email"].strip()
        for name, value in list(clean.items()):
            fdef = self.fdef(obj, name)
            if fdef is not None and fdef.type == "boolean" and isinstance(value, str):
                clean[name] = value.lower() == "true"
        created = existing is None
        if existing is None:
            existing = {"Id": self.new_id(obj), "CreatedDate": now, "IsDeleted": False,
                        **{f.name: (False if f.type == "boolean" else f.default)
                           for f in self.schema[obj].fields
                           if f.defaulted and f.name not in ("Id", "IsDeleted", *STAMPS)}}
            self.tables[obj][existing["Id"]] = existing
            self._journal(obj, existing["Id"], None)
        else:
            self._journal(obj, existing["Id"], dict(existing))
            self._reindex(obj, existing, add=False)
        existing.update(clean)
        self._reindex(obj, existing, add=True)
        existing["LastModifiedDate"] = existing["SystemModstamp"] = now
        self.writes.record(obj, existing["Id"], "create" if created else "update", clean)
        self.emit(Change(obj, "create" if created else "update", existing["Id"],
                         dict(existing), clean))
        return existing, created

    def delete(self, obj: str, rec: dict[str, Any]) -> None:
        """Move a record to the recycle bin (``queryAll`` and ``deleted`` still see it)."""
        self._journal(obj, rec["Id"], dict(rec))
        self.tables[obj].pop(rec["Id"], None)
        self._reindex(obj, rec, add=False)
        now = self.now()
        rec["IsDeleted"] = True
        rec["LastModifiedDate"] = rec["SystemModstamp"] = rec["DeletedDate"] = now
        self.recycle[obj][rec["Id"]] = rec
        self.writes.record(obj, rec["Id"], "delete")

    def _journal(self, obj: str, rid: str, before: dict[str, Any] | None) -> None:
        if self.journal is not None:
            self.journal.append((obj, rid, before, rid in self.recycle[obj]))

    def rollback(self, journal: list[tuple[str, str, dict[str, Any] | None, bool]]) -> None:
        """Undo the writes of an all-or-none composite request, newest first."""
        for obj, rid, before, was_recycled in reversed(journal):
            current = self.tables[obj].pop(rid, None)
            if current is not None:
                self._reindex(obj, current, add=False)
            self.recycle[obj].pop(rid, None)
            if before is None:
                continue
            if was_recycled:
                self.recycle[obj][rid] = before
            else:
                self.store(obj, before)

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
    @bulk_load
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
        so = API + "/sobjects/{obj}"
        return [
            Route("/services/data", self.versions, methods=["GET"]),
            Route(API, self.resources, methods=["GET"]),
            Route(API + "/limits", self.limits_endpoint, methods=["GET"]),
            Route(API + "/limits/recordCount", self.record_count, methods=["GET"]),
            Route(API + "/query", self.query, methods=["GET"]),
            Route(API + "/queryAll", self.query, methods=["GET"]),
            Route(API + "/query/{locator}", self.query_more, methods=["GET"]),
            Route(API + "/queryAll/{locator}", self.query_more, methods=["GET"]),
            Route(API + "/sobjects", self.global_describe, methods=["GET"]),
            Route(API + "/search", self.search, methods=["GET"]),
            Route(so, self.sobject_info, methods=["GET"]),
            Route(so, self.create_one, methods=["POST"]),
            Route(so + "/describe", self.describe, methods=["GET"]),
            Route(so + "/updated", self.updated, methods=["GET"]),
            Route(so + "/deleted", self.deleted, methods=["GET"]),
            Route(so + "/{rid}", self.get_one, methods=["GET"]),
            Route(so + "/{rid}", self.update_one, methods=["PATCH"]),
            Route(so + "/{rid}", self.delete_one, methods=["DELETE"]),
            Route(so + "/{ext}/{value}", self.get_by_external, methods=["GET"]),
            Route(so + "/{ext}/{value}", self.upsert_one, methods=["PATCH", "POST"]),
            Route(so + "/{ext}/{value}", self.delete_by_external, methods=["DELETE"]),
            *self.collections.routes(API),
            *self.composite.routes(API),
            *self.bulk.routes(API),
            *self.oauth.routes(),
            *self.bulk_query.routes(API),
            Route("/__sandbox/fields/{obj}", self.admin_add_field, methods=["POST"]),
            Route("/services/data/{version}/{rest:path}", self.unknown_version,
                  methods=["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"]),
        ]

    def api_of(self, request: Request) -> str:
        """The API path the client used (``/services/data/v59.0``), for URLs in answers."""
        client = request.scope.get("sandbox_client_path") or request.url.path
        match = VERSION_RE.match(str(client))
        return f"/services/data/v{match[1]}.0" if match else API

    def _sobject(self, name: str, request: Request | None = None) -> str:
        obj = next((o for o in self.objects if o.lower() == name.lower()), None)
        if obj is None:
            raise ApiError(self.error(404, "The requested resource does not exist",
                                      "NOT_FOUND"))
        if obj in READ_ONLY_OBJECTS and request is not None and request.method != "GET":
            raise ApiError(not_simulated(self.platform, request.method, request.url.path))
        return obj

    async def unknown_version(self, request: Request) -> Response:
        version = request.path_params["version"]
        match = re.fullmatch(r"v(\d+)\.0", version)
        if match and int(match[1]) in VERSIONS:
            return not_simulated(self.platform, request.method, request.url.path)
        return self.error(404, "The requested resource does not exist", "NOT_FOUND")

    async def admin_add_field(self, request: Request) -> Response:
        obj = next((o for o in self.objects
                    if o.lower() == request.path_params["obj"].lower()), None)
        body = await self.json_body(request)
        if obj is None or not isinstance(body, dict):
            return json_response({"error": "POST /__sandbox/fields/{sObject} with a field "
                                  "definition object"}, 400)
        try:
            fdef = self.add_custom_field(obj, body)
        except ValueError as exc:
            return json_response({"error": str(exc)}, 400)
        return json_response(fdef.describe(), 201)

    async def versions(self, request: Request) -> Response:
        return json_response([{"label": label, "url": f"/services/data/v{n}.0",
                               "version": f"{n}.0"} for n, label in VERSIONS.items()])

    async def resources(self, request: Request) -> Response:
        api = self.api_of(request)
        names = ("tooling", "metadata", "eclair", "folders", "prechatForms", "chatter",
                 "tabs", "appMenu", "quickActions", "queryAll", "commerce", "wave", "iot",
                 "analytics", "search", "identity", "composite", "parameterizedSearch",
                 "theme", "nouns", "event", "serviceTemplates", "recent", "connect",
                 "licensing", "limits", "process", "async-queries", "query", "match",
                 "emailConnect", "compactLayouts", "knowledgeManagement", "sobjects",
                 "actions", "support")
        body = {n: f"{api}/{n}" for n in names}
        body["jobs"] = f"{api}/jobs"
        return json_response(body)

    async def limits_endpoint(self, request: Request) -> Response:
        used, limit, _ = self.limiter.quota_usage("daily_api_requests")
        b_used, b_limit, _ = self.limiter.quota_usage("bulk_batches")

        def entry(mx: int, remaining: int | None = None) -> dict[str, int]:
            return {"Max": mx, "Remaining": mx if remaining is None else remaining}

        return json_response({
            "ConcurrentAsyncGetReportInstances": entry(200),
            "ConcurrentSyncReportRuns": entry(20),
            "DailyApiRequests": entry(limit, max(limit - used, 0)),
            "DailyAsyncApexExecutions": entry(250000),
            "DailyBulkApiBatches": entry(b_limit, max(b_limit - b_used, 0)),
            "DailyBulkV2QueryFileStorageMB": entry(976562),
            "DailyBulkV2QueryJobs": entry(10000, 10000 - len(self.bulk_query.jobs)),
            "DailyStreamingApiEvents": entry(1000000),
            "DataStorageMB": entry(1024),
            "FileStorageMB": entry(1024),
            "HourlyPublishedPlatformEvents": entry(250000),
            "MassEmail": entry(5000), "SingleEmail": entry(5000),
            "PermissionSets": {"Max": 1500, "Remaining": 1500},
        })

    async def record_count(self, request: Request) -> Response:
        wanted = [n for n in (request.query_params.get("sObjects") or "").split(",") if n]
        names = [self._sobject(n) for n in wanted] if wanted else list(self.objects)
        return json_response({"sObjects": [{"count": len(self.tables[n]), "name": n}
                                           for n in names]})

    def _sobject_entry(self, o: ObjectDef, api: str) -> dict[str, Any]:
        return {"name": o.name, "label": o.label, "labelPlural": o.plural,
                "keyPrefix": o.prefix, "custom": False, "createable": True,
                "updateable": True, "deletable": True, "queryable": True,
                "retrieveable": True, "searchable": True, "layoutable": True,
                "replicateable": True, "triggerable": True,
                "urls": {"sobject": f"{api}/sobjects/{o.name}",
                         "describe": f"{api}/sobjects/{o.name}/describe",
                         "rowTemplate": f"{api}/sobjects/{o.name}/{{ID}}"}}

    async def global_describe(self, request: Request) -> Response:
        api = self.api_of(request)
        return json_response({"encoding": "UTF-8", "maxBatchSize": 200, "sobjects": [
            self._sobject_entry(self.schema[o], api) for o in self.objects]})

    async def sobject_info(self, request: Request) -> Response:
        obj = self._sobject(request.path_params["obj"])
        api = self.api_of(request)
        recent = sorted(self.tables[obj].values(), key=lambda r: r["LastModifiedDate"],
                        reverse=True)[:5]
        return json_response({"objectDescribe": self._sobject_entry(self.schema[obj], api),
                              "recentItems": [self._public(obj, r, ["Id", "Name"], api)
                                              for r in recent]})

    async def describe(self, request: Request) -> Response:
        obj = self._sobject(request.path_params["obj"])
        o = self.schema[obj]
        return json_response({
            **self._sobject_entry(o, self.api_of(request)),
            "fields": [f.describe() for f in o.fields],
            "childRelationships": self.child_relationships(obj),
            "recordTypeInfos": [{"available": True, "defaultRecordTypeMapping": True,
                                 "master": True, "name": "Master",
                                 "recordTypeId": "012000000000000AAA"}],
        })

    # -- updated / deleted windows -----------------------------------------------------
    def _window(self, request: Request) -> tuple[float, float]:
        q = request.query_params
        if not q.get("start") or not q.get("end"):
            raise ApiError(self.error(400, "Both start and end parameters are required",
                                      "MISSING_ARGUMENT"))
        try:
            start, end = parse_iso(q["start"]), parse_iso(q["end"])
        except ValueError:
            raise ApiError(self.error(400, "start and end must be ISO 8601 date-times",
                                      "INVALID_DATE_FORMAT")) from None
        if end < start:
            raise ApiError(self.error(400, "end date must be after the start date",
                                      "INVALID_REPLICATION_DATE"))
        if start < self.now() - 30 * 86400:
            raise ApiError(self.error(400, "startDate cannot be more than 30 days ago",
                                      "INVALID_REPLICATION_DATE"))
        return start, end

    def _covered(self, end: float) -> str:
        return sf_datetime(math.floor(min(end, self.now()) / 60) * 60)

    async def updated(self, request: Request) -> Response:
        obj = self._sobject(request.path_params["obj"])
        start, end = self._window(request)
        ids = [r["Id"] for r in self.tables[obj].values()
               if start <= r["SystemModstamp"] < end]
        return json_response({"ids": ids, "latestDateCovered": self._covered(end)})

    async def deleted(self, request: Request) -> Response:
        obj = self._sobject(request.path_params["obj"])
        start, end = self._window(request)
        rows = [{"id": r["Id"], "deletedDate": sf_datetime(r["DeletedDate"])}
                for r in self.recycle[obj].values() if start <= r["DeletedDate"] < end]
        earliest = min((r["DeletedDate"] for r in self.recycle[obj].values()),
                       default=self.now())
        return json_response({"deletedRecords": rows,
                              "earliestDateAvailable": sf_datetime(earliest),
                              "latestDateCovered": self._covered(end)})

    # -- query -------------------------------------------------------------------------
    def run_soql(self, soql: str, include_deleted: bool = False
                 ) -> tuple[Query, list[dict[str, Any]]]:
        """Parse and evaluate a query; raises ApiError with Salesforce's error."""
        try:
            q = parse(soql, self.schema)
        except SoqlNotSimulated as exc:
            raise ApiError(not_simulated(self.platform, "SOQL", exc.message)) from None
        except SoqlError as exc:
            raise ApiError(self.error(400, exc.message, exc.code)) from None
        obj = q.sobject

        def get(row: dict[str, Any], path: Path) -> Any:
            if len(path.parts) == 1:
                return self.value(obj, row, path.parts[0])
            return self.resolve(row, obj, path.parts)

        rows = list(self.tables[obj].values())
        if include_deleted:
            rows += list(self.recycle[obj].values())
        if q.where is not None:
            test = compile_where(q.where, get, self.now())
            rows = [r for r in rows if test(r)]
        if q.is_aggregate:
            return q, rows  # grouped, ordered and limited by aggregate()
        if q.order:
            order_rows(rows, q.order, get)
        rows = rows[q.offset:]
        if q.limit is not None:
            rows = rows[: q.limit]
        return q, rows

    async def query(self, request: Request) -> Response:
        soql = request.query_params.get("q")
        if not soql:
            raise ApiError(self.error(400, "A query string has to be specified",
                                      "MALFORMED_QUERY"))
        include_deleted = request.url.path.endswith("/queryAll")
        q, rows = self.run_soql(soql, include_deleted)
        api = self.api_of(request)
        if q.count is not None:
            return json_response({"totalSize": len(rows), "done": True, "records": []})
        kind = "queryAll" if include_deleted else "query"
        if q.is_aggregate:
            return self._page(self.aggregate(q, rows), 0, self._batch_size(request),
                              f"{api}/{kind}")
        snapshot = [self._public(q.sobject, r, q.field_names, api) for r in rows]
        for child in q.children:
            self._attach_children(q.sobject, rows, snapshot, child, api)
        return self._page(snapshot, 0, self._batch_size(request), f"{api}/{kind}")

    def aggregate(self, q: Query, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """GROUP BY and COUNT/COUNT_DISTINCT/SUM/AVG/MIN/MAX as ``AggregateResult``
        records: grouped fields by name, unaliased aggregates as ``expr0``, ``expr1``..."""
        obj = q.sobject

        def get(row: dict[str, Any], path: Path) -> Any:
            return self.resolve(row, obj, path.parts)

        groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
        for row in rows:
            key = tuple(comparable(g.type, get(row, g)) for g in q.group_by)
            groups.setdefault(key, []).append(row)
        if not q.group_by and not groups:
            groups[()] = []
        keys = sorted(groups, key=lambda k: tuple((v is not None, v) for v in k))
        if q.order:
            firsts = [groups[k][0] for k in keys]
            order_rows(firsts, q.order, get)
            index = {id(groups[k][0]): k for k in keys}
            keys = [index[id(r)] for r in firsts]
        keys = keys[q.offset:]
        if q.limit is not None:
            keys = keys[: q.limit]
        out = []
        for key in keys:
            members = groups[key]
            rec: dict[str, Any] = {"attributes": {"type": "AggregateResult"}}
            for p in q.fields:
                rec[p.parts[-1]] = self._out(obj, p.parts[-1], get(members[0], p)) \
                    if members else None
            unnamed = 0  # expr0, expr1...: numbered over the aggregates without an alias
            for agg in q.aggregates:
                values = [get(r, agg.path) for r in members] if agg.path else []
                present = [v for v in values if v not in (None, "")]
                name = agg.alias
                if name is None:
                    name, unnamed = f"expr{unnamed}", unnamed + 1
                rec[name] = _aggregate(agg.fn, agg.path, present)
            out.append(rec)
        return out

    def _attach_children(self, parent: str, rows: list[dict[str, Any]],
                         out: list[dict[str, Any]], sub: Query, api: str) -> None:
        """A parent-to-child subquery: each parent gets ``{"totalSize", "done", "records"}``
        of its children, or null when it has none, as Salesforce nests them."""
        obj = sub.sobject

        def get(row: dict[str, Any], path: Path) -> Any:
            return self.value(obj, row, path.parts[0]) if len(path.parts) == 1 \
                else self.resolve(row, obj, path.parts)

        test = compile_where(sub.where, get, self.now()) if sub.where is not None else None
        by_parent: dict[str, list[dict[str, Any]]] = {}
        for child in self.tables[obj].values():
            key = child.get(sub.parent_field or "")
            if key is not None and (test is None or test(child)):
                by_parent.setdefault(str(key), []).append(child)
        for row, public in zip(rows, out, strict=True):
            kids = by_parent.get(row["Id"], [])
            if sub.order:
                order_rows(kids, sub.order, get)
            kids = kids[sub.offset:]
            if sub.limit is not None:
                kids = kids[: sub.limit]
            public[sub.relationship or obj] = None if not kids else {
                "totalSize": len(kids), "done": True,
                "records": [self._public(obj, k, sub.field_names, api) for k in kids]}

    async def search(self, request: Request) -> Response:
        """SOSL ``FIND {term} ... RETURNING ...`` (``sosl.py``)."""
        from .sosl import matches, parse_search

        sosl = request.query_params.get("q")
        if not sosl:
            raise ApiError(self.error(400, "A search string has to be specified",
                                      "MALFORMED_SEARCH"))
        try:
            search = parse_search(sosl, self.schema)
        except SoqlNotSimulated as exc:
            raise ApiError(not_simulated(self.platform, "SOSL", exc.message)) from None
        except SoqlError as exc:
            raise ApiError(self.error(400, exc.message, exc.code)) from None
        api = self.api_of(request)
        found: list[dict[str, Any]] = []
        for q in search.returning:
            obj = q.sobject

            def get(row: dict[str, Any], path: Path, obj: str = obj) -> Any:
                return self.value(obj, row, path.parts[0]) if len(path.parts) == 1 \
                    else self.resolve(row, obj, path.parts)

            rows = [r for r in self.tables[obj].values()
                    if matches(search, self.schema[obj], r, self.value)]
            if q.where is not None:
                test = compile_where(q.where, get, self.now())
                rows = [r for r in rows if test(r)]
            if q.order:
                order_rows(rows, q.order, get)
            rows = rows[q.offset:][: q.limit] if q.limit is not None else rows[q.offset:]
            found += [self._public(obj, r, q.field_names, api) for r in rows]
        if search.limit is not None:
            found = found[: search.limit]
        return json_response({"searchRecords": found})

    def _batch_size(self, request: Request) -> int:
        page_max = self.limiter.limits.group("default").page_max_records or 2000
        options = request.headers.get("sforce-query-options", "")
        match = re.search(r"batchSize=(\d+)", options)
        if not match:
            return page_max
        return max(200, min(int(match[1]), page_max))

    def _page(self, rows: list[dict[str, Any]], start: int, size: int,
              base: str = API + "/query") -> Response:
        end = start + size
        body: dict[str, Any] = {"totalSize": len(rows), "done": end >= len(rows),
                                "records": rows[start:end]}
        if end < len(rows):
            self.counter += 1
            locator = salesforce_id("01g", self.counter)
            self.cursors[locator] = (rows, size)
            body["nextRecordsUrl"] = f"{base}/{locator}-{end}"
        return json_response(body)

    async def query_more(self, request: Request) -> Response:
        locator, _, start = request.path_params["locator"].partition("-")
        cursor = self.cursors.get(locator)
        if cursor is None or not start.isdigit():
            raise ApiError(self.error(400, "invalid query locator", "INVALID_QUERY_LOCATOR"))
        rows, size = cursor
        kind = "queryAll" if "/queryAll/" in request.url.path else "query"
        return self._page(rows, int(start), size, f"{self.api_of(request)}/{kind}")

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

    def _field_list(self, obj: str, request: Request) -> list[str] | None:
        fields = request.query_params.get("fields")
        if not fields:
            return None
        names = []
        for f in fields.split(","):
            name = self.canonical_field(obj, f.strip())
            if name is None:
                raise ApiError(self.error(400, f"No such column '{f.strip()}' on sobject of "
                                               f"type {obj}", "INVALID_FIELD"))
            names.append(name)
        return names

    def _record(self, obj: str, rid: str) -> dict[str, Any]:
        rec = self.tables[obj].get(rid)
        if rec is None and len(rid) == 15:
            rec = next((r for k, r in self.tables[obj].items() if k[:15] == rid), None)
        if rec is None:
            if rid in self.recycle[obj]:
                raise ApiError(self.error(404, "entity is deleted", "ENTITY_IS_DELETED"))
            raise ApiError(self.error(404, "The requested resource does not exist",
                                      "NOT_FOUND"))
        return rec

    async def get_one(self, request: Request) -> Response:
        obj = self._sobject(request.path_params["obj"])
        rec = self._record(obj, request.path_params["rid"])
        return json_response(self._public(obj, rec, self._field_list(obj, request),
                                          self.api_of(request)))

    async def create_one(self, request: Request) -> Response:
        obj = self._sobject(request.path_params["obj"], request)
        fields = await self._fields_body(request)
        errors = self.validate(obj, fields, None)
        if errors:
            return self._errors_response(errors)
        rec, _ = self.apply(obj, fields, None)
        return json_response({"id": rec["Id"], "success": True, "errors": []}, 201)

    async def update_one(self, request: Request) -> Response:
        obj = self._sobject(request.path_params["obj"], request)
        rec = self._record(obj, request.path_params["rid"])
        fields = await self._fields_body(request)
        errors = self.validate(obj, fields, rec)
        if errors:
            return self._errors_response(errors)
        self.apply(obj, fields, rec)
        return Response(status_code=204)

    async def delete_one(self, request: Request) -> Response:
        obj = self._sobject(request.path_params["obj"], request)
        rec = self._record(obj, request.path_params["rid"])
        self.delete(obj, rec)
        return Response(status_code=204)

    def _by_external(self, request: Request) -> tuple[str, dict[str, Any]]:
        obj = self._sobject(request.path_params["obj"])
        ext = self._external_field(obj, request.path_params["ext"])
        matches = self.find_by(obj, ext, request.path_params["value"])
        if not matches:
            raise ApiError(self.error(404, "The requested resource does not exist",
                                      "NOT_FOUND"))
        if len(matches) > 1:
            api = self.api_of(request)
            raise ApiError(json_response([self.url(obj, m["Id"], api) for m in matches], 300))
        return obj, matches[0]

    async def get_by_external(self, request: Request) -> Response:
        obj, rec = self._by_external(request)
        return json_response(self._public(obj, rec, self._field_list(obj, request),
                                          self.api_of(request)))

    async def delete_by_external(self, request: Request) -> Response:
        obj, rec = self._by_external(request)
        self.delete(obj, rec)
        return Response(status_code=204)

    async def upsert_one(self, request: Request) -> Response:
        obj = self._sobject(request.path_params["obj"], request)
        ext = self._external_field(obj, request.path_params["ext"])
        fields = await self._fields_body(request)
        if request.method == "POST" and ext != "Id":
            raise ApiError(self.error(405, "HTTP Method 'POST' not allowed. Allowed are "
                                           "GET,PATCH,DELETE", "METHOD_NOT_ALLOWED"))
        if ext == "Id":  # PATCH /sobjects/Lead/Id/<id> is a plain update
            rec = self._record(obj, request.path_params["value"])
            errors = self.validate(obj, fields, rec)
            if errors:
                return self._errors_response(errors)
            self.apply(obj, fields, rec)
            return json_response({"id": rec["Id"], "success": True, "errors": [],
                                  "created": False})
        outcome = self.upsert_record(obj, ext, {**fields, ext: request.path_params["value"]})
        if not outcome["success"]:
            if outcome.get("multiple"):
                api = self.api_of(request)
                return json_response([self.url(obj, i, api) for i in outcome["multiple"]], 300)
            return self._errors_response(outcome["errors"])
        return json_response({"id": outcome["id"], "success": True, "errors": [],
                              "created": outcome["created"]},
                             201 if outcome["created"] else 200)

    def _external_field(self, obj: str, name: str) -> str:
        fdef = self.fdef(obj, name)
        if fdef is None or not (fdef.external_id or fdef.id_lookup or fdef.name == "Id"):
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
            return {"success": False, "multiple": [m["Id"] for m in matches],
                    "errors": [record_error(
                        "DUPLICATE_EXTERNAL_ID", f"{ext}: more than one record found for "
                        f"external id field: {[m['Id'] for m in matches]}", [ext])]}
        existing = matches[0] if matches else None
        body = {k: v for k, v in fields.items() if not (k == "Id" and existing is None)}
        errors = self.validate(obj, body, existing)
        if errors:
            return {"success": False, "errors": errors}
        rec, created = self.apply(obj, body, existing)
        return {"id": rec["Id"], "success": True, "errors": [], "created": created}
