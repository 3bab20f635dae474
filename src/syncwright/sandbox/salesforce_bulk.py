"""Salesforce Bulk API 2.0 ingest jobs: create, PUT CSV, UploadComplete, poll, results.

The job advances ``Open -> UploadComplete -> InProgress -> JobComplete | Failed`` one step
per status poll after the upload is closed (``polls_to_complete``), so tests are fast and
deterministic yet an adapter must really poll. Rows go through the same validation and
upsert code as the REST collections, and the result CSVs carry ``sf__Id``/``sf__Created``
or ``sf__Id``/``sf__Error`` in front of the original columns.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from .core import ApiError, json_response
from .seed import salesforce_id

if TYPE_CHECKING:
    from .salesforce import SalesforceSimulator

OPERATIONS = ("insert", "update", "upsert", "delete", "hardDelete")


@dataclass
class Job:
    id: str
    object: str
    operation: str
    external_id: str | None
    line_ending: str
    created: float
    state: str = "Open"
    uploads: list[str] = field(default_factory=list)
    polls: int = 0
    processed: int = 0
    failed: int = 0
    error_message: str | None = None
    header: list[str] = field(default_factory=list)
    successes: list[list[str]] = field(default_factory=list)
    failures: list[list[str]] = field(default_factory=list)
    unprocessed: list[list[str]] = field(default_factory=list)


class BulkIngest:
    """Bulk API 2.0 ingest for one Salesforce simulator."""

    polls_to_complete = 2

    def __init__(self, sim: SalesforceSimulator) -> None:
        self.sim = sim
        self.jobs: dict[str, Job] = {}
        self.counter = 0

    def routes(self, api: str) -> list[BaseRoute]:
        base = api + "/jobs/ingest"
        return [
            Route(base, self.create, methods=["POST"]),
            Route(base, self.list_jobs, methods=["GET"]),
            Route(base + "/", self.list_jobs, methods=["GET"]),
            Route(base + "/{job_id}", self.info, methods=["GET"]),
            Route(base + "/{job_id}", self.patch, methods=["PATCH"]),
            Route(base + "/{job_id}", self.delete, methods=["DELETE"]),
            Route(base + "/{job_id}/batches", self.upload, methods=["PUT"]),
            Route(base + "/{job_id}/batches/", self.upload, methods=["PUT"]),
            Route(base + "/{job_id}/successfulResults", self.successful, methods=["GET"]),
            Route(base + "/{job_id}/successfulResults/", self.successful, methods=["GET"]),
            Route(base + "/{job_id}/failedResults", self.failed, methods=["GET"]),
            Route(base + "/{job_id}/failedResults/", self.failed, methods=["GET"]),
            Route(base + "/{job_id}/unprocessedrecords", self.unprocessed, methods=["GET"]),
            Route(base + "/{job_id}/unprocessedrecords/", self.unprocessed, methods=["GET"]),
        ]

    # -- helpers -----------------------------------------------------------------------
    def _bad(self, message: str, code: str = "INVALIDJOB", status: int = 400) -> ApiError:
        return ApiError(json_response([{"errorCode": code, "message": message}], status))

    def _job(self, request: Request) -> Job:
        job = self.jobs.get(request.path_params["job_id"])
        if job is None:
            raise self._bad("The requested resource does not exist", "NOT_FOUND", 404)
        return job

    def _view(self, job: Job) -> dict[str, Any]:
        from .salesforce import sf_datetime

        view: dict[str, Any] = {
            "id": job.id, "operation": job.operation, "object": job.object,
            "createdById": "005SANDBOX00001AAA", "createdDate": sf_datetime(job.created),
            "systemModstamp": sf_datetime(self.sim.now()), "state": job.state,
            "concurrencyMode": "Parallel", "contentType": "CSV", "apiVersion": 60.0,
            "jobType": "V2Ingest", "lineEnding": job.line_ending, "columnDelimiter": "COMMA",
            "contentUrl": f"services/data/v60.0/jobs/ingest/{job.id}/batches",
            "numberRecordsProcessed": job.processed, "numberRecordsFailed": job.failed,
            "retries": 0, "totalProcessingTime": 0,
        }
        if job.external_id:
            view["externalIdFieldName"] = job.external_id
        if job.error_message:
            view["errorMessage"] = job.error_message
        return view

    def _csv(self, job: Job, header: list[str], rows: list[list[str]]) -> Response:
        out = io.StringIO()
        terminator = "\r\n" if job.line_ending == "CRLF" else "\n"
        writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator=terminator)
        writer.writerow(header)
        writer.writerows(rows)
        return Response(out.getvalue(), media_type="text/csv")

    # -- endpoints ---------------------------------------------------------------------
    async def create(self, request: Request) -> Response:
        body = await self.sim.json_body(request)
        if not isinstance(body, dict):
            raise self._bad("Job definition must be a JSON object")
        obj = next((o for o in self.sim.objects
                    if o.lower() == str(body.get("object", "")).lower()), None)
        if obj is None:
            raise self._bad(f"sObject type '{body.get('object')}' is not supported.",
                            "INVALIDENTITY")
        operation = body.get("operation")
        if operation not in OPERATIONS:
            raise self._bad(f"Invalid operation: {operation}")
        if body.get("contentType", "CSV") != "CSV":
            raise self._bad("Only contentType CSV is supported")
        ext = body.get("externalIdFieldName")
        if operation == "upsert":
            fdef = self.sim.canonical_field(obj, str(ext or ""))
            if not ext or fdef is None:
                raise self._bad("externalIdFieldName is required for upsert and must be an "
                                f"external id field of {obj}", "INVALIDJOB")
            ext = fdef
        line_ending = body.get("lineEnding", "LF")
        if line_ending not in ("LF", "CRLF"):
            raise self._bad(f"Invalid lineEnding: {line_ending}")
        self.counter += 1
        job = Job(salesforce_id("750", self.counter), obj, operation, ext, line_ending,
                  self.sim.now())
        self.jobs[job.id] = job
        return json_response(self._view(job))

    async def list_jobs(self, request: Request) -> Response:
        return json_response({"done": True, "nextRecordsUrl": None,
                              "records": [self._view(j) for j in self.jobs.values()]})

    async def info(self, request: Request) -> Response:
        job = self._job(request)
        if job.state == "UploadComplete":
            job.polls += 1
            if job.polls >= 1:
                job.state = "InProgress"
        elif job.state == "InProgress":
            job.polls += 1
            if job.polls >= self.polls_to_complete:
                self._process(job)
        return json_response(self._view(job))

    async def upload(self, request: Request) -> Response:
        job = self._job(request)
        if job.state != "Open":
            raise self._bad(f"Job {job.id} is not in Open state: {job.state}",
                            "INVALIDJOBSTATE", 409)
        cap = self.sim.limiter.limits.group("bulk_ingest").payload_max_bytes or 157286400
        body = await request.body()
        if len(body) > cap:
            raise self._bad(f"Upload exceeds the maximum of {cap} bytes")
        if "csv" not in request.headers.get("content-type", ""):
            raise self._bad("Content-Type must be text/csv", "INVALIDCONTENTTYPE")
        try:
            job.uploads.append(body.decode("utf-8"))
        except UnicodeDecodeError:
            raise self._bad("CSV data must be UTF-8") from None
        return Response(status_code=201)

    async def patch(self, request: Request) -> Response:
        job = self._job(request)
        body = await self.sim.json_body(request)
        state = body.get("state") if isinstance(body, dict) else None
        if state == "UploadComplete" and job.state == "Open":
            job.state = "UploadComplete"
        elif state == "Aborted" and job.state in ("Open", "UploadComplete", "InProgress"):
            job.state = "Aborted"
            job.header, rows = self._rows(job)
            job.unprocessed = rows
        else:
            raise self._bad(f"Cannot change job state from {job.state} to {state}",
                            "INVALIDJOBSTATE", 409)
        return json_response(self._view(job))

    async def delete(self, request: Request) -> Response:
        job = self._job(request)
        if job.state in ("Open", "InProgress"):
            raise self._bad(f"Job {job.id} cannot be deleted in state {job.state}",
                            "INVALIDJOBSTATE", 409)
        del self.jobs[job.id]
        return Response(status_code=204)

    async def successful(self, request: Request) -> Response:
        job = self._finished(request)
        return self._csv(job, ["sf__Id", "sf__Created", *job.header], job.successes)

    async def failed(self, request: Request) -> Response:
        job = self._finished(request)
        return self._csv(job, ["sf__Id", "sf__Error", *job.header], job.failures)

    async def unprocessed(self, request: Request) -> Response:
        job = self._finished(request)
        return self._csv(job, job.header, job.unprocessed)

    def _finished(self, request: Request) -> Job:
        job = self._job(request)
        if job.state not in ("JobComplete", "Failed", "Aborted"):
            raise self._bad(f"Job {job.id} is not complete: {job.state}", "INVALIDJOBSTATE",
                            409)
        return job

    # -- processing --------------------------------------------------------------------
    def _rows(self, job: Job) -> tuple[list[str], list[list[str]]]:
        header: list[str] = []
        rows: list[list[str]] = []
        for text in job.uploads:
            reader = list(csv.reader(io.StringIO(text)))
            if not reader:
                continue
            header = header or reader[0]
            if reader[0] != header:
                raise ValueError("InvalidBatch : all uploads of a job must share one header")
            rows += [r for r in reader[1:] if r]
        return header, rows

    def _process(self, job: Job) -> None:
        sim = self.sim
        try:
            header, rows = self._rows(job)
        except (ValueError, csv.Error) as exc:
            job.state, job.error_message = "Failed", str(exc)
            return
        job.header = header
        unknown = [h for h in header if sim.canonical_field(job.object, h) is None]
        if unknown or not header:
            job.state = "Failed"
            job.error_message = f"InvalidBatch : Field name not found : {(unknown or [''])[0]}"
            job.unprocessed = rows
            return
        if job.operation == "upsert" and job.external_id not in [
                sim.canonical_field(job.object, h) for h in header]:
            job.state = "Failed"
            job.error_message = (f"InvalidBatch : Field name not found : {job.external_id} "
                                 "(the external id field must be a column)")
            job.unprocessed = rows
            return
        for row in rows:
            values: dict[str, Any] = {h: v for h, v in zip(header, row, strict=False) if v}
            for key, value in list(values.items()):
                if value == "#N/A":
                    values[key] = None
            outcome = self._one(job, values)
            if outcome["success"]:
                job.successes.append([outcome["id"], "true" if outcome.get("created") else
                                      "false", *row])
            else:
                err = outcome["errors"][0]
                text = f"{err['statusCode']}:{err['message']}:{','.join(err['fields'])} --"
                job.failures.append([outcome.get("id") or "", text, *row])
                job.failed += 1
            job.processed += 1
        job.state = "JobComplete"

    def _one(self, job: Job, values: dict[str, Any]) -> dict[str, Any]:
        from .salesforce_collections import record_error

        sim, obj = self.sim, job.object
        if job.operation == "upsert":
            return sim.upsert_record(obj, job.external_id or "Id", values)
        if job.operation == "insert":
            errors = sim.validate(obj, values, None)
            if errors:
                return {"success": False, "errors": errors}
            rec, _ = sim.apply(obj, values, None)
            return {"id": rec["Id"], "success": True, "created": True}
        rid = values.pop("Id", None) or values.pop("id", None)
        existing = sim.tables[obj].get(str(rid))
        if existing is None:
            return {"id": rid, "success": False, "errors": [record_error(
                "ENTITY_IS_DELETED" if rid else "MISSING_ARGUMENT",
                "entity is deleted" if rid else "Id not specified")]}
        if job.operation in ("delete", "hardDelete"):
            sim.delete(obj, existing)
            return {"id": rid, "success": True}
        errors = sim.validate(obj, values, existing)
        if errors:
            return {"id": rid, "success": False, "errors": errors}
        sim.apply(obj, values, existing)
        return {"id": rid, "success": True, "created": False}
