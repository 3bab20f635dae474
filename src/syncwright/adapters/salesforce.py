"""Salesforce REST: Lead, Contact and Account (or any sObject given a field list).

Reading is one SOQL query ordered by ``SystemModstamp``, followed through
``nextRecordsUrl``; an incremental run starts at the previous run's newest
``SystemModstamp``. Writing upserts by an external id field: sObject Collections (200
records a call, per-record results in input order) below ``bulk_threshold`` records, one
Bulk API 2.0 ingest job above it (``salesforce_bulk``). See docs/ADAPTERS.md.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime
from typing import Any, Literal
from urllib.parse import urljoin

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
from syncwright.adapters.salesforce_bulk import BulkSettings, bulk_upsert
from syncwright.adapters.salesforce_oauth import SalesforceOAuth, SalesforceOAuthSettings
from syncwright.domain.failures import Classified, ErrorKind
from syncwright.limits import parse_retry_after

REPLICATION_KEY = "SystemModstamp"
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "Lead": (
        "Id",
        "FirstName",
        "LastName",
        "Email",
        "Company",
        "Phone",
        "Title",
        "Status",
        "LeadSource",
        "CreatedDate",
        "SystemModstamp",
    ),
    "Contact": (
        "Id",
        "FirstName",
        "LastName",
        "Email",
        "Phone",
        "Title",
        "AccountId",
        "CreatedDate",
        "SystemModstamp",
    ),
    "Account": ("Id", "Name", "Website", "Industry", "CreatedDate", "SystemModstamp"),
}
# Whole-request error codes worth retrying (the rest of a 4xx is a wrong request).
TRANSIENT_CODES = {"SERVER_UNAVAILABLE", "UNABLE_TO_LOCK_ROW", "REQUEST_RUNNING_TOO_LONG"}


class SalesforceConnection(HttpConnection):
    """A Salesforce org reached with an access token (``token_env`` or ``secret_file``).

    ``base_url`` is the REST root ``https://<instance>.my.salesforce.com/services/data/v60.0``;
    an instance URL alone gets ``/services/data/<api_version>`` appended.
    """

    platform: Literal["salesforce"]
    api_version: str = Field(default="v60.0", pattern=r"^v\d+\.\d$")
    fields: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Per sObject, the fields to query (default: a common set for Lead, "
        "Contact and Account; required for any other sObject).",
    )
    external_id_fields: dict[str, str] = Field(
        default_factory=dict,
        description="Per sObject, the external id field to upsert by (default: the mapping's "
        "match key, e.g. Email).",
    )
    bulk_threshold: int = Field(
        default=2000, ge=1, description="Upload calls with more records use Bulk API 2.0."
    )
    upload_concurrency: int = Field(
        default=4,
        ge=1,
        le=25,
        description="sObject Collections calls in flight at once on this connection.",
    )
    bulk_poll_seconds: float = Field(default=2.0, gt=0, description="First wait between polls.")
    bulk_poll_max_seconds: float = Field(default=30.0, gt=0, description="Longest poll wait.")
    bulk_timeout_seconds: float = Field(
        default=3600.0, gt=0, description="Give up on (and abort) a bulk job after this."
    )
    query_batch_size: int | None = Field(
        default=None, ge=200, le=2000, description="Records per query page (Salesforce: 2,000)."
    )

    oauth: SalesforceOAuthSettings | None = Field(
        default=None,
        description="OAuth (JWT bearer or refresh token) instead of token_env / secret_file: "
        "sessions renewed before they time out and on INVALID_SESSION_ID.",
    )

    @model_validator(mode="after")
    def _rest_root(self) -> SalesforceConnection:
        if self.oauth is not None and (self.token_env or self.secret_file):
            raise ValueError("give oauth or token_env / secret_file, not both")
        if "/services/data/" not in self.base_url:
            self.base_url = f"{self.base_url.rstrip('/')}/services/data/{self.api_version}"
        return self


class SalesforceAdapter(HttpAdapter):
    """sObjects over the Salesforce REST API, Bulk API 2.0 for big uploads."""

    platform = "salesforce"
    config_model = SalesforceConnection
    upload_group = "default"  # no registry cap: the adapter splits uploads itself
    config: SalesforceConnection
    _gate: asyncio.Semaphore | None = None  # collection calls in flight, made on first use
    _oauth: SalesforceOAuth | None = None

    def auth(self) -> httpx2.Auth | None:
        """OAuth sessions (``oauth:``), renewed as they expire; else the static token."""
        if self.config.oauth is not None:
            self._oauth = SalesforceOAuth(self.config.oauth, self.connection_id)
        return self._oauth

    async def close(self) -> None:
        await super().close()
        if self._oauth is not None:
            await self._oauth.aclose()

    # -- data about objects ------------------------------------------------------------
    def _fields(self, obj: str) -> list[str]:
        wanted = self.config.fields.get(obj) or DEFAULT_FIELDS.get(obj)
        if not wanted:
            raise AdapterError(
                Classified(
                    ErrorKind.PERMANENT,
                    f"no field list for sObject {obj!r}: set fields.{obj} on the connection",
                )
            )
        return list(dict.fromkeys(["Id", *wanted, REPLICATION_KEY]))

    async def describe(self, obj: str) -> list[FieldInfo]:
        body = await self.request_json("GET", f"/sobjects/{obj}/describe")
        return [
            FieldInfo(
                f["name"],
                f.get("type", "string"),
                not f.get("nillable", True)
                and f.get("createable", True)
                and not f.get("defaultedOnCreate", False),
                f.get("inlineHelpText") or "",
                label=f.get("label", ""),
                max_length=f.get("length") or None
                if f.get("type") in ("string", "textarea", "email", "phone", "url", "picklist")
                else None,
                picklist=tuple(
                    p["value"] for p in f.get("picklistValues") or [] if p.get("active", True)
                ),
                read_only=not f.get("createable", True) and not f.get("updateable", True),
                upsert_key=bool(f.get("externalId") or f.get("idLookup") or f["name"] == "Id"),
                references=(f.get("referenceTo") or [None])[0],
            )
            for f in body.get("fields", [])
        ]

    def identity_fields(self, obj: str, match_key: str) -> list[str]:
        return [self.config.external_id_fields.get(obj, match_key)]

    def record_key(self, obj: str, record: Record) -> str:
        return str(record["Id"])

    # -- reading -------------------------------------------------------------------------
    async def fetch_records(self, obj: str, cursor: Any) -> AsyncIterator[Page]:
        """Cursor: None (everything), a bookmark ``{"since": ISO, "ids": [...]}``, or a page
        cursor that adds ``next`` (the ``nextRecordsUrl`` to continue with)."""
        state: dict[str, Any] = dict(cursor or {})
        since = state.get("since")
        mark = Watermark(
            datetime.fromisoformat(since) if since else None,
            list(state.get("ids", [])),
            state.get("digests"),
        )
        next_url: str | None = state.get("next")
        headers = (
            {"Sforce-Query-Options": f"batchSize={self.config.query_batch_size}"}
            if self.config.query_batch_size
            else None
        )
        while True:
            if next_url is None:
                body = await self.request_json(
                    "GET", "/query", params={"q": self._soql(obj, mark)}, headers=headers
                )
            else:
                try:
                    body = await self.request_json("GET", self._absolute(next_url))
                except HttpError as exc:
                    if self.classify_response(exc).code != "INVALID_QUERY_LOCATOR":
                        raise
                    next_url = None  # the locator expired: query again from the watermark
                    continue
            records = []
            for raw in body.get("records", []):
                rec = {k: v for k, v in raw.items() if k != "attributes"}
                stamp = _stamp(rec.get(REPLICATION_KEY))
                digest = record_digest(rec)
                if not mark.seen(stamp, str(rec["Id"]), digest):
                    mark.see(stamp, str(rec["Id"]), digest)
                    records.append(rec)
            next_url = body.get("nextRecordsUrl")
            if body.get("done", True) or not next_url:
                yield Page(records, _bookmark(mark), True)
                return
            yield Page(records, {**_bookmark(mark), "next": next_url}, False)

    def _soql(self, obj: str, mark: Watermark) -> str:
        # >= and the watermark's ids, not >: SystemModstamp has whole seconds, so a record
        # changed later in the same second as the newest one seen must still be found.
        where = (
            f" WHERE {REPLICATION_KEY} >= {mark.since.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}"
            if mark.since is not None
            else ""
        )
        return f"SELECT {', '.join(self._fields(obj))} FROM {obj}{where} ORDER BY {REPLICATION_KEY}"

    def _absolute(self, url: str) -> str:
        """``nextRecordsUrl`` is relative to the instance root, not to the REST root."""
        return urljoin(str(self.client.base_url), url)

    # -- reading by value (lookups, dry runs) ----------------------------------------------
    async def read_by_keys(
        self, obj: str, field: str, values: list[str], fields: list[str]
    ) -> dict[str, Record]:
        """The records whose ``field`` is one of ``values`` (SOQL ``IN``, 100 values a query,
        Salesforce's case-insensitive text match), keyed by the value asked for; with
        several matches the oldest Id wins. Read-only, under the limiter."""
        wanted = list(dict.fromkeys(["Id", field, *fields]))
        folded = {str(v).casefold(): str(v) for v in values}
        out: dict[str, Record] = {}
        for i in range(0, len(values), 100):
            chunk = values[i : i + 100]
            literals = ", ".join(_soql_literal(str(v)) for v in chunk)
            soql = (
                f"SELECT {', '.join(wanted)} FROM {obj} WHERE {field} IN ({literals}) ORDER BY Id"
            )
            body = await self.request_json("GET", "/query", params={"q": soql})
            while True:
                for raw in body.get("records", []):
                    rec = {k: v for k, v in raw.items() if k != "attributes"}
                    asked = folded.get(str(rec.get(field)).casefold())
                    if asked is not None and asked not in out:
                        out[asked] = rec
                next_url = body.get("nextRecordsUrl")
                if body.get("done", True) or not next_url:
                    break
                body = await self.request_json("GET", self._absolute(next_url))
        return out

    async def find_by(
        self, obj: str, field: str, values: list[str], returns: str
    ) -> dict[str, Any]:
        """For a mapping's lookup: ``returns`` of the record whose ``field`` is each value."""
        found = await self.read_by_keys(obj, field, values, [returns])
        return {k: rec.get(returns) for k, rec in found.items()}

    async def create_records(
        self, obj: str, records: list[Record], returns: str
    ) -> dict[str, Any]:
        """Create ``records`` (a lookup's create_if_missing: ``[{field: value}]``); returns
        value -> ``returns`` for the ones created. Failures are left out (the record that
        needed it is then rejected with the lookup's reason)."""
        field = next(iter(records[0])) if records else ""
        created: dict[str, Any] = {}
        for i in range(0, len(records), 200):
            chunk = records[i : i + 200]
            payload = {
                "allOrNone": False,
                "records": [{"attributes": {"type": obj}, **r} for r in chunk],
            }
            body = await self.request_json("POST", "/composite/sobjects", json=payload)
            for rec, result in zip(chunk, body if isinstance(body, list) else [], strict=False):
                if isinstance(result, dict) and result.get("success"):
                    created[str(rec[field])] = result.get("id")
        if returns != "Id" and created:
            return await self.find_by(obj, field, list(created), returns)
        return created

    # -- writing -------------------------------------------------------------------------
    async def upload_batch(
        self, obj: str, records: list[tuple[str, Record]], match_key: str
    ) -> list[RecordOutcome]:
        """Upsert by the external id field: collections of 200, or one bulk job when the
        call holds more than ``bulk_threshold`` records."""
        ext = self.config.external_id_fields.get(obj, match_key)
        out: list[RecordOutcome | None] = [None] * len(records)
        indexed = list(enumerate(records))

        def key(item: tuple[int, tuple[str, Record]]) -> str:
            value = item[1][1].get(ext)
            return fold(value) if value not in (None, "") else f"\0{item[0]}"

        for round_ in unique_rounds(indexed, key):
            if len(round_) > self.config.bulk_threshold:
                settings = BulkSettings(
                    self.config.bulk_poll_seconds,
                    self.config.bulk_poll_max_seconds,
                    self.config.bulk_timeout_seconds,
                )
                results = await bulk_upsert(self, obj, ext, [r for _, r in round_], settings)
                for (n, _), outcome in zip(round_, results, strict=True):
                    out[n] = outcome
                continue
            cap = self.resolved.limits.group("collections").batch_max_records or 200
            await self._upsert_parts(obj, ext, list(chunks(round_, cap)), out)
        return [o for o in out if o is not None]

    async def _upsert_parts(
        self,
        obj: str,
        ext: str,
        parts: list[Sequence[tuple[int, tuple[str, Record]]]],
        out: list[RecordOutcome | None],
    ) -> None:
        """Send one round's collection calls, up to ``upload_concurrency`` at once (for the
        whole connection: the engine may start the next batch before this one ends). They
        touch distinct records, so they may overlap (within the limiter's cap); if one
        fails the others are cancelled and the engine re-sends the whole batch, which the
        upsert makes harmless."""
        if self._gate is None:
            self._gate = asyncio.Semaphore(self.config.upload_concurrency)
        gate = self._gate

        async def send(part: Sequence[tuple[int, tuple[str, Record]]]) -> None:
            async with gate:
                results = await self._collection_upsert(obj, ext, [r for _, r in part])
            for (n, _), outcome in zip(part, results, strict=True):
                out[n] = outcome

        try:
            async with asyncio.TaskGroup() as group:
                for part in parts:
                    group.create_task(send(part))
        except BaseExceptionGroup as failed:
            raise failed.exceptions[0] from None  # the first failure, as a sequential loop would

    async def _collection_upsert(
        self, obj: str, ext: str, rows: Sequence[tuple[str, Record]]
    ) -> list[RecordOutcome]:
        payload = {
            "allOrNone": False,
            "records": [
                {"attributes": {"type": obj}, **{k: v for k, v in rec.items() if v is not None}}
                for _, rec in rows
            ],
        }
        body = await self.request_json("PATCH", f"/composite/sobjects/{obj}/{ext}", json=payload)
        results = body if isinstance(body, list) else []
        outcomes = []
        for n, (key, _) in enumerate(rows):
            result = results[n] if n < len(results) and isinstance(results[n], dict) else None
            if result is None:
                outcomes.append(
                    RecordOutcome(
                        key, Outcome.REJECTED, "Salesforce returned no result", "NO_RESULT"
                    )
                )
            elif result.get("success"):
                created = result.get("created") is True
                outcomes.append(
                    RecordOutcome(
                        key,
                        Outcome.CREATED if created else Outcome.UPDATED,
                        destination_id=result.get("id"),
                    )
                )
            else:
                outcomes.append(_rejected(key, result.get("errors") or []))
        return outcomes

    # -- failures ------------------------------------------------------------------------
    def classify_response(self, error: HttpError) -> Classified:
        """Salesforce's ``[{"message", "errorCode"}]`` bodies, message kept verbatim."""
        first = _first_error(error.body)
        message = str(first.get("message") or error.body or f"HTTP {error.status}")
        code = first.get("errorCode")
        status = error.status
        retry_after = parse_retry_after(error.headers.get("Retry-After"), datetime.now(UTC))
        if status == 401:
            return Classified(ErrorKind.AUTH, message, None, status, code)
        if code == "REQUEST_LIMIT_EXCEEDED":  # the rolling 24-hour allocation is spent
            return Classified(ErrorKind.QUOTA_EXHAUSTED, message, retry_after, status, code)
        if status == 403:
            return Classified(ErrorKind.AUTH, message, None, status, code)
        if status == 429:
            kind = ErrorKind.RETRY_AFTER if retry_after is not None else ErrorKind.RATE_LIMITED
            return Classified(kind, message, retry_after, status, code)
        if status in (408, 425) or status >= 500 or code in TRANSIENT_CODES:
            return Classified(ErrorKind.TRANSIENT, message, retry_after, status, code)
        return Classified(ErrorKind.PERMANENT, message, None, status, code)


# -- helpers ----------------------------------------------------------------------------
def _stamp(value: Any) -> datetime | None:
    """Salesforce datetimes: ``2024-05-01T10:00:00.000+0000``."""
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _bookmark(mark: Watermark) -> dict[str, Any]:
    return {"since": mark.since.isoformat() if mark.since else None, **mark.bookmark_parts()}


def _first_error(text: str) -> dict[str, Any]:
    try:
        body = json.loads(text)
    except ValueError:
        return {}
    if isinstance(body, list) and body and isinstance(body[0], dict):
        return body[0]
    return body if isinstance(body, dict) else {}


def _rejected(key: str, errors: list[dict[str, Any]]) -> RecordOutcome:
    """A per-record failure: the first error's code and fields, every message verbatim."""
    first = errors[0] if errors else {}
    fields = first.get("fields") or []
    return RecordOutcome(
        key,
        Outcome.REJECTED,
        "; ".join(str(e.get("message", "")) for e in errors) or "rejected without a reason",
        first.get("statusCode"),
        ",".join(fields) or None,
    )


def _soql_literal(value: str) -> str:
    """A SOQL string literal: backslash and quote escaped."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
