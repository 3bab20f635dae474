"""HubSpot CRM v3: contacts and companies as a source and as an upserting destination.

A full run lists an object with ``after`` cursors; an incremental run searches by the
object's last-modified property from the previous run's bookmark, ascending, and
re-anchors its filter on the last value seen before HubSpot's 10,000-results-per-query cap.
Uploads are batch upserts by the mapping's match key (``idProperty``), 100 inputs a call,
with 207 multi-status errors mapped back to their records. See docs/ADAPTERS.md.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

import httpx2
from pydantic import Field, model_validator

from syncwright.adapters.base import (
    AdapterError,
    FieldInfo,
    Outcome,
    Page,
    Record,
    RecordOutcome,
)
from syncwright.adapters.batching import Watermark, chunks, fold, record_digest, unique_rounds
from syncwright.adapters.http import HttpAdapter, HttpConnection, HttpError
from syncwright.adapters.hubspot_oauth import HubSpotOAuth, HubSpotOAuthSettings
from syncwright.domain.failures import Classified, ErrorKind
from syncwright.domain.numbers import ascii_int
from syncwright.limits import parse_retry_after
from syncwright.limits.quota import next_midnight

OBJECTS_PATH = "/crm/v3/objects"
SEARCH_CAP = 10_000  # results one search query can page through
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
WINDOW_SECONDS = {"SECONDLY": 1.0, "TEN_SECONDLY_ROLLING": 10.0}  # when no header says


@dataclass(frozen=True, slots=True)
class HubSpotObject:
    """The per-object data of a stream: its replication key and default properties."""

    replication_key: str
    default_properties: tuple[str, ...]


OBJECTS: dict[str, HubSpotObject] = {
    "contacts": HubSpotObject(
        "lastmodifieddate",
        (
            "email",
            "firstname",
            "lastname",
            "company",
            "phone",
            "lifecyclestage",
            "createdate",
            "lastmodifieddate",
        ),
    ),
    "companies": HubSpotObject(
        "hs_lastmodifieddate",
        ("name", "domain", "industry", "phone", "createdate", "hs_lastmodifieddate"),
    ),
}


class HubSpotConnection(HttpConnection):
    """A HubSpot account reached with a private-app token (``token_env`` or ``secret_file``)."""

    platform: Literal["hubspot"]
    base_url: str = Field(default="https://api.hubapi.com", description="The API root.")
    properties: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Per object, the properties to fetch (default: a common set per object).",
    )
    archived: bool = Field(
        default=False,
        description="List archived records instead of live ones (always a full listing: "
        "search cannot see archived records).",
    )
    page_size: int = Field(default=100, ge=1, le=100, description="Records per list call.")
    search_page_size: int = Field(default=200, ge=1, le=200, description="Per search call.")
    search_lookback_seconds: float = Field(
        default=0,
        ge=0,
        description="Start incremental searches this long before the bookmark: HubSpot's "
        "search index lags writes by seconds, so a write indexed late is still found.",
    )
    oauth: HubSpotOAuthSettings | None = Field(
        default=None,
        description="An OAuth app's refresh token instead of token_env / secret_file: access "
        "tokens (30 minutes) renewed before they expire and on 401.",
    )

    @model_validator(mode="after")
    def _one_auth(self) -> HubSpotConnection:
        if self.oauth is not None and (self.token_env or self.secret_file):
            raise ValueError("give oauth or token_env / secret_file, not both")
        return self


class HubSpotAdapter(HttpAdapter):
    """Contacts and companies over HubSpot's CRM v3 API."""

    platform = "hubspot"
    config_model = HubSpotConnection
    upload_group = "batch"
    config: HubSpotConnection
    _oauth: HubSpotOAuth | None = None

    def auth(self) -> httpx2.Auth | None:
        """OAuth app tokens (``oauth:``), renewed as they expire; else the static token."""
        if self.config.oauth is not None:
            self._oauth = HubSpotOAuth(self.config.oauth, self.config.base_url, self.connection_id)
        return self._oauth

    async def close(self) -> None:
        await super().close()
        if self._oauth is not None:
            await self._oauth.aclose()

    # -- data about objects ------------------------------------------------------------
    def _object(self, obj: str) -> HubSpotObject:
        try:
            return OBJECTS[obj]
        except KeyError:
            raise AdapterError(
                Classified(
                    ErrorKind.PERMANENT,
                    f"HubSpot object {obj!r} is not supported (known: {', '.join(OBJECTS)})",
                )
            ) from None

    def _properties(self, obj: str) -> list[str]:
        spec = self._object(obj)
        wanted = self.config.properties.get(obj) or list(spec.default_properties)
        return list(dict.fromkeys([*wanted, spec.replication_key]))

    def fetched_properties(self, obj: str) -> list[str]:
        """The properties a fetch asks for (what a mapping can read; `check` uses it)."""
        return self._properties(obj)

    async def describe(self, obj: str) -> list[FieldInfo]:
        self._object(obj)
        body = await self.request_json("GET", f"/crm/v3/properties/{obj}")
        return [
            FieldInfo(
                p["name"],
                "boolean" if p.get("fieldType") == "booleancheckbox" else p.get("type", "string"),
                False,
                p.get("description", ""),
                label=p.get("label", ""),
                picklist=tuple(str(o["value"]) for o in p.get("options") or [] if "value" in o),
                read_only=bool((p.get("modificationMetadata") or {}).get("readOnlyValue")),
                upsert_key=bool(p.get("hasUniqueValue")) or p["name"] in ("email", "hs_object_id"),
            )
            for p in body.get("results", [])
        ]

    def record_key(self, obj: str, record: Record) -> str:
        return str(record["id"])

    # -- reading -------------------------------------------------------------------------
    async def fetch_records(self, obj: str, cursor: Any) -> AsyncIterator[Page]:
        """Cursor: None (full listing), a bookmark ``{"since": ms, "ids": [...]}`` (search
        from there), or a page cursor that also carries ``list_after`` or ``search_from``."""
        state: dict[str, Any] = dict(cursor or {})
        since = state.get("since")
        mark = Watermark(
            _from_ms(since) if since is not None else None,
            list(state.get("ids", [])),
            state.get("digests"),
        )
        if "search_from" in state:
            pages = self._search(obj, _from_ms(state["search_from"]), state["search_after"], mark)
        elif self.config.archived or mark.since is None or "list_after" in state:
            pages = self._list(obj, state.get("list_after"), mark)
        else:
            start = mark.since - timedelta(seconds=self.config.search_lookback_seconds)
            pages = self._search(obj, start, None, mark)
        async for page in pages:
            yield page

    async def _list(self, obj: str, after: str | None, mark: Watermark) -> AsyncIterator[Page]:
        key = self._object(obj).replication_key
        params: dict[str, Any] = {
            "limit": self.config.page_size,
            "properties": ",".join(self._properties(obj)),
            "archived": str(self.config.archived).lower(),
        }
        while True:
            query = {**params, "after": after} if after else params
            body = await self.request_json("GET", f"{OBJECTS_PATH}/{obj}", params=query)
            records = [_flat(item) for item in body.get("results", [])]
            for rec in records:
                mark.see(_stamp(rec.get(key)), rec["id"], record_digest(rec))
            after = _next_after(body)
            if after is None:
                yield Page(records, _bookmark(mark), True)
                return
            yield Page(records, {**_bookmark(mark), "list_after": after}, False)

    async def _search(
        self, obj: str, query_since: datetime, after: str | None, mark: Watermark
    ) -> AsyncIterator[Page]:
        key = self._object(obj).replication_key
        limit = self.config.search_page_size
        while True:
            query: dict[str, Any] = {
                "filterGroups": [
                    {
                        "filters": [
                            {"propertyName": key, "operator": "GTE", "value": str(_ms(query_since))}
                        ]
                    }
                ],
                "sorts": [{"propertyName": key, "direction": "ASCENDING"}],
                "properties": self._properties(obj),
                "limit": limit,
            }
            if after is not None:
                query["after"] = after
            body = await self.request_json("POST", f"{OBJECTS_PATH}/{obj}/search", json=query)
            results = body.get("results", [])
            records = []
            for rec in map(_flat, results):
                stamp = _stamp(rec.get(key))
                digest = record_digest(rec)
                if not mark.seen(stamp, rec["id"], digest):
                    mark.see(stamp, rec["id"], digest)
                    records.append(rec)
            after = _next_after(body)
            read = ascii_int(after)
            if read is None:
                read = _offset(query) + len(results)
            capped = after is None and int(body.get("total", 0)) > read
            if capped or (after is not None and read >= SEARCH_CAP):
                # The query's 10,000-result cap: start a new query at the newest value seen.
                if mark.since is None or mark.since == query_since:
                    raise AdapterError(
                        Classified(
                            ErrorKind.PERMANENT,
                            f"more than {SEARCH_CAP} HubSpot {obj} share {key} = "
                            f"{_ms(query_since)}; search cannot page past them",
                        )
                    )
                query_since, after = mark.since, None
            elif after is None:
                yield Page(records, _bookmark(mark), True)
                return
            cont = {"search_from": _ms(query_since), "search_after": after}
            yield Page(records, {**_bookmark(mark), **cont}, False)

    # -- reading by value (dry runs) -------------------------------------------------------
    async def read_by_keys(
        self, obj: str, field: str, values: list[str], fields: list[str]
    ) -> dict[str, Record]:
        """The records whose unique property ``field`` is one of ``values`` (batch read by
        ``idProperty``, 100 a call; misses are simply absent), keyed by the value asked for,
        each as ``{"id", **properties}``. Read-only, under the limiter."""
        self._object(obj)
        folded = {str(v).casefold(): str(v) for v in values}
        out: dict[str, Record] = {}
        for i in range(0, len(values), 100):
            chunk = values[i : i + 100]
            body = await self.request_json(
                "POST",
                f"/crm/v3/objects/{obj}/batch/read",
                json={
                    "idProperty": field,
                    "inputs": [{"id": str(v)} for v in chunk],
                    "properties": list(dict.fromkeys([field, *fields])),
                },
            )
            for item in body.get("results", []):
                rec = {"id": item.get("id"), **(item.get("properties") or {})}
                asked = folded.get(str(rec.get(field)).casefold())
                if asked is not None:
                    out.setdefault(asked, rec)
        return out

    async def find_by(
        self, obj: str, field: str, values: list[str], returns: str
    ) -> dict[str, Any]:
        """For a mapping's lookup: ``returns`` (``id`` for the record id) of the record whose
        ``field`` is each value, by the search API's ``IN`` filter (100 values a query; text
        compared case-insensitively, values sent lower-case as HubSpot asks)."""
        self._object(obj)
        folded = {str(v).casefold(): str(v) for v in values}
        out: dict[str, Any] = {}
        for i in range(0, len(values), 100):
            chunk = values[i : i + 100]
            after: str | None = None
            while True:
                query: dict[str, Any] = {
                    "filterGroups": [
                        {
                            "filters": [
                                {
                                    "propertyName": field,
                                    "operator": "IN",
                                    "values": [str(v).lower() for v in chunk],
                                }
                            ]
                        }
                    ],
                    "properties": list(dict.fromkeys([field, returns])),
                    "limit": 100,
                }
                if after is not None:
                    query["after"] = after
                body = await self.request_json("POST", f"{OBJECTS_PATH}/{obj}/search", json=query)
                for item in body.get("results", []):
                    props = item.get("properties") or {}
                    asked = folded.get(str(props.get(field)).casefold())
                    if asked is not None and asked not in out:
                        out[asked] = item.get("id") if returns == "id" else props.get(returns)
                after = _next_after(body)
                if after is None:
                    break
        return out

    async def create_records(self, obj: str, records: list[Record], returns: str) -> dict[str, Any]:
        """Create ``records`` (a lookup's create_if_missing: ``[{field: value}]``), 100 a
        call; returns value -> ``returns`` for the ones created."""
        self._object(obj)
        field = next(iter(records[0])) if records else ""
        created: dict[str, Any] = {}
        for i in range(0, len(records), 100):
            chunk = records[i : i + 100]
            body = await self.request_json(
                "POST",
                f"{OBJECTS_PATH}/{obj}/batch/create",
                json={"inputs": [{"properties": r} for r in chunk]},
            )
            for item in body.get("results", []):
                props = item.get("properties") or {}
                value = props.get(field)
                if value is not None:
                    created[str(value)] = item.get("id") if returns == "id" else props.get(returns)
        if returns != "id" and None in created.values():
            return await self.find_by(obj, field, list(created), returns)
        return created

    # -- writing -------------------------------------------------------------------------
    async def upload_batch(
        self, obj: str, records: list[tuple[str, Record]], match_key: str
    ) -> list[RecordOutcome]:
        """Batch upsert by ``match_key`` (a unique property such as ``email``)."""
        self._object(obj)
        out: list[RecordOutcome | None] = [None] * len(records)
        todo: list[tuple[int, str, Record]] = []
        for n, (key, rec) in enumerate(records):
            if rec.get(match_key) in (None, ""):
                out[n] = RecordOutcome(
                    key,
                    Outcome.REJECTED,
                    f"no value for {match_key!r}, the property HubSpot upserts by",
                    "MISSING_MATCH_KEY",
                    match_key,
                )
            else:
                todo.append((n, key, rec))
        cap = self.limits.batch_max_records or 100
        for round_ in unique_rounds(todo, lambda t: fold(t[2][match_key])):
            for chunk in chunks(round_, cap):
                for (n, _, _), outcome in zip(
                    chunk, await self._upsert(obj, chunk, match_key), strict=True
                ):
                    out[n] = outcome
        return [o for o in out if o is not None]

    async def _upsert(
        self, obj: str, chunk: Sequence[tuple[int, str, Record]], match_key: str
    ) -> list[RecordOutcome]:
        inputs = [
            {
                "idProperty": match_key,
                "id": str(rec[match_key]),
                "objectWriteTraceId": str(i),
                "properties": {k: v for k, v in rec.items() if k != match_key and v is not None},
            }
            for i, (_, _, rec) in enumerate(chunk)
        ]
        body = await self.request_json(
            "POST", f"{OBJECTS_PATH}/{obj}/batch/upsert", json={"inputs": inputs}
        )
        by_value = {fold(rec[match_key]): i for i, (_, _, rec) in enumerate(chunk)}

        def position(trace: Any, value: Any) -> int | None:
            at = ascii_int(str(trace)) if trace is not None else None
            if at is not None and at < len(chunk):
                return at
            return by_value.get(fold(value)) if value is not None else None

        out: list[RecordOutcome | None] = [None] * len(chunk)
        for result in body.get("results", []):
            i = position(
                result.get("objectWriteTraceId"),
                (result.get("properties") or {}).get(match_key),
            )
            if i is not None:
                created = result.get("new") is True
                out[i] = RecordOutcome(
                    chunk[i][1],
                    Outcome.CREATED if created else Outcome.UPDATED,
                    destination_id=str(result.get("id")),
                )
        for error in body.get("errors", []):
            context = error.get("context") or {}
            traces = context.get("objectWriteTraceId") or []
            ids = context.get("ids") or []
            code, field = _error_detail(error)
            for n in range(max(len(traces), len(ids))):
                i = position(
                    traces[n] if n < len(traces) else None, ids[n] if n < len(ids) else None
                )
                if i is not None:
                    out[i] = RecordOutcome(
                        chunk[i][1], Outcome.REJECTED, str(error.get("message", "")), code, field
                    )
        return [
            o
            if o is not None
            else RecordOutcome(
                chunk[i][1],
                Outcome.REJECTED,
                "HubSpot returned no result for this input",
                "NO_RESULT",
            )
            for i, o in enumerate(out)
        ]

    # -- failures ------------------------------------------------------------------------
    def classify_response(self, error: HttpError) -> Classified:
        """HubSpot's error bodies: 429 policies, categories, the message kept verbatim."""
        body = _json_object(error.body)
        message = str(body.get("message") or error.body or f"HTTP {error.status}")
        code = body.get("policyName") or body.get("category") or body.get("errorType")
        status = error.status
        if status == 429:
            if code == "DAILY":
                now = datetime.now(UTC)
                reset = next_midnight(now, self.resolved.timezone)
                wait = (reset - now).total_seconds()
                return Classified(ErrorKind.QUOTA_EXHAUSTED, message, wait, status, code)
            retry_after = parse_retry_after(error.headers.get("Retry-After"), datetime.now(UTC))
            if retry_after is not None:
                return Classified(ErrorKind.RETRY_AFTER, message, retry_after, status, code)
            interval = error.headers.get("X-HubSpot-RateLimit-Interval-Milliseconds")
            ms = ascii_int(interval)
            wait_s = ms / 1000 if ms else None
            wait_s = wait_s or WINDOW_SECONDS.get(str(code))
            return Classified(ErrorKind.RATE_LIMITED, message, wait_s, status, code)
        if status in (401, 403):
            return Classified(ErrorKind.AUTH, message, None, status, code)
        if status in (408, 425) or status >= 500:
            return Classified(ErrorKind.TRANSIENT, message, None, status, code)
        return Classified(ErrorKind.PERMANENT, message, None, status, code)


# -- helpers ----------------------------------------------------------------------------
def _flat(item: dict[str, Any]) -> Record:
    """A HubSpot object as the engine sees it: ``{"id", **properties, "archived"}``."""
    return {
        "id": str(item["id"]),
        **(item.get("properties") or {}),
        "archived": bool(item.get("archived", False)),
    }


def _next_after(body: dict[str, Any]) -> str | None:
    after = ((body.get("paging") or {}).get("next") or {}).get("after")
    return str(after) if after is not None else None


def _offset(query: dict[str, Any]) -> int:
    after = query.get("after")
    return ascii_int(after) or 0


def _stamp(value: Any) -> datetime | None:
    """HubSpot datetimes: ISO 8601 (``...Z``) or epoch milliseconds."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    ms = ascii_int(text)
    if ms is not None:
        return _from_ms(ms)
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _ms(when: datetime) -> int:
    return (when - EPOCH) // timedelta(milliseconds=1)


def _from_ms(ms: int) -> datetime:
    return EPOCH + timedelta(milliseconds=int(ms))


def _bookmark(mark: Watermark) -> dict[str, Any]:
    return {"since": _ms(mark.since) if mark.since is not None else None, **mark.bookmark_parts()}


def _json_object(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _error_detail(error: dict[str, Any]) -> tuple[str | None, str | None]:
    """The most specific code and property of a batch error: HubSpot nests per-property
    details as JSON inside ``message`` ("Property values were not valid: [{...}]")."""
    category = error.get("category")
    message = str(error.get("message", ""))
    start = message.find("[{")
    if start >= 0:
        try:
            details = json.loads(message[start:])
        except ValueError:
            details = None
        if isinstance(details, list) and details and isinstance(details[0], dict):
            first = details[0]
            return str(first.get("error") or category), first.get("name")
    return (str(category) if category else None), None
