"""Webhooks: serve, inbox, actions.

Imports are inside the commands so the rest of the CLI starts without the web stack.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.table import Table

from syncwright.cli.app import app, err, out
from syncwright.cli.common import JsonOpt, StoreOpt, fail, open_cli_store, print_json


def _webhook_error(exc: Exception) -> NoReturn:
    fail(str(exc))


@app.command()
def serve(
    config: Annotated[Path, typer.Option("--config", help="The webhook config file (YAML).")],
    routes: Annotated[
        Path | None, typer.Option("--routes", help="Routes file (default: `routes:` in config).")
    ] = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8080,
    store: StoreOpt = None,
) -> None:
    """Receive webhooks: verify, store, acknowledge, then fan out to the routes' actions.

    Examples:

        syncwright serve --config webhooks.yaml --port 8080
    """
    from syncwright.service.serve import build_service
    from syncwright.service.serve import serve as run_server
    from syncwright.webhooks.config import WebhookConfigError

    try:
        service = build_service(config, store or os.environ.get("SYNCWRIGHT_STORE"), routes)
    except WebhookConfigError as exc:
        _webhook_error(exc)
    err.print(
        f"serving webhooks on http://{host}:{port}/webhooks/<platform>/<connection> "
        f"({len(service.settings.connections)} connections, {len(service.routes.routes)} routes)",
        highlight=False,
    )
    run_server(service, host, port)


inbox_app = typer.Typer(
    help="Webhook events received (newest first), and one event with its delivery's body.\n\n"
    "Examples:\n\n"
    "    syncwright inbox --platform hubspot --limit 20\n\n"
    "    syncwright inbox show 1234",
    no_args_is_help=False,
)


@inbox_app.callback(invoke_without_command=True)
def inbox(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(min=1, help="How many of the newest events.")] = 50,
    platform: Annotated[str | None, typer.Option(help="Only this platform.")] = None,
    connection: Annotated[str | None, typer.Option(help="Only this connection.")] = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Webhook events received (newest first) and what their actions did.

    Examples:

        syncwright inbox --platform hubspot --limit 20
    """
    if ctx.invoked_subcommand is not None:
        return
    from syncwright.webhooks.inbox import list_inbox

    rows = list_inbox(open_cli_store(store, read_only=True), limit, platform, connection)
    if as_json:
        print_json(rows)
        return
    if not rows:
        out.print("the inbox is empty: start `syncwright serve` and point a platform at it")
        return
    table = Table(
        "#", "received", "platform/connection", "type", "object", "event id", "actions", "body"
    )
    for r in rows:
        actions = ", ".join(f"{n} {s}" for s, n in sorted(r["actions"].items())) or "-"
        table.add_row(
            str(r["position"]),
            r["received_at"][:23],
            f"{r['platform']}/{r['connection']}",
            r["event_type"],
            f"{r['object_type'] or ''} {r['object_id'] or ''}".strip(),
            r["event_id"][:24],
            actions,
            r["body"].removeprefix("body "),
        )
    out.print(table)


@inbox_app.command("show")
def inbox_show(
    position: Annotated[int, typer.Argument(help="The event's number (# in `inbox`).")],
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """One inbox event, normalised, and its delivery's body as received (secrets cut),
    or when retention pruned that body.

    Examples:

        syncwright inbox show 1234

        syncwright inbox show 1234 --json
    """
    from syncwright.webhooks.inbox import inbox_entry

    item = inbox_entry(open_cli_store(store, read_only=True), position)
    if item is None:
        fail(f"no inbox event #{position}: see `syncwright inbox`")
    if as_json:
        print_json(item)
        return
    out.print(
        f"#{item['position']} {item['platform']}/{item['connection']} {item['event_type']} "
        f"received {item['received_at'][:23]} (delivery {item['delivery_id']})",
        highlight=False,
    )
    print_json(item["event"])
    if item["audit_body"] is None:
        out.print(item["body"], highlight=False)
    else:
        out.print("body as received (secrets cut):", highlight=False)
        out.print(item["audit_body"], markup=False, highlight=False)


app.add_typer(inbox_app, name="inbox")


actions_app = typer.Typer(
    help="Actions routed from webhook events: list them, retry failed ones after a fix.\n\n"
    "Examples:\n\n"
    "    syncwright actions --failed\n\n"
    "    syncwright actions --route form-to-crm --json",
    no_args_is_help=False,
)


@actions_app.callback(invoke_without_command=True)
def actions_list(
    ctx: typer.Context,
    failed: Annotated[bool, typer.Option("--failed", help="Only failed actions.")] = False,
    state: Annotated[str | None, typer.Option(help="Only actions in this state.")] = None,
    route: Annotated[str | None, typer.Option(help="Only this route's actions.")] = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """List routed actions (state, attempts, last error verbatim).

    Examples:

        syncwright actions --failed

        syncwright actions --route form-to-crm --json
    """
    if ctx.invoked_subcommand is not None:
        return
    from syncwright.webhooks.commands import list_actions

    views = list_actions(open_cli_store(store, read_only=True), "failed" if failed else state, route)
    if as_json:
        print_json([v.to_json() for v in views])
        return
    if not views:
        out.print("no actions" + (" failed" if failed else ""))
        return
    table = Table("action", "route/action", "event", "state", "attempt")
    table.add_column("last error", min_width=30, ratio=1)
    for v in views:
        table.add_row(
            v.action_id,
            f"{v.route}/{v.action}",
            f"{v.event_type} {v.object_id or ''}".strip(),
            v.state.value if v.state else "-",
            str(v.attempt),
            v.last_error or "",
        )
    out.print(table)
    if any(v.state and v.state.value == "failed" for v in views):
        out.print("retry after a fix: `syncwright actions retry ACTION_ID` or `--failed`")


@actions_app.command("retry")
def actions_retry(
    action_id: Annotated[str | None, typer.Argument(help="The action to retry.")] = None,
    failed: Annotated[bool, typer.Option("--failed", help="Retry every failed action.")] = False,
    route: Annotated[str | None, typer.Option(help="With --failed: only this route.")] = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Queue failed actions again; a running `syncwright serve` picks them up.

    Examples:

        syncwright actions retry --failed

        syncwright actions retry 9d1c2e3f4a5b
    """
    from syncwright.webhooks.commands import ActionCommandError, retry_action, retry_failed

    if (action_id is None) == (not failed):
        fail("give one ACTION_ID or --failed")
    st = open_cli_store(store)
    try:
        views = [retry_action(st, action_id)] if action_id else retry_failed(st, route)
    except ActionCommandError as exc:
        _webhook_error(exc)
    if as_json:
        print_json([v.to_json() for v in views])
        return
    out.print(f"queued {len(views)} action(s) for another attempt")


app.add_typer(actions_app, name="actions")
