"""Salesforce Bulk API 2.0 query jobs: create, poll, results in CSV pages with a locator.

A job runs its SOQL when created (a snapshot, as Salesforce's is) and moves
``UploadComplete -> InProgress -> JobComplete`` one step per status poll. Results come in
pages of ``maxRecords`` rows; ``Sforce-Locator`` names the next page (``null`` on the
last), ``Sforce-NumberOfRecords`` counts the rows in this one.
"""

from __future__ import annotations

import base64
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

DELIMITERS = {"COMMA": ",", "TAB": "\t", "PIPE": "|", "SEMICOLON": ";", "CARET": "^",
              "BACKQUOTE": "`"}
DEFAULT_PAGE = 50_000


@dataclass
class QueryJob:
    id: str
    operation: str
    object: str
    query: str
    created: float
    delimiter: str
    line_ending: str
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    state: str = "UploadComplete"
    polls: int = 0


class BulkQuery:
    polls_to_complete = 2

    def __init__(self, sim: SalesforceSimulator) -> None:
        self.sim = sim
        self.jobs: dict[str, QueryJob] = {}
        self.counter = 0

    def routes(self, api: str) -> list[BaseRoute]:
        base = api + "/jobs/query"
        return [Route(base, self.create, methods=["POST"]),
                Route(base, self.list_jobs, methods=["GET"]),
                Route(base + "/{job_id}", self.info, methods=["GET"]),
                Route(base + "/{job_id}", self.abort, methods=["PATCH"]),
                Route(base + "/{job_id}", self.delete, methods=["DELETE"]),
                Route(base + "/{job_id}/results", self.results, methods=["GET"])]

    def _bad(self, message: str, code: str = "INVALIDJOB", status: int = 400) -> ApiError:
        return ApiError(json_response([{"errorCode": code, "message": message}], status))

    def _job(self, request: Request) -> QueryJob:
        job = self.jobs.get(request.path_params["job_id"])
        if job is None:
            raise self._bad("The requested resource does not exist", "NOT_FOUND", 404)
        return job

    def _view(self, job: QueryJob, full: bool = False) -> dict[str, Any]:
        from .salesforce import USER_ID, sf_datetime

        view: dict[str, Any] = {
            "id": job.id, "operation": job.operation, "object": job.object,
            "createdById": USER_ID, "createdDate": sf_datetime(job.created),
            "systemModstamp": sf_datetime(self.sim.now()), "state": job.state,
            "concurrencyMode": "Parallel", "contentType": "CSV", "apiVersion": 60.0,
            "lineEnding": job.line_ending,
            "columnDelimiter": next(k for k, v in DELIMITERS.items() if v == job.delimiter),
        }
        if full:
            view.update(jobType="V2Query", retries=0, totalProcessingTime=0,
                        numberRecordsProcessed=len(job.rows) if job.state == "JobComplete"
                        else 0, isPkChunkingSupported=True)
        return view

    async def create(self, request: Request) -> Response:
        sim = self.sim
        body = await sim.json_body(request)
        if not isinstance(body, dict):
            raise self._bad("Job definition must be a JSON object", "JSON_PARSER_ERROR")
        operation = body.get("operation", "query")
        if operation not in ("query", "queryAll"):
            raise self._bad(f"Invalid operation: {operation}; use query or queryAll",
                            "INVALIDJOB")
        soql = body.get("query")
        if not isinstance(soql, str) or not soql.strip():
            raise self._bad("query is required", "INVALIDJOB")
        delimiter = DELIMITERS.get(str(body.get("columnDelimiter", "COMMA")))
        line_ending = body.get("lineEnding", "LF")
        if delimiter is None or line_ending not in ("LF", "CRLF"):
            raise self._bad("Invalid columnDelimiter or lineEnding", "INVALIDJOB")
        q, rows = sim.run_soql(soql, operation == "queryAll")
        if q.count is not None or q.is_aggregate:
            raise self._bad("Aggregate queries are not supported by Bulk API 2.0 query jobs",
                            "API_ERROR")
        if q.children:
            raise self._bad("Parent-to-child subqueries are not supported by Bulk API 2.0 "
                            "query jobs", "API_ERROR")
        if q.offset:
            raise self._bad("OFFSET is not supported by Bulk API 2.0 query jobs",
                            "API_ERROR")
        self.counter += 1
        job = QueryJob(salesforce_id("750", 100_000 + self.counter), operation, q.sobject,
                       soql, sim.now(), delimiter, line_ending)
        job.header = q.field_names
        job.rows = [[_cell(sim._out(q.sobject, name.split(".")[-1],
                                    sim.resolve(r, q.sobject, tuple(name.split(".")))))
                     for name in q.field_names] for r in rows]
        self.jobs[job.id] = job
        return json_response(self._view(job), 200)

    async def list_jobs(self, request: Request) -> Response:
        return json_response({"done": True, "records": [self._view(j, True)
                                                        for j in self.jobs.values()],
                              "nextRecordsUrl": None})

    async def info(self, request: Request) -> Response:
        job = self._job(request)
        if job.state in ("UploadComplete", "InProgress"):
            job.polls += 1
            if job.polls >= self.polls_to_complete:
                job.state = "JobComplete"
            elif job.polls >= 1:
                job.state = "InProgress"
        return json_response(self._view(job, True))

    async def abort(self, request: Request) -> Response:
        job = self._job(request)
        body = await self.sim.json_body(request)
        if not isinstance(body, dict) or body.get("state") != "Aborted":
            raise self._bad("A query job can only be set to state Aborted", "INVALIDJOB")
        if job.state in ("JobComplete", "Failed", "Aborted"):
            raise self._bad(f"Job is already {job.state}", "INVALIDJOBSTATE")
        job.state = "Aborted"
        return json_response(self._view(job))

    async def delete(self, request: Request) -> Response:
        job = self._job(request)
        if job.state in ("UploadComplete", "InProgress"):
            raise self._bad("Abort the job before deleting it", "INVALIDJOBSTATE")
        del self.jobs[job.id]
        return Response(status_code=204)

    async def results(self, request: Request) -> Response:
        job = self._job(request)
        if job.state != "JobComplete":
            raise self._bad(f"Job {job.id} is in state {job.state}; results are available "
                            "once it is JobComplete", "INVALIDJOBSTATE")
        q = request.query_params
        try:
            size = int(q.get("maxRecords") or DEFAULT_PAGE)
            start = int(base64.b64decode(q["locator"]).decode()) if q.get("locator") else 0
        except (ValueError, UnicodeDecodeError):
            raise self._bad("Invalid locator or maxRecords", "INVALIDLOCATOR") from None
        if size < 1:
            raise self._bad("maxRecords must be at least 1", "INVALIDLOCATOR")
        page = job.rows[start:start + size]
        end = start + len(page)
        out = io.StringIO()
        writer = csv.writer(out, delimiter=job.delimiter, quoting=csv.QUOTE_ALL,
                            lineterminator="\r\n" if job.line_ending == "CRLF" else "\n")
        writer.writerow(job.header)
        writer.writerows(page)
        locator = base64.b64encode(str(end).encode()).decode() if end < len(job.rows) \
            else "null"
        return Response(out.getvalue(), media_type="text/csv", headers={
            "Sforce-Locator": locator, "Sforce-NumberOfRecords": str(len(page))})


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.endswith(".000+0000"):
        return value.replace(".000+0000", ".000Z")
    return str(value)
