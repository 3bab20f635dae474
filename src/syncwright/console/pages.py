"""The console's pages: server-rendered HTML over the same ``Ops`` as the API.

Every form posts back here with its CSRF token and redirects (303) to the page it came
from, so a reload never repeats an action. Live parts of a page are re-fetched by
``static/live.js`` (``?fragment=1`` returns just that part).
"""

from __future__ import annotations

import secrets
from typing import Any
from urllib.parse import quote, urlencode

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from syncwright.access import Role, authenticate
from syncwright.console.auth import (
    LOGIN_COOKIE,
    SESSION_COOKIE,
    SESSION_SECONDS,
    Caller,
    set_cookie,
)
from syncwright.console.statemachine import svg
from syncwright.console.web import call, int_param, page, render, state_of
from syncwright.domain.job_states import JobState


def _back(url: str, **flash: str) -> Response:
    sep = "&" if "?" in url else "?"
    return RedirectResponse(url + (sep + urlencode(flash) if flash else ""), status_code=303)


def _safe_next(value: Any) -> str:
    """Only a path of this site (no //host, no scheme): no open redirect after sign-in."""
    text = str(value or "/")
    return text if text.startswith("/") and not text.startswith("//") else "/"


async def login_form(request: Request, status: int = 200, error: str = "") -> Response:
    token = secrets.token_urlsafe(24)
    nxt = request.query_params.get("next") or (
        request.url.path + (f"?{request.url.query}" if request.url.query else "")
    )
    response = render(
        request,
        "login.html",
        status,
        title="Sign in",
        login_csrf=token,
        next=_safe_next(nxt if nxt != "/login" else "/"),
        error=error,
    )
    set_cookie(response, request, LOGIN_COOKIE, token, 3600)
    return response


async def login_page(request: Request) -> Response:
    return await login_form(request)


async def login_submit(request: Request) -> Response:
    form = await request.form()
    sent, cookie = form.get("csrf"), request.cookies.get(LOGIN_COOKIE)
    if not isinstance(sent, str) or not cookie or not secrets.compare_digest(sent, cookie):
        return await login_form(request, 403, "the sign-in form was stale; try again")
    st = state_of(request)
    name, password = str(form.get("name", "")), str(form.get("password", ""))
    principal = await call(authenticate, st.ops.store, name, password)
    if principal is None:
        return await login_form(request, 401, "wrong name or password")
    sid, _session = st.sessions.create(principal)
    response = RedirectResponse(_safe_next(form.get("next")), status_code=303)
    set_cookie(response, request, SESSION_COOKIE, sid, SESSION_SECONDS)
    response.delete_cookie(LOGIN_COOKIE, path="/")
    return response


@page(Role.VIEWER)
async def logout(request: Request, caller: Caller) -> Response:
    state_of(request).sessions.drop(request.cookies.get(SESSION_COOKIE))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


# -- Syncs ------------------------------------------------------------------------
SYNCS_PAGE_MAX = 200
"""Rows on one Syncs page at most: the page refreshes itself every 2 s, and 1,000 rows
cost 60-70 ms of CPU a refresh (bench/console_bench.py), too much to hold p95 under
200 ms on a busy machine; pages and the filters reach every job instead."""


@page(Role.VIEWER)
async def syncs(request: Request, caller: Caller) -> Response:
    q = request.query_params
    state, name = q.get("state") or None, q.get("name") or None
    limit = int_param(request, "limit", 100, 1, SYNCS_PAGE_MAX)
    offset = int_param(request, "offset", 0, 0, 10**9)
    data = await call(state_of(request).ops.jobs, state, name, limit, offset)
    template = "syncs_live.html" if q.get("fragment") else "syncs.html"
    return render(
        request,
        template,
        title="Syncs",
        data=data,
        state=state or "",
        name=name or "",
        states=[s.value for s in JobState],
        query=urlencode({k: v for k, v in (("state", state), ("name", name)) if v}),
    )


# -- a sync -----------------------------------------------------------------------
@page(Role.VIEWER)
async def sync_page(request: Request, caller: Caller) -> Response:
    job_id = request.path_params["job_id"]
    data = await call(state_of(request).ops.job, job_id)
    state = JobState(data["job"]["state"])
    previous = JobState(data["previous_state"]) if data["previous_state"] else None
    template = "sync_live.html" if request.query_params.get("fragment") else "sync.html"
    return render(
        request,
        template,
        title=data["job"]["name"] or job_id,
        data=data,
        job=data["job"],
        machine=svg(state, previous),
        flash=request.query_params.get("done", ""),
    )


def _job_action(name: str) -> Any:
    async def handler(request: Request, caller: Caller) -> Response:
        job_id = request.path_params["job_id"]
        ops = state_of(request).ops
        result = await call(getattr(ops, name), caller.principal, job_id)
        form = await request.form()
        back = _safe_next(form.get("back") or f"/jobs/{job_id}")
        return _back(back, done=f"{name}: job is {result['state']}")

    handler.__name__ = f"{name}_form"
    return page(Role.OPERATOR)(handler)


@page(Role.ADMIN)
async def resume_with_file_form(request: Request, caller: Caller) -> Response:
    job_id = request.path_params["job_id"]
    form = await request.form()
    result = await call(
        state_of(request).ops.resume_with_file,
        caller.principal,
        job_id,
        str(form.get("job_file", "")),
    )
    return _back(f"/jobs/{job_id}", done=f"checked and resumed: job is {result['state']}")


# -- failures ---------------------------------------------------------------------
@page(Role.VIEWER)
async def failures_page(request: Request, caller: Caller) -> Response:
    job_id = request.path_params["job_id"]
    ops = state_of(request).ops
    q = request.query_params
    code = q.get("code") or None
    job = await call(ops.job_summary, job_id)
    groups = await call(ops.failure_groups, job_id, "open")
    counts = {g["code"]: g["count"] for g in groups}
    shown = [code] if code else [g["code"] for g in groups[:5]]
    per_group = 50 if code else 5
    after = q.get("after") if code else None
    pages = {
        c: await call(ops.failures, job_id, c, "open", after, per_group, counts.get(c, 0))
        for c in shown
    }
    term = q.get("q", "").strip()
    matches = await call(ops.search, job_id, term) if term else []
    return render(
        request,
        "failures.html",
        title=f"Failures of {job['name']}",
        job=job,
        groups=groups,
        pages=pages,
        code=code or "",
        term=term,
        matches=matches,
        flash=q.get("done", ""),
        quote=quote,
    )


def _form_changes(form: FormData) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    fields, values = form.getlist("field"), form.getlist("value")
    for f, v in zip(fields, values, strict=False):
        if isinstance(f, str) and f.strip() and isinstance(v, str):
            changes[f.strip()] = v
    if not changes:
        raise ValueError("give a field and the value to set")
    return changes


@page(Role.OPERATOR)
async def fix_form(request: Request, caller: Caller) -> Response:
    job_id = request.path_params["job_id"]
    form = await request.form()
    key = str(form.get("key", ""))
    await call(state_of(request).ops.fix, caller.principal, job_id, key, _form_changes(form))
    back = _safe_next(form.get("back") or f"/jobs/{job_id}/failures")
    return _back(back, done=f"fixed {key}")


@page(Role.OPERATOR)
async def fix_group_form(request: Request, caller: Caller) -> Response:
    job_id = request.path_params["job_id"]
    form = await request.form()
    code = str(form.get("code", ""))
    result = await call(
        state_of(request).ops.fix_group, caller.principal, job_id, code, _form_changes(form)
    )
    return _back(f"/jobs/{job_id}/failures", done=f"fixed {result['fixed']:,} records of {code}")


@page(Role.VIEWER)
async def record_page(request: Request, caller: Caller) -> Response:
    p = request.path_params
    data = await call(state_of(request).ops.lineage, p["job_id"], p["key"])
    return render(request, "record.html", title=f"Record {p['key']}", data=data)


# -- mappings, webhooks, limits, users -------------------------------------------
@page(Role.VIEWER)
async def mappings_page(request: Request, caller: Caller) -> Response:
    ops = state_of(request).ops
    items = await call(ops.mappings)
    job = request.query_params.get("preview") or (items[0]["jobs"][0] if items else "")
    preview = await call(ops.preview, job, 10) if job else []
    return render(
        request,
        "mappings.html",
        title="Mappings",
        items=items,
        job=job,
        preview=preview,
        drafted=await call(ops.mapping_names),
        sample_jobs=await call(ops.sample_jobs),
        form={},
        draft=None,
    )


def _draft_form(form: FormData) -> dict[str, str]:
    keys = ("text", "from", "to", "name", "samples", "samples_job", "mapping")
    return {k: str(form.get(k) or "") for k in keys}


@page(Role.OPERATOR)
async def draft_form(request: Request, caller: Caller) -> Response:
    """Draft (or re-draft over an edit) and show it: a computation, nothing is written,
    so this answers with the page instead of a redirect."""
    fields = _draft_form(await request.form())
    if request.query_params.get("fresh"):
        fields["mapping"] = ""  # a new draft from the text alone
    ops = state_of(request).ops
    result = await call(ops.draft_mapping, fields)
    fields["mapping"] = result["yaml"] or fields["mapping"]
    return render(
        request,
        "mapping_draft.html",
        title="Draft a mapping",
        form=fields,
        draft=result,
        sample_jobs=await call(ops.sample_jobs),
    )


@page(Role.OPERATOR)
async def save_mapping_form(request: Request, caller: Caller) -> Response:
    fields = _draft_form(await request.form())
    result = await call(state_of(request).ops.save_mapping, caller.principal, fields)
    name = result["name"]
    return _back(f"/mappings/{quote(name, safe='')}", done=f"saved version {result['version']}")


@page(Role.VIEWER)
async def mapping_history_page(request: Request, caller: Caller) -> Response:
    name = request.path_params["name"]
    data = await call(state_of(request).ops.mapping_history, name)
    return render(
        request,
        "mapping_history.html",
        title=f"Mapping {name}",
        data=data,
        latest=data["versions"][-1],
        flash=request.query_params.get("done", ""),
    )


@page(Role.ADMIN)
async def approve_mapping_form(request: Request, caller: Caller) -> Response:
    name = request.path_params["name"]
    raw = str((await request.form()).get("version") or "")
    if raw and not raw.isdigit():
        raise ValueError(f"version: a whole number, got {raw!r}")
    result = await call(
        state_of(request).ops.approve_mapping, caller.principal, name, int(raw) if raw else None
    )
    return _back(f"/mappings/{quote(name, safe='')}", done=f"approved version {result['approved']}")


@page(Role.VIEWER)
async def webhooks_page(request: Request, caller: Caller) -> Response:
    ops = state_of(request).ops
    state = request.query_params.get("state") or None
    return render(
        request,
        "webhooks.html",
        title="Webhooks",
        inbox=await call(ops.inbox, 50),
        actions=await call(ops.actions, state, None, 200),
        routes=await call(ops.action_routes),
        state=state or "",
        flash=request.query_params.get("done", ""),
    )


@page(Role.OPERATOR)
async def retry_action_form(request: Request, caller: Caller) -> Response:
    action_id = request.path_params["action_id"]
    await call(state_of(request).ops.retry_action, caller.principal, action_id)
    return _back("/webhooks", done=f"action {action_id} queued again")


@page(Role.OPERATOR)
async def retry_failed_actions_form(request: Request, caller: Caller) -> Response:
    form = await request.form()
    route = str(form.get("route") or "") or None
    result = await call(state_of(request).ops.retry_failed_actions, caller.principal, route)
    return _back("/webhooks", done=f"{len(result['retried'])} failed action(s) queued again")


@page(Role.VIEWER)
async def limits_page(request: Request, caller: Caller) -> Response:
    ops = state_of(request).ops
    template = "limits_live.html" if request.query_params.get("fragment") else "limits.html"
    return render(
        request,
        template,
        title="Limits and workers",
        limits=await call(ops.limits),
        fleet=await call(ops.workers, False),
    )


@page(Role.ADMIN)
async def users_page(request: Request, caller: Caller) -> Response:
    data = await call(state_of(request).ops.users)
    return render(
        request,
        "users.html",
        title="Users",
        data=data,
        flash=request.query_params.get("done", ""),
        token=None,
    )


@page(Role.ADMIN)
async def add_user_form(request: Request, caller: Caller) -> Response:
    form = await request.form()
    name = str(form.get("name", ""))
    await call(
        state_of(request).ops.add_user,
        caller.principal,
        name,
        str(form.get("role", "")),
        str(form.get("password", "")),
    )
    return _back("/users", done=f"user {name} added")


@page(Role.ADMIN)
async def issue_token_form(request: Request, caller: Caller) -> Response:
    form = await request.form()
    ops = state_of(request).ops
    result = await call(
        ops.issue_token,
        caller.principal,
        request.path_params["name"],
        str(form.get("label", "api")),
    )
    # Shown once, in this response only: never in a URL, a redirect or a log.
    return render(
        request, "users.html", title="Users", data=await call(ops.users), flash="", token=result
    )


@page(Role.ADMIN)
async def revoke_token_form(request: Request, caller: Caller) -> Response:
    token_id = request.path_params["token_id"]
    await call(state_of(request).ops.revoke_token, caller.principal, token_id)
    return _back("/users", done=f"token {token_id} revoked")


ROUTES: list[BaseRoute] = [
    Route("/login", login_page, methods=["GET"]),
    Route("/login", login_submit, methods=["POST"]),
    Route("/logout", logout, methods=["POST"]),
    Route("/", syncs, methods=["GET"]),
    Route("/jobs/{job_id}", sync_page, methods=["GET"]),
    Route("/jobs/{job_id}/resume", _job_action("resume"), methods=["POST"]),
    Route("/jobs/{job_id}/cancel", _job_action("cancel"), methods=["POST"]),
    Route("/jobs/{job_id}/resume-with-file", resume_with_file_form, methods=["POST"]),
    Route("/jobs/{job_id}/retry", _job_action("retry"), methods=["POST"]),
    Route("/jobs/{job_id}/failures", failures_page, methods=["GET"]),
    Route("/jobs/{job_id}/failures/fix", fix_form, methods=["POST"]),
    Route("/jobs/{job_id}/failures/fix-group", fix_group_form, methods=["POST"]),
    Route("/jobs/{job_id}/records/{key}", record_page, methods=["GET"]),
    Route("/mappings", mappings_page, methods=["GET"]),
    Route("/mappings/draft", draft_form, methods=["POST"]),
    Route("/mappings/save", save_mapping_form, methods=["POST"]),
    Route("/mappings/{name}", mapping_history_page, methods=["GET"]),
    Route("/mappings/{name}/approve", approve_mapping_form, methods=["POST"]),
    Route("/webhooks", webhooks_page, methods=["GET"]),
    Route("/webhooks/retry-failed", retry_failed_actions_form, methods=["POST"]),
    Route("/webhooks/actions/{action_id}/retry", retry_action_form, methods=["POST"]),
    Route("/limits", limits_page, methods=["GET"]),
    Route("/users", users_page, methods=["GET"]),
    Route("/users", add_user_form, methods=["POST"]),
    Route("/users/{name}/tokens", issue_token_form, methods=["POST"]),
    Route("/tokens/{token_id}/revoke", revoke_token_form, methods=["POST"]),
]
