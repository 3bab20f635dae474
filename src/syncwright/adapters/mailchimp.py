"""Mailchimp Marketing API v3: audience members as a source and as an upserting destination.

Source: ``GET /lists/{id}/members`` with ``offset``/``count`` paging; an incremental run
starts from ``since_last_changed``. Destination: batch subscribe/update
(``POST /lists/{id}``, 500 members a call, ``update_existing``), keyed by the subscriber
hash (MD5 of the lower-cased address), so a resent batch updates instead of duplicating.

Status rule (never resubscribe): a record may always *unsubscribe* a member, but it never
moves a member Mailchimp holds as ``unsubscribed`` or ``cleaned`` to another status. Those
members get their profile (merge fields, tags) by ``PATCH`` without a status, so the
person's choice stays; the outcome is ``updated`` with code ``STATUS_KEPT``. Which members
are in that state is read from Mailchimp (``status=unsubscribed|cleaned``) once per run
and refreshed with ``since_last_changed`` before every batch, so the window in which a new
unsubscribe could be overwritten is the few milliseconds between that read and the POST.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any, ClassVar, Literal

import httpx2
import orjson
from pydantic import Field

from syncwright.adapters.base import (
    AdapterError,
    FieldInfo,
    Outcome,
    Page,
    Record,
    RecordOutcome,
)
from syncwright.adapters.batching import unique_rounds
from syncwright.adapters.http import AdapterContext, HttpAdapter, HttpConnection, HttpError
from syncwright.domain.failures import Classified, ErrorKind

STATUSES = ("subscribed", "unsubscribed", "cleaned", "pending", "transactional")
KEPT_STATUSES = frozenset({"unsubscribed", "cleaned"})  # never moved by a sync
MERGE_TAG = re.compile(r"^[A-Z][A-Z0-9_]{0,9}$")  # Mailchimp merge tags: upper case, <= 10
WRITABLE = frozenset({"email_type", "language", "vip", "ip_signup", "timestamp_signup",
                      "ip_opt", "timestamp_opt", "location"})  # fmt: skip
READ_ONLY = frozenset({"id", "last_changed", "unique_email_id", "contact_id", "web_id",
                       "list_id", "full_name", "tags_count", "member_rating", "stats",
                       "timestamp_opt_in", "_links"})  # fmt: skip
MEMBER_FIELDS = [
    FieldInfo("id", "string", description="subscriber hash: MD5 of the lower-cased address"),
    FieldInfo("email_address", "email", required=True),
    FieldInfo("status", "string", description="one of " + ", ".join(STATUSES)),
    FieldInfo("tags", "array", description="tag names"),
    FieldInfo("last_changed", "datetime", description="read only"),
]
STATIC_MERGE_FIELDS = [FieldInfo("FNAME", "string"), FieldInfo("LNAME", "string")]
MERGE_TYPES = {"number": "number", "date": "date", "birthday": "string", "address": "object"}


class MailchimpConnection(HttpConnection):
    """A Mailchimp audience. The API key comes from ``token_env`` or ``secret_file``."""

    platform: Literal["mailchimp"]
    list_id: str = Field(min_length=1, description="The audience (list) id.")
    page_size: int = Field(default=1000, gt=0, le=1000, description="members per GET")
    default_status: Literal["subscribed", "pending", "unsubscribed", "transactional"] = Field(
        default="subscribed", description="status of a new member whose record has none"
    )


def subscriber_hash(email: str) -> str:
    """Mailchimp's member id."""
    return hashlib.md5(email.strip().lower().encode()).hexdigest()


def _iso(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _parse(text: str | None) -> datetime | None:
    if not text:
        return None
    dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def _server_time(response: httpx2.Response) -> datetime:
    """The platform's clock (its ``Date`` header), minus one second: ``last_changed`` has
    whole seconds, so anything changed after this response is strictly after this time."""
    try:
        now = parsedate_to_datetime(response.headers["date"])
    except (KeyError, TypeError, ValueError):
        now = datetime.now(UTC)
    return now.astimezone(UTC) - timedelta(seconds=1)


def flatten(member: dict[str, Any]) -> Record:
    """A member as the engine sees it: merge fields by tag, tags by name."""
    tags = [t["name"] if isinstance(t, dict) else t for t in member.get("tags") or []]
    return {
        "id": member["id"],
        "email_address": member["email_address"],
        "status": member["status"],
        **(member.get("merge_fields") or {}),
        "tags": tags,
        "last_changed": member.get("last_changed"),
    }


class MailchimpAdapter(HttpAdapter):
    """Audience members (object ``members``) of one list."""

    platform = "mailchimp"
    config_model = MailchimpConnection
    upload_group = "batch_members"
    config: MailchimpConnection

    objects: ClassVar[tuple[str, ...]] = ("members",)

    def __init__(self, config: MailchimpConnection, context: AdapterContext) -> None:
        super().__init__(config, context)
        self.list_path = f"/lists/{config.list_id}"
        self._kept: dict[str, str] | None = None  # hash -> status, for KEPT_STATUSES
        self._kept_since: datetime | None = None

    # -- hooks ---------------------------------------------------------------
    def auth_headers(self) -> dict[str, str]:
        return {}

    def auth(self) -> httpx2.Auth | None:
        # Any user name; the API key is the password.
        return httpx2.BasicAuth("syncwright", self.secret.reveal()) if self.secret else None

    def classify_response(self, error: HttpError) -> Classified:
        """problem+json: ``detail`` verbatim (plus field errors), ``title`` as the code."""
        generic = super().classify_response(error)
        try:
            body = orjson.loads(error.body)
        except orjson.JSONDecodeError:
            return generic
        if not isinstance(body, dict) or not body.get("detail"):
            return generic
        message = str(body["detail"])
        fields = [f"{e.get('field')}: {e.get('message')}" for e in body.get("errors") or []]
        if fields:
            message += " (" + "; ".join(fields) + ")"
        return Classified(
            generic.kind, message, generic.retry_after_seconds, error.status, body.get("title")
        )

    def _check(self, obj: str) -> None:
        if obj not in self.objects:
            raise AdapterError(
                Classified(
                    ErrorKind.PERMANENT,
                    f"mailchimp has no object {obj!r} (objects: {', '.join(self.objects)})",
                )
            )

    # -- describe ------------------------------------------------------------
    async def describe(self, obj: str) -> list[FieldInfo]:
        """Member fields plus the list's merge fields (static FNAME/LNAME if not served)."""
        self._check(obj)
        try:
            served = await self.request_json(
                "GET", f"{self.list_path}/merge-fields", params={"count": 1000}
            )
            merge = [
                FieldInfo(
                    f["tag"],
                    MERGE_TYPES.get(f.get("type", ""), "string"),
                    bool(f.get("required")),
                    f.get("name", ""),
                )
                for f in served.get("merge_fields", [])
            ]
        except HttpError as exc:
            if exc.status != 404:
                raise
            merge = STATIC_MERGE_FIELDS
        return [*MEMBER_FIELDS, *merge]

    # -- source --------------------------------------------------------------
    def identity_fields(self, obj: str, match_key: str) -> list[str]:
        return ["email_address", match_key]  # the member's email, as ``_member_body`` reads it

    def record_key(self, obj: str, record: Record) -> str:
        return str(record.get("id") or subscriber_hash(str(record["email_address"])))

    async def fetch_records(self, obj: str, cursor: Any) -> AsyncIterator[Page]:
        """Pages of members from ``cursor``.

        Mid-run cursor: ``{"since", "offset", "max_seen", "ceiling"}``. The last page's
        cursor is the bookmark ``{"since": ISO}``: the newest ``last_changed`` seen, but not
        later than the server's clock when the run began (minus a second), so a member
        changed during the run, or in the same second as the newest one, is read again
        next run instead of missed.
        """
        self._check(obj)
        state = dict(cursor or {})
        since, offset = state.get("since"), int(state.get("offset", 0))
        max_seen, ceiling = _parse(state.get("max_seen")), _parse(state.get("ceiling"))
        while True:
            params: dict[str, Any] = {"count": self.config.page_size, "offset": offset}
            if since:
                params["since_last_changed"] = since
            body, server_now = await self._get_members(params)
            ceiling = ceiling or server_now
            members = body.get("members") or []
            records = [flatten(m) for m in members]
            for r in records:
                changed = _parse(r["last_changed"])
                if changed and (max_seen is None or changed > max_seen):
                    max_seen = changed
            offset += len(members)
            if not members or offset >= int(body.get("total_items", 0)):
                yield Page(records, {"since": self._bookmark(since, max_seen, ceiling)}, True)
                return
            yield Page(
                records,
                {
                    "since": since,
                    "offset": offset,
                    "max_seen": max_seen and _iso(max_seen),
                    "ceiling": _iso(ceiling),
                },
                False,
            )

    @staticmethod
    def _bookmark(since: str | None, max_seen: datetime | None, ceiling: datetime) -> str:
        previous = _parse(since)
        mark = min(max_seen or previous or ceiling, ceiling)
        return _iso(max(mark, previous) if previous else mark)

    # -- destination -----------------------------------------------------------
    async def upload_batch(
        self, obj: str, records: list[tuple[str, Record]], match_key: str
    ) -> list[RecordOutcome]:
        """Batch subscribe/update; members in a kept status go by PATCH (see module doc)."""
        self._check(obj)
        out: dict[int, RecordOutcome] = {}
        bodies: dict[int, dict[str, Any]] = {}
        for i, (key, record) in enumerate(records):
            body = self._member_body(key, record, match_key)
            if isinstance(body, RecordOutcome):
                out[i] = body
            else:
                bodies[i] = body
        kept = await self._kept_statuses()
        batch = {i: b for i, b in bodies.items() if kept.get(b["_id"], b["status"]) == b["status"]}
        patch = sorted(bodies.keys() - batch.keys())
        patched = await asyncio.gather(
            *(self._patch_profile(records[i][0], bodies[i], kept[bodies[i]["_id"]]) for i in patch)
        )
        out.update(zip(patch, patched, strict=True))
        # The same address twice in one call is ambiguous: later copies go in later calls.
        for round_ in unique_rounds(list(batch.items()), lambda item: item[1]["_id"]):
            out.update(await self._batch_subscribe(records, dict(round_)))
        return [out[i] for i in range(len(records))]

    def _member_body(
        self, key: str, record: Record, match_key: str
    ) -> dict[str, Any] | RecordOutcome:
        """The flat record as a member body, or a rejection naming the field and rule."""
        email = record.get("email_address") or record.get(match_key)
        if not isinstance(email, str) or not email.strip():
            return _reject(key, "email_address", "REQUIRED", "email_address is required")
        status = record.get("status") or self.config.default_status
        if status not in STATUSES:
            return _reject(
                key, "status", "INVALID_STATUS",
                f"status {status!r} is not one of {', '.join(STATUSES)}",
            )  # fmt: skip
        body: dict[str, Any] = {"email_address": email.strip(), "status": status}
        merge = dict(record.get("merge_fields") or {})
        for name, value in record.items():
            if name in ("email_address", "status", "merge_fields", match_key) or name in READ_ONLY:
                continue
            if name == "tags":
                body["tags"] = [t["name"] if isinstance(t, dict) else str(t) for t in value or []]
            elif MERGE_TAG.match(name):
                merge[name] = "" if value is None else value
            elif name in WRITABLE:
                body[name] = value
            else:
                return _reject(
                    key, name, "UNKNOWN_FIELD",
                    f"{name!r} is not a member field; merge fields are upper-case tags "
                    "(FNAME, LNAME, ...)",
                )  # fmt: skip
        if merge:
            body["merge_fields"] = merge
        body["_id"] = subscriber_hash(email)
        return body

    async def _batch_subscribe(
        self, records: list[tuple[str, Record]], batch: dict[int, dict[str, Any]]
    ) -> dict[int, RecordOutcome]:
        members = [{k: v for k, v in b.items() if k != "_id"} for b in batch.values()]
        result = await self.request_json(
            "POST", self.list_path, json={"members": members, "update_existing": True}
        )
        done: dict[str, tuple[Outcome, str | None, str | None]] = {}
        for m in result.get("new_members") or []:
            done[m["id"]] = (Outcome.CREATED, None, None)
        for m in result.get("updated_members") or []:
            done.setdefault(m["id"], (Outcome.UPDATED, None, None))
        for e in result.get("errors") or []:
            h = subscriber_hash(str(e.get("email_address", "")))
            done[h] = (Outcome.REJECTED, str(e.get("error", "")), e.get("error_code"))
        out = {}
        for i, body in batch.items():
            outcome, reason, code = done.get(body["_id"], (Outcome.UNCHANGED, None, None))
            field = "email_address" if outcome == Outcome.REJECTED else None
            out[i] = RecordOutcome(records[i][0], outcome, reason, code, field, body["_id"])
        return out

    async def _patch_profile(self, key: str, body: dict[str, Any], status: str) -> RecordOutcome:
        """Update a kept-status member's profile without a status, so it stays as it is."""
        patch = {k: v for k, v in body.items() if k not in ("_id", "status", "email_address")}
        note = (
            f"status {status!r} kept: a sync never changes the status of a member Mailchimp "
            f"holds as {status} (the record asked for {body['status']!r})"
        )
        try:
            await self.request("PATCH", f"{self.list_path}/members/{body['_id']}", json=patch)
        except HttpError as exc:
            if exc.status >= 500 or exc.status in (401, 403, 429):
                raise
            c = self.classify_response(exc)
            return RecordOutcome(key, Outcome.REJECTED, c.message, c.code, None, body["_id"])
        return RecordOutcome(key, Outcome.UPDATED, note, "STATUS_KEPT", "status", body["_id"])

    async def _get_members(self, params: dict[str, Any]) -> tuple[dict[str, Any], datetime]:
        """One page of members and the server's clock (``request_json`` drops the headers)."""
        response = await self.request("GET", f"{self.list_path}/members", params=params)
        try:
            body: dict[str, Any] = orjson.loads(response.content)
        except orjson.JSONDecodeError:
            raise AdapterError(
                Classified(
                    ErrorKind.TRANSIENT,
                    f"GET members -> {response.status_code}: the body is not valid JSON "
                    f"({len(response.content)} bytes)",
                    status=response.status_code,
                )
            ) from None
        return body, _server_time(response)

    async def _kept_statuses(self) -> dict[str, str]:
        """Members Mailchimp holds as unsubscribed or cleaned: loaded once, then refreshed
        with ``since_last_changed`` (two small calls a batch)."""
        kept = self._kept if self._kept is not None else {}
        since, started = self._kept_since, None
        for status in sorted(KEPT_STATUSES):
            offset = 0
            while True:
                params: dict[str, Any] = {
                    "status": status, "count": 1000, "offset": offset,
                    "fields": "members.id,members.status,total_items",
                }  # fmt: skip
                if since is not None:
                    params["since_last_changed"] = _iso(since)
                body, server_now = await self._get_members(params)
                started = started or server_now
                members = body.get("members") or []
                kept.update((m["id"], m["status"]) for m in members)
                offset += len(members)
                if not members or offset >= int(body.get("total_items", 0)):
                    break
        self._kept, self._kept_since = kept, started
        return kept


def _reject(key: str, field: str, code: str, reason: str) -> RecordOutcome:
    return RecordOutcome(key, Outcome.REJECTED, reason, code, field)
