"""The command line: run a sync, watch it, explain it, fix it, resume it."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from typing import Annotated, Any, NoReturn

import orjson
import typer
from rich.console import Console
from rich.table import Table

from syncwright.domain.job import JobView
from syncwright.domain.job_states import JobState
from syncwright.engine.commands import (
    CommandError,
    cancel,
    create_job,
    explain_record,
    fix_record,
    request_retry,
    resume,
)
from syncwright.engine.jobfile import JobFileError, load_job_file
from syncwright.engine.orchestrator import JobRunner, stream_of
from syncwright.progress import ProgressDisplay
from syncwright.store import Store, StoreError, open_store

app = typer.Typer(
    name="syncwright",
    help="A durable, event-sourced sync engine for marketing platforms.\n\n"
    "Every job is a state machine you can inspect, fix and resume. The store is a SQLite "
    "file (--store or $SYNCWRIGHT_STORE, default ./syncwright.db).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
out = Console()
err = Console(stderr=True, soft_wrap=True)  # one error, one line, whatever the width

EXIT_ATTENTION = 3
EXIT_WAITING = 4
EXIT_CANCELLED = 5

StoreOpt = Annotated[
    str | None,
    typer.Option(
        "--store", envvar="SYNCWRIGHT_STORE", help="Store file path (default ./syncwright.db)."
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print data as JSON.")]
JobArg = Annotated[str, typer.Argument(help="The job id (see `syncwright status`).")]


@app.callback()
def _global(
    store: Annotated[
        str | None,
        typer.Option("--store", help="Store file for every command (or $SYNCWRIGHT_STORE)."),
    ] = None,
) -> None:
    """Options that apply to every command."""
    if store:
        os.environ["SYNCWRIGHT_STORE"] = store


def _fail(message: str, code: int = 2) -> NoReturn:
    err.print(f"[bold red]error:[/] {message}", highlight=False, markup=True)
    raise typer.Exit(code)


def _store(location: str | None) -> Store:
    return open_store(location)


def _print_json(data: Any) -> None:
    sys.stdout.write(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode() + "\n")


def _exit_code(view: JobView) -> int:
    return {
        JobState.COMPLETED: 0,
        JobState.NEEDS_ATTENTION: EXIT_ATTENTION,
        JobState.WAITING: EXIT_WAITING,
        JobState.CANCELLED: EXIT_CANCELLED,
    }.get(view.state, 1)


def _run(store: Store, job_id: str, as_json: bool) -> NoReturn:
    display = ProgressDisplay(out, enabled=not as_json)
    runner = JobRunner(
        store, job_id, on_state_change=[display.on_state_change], on_progress=display.on_progress
    )
    with display:
        view = asyncio.run(runner.run())
    if as_json:
        _print_json(view.to_json())
    else:
        display.summary(view)
    raise typer.Exit(_exit_code(view))


@app.command()
def run(
    job_file: Annotated[Path, typer.Argument(help="The job file (YAML); see README.")],
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Start a new run of JOB_FILE and drive it until it completes or stops.

    Exit codes: 0 completed, 3 needs attention, 4 waiting, 5 cancelled, 2 bad input.
    """
    definition = load_job_file(job_file)
    st = _store(store)
    job_id = create_job(st, definition)
    if not as_json:
        out.print(f"job [bold]{job_id}[/] created ({definition['name']})")
    else:
        sys.stderr.write(f"job {job_id}\n")
    sys.stdout.flush()
    _run(st, job_id, as_json)


@app.command("resume")
def resume_cmd(
    job_id: JobArg,
    max_rejected_ratio: Annotated[
        float | None,
        typer.Option(min=0, max=1, help="Accept this share of rejected records from now on."),
    ] = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Continue a job from its last checkpoint (after a crash, a wait, or a fix)."""
    st = _store(store)
    resume(st, job_id, max_rejected_ratio)
    _run(st, job_id, as_json)


@app.command("retry")
def retry_cmd(
    job_id: JobArg,
    failed: Annotated[
        bool, typer.Option("--failed", help="Re-send only the quarantined records.")
    ] = False,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Re-send a job's quarantined records (with their fixes) and run it to the end."""
    if not failed:
        _fail("say what to retry: `syncwright retry JOB_ID --failed`")
    st = _store(store)
    request_retry(st, job_id)
    _run(st, job_id, as_json)


@app.command("cancel")
def cancel_cmd(job_id: JobArg, store: StoreOpt = None) -> None:
    """Cancel a job; a runner working on it stops at its next step."""
    view = cancel(_store(store), job_id)
    out.print(f"job {job_id} is {view.state.value}")


@app.command()
def status(store: StoreOpt = None, as_json: JsonOpt = False) -> None:
    """List every job with its state and progress."""
    jobs = _store(store).list_jobs()
    if as_json:
        _print_json([_summary(v) for v in jobs])
        return
    if not jobs:
        out.print("no jobs yet: start one with `syncwright run JOB.yaml`")
        return
    table = Table()
    for name in ("job", "name", "state", "progress", "rejected"):
        table.add_column(name, no_wrap=True)
    table.add_column("updated")
    for v in jobs:
        table.add_row(
            v.job_id,
            v.name,
            _state_text(v),
            _progress_text(v),
            str(v.open_rejections),
            v.updated_at[:19],
        )
    out.print(table)


def _summary(v: JobView) -> dict[str, Any]:
    return {
        "job_id": v.job_id,
        "name": v.name,
        "state": v.state.value,
        "batch": v.batches_uploaded,
        "batches_total": v.batches_total,
        "fetched": v.fetched,
        "created": v.created,
        "updated": v.updated,
        "unchanged": v.unchanged,
        "rejected": v.open_rejections,
        "reason": v.reason,
        "waiting_until": v.waiting_until,
        "updated_at": v.updated_at,
    }


def _state_text(v: JobView) -> str:
    color = {
        JobState.COMPLETED: "green",
        JobState.NEEDS_ATTENTION: "red",
        JobState.WAITING: "yellow",
        JobState.CANCELLED: "dim",
    }.get(v.state, "cyan")
    return f"[{color}]{v.state.value}[/]"


def _progress_text(v: JobView) -> str:
    if v.state == JobState.FETCHING:
        return f"fetched {v.fetched}"
    if v.batches_total is None:
        return "-"
    return f"batch {v.batches_uploaded} of {v.batches_total}"


@app.command()
def inspect(job_id: JobArg, store: StoreOpt = None, as_json: JsonOpt = False) -> None:
    """Where a job is, why, and what to do next."""
    v = _store(store).get_job(job_id)
    if as_json:
        _print_json(
            v.to_json() | {"open_rejections": v.open_rejections, "next_step": _next_step(v)}
        )
        return
    out.print(f"[bold]{v.name}[/] ({v.job_id}): {v.source} -> {v.destination}")
    out.print(
        f"state:     {_state_text(v)}"
        + (f" (was {v.previous_state.value})" if v.previous_state else "")
    )
    if v.batches_total is not None:
        out.print(
            f"batches:   mapped {v.batches_mapped}, validated {v.batches_validated}, "
            f"uploaded {v.batches_uploaded} of {v.batches_total} (batch size {v.batch_size})"
        )
    out.print(
        f"records:   fetched {v.fetched}, created {v.created}, updated {v.updated}, "
        f"unchanged {v.unchanged}, rejected {v.open_rejections}"
    )
    if v.attempt:
        out.print(f"attempt:   {v.attempt}")
    if v.waiting_until:
        out.print(f"waiting:   until {v.waiting_until}")
    if v.reason:
        out.print(f"reason:    {v.reason}", highlight=False, markup=False)
    if v.last_error:
        out.print(f"last error: {v.last_error['message']}", highlight=False, markup=False)
    out.print(f"mapping:   {v.mapping_version}")
    out.print(f"next step: {_next_step(v)}", highlight=False, markup=False)
    table = Table("at", "state", "because", title="timeline")
    for t in v.timeline:
        table.add_row(t["at"][:23], t["state"], t.get("reason") or t["event"])
    out.print(table)


def _next_step(v: JobView) -> str:
    if v.state == JobState.NEEDS_ATTENTION:
        if v.open_rejections:
            return (
                f"see `syncwright failures {v.job_id}`, fix records with `syncwright fix`, then "
                f"`syncwright retry {v.job_id} --failed`; or `syncwright resume {v.job_id}`"
            )
        return f"fix the cause above, then `syncwright resume {v.job_id}`"
    if v.state == JobState.WAITING:
        return f"nothing: it resumes by itself after {v.waiting_until} (`syncwright resume {v.job_id}`)"
    if v.state == JobState.COMPLETED:
        if v.open_rejections:
            return f"fix the rejected records, then `syncwright retry {v.job_id} --failed`"
        return "nothing: the job is done"
    if v.state == JobState.CANCELLED:
        return "nothing: the job was cancelled"
    return f"if no runner is working on it, `syncwright resume {v.job_id}` continues from the checkpoint"


@app.command()
def events(
    job_id: JobArg,
    type_: Annotated[str | None, typer.Option("--type", help="Only events of this type.")] = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Every event of a job, in order: the whole story."""
    st = _store(store)
    st.get_job(job_id)
    evs = [e for e in st.read_stream(stream_of(job_id)) if type_ is None or e.type == type_]
    if as_json:
        _print_json([e.to_json() for e in evs])
        return
    table = Table("#", "at", "type", "data")
    for e in evs:
        data = orjson.dumps(e.data).decode()
        table.add_row(
            str(e.stream_version),
            e.recorded_at[:23],
            e.type,
            data[:120] + ("..." if len(data) > 120 else ""),
        )
    out.print(table)


@app.command()
def failures(
    job_id: JobArg,
    all_: Annotated[
        bool, typer.Option("--all", help="Include delivered and retrying records.")
    ] = False,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Records a job quarantined, with the reason verbatim."""
    st = _store(store)
    st.get_job(job_id)
    rows = st.failures(job_id, status=None if all_ else "open")
    if as_json:
        _print_json([f.to_json() for f in rows])
        return
    if not rows:
        out.print(f"job {job_id} has no {'' if all_ else 'open '}failures")
        return
    table = Table()
    columns = (
        ("record", "phase", "status", "field", "code") if all_ else ("record", "field", "code")
    )
    for name in columns:
        table.add_column(name, no_wrap=True)
    table.add_column("reason", min_width=30, ratio=1)
    table.add_column("fix")
    for f in rows:
        values = {
            "record": f.record_key,
            "phase": f.phase,
            "status": f.status,
            "field": f.field or "",
            "code": f.code or "",
        }
        fix_text = orjson.dumps(f.fix).decode() if f.fix else ""
        table.add_row(*(values[c] for c in columns), f.reason, fix_text)
    out.print(table)


def _parse_set(items: list[str]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for item in items:
        field, sep, value = item.partition("=")
        if not sep or not field.strip():
            _fail(f"--set {item!r}: expected FIELD=VALUE")
        changes[field.strip()] = value
    return changes


@app.command()
def fix(
    job_id: JobArg,
    record_key: Annotated[str, typer.Argument(help="The record's key, as `failures` shows it.")],
    set_: Annotated[
        list[str], typer.Option("--set", help="FIELD=VALUE on the destination record; repeatable.")
    ],
    store: StoreOpt = None,
) -> None:
    """Correct a quarantined record (appends a fix event; history is never edited)."""
    fix_record(_store(store), job_id, record_key, _parse_set(set_))
    out.print(f"fixed {record_key}; send it with `syncwright retry {job_id} --failed`")


@app.command()
def explain(
    job_id: JobArg, record_key: str, store: StoreOpt = None, as_json: JsonOpt = False
) -> None:
    """A record's lineage: fetched by which run, mapped how, sent what, answered what."""
    data = explain_record(_store(store), job_id, record_key)
    if as_json:
        _print_json(data)
        return
    out.print_json(orjson.dumps(data).decode())


@app.command()
def replay(
    store: StoreOpt = None,
    check: Annotated[
        bool, typer.Option("--check", help="Fail if the rebuilt read models differ.")
    ] = False,
) -> None:
    """Drop every read model and rebuild it from the events."""
    st = _store(store)
    before = st.dump_read_models()
    count = st.replay()
    after = st.dump_read_models()
    same = before == after
    out.print(
        f"replayed {count} events; read models {'identical' if same else 'DIFFER'} to the live ones"
    )
    if check and not same:
        raise typer.Exit(1)


# -- the fleet: submit jobs for workers, run workers, list them ----------------------


@app.command()
def submit(
    job_file: Annotated[Path, typer.Argument(help="The job file (YAML); see README.")],
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Queue a new run of JOB_FILE for the workers (`syncwright worker`); prints its id."""
    from syncwright.store.leases import open_leases

    definition = load_job_file(job_file)
    st = _store(store)
    job_id = create_job(st, definition)
    leases = open_leases(st)
    try:
        leases.submit(job_id)
    finally:
        leases.close()
    if as_json:
        _print_json({"job_id": job_id, "name": definition["name"], "state": "queued"})
    else:
        out.print(job_id, highlight=False)


@app.command()
def worker(
    store: StoreOpt = None,
    concurrency: Annotated[int, typer.Option(min=1, help="Jobs this worker runs at once.")] = 4,
    lease_seconds: Annotated[
        float, typer.Option(min=0.5, help="A lease not renewed for this long is taken over.")
    ] = 30.0,
    heartbeat_seconds: Annotated[
        float | None, typer.Option(min=0.1, help="Renew leases this often (default lease/3).")
    ] = None,
    poll_seconds: Annotated[
        float | None,
        typer.Option(min=0.05, help="Fallback poll (default 5 s with NOTIFY, 1 s on SQLite)."),
    ] = None,
    exit_when_idle: Annotated[
        bool, typer.Option("--exit-when-idle", help="Exit once nothing is left to run.")
    ] = False,
) -> None:
    """Run submitted jobs until SIGTERM: claim by lease, heartbeat, stop at a checkpoint."""
    from syncwright.engine.worker import Worker, WorkerSettings

    if heartbeat_seconds is not None and heartbeat_seconds >= lease_seconds:
        raise CommandError("--heartbeat-seconds must be shorter than --lease-seconds")
    settings = WorkerSettings(
        concurrency=concurrency,
        lease_seconds=lease_seconds,
        heartbeat_seconds=heartbeat_seconds or lease_seconds / 3,
        poll_seconds=poll_seconds,
        exit_when_idle=exit_when_idle,
    )

    def log(message: str) -> None:
        err.print(message, highlight=False, markup=False, soft_wrap=True)

    w = Worker(store, settings, log=log)
    asyncio.run(w.run())


@app.command()
def workers(
    store: StoreOpt = None,
    all_: Annotated[
        bool, typer.Option("--all", help="Include stopped and dead workers.")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Live workers, their heartbeats and the jobs they hold leases on."""
    from syncwright.store.leases import open_leases

    st = _store(store)
    leases = open_leases(st)
    try:
        rows = leases.workers(include_dead=all_)
    finally:
        leases.close()
    if as_json:
        _print_json([w.to_json() for w in rows])
        return
    if not rows:
        out.print("no live workers: start one with `syncwright worker`")
        return
    table = Table()
    for name in ("worker", "host", "pid", "status", "heartbeat", "jobs"):
        table.add_column(name, no_wrap=name != "jobs")
    for w in rows:
        info = w.to_json()
        jobs = ", ".join(
            f"{lease['job_id']} ({lease['state']}{', expired' if lease['expired'] else ''})"
            for lease in info["leases"]
        )
        table.add_row(
            w.worker_id,
            w.host,
            str(w.pid),
            w.status,
            str(info["heartbeat_at"])[11:23],
            jobs or "-",
        )
    out.print(table)


# -- webhooks: serve, inbox, actions ---------------------------------------------------
# Imports are inside the commands so the rest of the CLI starts without the web stack.


def _webhook_error(exc: Exception) -> NoReturn:
    _fail(str(exc))


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
    """Receive webhooks: verify, store, acknowledge, then fan out to the routes' actions."""
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


@app.command()
def inbox(
    limit: Annotated[int, typer.Option(min=1, help="How many of the newest events.")] = 50,
    platform: Annotated[str | None, typer.Option(help="Only this platform.")] = None,
    connection: Annotated[str | None, typer.Option(help="Only this connection.")] = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Webhook events received (newest first) and what their actions did."""
    from syncwright.webhooks.inbox import list_inbox

    rows = list_inbox(_store(store), limit, platform, connection)
    if as_json:
        _print_json(rows)
        return
    if not rows:
        out.print("the inbox is empty: start `syncwright serve` and point a platform at it")
        return
    table = Table("#", "received", "platform/connection", "type", "object", "event id", "actions")
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
        )
    out.print(table)


actions_app = typer.Typer(
    help="Actions routed from webhook events: list them, retry failed ones after a fix.",
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
    """List routed actions (state, attempts, last error verbatim)."""
    if ctx.invoked_subcommand is not None:
        return
    from syncwright.webhooks.commands import list_actions

    views = list_actions(_store(store), "failed" if failed else state, route)
    if as_json:
        _print_json([v.to_json() for v in views])
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
    """Queue failed actions again; a running `syncwright serve` picks them up."""
    from syncwright.webhooks.commands import ActionCommandError, retry_action, retry_failed

    if (action_id is None) == (not failed):
        _fail("give one ACTION_ID or --failed")
    st = _store(store)
    try:
        views = [retry_action(st, action_id)] if action_id else retry_failed(st, route)
    except ActionCommandError as exc:
        _webhook_error(exc)
    if as_json:
        _print_json([v.to_json() for v in views])
        return
    out.print(f"queued {len(views)} action(s) for another attempt")


app.add_typer(actions_app, name="actions")


def _mount_optional() -> None:
    """Sub-apps that live beside the core (sandbox simulators, rate limits)."""
    try:
        from syncwright.sandbox.cli import sandbox_app

        app.add_typer(sandbox_app, name="sandbox", help="Local simulators of the platforms.")
    except ImportError:
        pass
    try:
        from syncwright.limits.cli import limits_app

        app.add_typer(limits_app, name="limits", help="The rate-limit registry and current usage.")
    except ImportError:
        pass


_mount_optional()


def main() -> None:
    """Entry point: turns known errors into one clear line and a non-zero exit."""
    try:
        app()
    except (StoreError, JobFileError, CommandError) as exc:
        err.print(f"[bold red]error:[/] {exc}", highlight=False)
        sys.exit(2)
    except KeyboardInterrupt:
        err.print("interrupted; the job resumes from its last checkpoint with `syncwright resume`")
        sys.exit(130)
    except Exception as exc:
        if os.environ.get("SYNCWRIGHT_DEBUG"):
            raise
        err.print(
            f"[bold red]internal error:[/] {type(exc).__name__}: {exc} (set SYNCWRIGHT_DEBUG=1 for details)",
            highlight=False,
        )
        sys.exit(70)


if __name__ == "__main__":
    main()
