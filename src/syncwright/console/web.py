"""What every console endpoint shares: who is asking, may they, and turning errors into
one clear answer (JSON for the API, a page for the browser)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import orjson
import python_multipart  # noqa: F401  (Starlette parses the console's forms with it)
import yaml
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from syncwright.access import AccessError, Role, allowed
from syncwright.console.auth import SAFE_METHODS, Caller, Sessions, csrf_ok, identify
from syncwright.console.ops import Ops
from syncwright.engine.commands import CommandError
from syncwright.health import fmt_duration
from syncwright.store import StoreError, UnknownJob

Handler = Callable[[Request, Caller], Awaitable[Response]]


@dataclass
class ConsoleState:
    ops: Ops
    sessions: Sessions = field(default_factory=Sessions)
    templates: Environment = field(default_factory=lambda: _environment())


def _thousands(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int) else str(value)


def _duration(seconds: float | None) -> str:
    """As ``syncwright status`` prints it (5 h 40, 12 min 3 s), or -."""
    return "-" if seconds is None else fmt_duration(seconds)


def state_of(request: Request) -> ConsoleState:
    st: ConsoleState = request.app.state.console
    return st


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("syncwright.console", "templates"),
        autoescape=select_autoescape(["html"]),
    )
    env.filters["n"] = _thousands  # 12,345
    env.filters["duration"] = _duration
    env.filters["yaml"] = lambda v: yaml.safe_dump(v, sort_keys=False, allow_unicode=True)
    return env


class ORJSONResponse(JSONResponse):
    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)


def api_error(status: int, message: str) -> Response:
    return ORJSONResponse({"error": message}, status_code=status)


def known_error(exc: Exception) -> tuple[int, str] | None:
    """(status, message) of an error a person can act on; None for a bug."""
    from syncwright.console.drafts import UnknownMapping
    from syncwright.engine.redefine import RedefineError
    from syncwright.webhooks.commands import ActionCommandError

    if isinstance(exc, UnknownJob | UnknownMapping):
        return 404, str(exc)
    if isinstance(exc, CommandError | AccessError | ActionCommandError | RedefineError):
        return 409, str(exc)
    if isinstance(exc, StoreError):
        return 503, str(exc)
    if isinstance(exc, ValueError):
        return 400, str(exc)
    return None


async def call(fn: Callable[..., Any], *args: Any) -> Any:
    """Run a blocking command-layer call off the event loop."""
    return await run_in_threadpool(fn, *args)


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    st = state_of(request)
    caller: Caller | None = getattr(request.state, "caller", None)
    html = st.templates.get_template(template).render(
        request=request,
        me=caller.principal if caller else None,
        csrf=caller.session.csrf if caller and caller.session else "",
        can_operate=bool(caller and allowed(caller.principal.role, Role.OPERATOR)),
        is_admin=bool(caller and allowed(caller.principal.role, Role.ADMIN)),
        **context,
    )
    return HTMLResponse(html, status_code=status)


def api(needs: Role) -> Callable[[Handler], Callable[[Request], Awaitable[Response]]]:
    """An API endpoint: 401 without a session or token, 403 below ``needs``, CSRF checked
    on unsafe methods with a session, errors as ``{"error": ...}``."""

    def wrap(handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            st = state_of(request)
            caller = await call(identify, request, st.ops.store, st.sessions)
            if caller is None:
                return api_error(401, "sign in, or send an API token: Authorization: Bearer ...")
            if not allowed(caller.principal.role, needs):
                return api_error(
                    403, f"{caller.principal.role.value} may not do this (needs {needs.value})"
                )
            if request.method not in SAFE_METHODS and not csrf_ok(
                caller, request.headers.get("x-csrf-token")
            ):
                return api_error(403, "missing or wrong CSRF token (header X-CSRF-Token)")
            request.state.caller = caller
            return await _handle(handler, request, caller, api_error)

        endpoint.__name__ = handler.__name__
        endpoint.__doc__ = handler.__doc__
        return endpoint

    return wrap


async def _handle(
    handler: Handler, request: Request, caller: Caller, known: Callable[[int, str], Response]
) -> Response:
    """Run ``handler``; an error ``known_error`` recognises becomes ``known(status, message)``
    (JSON for the API, an error page for pages), anything else propagates (a 500)."""
    try:
        return await handler(request, caller)
    except Exception as exc:
        found = known_error(exc)
        if found is None:
            raise
        return known(*found)


def page(needs: Role) -> Callable[[Handler], Callable[[Request], Awaitable[Response]]]:
    """A page: 401 with the sign-in form without a session, 403 below ``needs``, CSRF
    checked on every form post, errors shown on an error page."""

    def wrap(handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            st = state_of(request)
            caller = await call(identify, request, st.ops.store, st.sessions)
            if caller is None or caller.session is None:
                from syncwright.console.pages import login_form

                return await login_form(request, status=401)
            request.state.caller = caller
            if not allowed(caller.principal.role, needs):
                return render(
                    request,
                    "error.html",
                    403,
                    title="Not allowed",
                    message=f"{caller.principal.role.value} may not do this (needs {needs.value})",
                )
            if request.method not in SAFE_METHODS:
                form = await request.form()
                sent = form.get("csrf")
                if not csrf_ok(caller, sent if isinstance(sent, str) else None):
                    return render(
                        request,
                        "error.html",
                        403,
                        title="Form refused",
                        message="this form is missing its CSRF token or it is stale; "
                        "reload the page and try again",
                    )

            def error_page(status: int, message: str) -> Response:
                return render(
                    request, "error.html", status, title="Cannot do that", message=message
                )

            return await _handle(handler, request, caller, error_page)

        endpoint.__name__ = handler.__name__
        endpoint.__doc__ = handler.__doc__
        return endpoint

    return wrap


def int_param(request: Request, name: str, default: int, lo: int, hi: int) -> int:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"query parameter {name}: expected a whole number, got {raw!r}") from None
    return max(lo, min(hi, value))
