"""``syncwright twoway`` (run a two-way sync, explain a person) and ``syncwright conflicts``
(the review queue). Thin over ``syncwright.twoway``; docs/TWO_WAY.md."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from syncwright.cli.app import app, out
from syncwright.cli.common import JsonOpt, StoreOpt, fail, open_cli_store, print_json, run_to_end
from syncwright.domain.job_states import JobState

twoway_app = typer.Typer(help="Two-way syncs: run one, explain why a value won.",
                         no_args_is_help=True)
conflicts_app = typer.Typer(help="The two-way review queue: list, show, resolve.",
                            no_args_is_help=True)
app.add_typer(twoway_app, name="twoway")
app.add_typer(conflicts_app, name="conflicts")

FileArg = Annotated[Path, typer.Argument(help="The two-way job file (mode: two_way).")]
NameArg = Annotated[str, typer.Argument(help="The sync's name (the job file's name:).")]
IdArg = Annotated[str, typer.Argument(help="A conflict id (see `syncwright conflicts list`).")]
FINISHED = (JobState.COMPLETED, JobState.CANCELLED)


@twoway_app.command("run")
def run(job_file: FileArg, store: StoreOpt = None, as_json: JsonOpt = False) -> None:
    """Run the two-way sync once: read both sides' changes since the last run, reconcile,
    write both sides. An unfinished run of the same sync (killed, waiting) is resumed from
    its checkpoint instead of starting a new one. Exit codes as for `syncwright run`.

    Examples:

        syncwright twoway run contacts-both-ways.yaml

        syncwright twoway run contacts-both-ways.yaml --json
    """
    from syncwright.engine.commands import resume
    from syncwright.twoway.definition import load_two_way
    from syncwright.twoway.runner import create_run

    definition = load_two_way(job_file)
    st = open_cli_store(store)
    mine = [v for v in st.list_jobs() if v.name == definition["name"]]
    open_runs = [v for v in mine if v.state not in FINISHED]
    if open_runs:
        # the oldest first: it holds (or is next to take) the sync's turn (twoway/turns.py)
        view = min(open_runs, key=lambda v: v.created_at)
        resume(st, view.job_id)  # needs attention: resumed; crashed or waiting: as it is
        job_id = view.job_id
        sys.stderr.write(f"resuming two-way run {job_id}\n")
    else:
        job_id = create_run(st, definition)
        sys.stderr.write(f"two-way run {job_id} created ({definition['name']})\n")
    run_to_end(st, job_id, as_json)


@twoway_app.command("explain")
def explain(name: NameArg, person: Annotated[str, typer.Argument(
        help="The person's match value (e.g. the email).")],
            store: StoreOpt = None, as_json: JsonOpt = False) -> None:
    """Why each side holds what it holds: every decision about one person, run by run.

    Examples:

        syncwright twoway explain sf-mailchimp ada@example.com
    """
    from syncwright.twoway.review import explain_person

    steps = explain_person(open_cli_store(store, read_only=True), name, person)
    if as_json:
        print_json(steps)
        return
    if not steps:
        fail(f"sync {name!r} has made no decision about {person!r}", code=1)
    for step in steps:
        if "resolved" in step:
            out.print(f"{step['at']}  conflict {step['resolved']} resolved by {step['by']}: "
                      f"take {step['take'].upper()}", highlight=False, markup=False)
            continue
        wrote = ", ".join(s.upper() for s in step["wrote"]) or "nothing"
        echo = f" (own write came back from {', '.join(step['echo']).upper()})" \
            if step["echo"] else ""
        out.print(f"{step['at']}  run {step['run']} job {step['job']}: wrote {wrote}{echo}",
                  highlight=False, markup=False)
        for d in step["decisions"]:
            won = "review" if d.get("review") else (d["winner"] or "-").upper()
            lost = f"; {d['lost']['side'].upper()}'s {d['lost']['value']!r} lost" \
                if d.get("lost") else ""
            out.print(f"    {d['field']}: {won}: {d['why']}{lost}", highlight=False,
                      markup=False)


@conflicts_app.command("list")
def list_cmd(name: NameArg,
             status: Annotated[str, typer.Option(help="open, resolved, applied, agreed or all"
                                                 )] = "open",
             store: StoreOpt = None, as_json: JsonOpt = False) -> None:
    """Conflicts of a two-way sync waiting for a person (or in another status).

    Examples:

        syncwright conflicts list sf-mailchimp

        syncwright conflicts list sf-mailchimp --status all --json
    """
    from syncwright.twoway.review import list_conflicts

    rows = list_conflicts(open_cli_store(store, read_only=True), name,
                          None if status == "all" else status)
    if as_json:
        print_json(rows)
        return
    table = Table("id", "person", "field", "A", "B", "why", "status")
    for c in rows:
        table.add_row(c["id"], c["person"], f"{c['field']} / {c['b_field']}", repr(c["a"]),
                      repr(c["b"]), c["why"], c["status"])
    out.print(table)


@conflicts_app.command("show")
def show(name: NameArg, conflict_id: IdArg, store: StoreOpt = None) -> None:
    """One conflict: both values, both modification times, why it needs a person.

    Examples:

        syncwright conflicts show sf-mailchimp 3f2a9c1d0e
    """
    from syncwright.twoway.review import ReviewError, show_conflict

    try:
        print_json(show_conflict(open_cli_store(store, read_only=True), name, conflict_id))
    except ReviewError as exc:
        fail(str(exc))


@conflicts_app.command("resolve")
def resolve(name: NameArg, conflict_id: IdArg,
            take: Annotated[str, typer.Option("--take", help="Which side's value wins: a or b."
                                              )],
            store: StoreOpt = None) -> None:
    """Decide a conflict; the next run of the sync writes the chosen value to the other side.

    Examples:

        syncwright conflicts resolve sf-mailchimp 3f2a9c1d0e --take a
    """
    from syncwright.twoway.review import ReviewError, resolve_conflict

    try:
        c = resolve_conflict(open_cli_store(store), name, conflict_id, take,
                             f"user:{getpass.getuser()}")
    except ReviewError as exc:
        fail(str(exc))
    out.print(f"conflict {conflict_id} ({c['person']}, {c['field']}): take {take.upper()}; "
              "the next run writes it", highlight=False, markup=False)
