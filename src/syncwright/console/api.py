"""The REST API: the console's features as JSON, under ``/api``.

Each endpoint's docstring carries its OpenAPI operation (after ``---``); ``/api/openapi.json``
is generated from the routes by Starlette's ``SchemaGenerator``. Authorisation: a session
cookie (plus ``X-CSRF-Token`` on writes) or ``Authorization: Bearer <token>``; viewers
read, operators also act on jobs and webhooks, admins also manage users and tokens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route
from starlette.schemas import SchemaGenerator

from syncwright.access import Role
from syncwright.console.auth import Caller
from syncwright.console.web import ORJSONResponse, api, call, int_param, state_of


async def _body(request: Request) -> dict[str, Any]:
    import orjson

    raw = await request.body()
    if not raw:
        return {}
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise ValueError("the request body is not JSON") from None
    if not isinstance(data, dict):
        raise ValueError("the request body must be a JSON object")
    return data


def _changes(body: dict[str, Any]) -> dict[str, Any]:
    changes = body.get("set")
    if not isinstance(changes, dict) or not changes:
        raise ValueError('give the values to set: {"set": {"FIELD": "VALUE"}}')
    return changes


def _ok(data: Any) -> Response:
    return ORJSONResponse(data)


async def _act_on(
    request: Request,
    caller: Caller,
    op: Callable[..., Any],
    path_key: str,
    field: str,
    default: str = "",
) -> Response:
    """``op(caller, the path's PATH_KEY, the body's FIELD as text)``: the shape of the actions
    that take one thing from the URL and one text value from the JSON body."""
    body = await _body(request)
    return _ok(
        await call(
            op, caller.principal, request.path_params[path_key], str(body.get(field, default))
        )
    )


@api(Role.VIEWER)
async def me(request: Request, caller: Caller) -> Response:
    """
    ---
    summary: Who is asking, and their role
    responses: {200: {description: the principal}}
    """
    p = caller.principal
    return _ok({"name": p.name, "role": p.role.value, "via": p.via.split(":")[0]})


@api(Role.VIEWER)
async def list_jobs(request: Request, caller: Caller) -> Response:
    """
    ---
    summary: Every job (newest first) with state, health, progress, rate, ETA and counts
    parameters:
      - {name: state, in: query, schema: {type: string}}
      - {name: name, in: query, schema: {type: string}, description: substring of the job name}
      - {name: limit, in: query, schema: {type: integer, default: 200}}
      - {name: offset, in: query, schema: {type: integer, default: 0}}
    responses: {200: {description: a page of jobs and counts per state}}
    """
    q = request.query_params
    ops = state_of(request).ops
    limit = int_param(request, "limit", 200, 1, 1000)
    offset = int_param(request, "offset", 0, 0, 10**9)
    return _ok(await call(ops.jobs, q.get("state") or None, q.get("name") or None, limit, offset))


@api(Role.VIEWER)
async def get_job(request: Request, caller: Caller) -> Response:
    """
    ---
    summary: One job - state, timeline, recent events, attempts, last error, next steps
    parameters: [{name: job_id, in: path, required: true, schema: {type: string}}]
    responses: {200: {description: the job}, 404: {description: no such job}}
    """
    ops = state_of(request).ops
    return _ok(await call(ops.job, request.path_params["job_id"]))


@api(Role.VIEWER)
async def job_events(request: Request, caller: Caller) -> Response:
    """
    ---
    summary: A job's events in order, a page at a time
    parameters:
      - {name: job_id, in: path, required: true, schema: {type: string}}
      - {name: after, in: query, schema: {type: integer, default: 0}}
      - {name: limit, in: query, schema: {type: integer, default: 200}}
    responses: {200: {description: events}}
    """
    ops = state_of(request).ops
    after = int_param(request, "after", 0, 0, 10**12)
    limit = int_param(request, "limit", 200, 1, 5000)
    return _ok(await call(ops.events, request.path_params["job_id"], after, limit))


def _job_action(name: str, summary: str) -> Any:
    async def handler(request: Request, caller: Caller) -> Response:
        ops = state_of(request).ops
        fn = getattr(ops, name)
        return _ok(await call(fn, caller.principal, request.path_params["job_id"]))

    handler.__name__ = f"{name}_job"
    handler.__doc__ = f"""
    ---
    summary: {summary}
    parameters: [{{name: job_id, in: path, required: true, schema: {{type: string}}}}]
    responses: {{200: {{description: done}}, 403: {{description: viewer}}, 409: {{description: not now}}}}
    """
    return api(Role.OPERATOR)(handler)


resume_job = _job_action("resume", "Resume a job from its checkpoint (the console runs it)")
cancel_job = _job_action("cancel", "Cancel a job")
retry_job = _job_action(
    "retry", "Re-send the job's open failures with their fixes (resumes a stopped job)"
)


@api(Role.ADMIN)
async def resume_with_file(request: Request, caller: Caller) -> Response:
    """
    ---
    summary: Check a corrected job file and resume a job that needs attention with it
    parameters: [{name: job_id, in: path, required: true, schema: {type: string}}]
    requestBody: {content: {application/json: {schema: {type: object, properties: {job_file: {type: string, description: a path on the console's server}}}}}}
    responses: {200: {description: resumed}, 400: {description: the job file is invalid}, 409: {description: not now}}
    """
    ops = state_of(request).ops
    return await _act_on(request, caller, ops.resume_with_file, "job_id", "job_file")


@api(Role.VIEWER)
async def failure_groups(request: Request, caller: Caller) -> Response:
    """
    ---
    summary: Failures grouped by reason code - count and an example each
    parameters:
      - {name: job_id, in: path, required: true, schema: {type: string}}
      - {name: status, in: query, schema: {type: string, default: open}, description: open, retrying, delivered or all}
    responses: {200: {description: groups, largest first}}
    """
    ops = state_of(request).ops
    status = request.query_params.get("status", "open")
    return _ok(
        await call(
            ops.failure_groups, request.path_params["job_id"], None if status == "all" else status
        )
    )


@api(Role.VIEWER)
async def list_failures(request: Request, caller: Caller) -> Response:
    """
    ---
    summary: A page of failures (of one code, or all), keyset-paged by record key
    parameters:
      - {name: job_id, in: path, required: true, schema: {type: string}}
      - {name: code, in: query, schema: {type: string}}
      - {name: status, in: query, schema: {type: string, default: open}}
      - {name: after, in: query, schema: {type: string}}
      - {name: limit, in: query, schema: {type: integer, default: 50}}
    responses: {200: {description: 'items, total, next_after'}}
    """
    q = request.query_params
    ops = state_of(request).ops
    status = q.get("status", "open")
    return _ok(
        await call(
            ops.failures,
            request.path_params["job_id"],
            q.get("code") or None,
            None if status == "all" else status,
            q.get("after") or None,
            int_param(request, "limit", 50, 1, 1000),
        )
    )


@api(Role.OPERATOR)
async def fix_failure(request: Request, caller: Caller) -> Response:
    """
    ---
    summary: Correct one quarantined record (a fix event carrying who did it)
    parameters:
      - {name: job_id, in: path, required: true, schema: {type: string}}
      - {name: key, in: path, required: true, schema: {type: string}}
    requestBody: {content: {application/json: {schema: {type: object, properties: {set: {type: object}}}}}}
    responses: {200: {description: the record's fix}, 403: {description: viewer}}
    """
    body = await _body(request)
    ops = state_of(request).ops
    p = request.path_params
    return _ok(await call(ops.fix, caller.principal, p["job_id"], p["key"], _changes(body)))


@api(Role.OPERATOR)
async def fix_failure_group(request: Request, caller: Caller) -> Response:
    """
    ---
    summary: Set the same values on every open failure of one reason code
    parameters: [{name: job_id, in: path, required: true, schema: {type: string}}]
    requestBody: {content: {application/json: {schema: {type: object, properties: {code: {type: string}, set: {type: object}}}}}}
    responses: {200: {description: how many records were fixed}}
    """
    body = await _body(request)
    code = body.get("code")
    if not isinstance(code, str) or not code:
        raise ValueError('name the group: {"code": "REQUIRED_FIELD_MISSING", "set": {...}}')
    ops = state_of(request).ops
    return _ok(
        await call(
            ops.fix_group, caller.principal, request.path_params["job_id"], code, _changes(body)
        )
    )


@api(Role.VIEWER)
async def search_records(request: Request, caller: Caller) -> Response:
    """
    ---
    summary: Find a job's records by any key - source id, a field value (email), destination id
    parameters:
      - {name: job_id, in: path, required: true, schema: {type: string}}
      - {name: q, in: query, required: true, schema: {type: string}}
    responses: {200: {description: matches}}
    """
    ops = state_of(request).ops
    return _ok(
        await call(ops.search, request.path_params["job_id"], request.query_params.get("q", ""))
    )


@api(Role.VIEWER)
async def record_lineage(request: Request, caller: Caller) -> Response:
    """
    ---
    summary: A record's lineage - fetched, mapped by which version, each upload and outcome, fixes
    parameters:
      - {name: job_id, in: path, required: true, schema: {type: string}}
      - {name: key, in: path, required: true, schema: {type: string}}
    responses: {200: {description: steps, fields (source -> sent), and the raw lineage}}
    """
    ops = state_of(request).ops
    p = request.path_params
    return _ok(await call(ops.lineage, p["job_id"], p["key"]))


@api(Role.VIEWER)
async def mappings(request: Request, caller: Caller) -> Response:
    """
    ---
    summary: Every mapping version the jobs ran, with its rules and jobs
    responses: {200: {description: mappings}}
    """
    return _ok(await call(state_of(request).ops.mappings))


@api(Role.VIEWER)
async def mapping_preview(request: Request, caller: Caller) -> Response:
    """
    ---
    summary: A job's mapping applied to its first fetched records (input -> output)
    parameters:
      - {name: job_id, in: path, required: true, schema: {type: string}}
      - {name: limit, in: query, schema: {type: integer, default: 10}}
    responses: {200: {description: samples}}
    """
    ops = state_of(request).ops
    return _ok(
        await call(
            ops.preview, request.path_params["job_id"], int_param(request, "limit", 10, 1, 100)
        )
    )


DRAFT_BODY = """requestBody:
      content:
        application/json:
          schema:
            type: object
            required: [text, from, to]
            properties:
              text: {type: string, description: what the mapping should do, in plain words}
              from: {type: string, description: source PLATFORM.OBJECT, e.g. hubspot.contacts}
              to: {type: string, description: destination PLATFORM.OBJECT, e.g. salesforce.Lead}
              name: {type: string, description: the mapping's name (its history)}
              samples: {type: array, items: {type: object}, description: sample source records}
              samples_job: {type: string, description: or sample the first 10 records this job fetched}
              mapping: {type: object, description: the edited mapping; hand-edited rules are kept}"""


@api(Role.VIEWER)
async def drafted_mappings(request: Request, caller: Caller) -> Response:
    """
    ---
    summary: Names of the mappings drafted from plain text into this store
    responses: {200: {description: names}}
    """
    return _ok(await call(state_of(request).ops.mapping_names))


@api(Role.OPERATOR)
async def draft_mapping(request: Request, caller: Caller) -> Response:
    return _ok(await call(state_of(request).ops.draft_mapping, await _body(request)))


draft_mapping.__doc__ = f"""
    ---
    summary: Draft a mapping from plain text (mapping draft) - explanation, questions, preview on the samples; writes nothing
    {DRAFT_BODY}
    responses: {{200: {{description: the draft}}, 400: {{description: bad input}}}}
    """


@api(Role.OPERATOR)
async def save_mapping(request: Request, caller: Caller) -> Response:
    ops = state_of(request).ops
    return _ok(await call(ops.save_mapping, caller.principal, await _body(request)))


save_mapping.__doc__ = f"""
    ---
    summary: Draft again over the edited mapping (hand edits kept) and record it as the next version of NAME
    {DRAFT_BODY}
    responses: {{200: {{description: the recorded version}}, 400: {{description: not a valid mapping}}}}
    """


@api(Role.VIEWER)
async def mapping_history(request: Request, caller: Caller) -> Response:
    """
    ---
    summary: Every version of a drafted mapping - text, author, engine, diff, approval (mapping history)
    parameters: [{name: name, in: path, required: true, schema: {type: string}}]
    responses: {200: {description: versions}, 404: {description: no such mapping}}
    """
    ops = state_of(request).ops
    return _ok(await call(ops.mapping_history, request.path_params["name"]))


@api(Role.ADMIN)
async def approve_mapping(request: Request, caller: Caller) -> Response:
    """
    ---
    summary: Approve a version of a mapping, the latest by default (mapping approve)
    parameters: [{name: name, in: path, required: true, schema: {type: string}}]
    requestBody: {content: {application/json: {schema: {type: object, properties: {version: {type: integer}}}}}}
    responses: {200: {description: approved}, 400: {description: no such version}}
    """
    body = await _body(request)
    version = body.get("version")
    if version is not None and not isinstance(version, int):
        raise ValueError("version: a whole number")
    ops = state_of(request).ops
    return _ok(
        await call(ops.approve_mapping, caller.principal, request.path_params["name"], version)
    )


@api(Role.VIEWER)
async def webhook_inbox(request: Request, caller: Caller) -> Response:
    """
    ---
    summary: Webhook events received, newest first, with their actions' states and whether
      each delivery's body is kept or was pruned (``body``, retention)
    parameters: [{name: limit, in: query, schema: {type: integer, default: 50}}]
    responses: {200: {description: inbox}}
    """
    ops = state_of(request).ops
    return _ok(await call(ops.inbox, int_param(request, "limit", 50, 1, 1000)))


@api(Role.VIEWER)
async def webhook_actions(request: Request, caller: Caller) -> Response:
    """
    ---
    summary: Routed actions (state, attempts, last error verbatim), and counts per route
    parameters:
      - {name: state, in: query, schema: {type: string}}
      - {name: route, in: query, schema: {type: string}}
      - {name: limit, in: query, schema: {type: integer, default: 200}}
    responses: {200: {description: actions and routes}}
    """
    q = request.query_params
    ops = state_of(request).ops
    actions = await call(
        ops.actions,
        q.get("state") or None,
        q.get("route") or None,
        int_param(request, "limit", 200, 1, 5000),
    )
    return _ok({"actions": actions, "routes": await call(ops.action_routes)})


@api(Role.OPERATOR)
async def retry_webhook_action(request: Request, caller: Caller) -> Response:
    """
    ---
    summary: Queue one failed action again
    parameters: [{name: action_id, in: path, required: true, schema: {type: string}}]
    responses: {200: {description: the action}}
    """
    ops = state_of(request).ops
    return _ok(await call(ops.retry_action, caller.principal, request.path_params["action_id"]))


@api(Role.OPERATOR)
async def retry_failed_webhook_actions(request: Request, caller: Caller) -> Response:
    """
    ---
    summary: Queue every failed action (of one route, or all) again
    requestBody: {content: {application/json: {schema: {type: object, properties: {route: {type: string}}}}}}
    responses: {200: {description: the actions retried}}
    """
    body = await _body(request)
    ops = state_of(request).ops
    return _ok(await call(ops.retry_failed_actions, caller.principal, body.get("route")))


@api(Role.VIEWER)
async def limits(request: Request, caller: Caller) -> Response:
    """
    ---
    summary: Limiter use per connection and endpoint group against the registry, waits in force
    responses: {200: {description: usage rows, pauses, waiting jobs}}
    """
    return _ok(await call(state_of(request).ops.limits))


@api(Role.VIEWER)
async def workers(request: Request, caller: Caller) -> Response:
    """
    ---
    summary: Live workers, their heartbeats and leases
    parameters: [{name: all, in: query, schema: {type: boolean}}]
    responses: {200: {description: workers}}
    """
    include = request.query_params.get("all", "") in ("1", "true", "yes")
    return _ok(await call(state_of(request).ops.workers, include))


@api(Role.ADMIN)
async def users(request: Request, caller: Caller) -> Response:
    """
    ---
    summary: Users and API tokens (never a hash or a secret)
    responses: {200: {description: users and tokens}}
    """
    return _ok(await call(state_of(request).ops.users))


@api(Role.ADMIN)
async def add_user(request: Request, caller: Caller) -> Response:
    """
    ---
    summary: Create a user
    requestBody: {content: {application/json: {schema: {type: object, properties: {name: {type: string}, role: {type: string}, password: {type: string}}}}}}
    responses: {200: {description: created}}
    """
    body = await _body(request)
    ops = state_of(request).ops
    return _ok(
        await call(
            ops.add_user,
            caller.principal,
            str(body.get("name", "")),
            str(body.get("role", "")),
            str(body.get("password", "")),
        )
    )


@api(Role.ADMIN)
async def set_user_role(request: Request, caller: Caller) -> Response:
    """
    ---
    summary: Change a user's role
    parameters: [{name: name, in: path, required: true, schema: {type: string}}]
    requestBody: {content: {application/json: {schema: {type: object, properties: {role: {type: string}}}}}}
    responses: {200: {description: changed}}
    """
    ops = state_of(request).ops
    return await _act_on(request, caller, ops.set_role, "name", "role")


@api(Role.ADMIN)
async def issue_token(request: Request, caller: Caller) -> Response:
    """
    ---
    summary: Issue an API token for a user (shown once; only its hash is kept)
    parameters: [{name: name, in: path, required: true, schema: {type: string}}]
    requestBody: {content: {application/json: {schema: {type: object, properties: {label: {type: string}}}}}}
    responses: {200: {description: the token}}
    """
    ops = state_of(request).ops
    return await _act_on(request, caller, ops.issue_token, "name", "label", "api")


@api(Role.ADMIN)
async def revoke_token(request: Request, caller: Caller) -> Response:
    """
    ---
    summary: Revoke an API token
    parameters: [{name: token_id, in: path, required: true, schema: {type: string}}]
    responses: {200: {description: revoked}}
    """
    ops = state_of(request).ops
    return _ok(await call(ops.revoke_token, caller.principal, request.path_params["token_id"]))


ROUTES: list[BaseRoute] = [
    Route("/api/me", me, methods=["GET"]),
    Route("/api/jobs", list_jobs, methods=["GET"]),
    Route("/api/jobs/{job_id}", get_job, methods=["GET"]),
    Route("/api/jobs/{job_id}/events", job_events, methods=["GET"]),
    Route("/api/jobs/{job_id}/resume", resume_job, methods=["POST"]),
    Route("/api/jobs/{job_id}/resume-with-file", resume_with_file, methods=["POST"]),
    Route("/api/jobs/{job_id}/cancel", cancel_job, methods=["POST"]),
    Route("/api/jobs/{job_id}/retry", retry_job, methods=["POST"]),
    Route("/api/jobs/{job_id}/failure-groups", failure_groups, methods=["GET"]),
    Route("/api/jobs/{job_id}/failures", list_failures, methods=["GET"]),
    Route("/api/jobs/{job_id}/failures/fix-group", fix_failure_group, methods=["POST"]),
    Route("/api/jobs/{job_id}/failures/{key}/fix", fix_failure, methods=["POST"]),
    Route("/api/jobs/{job_id}/records", search_records, methods=["GET"]),
    Route("/api/jobs/{job_id}/records/{key}", record_lineage, methods=["GET"]),
    Route("/api/jobs/{job_id}/mapping-preview", mapping_preview, methods=["GET"]),
    Route("/api/mappings", mappings, methods=["GET"]),
    Route("/api/mapping-drafts", drafted_mappings, methods=["GET"]),
    Route("/api/mapping-drafts/draft", draft_mapping, methods=["POST"]),
    Route("/api/mapping-drafts/save", save_mapping, methods=["POST"]),
    Route("/api/mapping-drafts/{name}", mapping_history, methods=["GET"]),
    Route("/api/mapping-drafts/{name}/approve", approve_mapping, methods=["POST"]),
    Route("/api/webhooks/inbox", webhook_inbox, methods=["GET"]),
    Route("/api/webhooks/actions", webhook_actions, methods=["GET"]),
    Route("/api/webhooks/actions/retry-failed", retry_failed_webhook_actions, methods=["POST"]),
    Route("/api/webhooks/actions/{action_id}/retry", retry_webhook_action, methods=["POST"]),
    Route("/api/limits", limits, methods=["GET"]),
    Route("/api/workers", workers, methods=["GET"]),
    Route("/api/users", users, methods=["GET"]),
    Route("/api/users", add_user, methods=["POST"]),
    Route("/api/users/{name}/role", set_user_role, methods=["POST"]),
    Route("/api/users/{name}/tokens", issue_token, methods=["POST"]),
    Route("/api/tokens/{token_id}/revoke", revoke_token, methods=["POST"]),
]

SCHEMAS = SchemaGenerator(
    {
        "openapi": "3.0.3",
        "info": {
            "title": "syncwright console API",
            "version": "1",
            "description": "The ops console's features as JSON. Authenticate with "
            "`Authorization: Bearer <token>` (see `syncwright users token`) or a session "
            "cookie plus `X-CSRF-Token` on writes. viewer: read; operator: act on jobs and "
            "webhooks; admin: users and tokens.",
        },
        "components": {
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer"},
                "session": {"type": "apiKey", "in": "cookie", "name": "sw_session"},
            }
        },
        "security": [{"bearer": []}, {"session": []}],
    }
)


async def openapi(request: Request) -> Response:
    """The OpenAPI document of the API (generated from the routes above)."""
    schema = SCHEMAS.get_schema(routes=ROUTES)
    return ORJSONResponse(schema)
