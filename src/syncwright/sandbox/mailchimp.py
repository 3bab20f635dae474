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
import json
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
from .mailchimp_lists import ListResources
from .ratelimit import Denial
from .seed import Dirt, bulk_load, generate, subscriber_hash
from .webhooks_out import Change, Delivery, WebhookConfig, build_mailchimp_delivery

API = "/3.0"
PROBLEM = "application/problem+json; charset=utf-8"
DOCS = "https://mailchimp.com/developer/marketing/docs/errors/"
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
STATUSES = {"subscribed", "unsubscribed", "cleaned", "pending", "transactional"}
# Addresses Mailchimp refuses as "looks fake or invalid": reserved example domains and
# well-known disposable-mail domains (Mailchimp does not publish its list).
FAKE_DOMAINS = frozenset({"example.com", "example.net", "test.com", "mailinator.com",
                          "yopmail.com", "guerrillamail.com", "10minutemail.com"})
FAKE_LOCALS = frozenset({"test", "fake", "asdf", "noreply", "no-reply"})
DEFAULT_LOCATION = {"latitude": 0, "longitude": 0, "gmtoff": 0, "dstoff": 0,
                    "country_code": "", "timezone": "", "region": ""}
TITLES = {400: "Invalid Resource", 401: "API Key Invalid", 403: "Forbidden",
          404: "Resource Not Found", 405: "Method Not Allowed", 429: "Too Many Requests",
          500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable",
          504: "Gateway Timeout"}


def _shaped(endpoint: Any) -> Any:
    async def shaped(request: Request) -> Response:
        response: Response = await endpoint(request)
        q = request.query_params
        fields, exclude = q.get("fields"), q.get("exclude_fields")
        if (not fields and not exclude) or response.status_code >= 300 or \
                not response.headers.get("content-type", "").startswith("application/json"):
            return response
        body = json.loads(bytes(response.body))
        if fields:
            body = project(body, [f.strip().split(".") for f in fields.split(",") if f.strip()])
        if exclude:
            for path in exclude.split(","):
                if path.strip():
                    _drop(body, path.strip().split("."))
        return json_response(body, response.status_code)

    return shaped


def project(value: Any, paths: list[list[str]]) -> Any:
    """Keep only the dotted paths (lists are mapped element by element), as Mailchimp's
    ``fields`` parameter does."""
    if isinstance(value, list):
        return [project(v, paths) for v in value]
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    for key in dict.fromkeys(p[0] for p in paths):
        if key not in value:
            continue
        rest = [p[1:] for p in paths if p[0] == key]
        out[key] = value[key] if any(not r for r in rest) else project(value[key], rest)
    return out


def _drop(value: Any, path: list[str]) -> None:
    if isinstance(value, list):
        for v in value:
            _drop(v, path)
    elif isinstance(value, dict) and path[0] in value:
        if len(path) == 1:
            del value[path[0]]
        else:
            _drop(value[path[0]], path[1:])


def _stamp(value: Any) -> str:
    return iso(value, millis=False) if isinstance(value, float) else str(value)


def looks_fake(email: str, strict: bool = True) -> bool:
    """Whether Mailchimp would refuse the address as "looks fake or invalid" (``strict``:
    also reserved example and disposable domains, as real Mailchimp does)."""
    if not EMAIL_RE.match(email):
        return True
    if not strict:
        return False
    local, _, domain = email.lower().rpartition("@")
    return local in FAKE_LOCALS or any(domain == d or domain.endswith("." + d)
                                       for d in FAKE_DOMAINS)


class MailchimpSimulator(Simulator):
    """Mailchimp with one audience (list)."""

    platform = "mailchimp"
    api_prefix = API
    objects = ("members",)
    webhook_schedule = (30, 60, 300, 900, 3600)
    webhook_batch_size = 1

    def __init__(self, *, api_key: str = "0123456789abcdef0123456789abcdef-us21",
                 list_id: str = "a1b2c3d4e5", refuse_fake_emails: bool = False,
                 **kwargs: Any) -> None:
        self.api_key = api_key
        self.refuse_fake_emails = refuse_fake_emails
        self.list_id = list_id
        self.members: dict[str, dict[str, Any]] = {}
        self.forgotten: set[str] = set()  # permanently deleted: never re-imported
        self.web_id = 1000
        self.batches = BatchOperations(self)
        self.lists = ListResources(self)
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
        self.forgotten.clear()
        self.batches.batches.clear()
        self.lists.reset()

    # -- storage -----------------------------------------------------------------------
    def _public(self, m: dict[str, Any]) -> dict[str, Any]:
        merges = m["merge_fields"]
        tags = [{"id": seg.id, "name": seg.name} for seg in self.lists.tag_segments(m["id"])]
        out = {"id": m["id"], "email_address": m["email_address"],
               "unique_email_id": m["id"][:10], "contact_id": m["id"][:26],
               "full_name": f"{merges.get('FNAME', '')} {merges.get('LNAME', '')}".strip(),
               "web_id": m["web_id"], "email_type": m.get("email_type", "html"),
               "status": m["status"], "consents_to_one_to_one_messaging": True,
               "merge_fields": dict(merges), "interests": dict(m["interests"]),
               "stats": {"avg_open_rate": 0, "avg_click_rate": 0},
               "ip_signup": "", "timestamp_signup": "", "ip_opt": "10.0.0.1",
               "timestamp_opt": _stamp(m["timestamp_opt"]), "member_rating": 2,
               "last_changed": iso(m["last_changed"], millis=False),
               "language": m.get("language", ""), "vip": bool(m.get("vip", False)),
               "email_client": "", "location": dict(m.get("location") or DEFAULT_LOCATION),
               "marketing_permissions": [], "source": m.get("source", "API - Generic"),
               "tags_count": len(tags), "tags": tags, "list_id": self.list_id,
               "_links": []}
        if m["status"] == "unsubscribed":
            out["unsubscribe_reason"] = m.get("unsubscribe_reason", "N/A (Unsubscribed by "
                                                                    "an admin)")
        return out

    def _check_list(self, request: Request) -> None:
        if request.path_params["list_id"] != self.list_id:
            raise ApiError(self.problem(404, "The requested resource could not be found."))

    def _key(self, value: str) -> str:
        return subscriber_hash(value) if "@" in value else value.lower()

    def upsert(self, body: dict[str, Any], *, allow_update: bool, allow_create: bool
               ) -> tuple[dict[str, Any] | None, bool, str | None]:
        """Apply the member rules; returns (member, created, error detail)."""
        email = str(body.get("email_address") or "").strip()
        if looks_fake(email, self.refuse_fake_emails):
            return None, False, f"{email} looks fake or invalid, please enter a real email " \
                                "address."
        mid = subscriber_hash(email)
        if mid in self.forgotten and allow_create:
            return None, False, f"{email} was permanently deleted and cannot be re-imported. " \
                                "The contact must re-subscribe to get back on the list."
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
        known = self.lists.tags()
        merges = {k: ("" if v is None else str(v)) for k, v in merges.items() if k in known}
        if existing is None:
            missing = [t for t, f in known.items() if f["required"] and not merges.get(t)]
            if missing:
                return None, False, "Your merge fields were invalid: please enter a value " \
                                    f"for {', '.join(missing)}."
        interests = body.get("interests")
        if interests is not None:
            try:
                interests = self.lists.check_interests(interests)
            except ApiError:
                return None, False, f"Invalid interest ID in {sorted(interests)}"
        now = self.now()
        created = existing is None
        if existing is None:
            self.web_id += 1
            existing = {"id": mid, "email_address": email, "status": status,
                        "merge_fields": {k: "" for k in known},
                        "interests": {i: False for i in self.lists.interest_ids()},
                        "timestamp_opt": iso(now, millis=False), "last_changed": now,
                        "web_id": self.web_id}
            self.members[mid] = existing
        before = {"status": existing["status"], "email": existing["email_address"],
                  **existing["merge_fields"]}
        existing["status"] = status
        existing["email_address"] = email
        existing["merge_fields"].update(merges)
        if interests:
            existing["interests"].update(interests)
        for key in ("vip", "language", "email_type", "location"):
            if key in body:
                existing[key] = body[key]
        tags = body.get("tags")
        if isinstance(tags, list) and created:
            for tag in tags:
                self.lists.set_tag(mid, str(tag.get("name") if isinstance(tag, dict) else tag),
                                   True)
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
        elif any(m["merge_fields"].get(k) != before.get(k) for k in m["merge_fields"]):
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
    @bulk_load
    def load_seed(self, count: int, seed: int, options: dict[str, Any]) -> dict[str, list[str]]:
        data = generate(count, seed, Dirt.from_options(options))
        rng = random.Random(seed + 1)
        dirty: dict[str, list[str]] = {}
        seeded: set[str] = set()
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
            seeded.add(mid)
            self.members[mid] = {"id": mid, "email_address": email, "status": status,
                                 "merge_fields": merges, "interests": {},
                                 "timestamp_opt": p.created,  # formatted when shown
                                 "last_changed": float(int(p.modified)),
                                 "web_id": self.web_id}
            kinds = set(p.dirt) - {"invalid_email"}
            if status in ("unsubscribed", "cleaned"):
                kinds.add(status)
            for kind in kinds:
                dirty.setdefault(kind, []).append(mid)
        if seeded:
            self.lists.tag_many(seeded, "seed")
        return dirty

    def admin_write(self, obj: str, op: str, record_id: str | None, data: dict[str, Any]) -> Any:
        if obj != "members":
            raise ApiError(self.problem(404, f"Unknown object {obj}"))
        if op == "delete":
            member = self.members.get(self._key(record_id or ""))
            if member is None:
                raise ApiError(self.problem(404, "The requested resource could not be found."))
            self._archive(member)  # as DELETE /members/{hash}
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
        """Every GET honours ``fields=`` and ``exclude_fields=`` (dotted paths)."""
        shaped: list[BaseRoute] = []
        for route in self._routes():
            if isinstance(route, Route) and "GET" in (route.methods or set()) and \
                    route.path.startswith(API):
                route = Route(route.path, _shaped(route.endpoint),
                              methods=list(route.methods or []))
            shaped.append(route)
        return shaped

    def _routes(self) -> list[BaseRoute]:
        lists = API + "/lists/{list_id}"
        return [
            Route(API, self.root, methods=["GET"]),
            Route(API + "/", self.root, methods=["GET"]),
            Route(API + "/ping", self.ping, methods=["GET"]),
            Route(API + "/search-members", self.search_members, methods=["GET"]),
            Route(API + "/lists", self.get_lists, methods=["GET"]),
            Route(lists, self.get_list, methods=["GET"]),
            Route(lists, self.batch_subscribe, methods=["POST"]),
            Route(lists + "/members", self.list_members, methods=["GET"]),
            Route(lists + "/members", self.add_member, methods=["POST"]),
            Route(lists + "/members/{key}", self.get_member, methods=["GET"]),
            Route(lists + "/members/{key}", self.put_member, methods=["PUT"]),
            Route(lists + "/members/{key}", self.patch_member, methods=["PATCH"]),
            Route(lists + "/members/{key}", self.archive_member, methods=["DELETE"]),
            Route(lists + "/members/{key}/actions/delete-permanent", self.delete_permanent,
                  methods=["POST"]),
            *self.lists.routes(lists),
            *self.batches.routes(API),
            *self.batches.admin_routes(),
        ]

    async def root(self, request: Request) -> Response:
        """``GET /3.0/``: the account the key belongs to."""
        subscribed = sum(1 for m in self.members.values() if m["status"] == "subscribed")
        return json_response({
            "account_id": "8d3a3db4d97663a9074efcc16", "login_id": "15437249",
            "account_name": "syncwright sandbox", "email": "owner@syncwright-sandbox.net",
            "first_name": "Sandbox", "last_name": "Owner", "username": "syncwright-sandbox",
            "avatar_url": "", "role": "owner", "member_since": "2025-01-01T00:00:00+00:00",
            "pricing_plan_type": "monthly", "first_payment": "", "account_timezone": "UTC",
            "account_industry": "Software", "pro_enabled": False,
            "last_login": iso(self.now(), millis=False), "total_subscribers": subscribed,
            "contact": {"company": "syncwright", "addr1": "1 Sandbox Way", "addr2": "",
                        "city": "Loopback", "state": "", "zip": "00000", "country": "US"},
            "industry_stats": {"open_rate": 0.2, "bounce_rate": 0.01, "click_rate": 0.03},
            "_links": []})

    async def search_members(self, request: Request) -> Response:
        """Exact address matches and a full search over address and names (10 each)."""
        query = (request.query_params.get("query") or "").strip().lower()
        list_id = request.query_params.get("list_id")
        if not query:
            raise ApiError(self.problem(400, "The query parameter is required."))
        if list_id and list_id != self.list_id:
            raise ApiError(self.problem(404, "The requested resource could not be found."))
        live = [m for m in self.members.values() if m["status"] != "archived"]
        exact = [m for m in live if m["email_address"].lower() == query]
        full = [m for m in live if query in m["email_address"].lower() or any(
            query in str(v).lower() for v in (m["merge_fields"].get("FNAME"),
                                              m["merge_fields"].get("LNAME")))]
        return json_response({
            "exact_matches": {"members": [self._public(m) for m in exact[:10]],
                              "total_items": len(exact)},
            "full_search": {"members": [self._public(m) for m in full[:10]],
                            "total_items": len(full)}, "_links": []})

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
        vip_only = q.get("vip_only", "false").lower() == "true"
        rows = [m for m in self.members.values()
                if (since is None or m["last_changed"] > since)
                and (status is None or m["status"] == status)
                and (not vip_only or m.get("vip"))]
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
        if "permanently deleted" in detail:
            return ApiError(self.problem(400, detail, "Forgotten Email Not Subscribed"))
        if "merge fields were invalid" in detail:
            return ApiError(self.problem(400, detail))
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
        new_email = str(body.get("email_address") or "").strip()
        if new_email and new_email.lower() != existing["email_address"].lower():
            self._change_email(existing, new_email)
        body = {**body, "email_address": existing["email_address"]}
        member, _, err = self.upsert(body, allow_update=True, allow_create=False)
        if err or member is None:
            raise self._rule_error(err or "invalid")
        return json_response(self._public(member))

    def _change_email(self, member: dict[str, Any], email: str) -> None:
        """PATCH with a new ``email_address`` moves the member to the new address (and
        subscriber hash), keeping its history, tags and segments, as Mailchimp does."""
        if looks_fake(email, self.refuse_fake_emails):
            raise ApiError(self.problem(400, f"{email} looks fake or invalid, please enter a "
                                             "real email address."))
        new_id = subscriber_hash(email)
        if new_id in self.members and self.members[new_id]["status"] != "archived":
            raise ApiError(self.problem(400, f"{email} is already a list member.",
                                        "Member Exists"))
        old_id = member["id"]
        del self.members[old_id]
        member.update(id=new_id, email_address=email)
        self.members[new_id] = member
        self.lists.rename(old_id, new_id)
        self.writes.record("members", new_id, "update", {"email_address": email})

    def _archive(self, member: dict[str, Any]) -> None:
        """Archiving is a change of the member: ``since_last_changed`` lists it (archived)."""
        member["status"] = "archived"
        member["last_changed"] = float(int(self.now()))
        self.writes.record("members", member["id"], "archive")

    async def archive_member(self, request: Request) -> Response:
        self._archive(self._member(request))
        return Response(status_code=204)

    async def delete_permanent(self, request: Request) -> Response:
        """Permanently delete a member; the address can never be re-imported by the API."""
        member = self._member(request)
        del self.members[member["id"]]
        self.lists.forget(member["id"])
        self.forgotten.add(member["id"])
        self.writes.record("members", member["id"], "delete-permanent")
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
