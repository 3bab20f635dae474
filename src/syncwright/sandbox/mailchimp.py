"""Mailchimp Marketing API v3 simulator: list members, batch subscribe, status rules, webhooks.

Follows the documented contract (docs/ADAPTERS.md): Basic auth with the API key as password, problem+json errors,
``offset``/``count`` paging with ``total_items``, members keyed by the MD5 of the
lower-cased address, batch subscribe of at most 500 members answered with
``new_members``/``updated_members``/``errors``, the member-status rules (an unsubscribed
member is never silently resubscribed, a cleaned address cannot be re-added), the
10-simultaneous-connections cap, and form-encoded webhooks with a GET validation call.
"""

from __future__ import annotations

import base64
import random
import re
from datetime import UTC, datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from .clock import iso, parse_iso
from .core import ApiError, Simulator, correlation_id, json_response
from .mailchimp_batches import BatchOperations
from .ratelimit import Denial
from .seed import Dirt, generate, subscriber_hash
from .webhooks_out import Change, Delivery, WebhookConfig, build_mailchimp_delivery

API = "/3.0"
PROBLEM = "application/problem+json; charset=utf-8"
DOCS = "https://mailchimp.com/developer/marketing/docs/errors/"
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
STATUSES = {"subscribed", "unsubscribed", "cleaned", "pending", "transactional"}
MERGE_FIELDS = {"FNAME": "text", "LNAME": "text", "PHONE": "phone", "COMPANY": "text",
                "TIER": "dropdown"}
TITLES = {400: "Invalid Resource", 401: "API Key Invalid", 403: "Forbidden",
          404: "Resource Not Found", 405: "Method Not Allowed", 429: "Too Many Requests",
          500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable",
          504: "Gateway Timeout"}


class MailchimpSimulator(Simulator):
    """Mailchimp with one audience (list)."""

    platform = "mailchimp"
    api_prefix = API
    objects = ("members",)
    webhook_schedule = (30, 60, 300, 900, 3600)
    webhook_batch_size = 1

    def __init__(self, *, api_key: str = "0123456789abcdef0123456789abcdef-us21",
                 list_id: str = "a1b2c3d4e5", **kwargs: Any) -> None:
        self.api_key = api_key
        self.list_id = list_id
        self.members: dict[str, dict[str, Any]] = {}
        self.web_id = 1000
        self.batches = BatchOperations(self)
        super().__init__(**kwargs)

    # -- platform hooks ----------------------------------------------------------------
    def credentials(self) -> dict[str, str]:
        return {"api_key": self.api_key, "list_id": self.list_id,
                "dc": self.api_key.rpartition("-")[2]}

    def authenticate(self, request: Request) -> bool:
        header = request.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        if scheme.lower() == "basic":
            try:
                decoded = base64.b64decode(value, validate=True).decode()
            except (ValueError, UnicodeDecodeError):
                return False
            return decoded.partition(":")[2] == self.api_key
        return scheme.lower() in ("bearer", "apikey") and value == self.api_key

    def problem(self, status: int, detail: str, title: str | None = None,
                errors: list[dict[str, str]] | None = None) -> Response:
        body: dict[str, Any] = {"type": DOCS, "title": title or TITLES.get(status, "Error"),
                                "status": status, "detail": detail, "instance": correlation_id()}
        if errors:
            body["errors"] = errors
        return json_response(body, status, media_type=PROBLEM)

    def auth_error(self) -> Response:
        return self.problem(401, "Your API key may be invalid, or you've attempted to access "
                                 "the wrong datacenter.")

    def error(self, status: int, message: str, code: str | None = None) -> Response:
        return self.problem(status, message)

    def rate_limited(self, denial: Denial) -> Response:
        return self.problem(429, "You have exceeded the limit of 10 simultaneous connections.")

    def records(self, obj: str) -> list[dict[str, Any]]:
        return [self._public(m) for m in self.members.values()]

    def clear_data(self) -> None:
        self.members.clear()
        self.batches.batches.clear()

    # -- storage -----------------------------------------------------------------------
    def _public(self, m: dict[str, Any]) -> dict[str, Any]:
        merges = m["merge_fields"]
        return {"id": m["id"], "email_address": m["email_address"],
                "unique_email_id": m["id"][:10], "contact_id": m["id"][:26],
                "full_name": f"{merges.get('FNAME', '')} {merges.get('LNAME', '')}".strip(),
                "web_id": m["web_id"], "email_type": "html", "status": m["status"],
                "merge_fields": dict(merges), "tags_count": len(m["tags"]),
                "tags": [{"id": int(subscriber_hash(t)[:5], 16), "name": t} for t in m["tags"]],
                "timestamp_opt": m["timestamp_opt"], "last_changed": iso(m["last_changed"],
                                                                         millis=False),
                "list_id": self.list_id, "_links": []}

    def _check_list(self, request: Request) -> None:
        if request.path_params["list_id"] != self.list_id:
            raise ApiError(self.problem(404, "The requested resource could not be found."))

    def _key(self, value: str) -> str:
        return subscriber_hash(value) if "@" in value else value.lower()

    def upsert(self, body: dict[str, Any], *, allow_update: bool, allow_create: bool
               ) -> tuple[dict[str, Any] | None, bool, str | None]:
        """Apply the member rules; returns (member, created, error detail)."""
        email = str(body.get("email_address") or "").strip()
        if not EMAIL_RE.match(email):
            return None, False, f"{email} looks fake or invalid, please enter a real email " \
                                "address."
        mid = subscriber_hash(email)
        existing = self.members.get(mid)
        if existing is not None and existing["status"] == "archived":
            existing = None if allow_create else existing
        if existing is None:
            if not allow_create:
                return None, False, "The requested resource could not be found."
            status = body.get("status_if_new") or body.get("status")
            if status not in STATUSES:
                return None, False, "The resource submitted could not be validated: status " \
                                    f"must be one of {sorted(STATUSES)}, got {status!r}"
        else:
            if not allow_update:
                return None, False, f"{email} is already a list member. Use PUT to insert or " \
                                    "update list members."
            status = body.get("status") or existing["status"]
            if status not in STATUSES:
                return None, False, f"Invalid status {status!r}"
            old = existing["status"]
            if old == "cleaned" and status in ("subscribed", "pending"):
                return None, False, f"{email} was cleaned (the address bounced) and cannot be " \
                                    "re-added."
            if old == "unsubscribed" and status == "subscribed":
                return None, False, f"{email} is in a compliance state due to unsubscribe, " \
                                    "bounce, or compliance review and cannot be subscribed."
        merges = body.get("merge_fields") or {}
        if not isinstance(merges, dict):
            return None, False, "merge_fields must be an object"
        merges = {k: ("" if v is None else str(v)) for k, v in merges.items()
                  if k in MERGE_FIELDS}
        now = self.now()
        created = existing is None
        if existing is None:
            self.web_id += 1
            existing = {"id": mid, "email_address": email, "status": status,
                        "merge_fields": {k: "" for k in MERGE_FIELDS}, "tags": [],
                        "timestamp_opt": iso(now, millis=False), "last_changed": now,
                        "web_id": self.web_id}
            self.members[mid] = existing
        before = {"status": existing["status"], "email": existing["email_address"],
                  **existing["merge_fields"]}
        existing["status"] = status
        existing["email_address"] = email
        existing["merge_fields"].update(merges)
        tags = body.get("tags")
        if isinstance(tags, list):
            existing["tags"] = sorted({*existing["tags"], *[str(t) for t in tags]})
        existing["last_changed"] = float(int(now))  # Mailchimp keeps whole seconds
        self.writes.record("members", mid, "create" if created else "update",
                           {"status": status, "merge_fields": merges})
        self._notify(existing, created, before)
        return existing, created, None

    def _notify(self, m: dict[str, Any], created: bool, before: dict[str, Any]) -> None:
        if not self.sender.enabled:
            return
        status = m["status"]
        if created and status == "subscribed":
            kind = "subscribe"
        elif status != before["status"] and status in ("unsubscribed", "cleaned"):
            kind = "unsubscribe" if status == "unsubscribed" else "cleaned"
        elif status != before["status"] and status == "subscribed":
            kind = "subscribe"
        elif any(m["merge_fields"].get(k) != before.get(k) for k in MERGE_FIELDS):
            kind = "profile"
        else:
            return
        self.emit(Change("members", kind, m["id"], self._public(m)))

    def build_webhook(self, batch: list[Change], attempt: int, config: WebhookConfig) -> Delivery:
        change = batch[0]
        m = change.record
        fired = datetime.fromtimestamp(change.occurred_at, tz=UTC).strftime("%Y-%m-%d %H:%M:%S")
        data: dict[str, Any] = {"id": m["unique_email_id"], "list_id": self.list_id,
                                "email": m["email_address"], "email_type": "html",
                                "web_id": m["web_id"], "ip_opt": "10.0.0.1",
                                "merges": {"EMAIL": m["email_address"], **m["merge_fields"]}}
        if change.op == "unsubscribe":
            data.update(action="unsub", reason="manual", campaign_id="")
        if change.op == "cleaned":
            data = {"list_id": self.list_id, "campaign_id": "", "reason": "hard",
                    "email": m["email_address"]}
        return build_mailchimp_delivery(config.url or "", change.op, fired, data)

    # -- seeding and admin writes ------------------------------------------------------
    def load_seed(self, count: int, seed: int, options: dict[str, Any]) -> dict[str, list[str]]:
        data = generate(count, seed, Dirt.from_options(options))
        rng = random.Random(seed + 1)
        dirty: dict[str, list[str]] = {}
        for p in data.people:
            if p.index % 5 == 4 or p.invalid_email:
                continue  # not everyone is on the list; Mailchimp never holds broken emails
            email = (p.messy_email or p.email).strip()
            draw = rng.random()
            status = ("subscribed" if draw < 0.85 else "unsubscribed" if draw < 0.93
                      else "cleaned" if draw < 0.97 else "pending")
            mid = subscriber_hash(email)
            self.web_id += 1
            merges = {"FNAME": "" if p.empty_fields else p.first, "LNAME": p.last,
                      "PHONE": "" if p.empty_fields else p.phone, "COMPANY": p.company.name,
                      "TIER": p.tier or ""}
            self.members[mid] = {"id": mid, "email_address": email, "status": status,
                                 "merge_fields": merges, "tags": ["seed"],
                                 "timestamp_opt": iso(p.created, millis=False),
                                 "last_changed": float(int(p.modified)),
                                 "web_id": self.web_id}
            kinds = set(p.dirt) - {"invalid_email"}
            if status in ("unsubscribed", "cleaned"):
                kinds.add(status)
            for kind in kinds:
                dirty.setdefault(kind, []).append(mid)
        return dirty

    def admin_write(self, obj: str, op: str, record_id: str | None, data: dict[str, Any]) -> Any:
        if obj != "members":
            raise ApiError(self.problem(404, f"Unknown object {obj}"))
        if op == "delete":
            member = self.members.get(self._key(record_id or ""))
            if member is None:
                raise ApiError(self.problem(404, "The requested resource could not be found."))
            member["status"] = "archived"
            self.writes.record("members", member["id"], "archive")
            return {"id": member["id"], "status": "archived"}
        if op == "update" and record_id:
            member = self.members.get(self._key(record_id))
            if member is None:
                raise ApiError(self.problem(404, "The requested resource could not be found."))
            data = {"email_address": member["email_address"], **data}
        result, _, err = self.upsert(data, allow_update=True, allow_create=op == "create")
        if err or result is None:
            raise ApiError(self.problem(400, err or "invalid"))
        return self._public(result)

    # -- routes ------------------------------------------------------------------------
    def routes(self) -> list[BaseRoute]:
        lists = API + "/lists/{list_id}"
        return [
            Route(API + "/ping", self.ping, methods=["GET"]),
            Route(API + "/lists", self.get_lists, methods=["GET"]),
            Route(lists, self.get_list, methods=["GET"]),
            Route(lists, self.batch_subscribe, methods=["POST"]),
            Route(lists + "/merge-fields", self.merge_fields, methods=["GET"]),
            Route(lists + "/members", self.list_members, methods=["GET"]),
            Route(lists + "/members", self.add_member, methods=["POST"]),
            Route(lists + "/members/{key}", self.get_member, methods=["GET"]),
            Route(lists + "/members/{key}", self.put_member, methods=["PUT"]),
            Route(lists + "/members/{key}", self.patch_member, methods=["PATCH"]),
            Route(lists + "/members/{key}", self.archive_member, methods=["DELETE"]),
            *self.batches.routes(API),
            *self.batches.admin_routes(),
        ]

    async def ping(self, request: Request) -> Response:
        return json_response({"health_status": "Everything's Chimpy!"})

    def _list_info(self) -> dict[str, Any]:
        counts = {s: sum(1 for m in self.members.values() if m["status"] == s)
                  for s in ("subscribed", "unsubscribed", "cleaned")}
        return {"id": self.list_id, "web_id": 1, "name": "Sandbox Audience",
                "stats": {"member_count": counts["subscribed"],
                          "unsubscribe_count": counts["unsubscribed"],
                          "cleaned_count": counts["cleaned"]}}

    async def get_lists(self, request: Request) -> Response:
        return json_response({"lists": [self._list_info()], "total_items": 1})

    async def get_list(self, request: Request) -> Response:
        self._check_list(request)
        return json_response(self._list_info())

    async def merge_fields(self, request: Request) -> Response:
        self._check_list(request)
        fields = [{"merge_id": i + 1, "tag": tag, "name": tag.title(), "type": kind,
                   "required": False, "list_id": self.list_id}
                  for i, (tag, kind) in enumerate(MERGE_FIELDS.items())]
        return json_response({"merge_fields": fields, "list_id": self.list_id,
                              "total_items": len(fields)})

    async def list_members(self, request: Request) -> Response:
        self._check_list(request)
        q = request.query_params
        cap = self.limiter.limits.group("default").page_max_records or 1000
        try:
            count = int(q.get("count", "10"))
            offset = int(q.get("offset", "0"))
            since = parse_iso(q["since_last_changed"]) if q.get("since_last_changed") else None
        except ValueError as exc:
            raise ApiError(self.problem(400, f"The resource submitted could not be validated: "
                                             f"{exc}")) from None
        if count > cap or count < 0 or offset < 0:
            raise ApiError(self.problem(400, f"count must be between 0 and {cap}"))
        status = q.get("status")
        rows = [m for m in self.members.values()
                if (since is None or m["last_changed"] > since)
                and (status is None or m["status"] == status)]
        if q.get("sort_field") == "last_changed":
            rows.sort(key=lambda m: (m["last_changed"], m["id"]),
                      reverse=q.get("sort_dir", "ASC").upper() == "DESC")
        page = rows[offset:offset + count]
        return json_response({"members": [self._public(m) for m in page],
                              "list_id": self.list_id, "total_items": len(rows), "_links": []})

    def _member(self, request: Request) -> dict[str, Any]:
        self._check_list(request)
        member = self.members.get(self._key(request.path_params["key"]))
        if member is None:
            raise ApiError(self.problem(404, "The requested resource could not be found."))
        return member

    async def get_member(self, request: Request) -> Response:
        return json_response(self._public(self._member(request)))

    async def _member_body(self, request: Request) -> dict[str, Any]:
        body = await self.json_body(request)
        if not isinstance(body, dict):
            raise ApiError(self.problem(400, "The resource submitted could not be validated."))
        return body

    def _rule_error(self, detail: str) -> ApiError:
        if "compliance state" in detail:
            return ApiError(self.problem(400, detail, "Member In Compliance State"))
        if "already a list member" in detail:
            return ApiError(self.problem(400, detail, "Member Exists"))
        if "could not be found" in detail:
            return ApiError(self.problem(404, detail))
        return ApiError(self.problem(400, detail))

    async def add_member(self, request: Request) -> Response:
        self._check_list(request)
        body = await self._member_body(request)
        member, _, err = self.upsert(body, allow_update=False, allow_create=True)
        if err or member is None:
            raise self._rule_error(err or "invalid")
        return json_response(self._public(member))

    async def put_member(self, request: Request) -> Response:
        self._check_list(request)
        body = await self._member_body(request)
        key = self._key(request.path_params["key"])
        email = str(body.get("email_address") or "")
        if not email:
            raise ApiError(self.problem(400, "The resource submitted could not be validated.",
                                        errors=[{"field": "email_address",
                                                 "message": "This value should not be blank."}]))
        if subscriber_hash(email) != key:
            raise ApiError(self.problem(400, "The subscriber hash does not match the email "
                                             "address."))
        member, _, err = self.upsert(body, allow_update=True, allow_create=True)
        if err or member is None:
            raise self._rule_error(err or "invalid")
        return json_response(self._public(member))

    async def patch_member(self, request: Request) -> Response:
        existing = self._member(request)
        body = await self._member_body(request)
        body = {**body, "email_address": existing["email_address"]}
        member, _, err = self.upsert(body, allow_update=True, allow_create=False)
        if err or member is None:
            raise self._rule_error(err or "invalid")
        return json_response(self._public(member))

    async def archive_member(self, request: Request) -> Response:
        member = self._member(request)
        member["status"] = "archived"
        member["last_changed"] = float(int(self.now()))
        self.writes.record("members", member["id"], "archive")
        return Response(status_code=204)

    async def batch_subscribe(self, request: Request) -> Response:
        self._check_list(request)
        body = await self._member_body(request)
        members = body.get("members")
        if not isinstance(members, list) or not all(isinstance(m, dict) for m in members):
            raise ApiError(self.problem(400, "The resource submitted could not be validated.",
                                        errors=[{"field": "members",
                                                 "message": "Schema describes array"}]))
        cap = self.limiter.limits.group("batch_members").batch_max_records or 500
        if len(members) > cap:
            raise ApiError(self.problem(400, f"You can only add up to {cap} members in a single "
                                             f"batch request; {len(members)} given."))
        update_existing = bool(body.get("update_existing", False))
        partial = self.partial(request)
        rejected = partial.pick(len(members)) if partial else set()
        new, updated, errors = [], [], []
        for n, item in enumerate(members):
            email = str(item.get("email_address") or "")
            if n in rejected:
                errors.append({"email_address": email, "error": "An unexpected internal error "
                               "has occurred. Please try again later.",
                               "error_code": "ERROR_GENERIC"})
                continue
            member, created, err = self.upsert(item, allow_update=update_existing,
                                               allow_create=True)
            if err or member is None:
                code = "ERROR_CONTACT_EXISTS" if "already a list member" in (err or "") \
                    else "ERROR_GENERIC"
                errors.append({"email_address": email, "error": err or "", "error_code": code})
            elif created:
                new.append(self._public(member))
            else:
                updated.append(self._public(member))
        return json_response({"new_members": new, "updated_members": updated, "errors": errors,
                              "total_created": len(new), "total_updated": len(updated),
                              "error_count": len(errors), "_links": []})
