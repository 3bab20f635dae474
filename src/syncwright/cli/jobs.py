"""Commands on one job: run, watch, explain, fix, retry, resume, cancel, replay."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import orjson
import typer
from rich.table import Table

from syncwright.cli.app import app, err, out
from syncwright.cli.common import (
    EXIT_BUSY,
    JobArg,
    JsonOpt,
    StoreOpt,
    fail,
    human_bytes,
    open_cli_store,
    print_json,
    run_to_end,
)
from syncwright.domain.job import JobView
from syncwright.domain.job_states import JobState
from syncwright.engine.commands import (
    cancel,
    create_job,
    explain_record,
    fix_record,
    request_retry,
    resume,
)
from syncwright.engine.failure_groups import NO_CODE, failure_groups, failures_page
from syncwright.engine.jobfile import load_job_file
from syncwright.engine.lineage import field_changes, lineage_steps, search_records
from syncwright.engine.orchestrator import stream_of
from syncwright.health import (
    Health,
    HealthStatus,
    fmt_duration,
    job_health,
    jobs_health,
    live_runner,
    live_runner_sentence,
)
from syncwright.store import Store


@app.command()
def run(
    job_file: Annotated[Path, typer.Argument(help="The job file (YAML); see README.")],
    dry_run: Annotated[
        bool,
        typer.Option(
            "--dry-run",
            help="Fetch, map, validate and compare with the destination; write nothing.",
        ),
    ] = False,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Start a new run of JOB_FILE and drive it until it completes or stops. The job is
    checked first (`syncwright check`): nothing starts while a problem is found.

    Exit codes: 0 completed, 2 bad input, 3 needs attention, 4 waiting, 5 cancelled,
    6 completed but nothing delivered (every record rejected), 7 another runner has it
    (see the README for all of them).
    With --dry-run: what the run would create, update, leave unchanged, skip and reject,
    compared with the destination by match key (read-only calls); nothing is written.

    Examples:

        syncwright run examples/contacts-to-leads/job.yaml

        syncwright run job.yaml --dry-run
    """
    from syncwright.cli.check import fail_unless_checked

    definition = load_job_file(job_file)
    fail_unless_checked(job_file)
    if dry_run:
        from syncwright.cli.dryrun import report_dry_run

        report_dry_run(definition, as_json)
        return
    st = open_cli_store(store)
    job_id = create_job(st, definition)
    if not as_json:
        out.print(f"job [bold]{job_id}[/] created ({definition['name']})")
    else:
        sys.stderr.write(f"job {job_id}\n")
    sys.stdout.flush()
    run_to_end(st, job_id, as_json)


@app.command("resume")
def resume_cmd(
    job_id: JobArg,
    max_rejected_ratio: Annotated[
        float | None,
        typer.Option(min=0, max=1, help="Accept this share of rejected records from now on."),
    ] = None,
    job_file: Annotated[
        Path | None,
        typer.Option(
            "--job-file",
            help="A corrected job file: checked, then frozen as the job's new definition.",
        ),
    ] = None,
    take_over: Annotated[
        bool,
        typer.Option(
            "--take-over",
            help="Run it here even though another runner is alive; that runner stops.",
        ),
    ] = False,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Continue a job from its last checkpoint (after a crash, a wait, or a fix). With
    --job-file, a job stuck on its configuration (a wrong object, a missing credential, a
    mapping error) takes the corrected file first: it is checked like `syncwright check`,
    frozen as a new event (the old definition stays in the history), and what changed is
    printed. A job whose runner is alive (a fresh heartbeat) is refused unless
    --take-over: then that runner stops at once and this one continues (exit 7 there).

    Examples:

        syncwright resume 3f2a9c1b7d4e

        syncwright resume 3f2a9c1b7d4e --job-file job.yaml

        syncwright resume 3f2a9c1b7d4e --take-over
    """
    st = open_cli_store(store)
    st.get_job(job_id)
    live = live_runner(st, job_id)
    if live is not None and not take_over:
        fail(live_runner_sentence(job_id, live), EXIT_BUSY)
    if job_file is not None:
        from syncwright.cli.check import fail_unless_checked
        from syncwright.engine.redefine import RedefineError, redefine

        definition = load_job_file(job_file)
        st.get_job(job_id)  # an unknown job is named before anything is checked
        fail_unless_checked(job_file)
        try:
            changed = redefine(st, job_id, definition)
        except RedefineError as exc:
            fail(str(exc))
        # With --json, stdout carries only the job's JSON: what changed goes to stderr.
        say = err if as_json else out
        if not changed:
            say.print(f"{job_file}: same definition as the job's; nothing changed")
        for line in changed:
            say.print(f"changed {line}", highlight=False, markup=False)
    resume(st, job_id, max_rejected_ratio)
    run_to_end(st, job_id, as_json)


@app.command("retry")
def retry_cmd(
    job_id: JobArg,
    failed: Annotated[
        bool, typer.Option("--failed", help="Re-send only the quarantined records.")
    ] = False,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Re-send a job's quarantined records (with their fixes) and run it to the end.

    Examples:

        syncwright retry 3f2a9c1d7e4b --failed
    """
    if not failed:
        fail("say what to retry: `syncwright retry JOB_ID --failed`")
    st = open_cli_store(store)
    request_retry(st, job_id)
    run_to_end(st, job_id, as_json)


@app.command("cancel")
def cancel_cmd(job_id: JobArg, store: StoreOpt = None) -> None:
    """Cancel a job; a runner working on it stops at its next step.

    Examples:

        syncwright cancel 3f2a9c1d7e4b
    """
    view = cancel(open_cli_store(store), job_id)
    out.print(f"job {job_id} is {view.state.value}")


@app.command()
def status(store: StoreOpt = None, as_json: JsonOpt = False) -> None:
    """List every job with its state, health, progress, rate and ETA.

    Health says whether a job is normal or wedged (ok, slow, stalled, crashed, waiting,
    needs_attention, interrupted, queued, cancelled), with a sentence saying why.

    Examples:

        syncwright status
        syncwright status --json
    """
    st = open_cli_store(store, read_only=True)
    jobs = st.list_jobs()
    healths = jobs_health(st, jobs)
    if as_json:
        print_json(
            [_summary(v) | {"health": h.to_json()} for v, h in zip(jobs, healths, strict=True)]
        )
        return
    if not jobs:
        out.print("no jobs yet: start one with `syncwright run JOB.yaml`")
        return
    table = Table()
    for name in ("job", "name", "state", "health", "progress", "rate", "ETA", "rejected"):
        table.add_column(name, no_wrap=name in ("job", "state", "health"))
    table.add_column("why", min_width=24, ratio=1)
    for v, h in zip(jobs, healths, strict=True):
        table.add_row(
            v.job_id,
            v.name,
            _state_text(v),
            _health_text(h),
            _progress_text(v),
            f"{h.rate:,.0f}/s" if h.rate is not None else "-",
            fmt_duration(h.eta_seconds) if h.eta_seconds is not None else "-",
            str(v.open_rejections),
            h.sentence,
        )
    out.print(table)
    out.print(f"store {st.location}: {human_bytes(st.size_bytes())}", highlight=False)


def _health_text(h: Health) -> str:
    color = {
        HealthStatus.OK: "green",
        HealthStatus.SLOW: "yellow",
        HealthStatus.WAITING: "yellow",
        HealthStatus.STALLED: "red",
        HealthStatus.CRASHED: "red",
        HealthStatus.NEEDS_ATTENTION: "red",
        HealthStatus.INTERRUPTED: "magenta",
    }.get(h.status, "dim")
    return f"[{color}]{h.status.value}[/]"


def _summary(v: JobView) -> dict[str, Any]:
    return {
        "job_id": v.job_id,
        "name": v.name,
        "state": v.state.value,
        "outcome": v.outcome,
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
    if v.outcome == "nothing_delivered":
        return "[red]completed: nothing delivered[/]"
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
    """Where a job is, whether that is normal, why, and what to do next.

    Examples:

        syncwright inspect 3f2a9c1d7e4b
        syncwright inspect 3f2a9c1d7e4b --json
    """
    st = open_cli_store(store, read_only=True)
    v = st.get_job(job_id)
    h = job_health(st, v)
    # A stopped job's own next step (it names `resume --job-file` where that applies);
    # health's sentence for one still moving.
    stopped = v.state in (JobState.NEEDS_ATTENTION, JobState.COMPLETED, JobState.CANCELLED)
    next_step = _next_step(v) if stopped else (h.next_step or _next_step(v))
    if as_json:
        print_json(
            v.to_json()
            | {"open_rejections": v.open_rejections, "next_step": next_step, "health": h.to_json()}
        )
        return
    out.print(f"[bold]{v.name}[/] ({v.job_id}): {v.source} -> {v.destination}")
    out.print(
        f"state:     {_state_text(v)}"
        + (f" (was {v.previous_state.value})" if v.previous_state else "")
    )
    out.print(f"health:    {_health_text(h)}")
    out.print(f"           {h.sentence}", highlight=False, markup=False)
    if h.runner is not None:
        r = h.runner
        alive = "alive" if h.runner_alive else ("not alive" if r.status == "running" else r.status)
        out.print(
            f"runner:    {r.runner} (pid {r.pid} on {r.host}), {alive}, last heartbeat "
            f"{fmt_duration(r.heartbeat_age)} ago",
            highlight=False,
            markup=False,
        )
    if h.eta_seconds is not None:
        phases = ", ".join(f"{p} {fmt_duration(s)}" for p, s in h.phase_eta_seconds.items())
        out.print(f"ETA:       {fmt_duration(h.eta_seconds)} ({phases})", highlight=False)
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
    out.print(f"next step: {next_step}", highlight=False, markup=False)
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
        return (
            f"fix the cause above, then `syncwright resume {v.job_id}`; if the job file was "
            f"wrong (an object, a credential, the mapping), correct it and "
            f"`syncwright resume {v.job_id} --job-file JOB.yaml`"
        )
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
    """Every event of a job, in order: the whole story.

    Examples:

        syncwright events 3f2a9c1d7e4b --type batch_uploaded
    """
    st = open_cli_store(store, read_only=True)
    st.get_job(job_id)
    evs = [e for e in st.read_stream(stream_of(job_id)) if type_ is None or e.type == type_]
    if as_json:
        print_json([e.to_json() for e in evs])
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
    code: Annotated[
        str | None,
        typer.Option("--code", help=f"List the records of one reason code ({NO_CODE!r}: none)."),
    ] = None,
    limit: Annotated[int, typer.Option(min=1, max=1000, help="Records per page.")] = 50,
    after: Annotated[
        str | None, typer.Option("--after", help="Page on from this record key.")
    ] = None,
    all_: Annotated[
        bool, typer.Option("--all", help="Include delivered and retrying records.")
    ] = False,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Quarantined records grouped by reason code, with counts and one example each.

    With --code, the records of that group, a page at a time, reasons verbatim. With
    --json, the records themselves (all of them, or of --code, up to --limit).

    Examples:

        syncwright failures JOB_ID
        syncwright failures JOB_ID --code INVALID_EMAIL_ADDRESS --limit 20
    """
    st = open_cli_store(store, read_only=True)
    st.get_job(job_id)  # an unknown job is named as such
    status = None if all_ else "open"
    if as_json:
        if code is None and after is None and limit == 50:
            print_json([f.to_json() for f in st.failures(job_id, status=status)])
        else:
            page = failures_page(st, job_id, code, status, after, limit)
            print_json([f.to_json() for f in page.items])
        return
    if code is None:
        groups = failure_groups(st, job_id, status)
        if not groups:
            out.print(f"job {job_id} has no {'' if all_ else 'open '}failures")
            return
        table = Table(title=f"{sum(g.count for g in groups):,} failures of job {job_id}")
        for name in ("code", "records", "field", "example record"):
            table.add_column(name, no_wrap=True)
        table.add_column("example reason (verbatim)", min_width=30, ratio=1)
        for g in groups:
            table.add_row(
                g.code, f"{g.count:,}", g.example_field or "", g.example_key, g.example_reason
            )
        out.print(table)
        out.print(
            f"records of one code: `syncwright failures {job_id} --code CODE`; fix one with "
            f"`syncwright fix {job_id} RECORD --set FIELD=VALUE`",
            highlight=False,
            markup=False,
        )
        return
    page = failures_page(st, job_id, code, status, after, limit)
    if not page.items:
        out.print(f"job {job_id} has no {'' if all_ else 'open '}failures with code {code}")
        return
    table = Table(title=f"{code}: {page.total:,} records")
    for name in ("record", "status", "field"):
        table.add_column(name, no_wrap=True)
    table.add_column("reason", min_width=30, ratio=1)
    table.add_column("fix")
    for f in page.items:
        fix_text = orjson.dumps(f.fix).decode() if f.fix else ""
        table.add_row(f.record_key, f.status, f.field or "", f.reason, fix_text)
    out.print(table)
    if page.next_after is not None:
        out.print(
            f"more: `syncwright failures {job_id} --code {code} --after {page.next_after}`",
            highlight=False,
            markup=False,
        )


def _parse_set(items: list[str]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for item in items:
        field, sep, value = item.partition("=")
        if not sep or not field.strip():
            fail(f"--set {item!r}: expected FIELD=VALUE")
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
    """Correct a quarantined record (appends a fix event; history is never edited).

    Examples:

        syncwright fix 3f2a9c1d7e4b 1042 --set Email=ann@example.com
    """
    fix_record(open_cli_store(store), job_id, record_key, _parse_set(set_))
    out.print(f"fixed {record_key}; send it with `syncwright retry {job_id} --failed`")


@app.command()
def explain(
    job_id: JobArg,
    record_key: Annotated[
        str, typer.Argument(help="The record's key, an email address, or the destination's id.")
    ],
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """A record's lineage: fetched by which run, mapped how, sent what, answered what.

    RECORD_KEY may also be any value the record is known by (an email address, the id the
    destination gave it). --json prints the raw lineage.

    Examples:

        syncwright explain JOB_ID 1042
        syncwright explain JOB_ID ann@example.com --json
    """
    st = open_cli_store(store, read_only=True)
    key = _find_key(st, job_id, record_key)
    data = explain_record(st, job_id, key)
    if as_json:
        print_json(data)
        return
    out.print(
        f"record [bold]{key}[/] of job {job_id} -> {data['destination']} "
        f"(mapping {data['mapping_version']})",
        highlight=False,
    )
    steps = Table("step", "at", "by", title="lineage")
    steps.add_column("detail", ratio=1)
    for step in lineage_steps(data):
        steps.add_row(step.step, (step.at or "")[:23], step.by or "", step.detail)
    out.print(steps)
    fields = Table("field", "source value", "sent value", title="fields (source -> destination)")
    for name, before, after in field_changes(data):
        fields.add_row(name, before, after)
    out.print(fields)


def _find_key(st: Store, job_id: str, term: str) -> str:
    """``term`` itself when it is a fetched key; else the one record known by it."""
    if st.staged_by_key(job_id, term):
        return term
    matches = search_records(st, job_id, term)
    if len(matches) == 1:
        return matches[0].record_key
    if not matches:
        fail(f"job {job_id} has no record known by {term!r} (source key, field value, or id)")
    keys = ", ".join(m.record_key for m in matches[:10])
    fail(f"{term!r} matches {len(matches)} records of job {job_id}: {keys}; give the key")


@app.command()
def replay(
    store: StoreOpt = None,
    check: Annotated[
        bool, typer.Option("--check", help="Fail if the rebuilt read models differ.")
    ] = False,
) -> None:
    """Drop every read model and rebuild it from the events.

    Examples:

        syncwright replay --check
    """
    st = open_cli_store(store)
    before = st.dump_read_models()
    count = st.replay()
    after = st.dump_read_models()
    same = before == after
    out.print(
        f"replayed {count} events; read models {'identical' if same else 'DIFFER'} to the live ones"
    )
    if check and not same:
        raise typer.Exit(1)
