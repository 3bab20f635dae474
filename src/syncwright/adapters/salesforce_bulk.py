"""Salesforce Bulk API 2.0 ingest: one upsert job for an upload too big for collections.

Create the job (``externalIdFieldName``), PUT the records as one CSV, close it
(``UploadComplete``), poll with a bounded backoff until ``JobComplete``/``Failed``/
``Aborted``, then read ``successfulResults/`` and ``failedResults/`` and map each row back
to its input record by the external id value (rows come back in no promised order).
A job that cannot finish in time is aborted, so a retry never races a zombie job.
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import io
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from syncwright.adapters.base import AdapterError, Outcome, Record, RecordOutcome
from syncwright.adapters.batching import fold
from syncwright.adapters.http import HttpAdapter
from syncwright.domain.failures import Classified, ErrorKind

JOBS = "/jobs/ingest"
FINAL_STATES = ("JobComplete", "Failed", "Aborted")
UPLOAD_GROUP = "bulk_upload"  # registry group holding the upload's payload cap


@dataclass(frozen=True, slots=True)
class BulkSettings:
    poll_seconds: float = 2.0  # first wait between status polls, doubled up to the max
    poll_max_seconds: float = 30.0
    timeout_seconds: float = 3600.0


async def bulk_upsert(
    api: HttpAdapter,
    obj: str,
    ext: str,
    rows: Sequence[tuple[str, Record]],
    settings: BulkSettings,
) -> list[RecordOutcome]:
    """Upsert ``rows`` (engine key, record) by ``ext`` in one ingest job; outcomes in order."""
    outcomes: list[RecordOutcome | None] = [None] * len(rows)
    send: list[int] = []
    for n, (key, rec) in enumerate(rows):
        if rec.get(ext) in (None, ""):  # unmappable in the results: no key to match on
            reason = f"no value for the external id field {ext!r}"
            outcomes[n] = RecordOutcome(key, Outcome.REJECTED, reason, "MISSING_ARGUMENT", ext)
        else:
            send.append(n)
    if not send:
        return [o for o in outcomes if o is not None]
    data = _csv(ext, [rows[n][1] for n in send])
    cap = api.resolved.limits.group(UPLOAD_GROUP).payload_max_bytes
    if cap is not None and len(data) > cap:
        raise AdapterError(
            Classified(
                ErrorKind.PERMANENT,
                f"the CSV for this batch is {len(data)} bytes, over Bulk API 2.0's {cap} "
                "per upload: lower the job's batch_size",
            )
        )
    job = await api.request_json(
        "POST",
        JOBS,
        json={
            "object": obj,
            "externalIdFieldName": ext,
            "contentType": "CSV",
            "operation": "upsert",
            "lineEnding": "LF",
        },
    )
    job_id = str(job["id"])
    try:
        await api.request(
            "PUT", f"{JOBS}/{job_id}/batches", content=data, headers={"Content-Type": "text/csv"}
        )
        await api.request_json("PATCH", f"{JOBS}/{job_id}", json={"state": "UploadComplete"})
        info = await _wait(api, job_id, settings)
    except Exception:
        await _abort(api, job_id)
        raise
    if info.get("state") != "JobComplete":
        message = info.get("errorMessage") or f"Bulk API job {job_id} ended {info.get('state')}"
        raise AdapterError(Classified(ErrorKind.PERMANENT, str(message), code="BULK_JOB_FAILED"))
    by_value = {fold(rows[n][1][ext]): n for n in send}
    for row in await _results(api, job_id, "successfulResults"):
        i = by_value.get(fold(row.get(ext, "")))
        if i is not None:
            created = row.get("sf__Created", "").lower() == "true"
            outcomes[i] = RecordOutcome(
                rows[i][0],
                Outcome.CREATED if created else Outcome.UPDATED,
                destination_id=row.get("sf__Id") or None,
            )
    for row in await _results(api, job_id, "failedResults"):
        i = by_value.get(fold(row.get(ext, "")))
        if i is not None:
            code, message, field = parse_error(row.get("sf__Error", ""))
            outcomes[i] = RecordOutcome(rows[i][0], Outcome.REJECTED, message, code, field)
    return [
        o
        if o is not None
        else RecordOutcome(
            rows[n][0], Outcome.REJECTED, f"not processed by Bulk API job {job_id}", "UNPROCESSED"
        )
        for n, o in enumerate(outcomes)
    ]


def _csv(ext: str, records: Sequence[Record]) -> bytes:
    """One CSV: the external id first, then every field any record sets; a blank cell leaves
    the field as it is (None is "no value", as in the collections path)."""
    columns = list(
        dict.fromkeys([ext, *(k for rec in records for k, v in rec.items() if v is not None)])
    )
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for rec in records:
        writer.writerow([_cell(rec.get(c)) for c in columns])
    return out.getvalue().encode("utf-8")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


async def _wait(api: HttpAdapter, job_id: str, settings: BulkSettings) -> dict[str, Any]:
    deadline = time.monotonic() + settings.timeout_seconds
    delay = settings.poll_seconds
    while True:
        info: dict[str, Any] = await api.request_json("GET", f"{JOBS}/{job_id}")
        if info.get("state") in FINAL_STATES:
            return info
        if time.monotonic() + delay > deadline:
            raise AdapterError(
                Classified(
                    ErrorKind.TRANSIENT,
                    f"Bulk API job {job_id} still {info.get('state')} after "
                    f"{settings.timeout_seconds:g} s; aborted",
                )
            )
        await asyncio.sleep(delay)
        delay = min(delay * 2, settings.poll_max_seconds)


async def _abort(api: HttpAdapter, job_id: str) -> None:
    """Best effort: a job left open would otherwise still run after we gave up on it."""
    with contextlib.suppress(Exception):  # the original failure is what matters
        await api.request("PATCH", f"{JOBS}/{job_id}", json={"state": "Aborted"})


async def _results(api: HttpAdapter, job_id: str, kind: str) -> list[dict[str, str]]:
    response = await api.request("GET", f"{JOBS}/{job_id}/{kind}/")
    return list(csv.DictReader(io.StringIO(response.text)))


def parse_error(text: str) -> tuple[str | None, str, str | None]:
    """``sf__Error`` is ``CODE:message:field,field --``; returns (code, message, fields) with
    the message verbatim, or (None, the whole text, None) if it has another shape."""
    body = text.strip().removesuffix("--").strip()
    code, sep, rest = body.partition(":")
    if not sep or not code.replace("_", "").isalnum() or not code.isupper():
        return None, text, None
    message, sep, fields = rest.rpartition(":")
    if sep and " " not in fields.strip():
        return code, message, fields.strip() or None
    return code, rest, None
