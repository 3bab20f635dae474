"""``syncwright identity``: build the identity graph, look at it, and correct it.

Thin over ``syncwright.identity`` (graph.build and the commands module).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.table import Table

from syncwright.cli.app import app, out
from syncwright.cli.common import JsonOpt, StoreOpt, fail, open_cli_store, print_json

identity_app = typer.Typer(help="Who is who across connections: build, explain, merge, "
                                "split, undo.", no_args_is_help=True)
app.add_typer(identity_app, name="identity")

ConfigOpt = Annotated[Path, typer.Option("--config", help="The identity file (YAML): "
                                         "connections and the objects holding people.")]
RefArg = Annotated[str, typer.Argument(help="A person id (per-...) or a record key "
                                       "(connection:object:id).")]


def _error(exc: Exception) -> NoReturn:
    fail(str(exc))


@identity_app.command()
def build(
    config: ConfigOpt,
    connections: Annotated[str | None, typer.Option(help="Only these connections "
                                                    "(comma-separated).")] = None,
    full: Annotated[bool, typer.Option("--full", help="Read everything again instead of "
                                       "from the last build's cursors.")] = False,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Read people from the connections (incrementally), link them, and record persons.

    Examples:

        syncwright identity build --config identity.yaml --connections hubspot,salesforce
    """
    from syncwright.identity.config import IdentityFileError, load_identity_file
    from syncwright.identity.graph import BuildError
    from syncwright.identity.graph import build as run_build

    only = [c.strip() for c in connections.split(",") if c.strip()] if connections else None
    try:
        sources = load_identity_file(config, only)
    except IdentityFileError as exc:
        _error(exc)
    st = open_cli_store(store)
    try:
        report = run_build(st, sources, full=full)
    except BuildError as exc:
        fail(str(exc), code=1)
    finally:
        st.close()
    if as_json:
        print_json(report.to_json())
        return
    for source, count in report.sources.items():
        out.print(f"{source}: {count} record(s) read")
    out.print(f"{report.records} records -> {report.persons} persons; {report.links} links, "
              f"{report.review} to review, {report.refused} refused by hard ids; "
              f"{report.merges} merge(s), {report.splits} split(s); "
              f"{report.problems} record(s) with unreadable values")
    if report.capped_blocks:
        out.print(f"{report.capped_blocks} blocking key(s) shared by too many records to "
                  f"compare pair by pair: compared with their nearest neighbours only "
                  f"({report.pairs_not_compared} pair(s) not compared; see docs/IDENTITY.md)")


@identity_app.command()
def duplicates(
    system: Annotated[str | None, typer.Option(help="Only duplicates inside this "
                                               "connection.")] = None,
    min_score: Annotated[float, typer.Option("--min-score", help="Only links scoring at "
                                             "least this.")] = 0.0,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Persons held by several records, with the links and their evidence.

    Examples:

        syncwright identity duplicates --system hubspot --min-score 12
    """
    from syncwright.identity.commands import duplicates as find

    st = open_cli_store(store)
    try:
        found = find(st, system, min_score)
    finally:
        st.close()
    if as_json:
        print_json(found)
        return
    table = Table(title=f"{len(found)} person(s) with several records")
    for column in ("person", "records", "best link"):
        table.add_column(column)
    for item in found:
        best = item["links"][0] if item["links"] else None
        table.add_row(item["person"], "\n".join(
            f"{r['key']} {', '.join(r['emails'])}" for r in item["records"]),
            f"{best['rule']} {best['score']:g}" if best else "")
    out.print(table)


@identity_app.command()
def explain(ref: RefArg, store: StoreOpt = None, as_json: JsonOpt = False) -> None:
    """One person: its records, the links between them (evidence, score), its history.

    Examples:

        syncwright identity explain hubspot:contacts:1001
    """
    from syncwright.identity.commands import IdentityError
    from syncwright.identity.commands import explain as run

    st = open_cli_store(store)
    try:
        info = run(st, ref)
    except IdentityError as exc:
        _error(exc)
    finally:
        st.close()
    if as_json:
        print_json(info)
        return
    out.print(f"[bold]{info['person']}[/] emails: {', '.join(info['emails'])}")
    for rec in info["records"]:
        p = rec["person"]
        out.print(f"  {rec['key']}: {p['first']} {p['last']} {p['phone']} {p['company']} "
                  f"{p['city']} {' '.join(p['emails'])}"
                  + (f" [red]problems: {'; '.join(p['problems'])}[/]" if p["problems"] else ""))
    for link in info["links"]:
        ev = ", ".join(f"{k}={v['level']}({v['weight']:+g})" for k, v in link["evidence"].items())
        out.print(f"  link {link['a']} ~ {link['b']}: {link['rule']} {link['score']:g} "
                  f"[{link['status']}] {ev}")
    for h in info["history"]:
        out.print(f"  event {h['position']} {h['type']} {h.get('reason', '')}")


@identity_app.command()
def review(limit: Annotated[int, typer.Option(help="At most this many pairs.")] = 50,
           store: StoreOpt = None, as_json: JsonOpt = False) -> None:
    """Pairs in the uncertain band, for a person to decide (merge them, or leave them).

    Examples:

        syncwright identity review --limit 20
    """
    from syncwright.identity.commands import review as run

    st = open_cli_store(store)
    try:
        pairs = run(st, limit)
    finally:
        st.close()
    if as_json:
        print_json(pairs)
        return
    for pair in pairs:
        a, b = pair["a"], pair["b"]
        out.print(f"{pair['score']:g}: {a['key']} ({a['first']} {a['last']}, "
                  f"{', '.join(a['emails'])}) ~ {b['key']} ({b['first']} {b['last']}, "
                  f"{', '.join(b['emails'])})\n    to merge: {pair['decide']}")


def _mutate(fn: Any, *args: Any) -> None:
    from syncwright.identity.commands import IdentityError

    st = open_cli_store(args[0])
    try:
        print_json(fn(st, *args[1:]))
    except IdentityError as exc:
        _error(exc)
    finally:
        st.close()


@identity_app.command()
def merge(into: RefArg, other: Annotated[str, typer.Argument(help="The person (or a record "
                                                            "of it) to merge in.")],
          reason: Annotated[str, typer.Option(help="Why (kept in the event).")] = "",
          store: StoreOpt = None) -> None:
    """Merge a person into another (refused if hard ids of one system differ).

    Examples:

        syncwright identity merge per-0a1b2c3d4e5f salesforce:Lead:00Q000000000001AAA
    """
    from syncwright.identity.commands import merge as run

    _mutate(run, store, into, other, reason)


@identity_app.command()
def split(person: RefArg,
          keys: Annotated[str, typer.Argument(help="Record keys to move to a new person "
                                              "(comma-separated).")],
          reason: Annotated[str, typer.Option(help="Why (kept in the event).")] = "",
          store: StoreOpt = None) -> None:
    """Move records out of a person into a new one.

    Examples:

        syncwright identity split per-0a1b2c3d4e5f mailchimp:members:5f2b...
    """
    from syncwright.identity.commands import split as run

    _mutate(run, store, person, [k.strip() for k in keys.split(",") if k.strip()], reason)


@identity_app.command()
def undo(position: Annotated[int | None, typer.Argument(help="The event position of the "
                                                        "merge or split (default: the last).")]
         = None, store: StoreOpt = None) -> None:
    """Undo a merge or split: its records go back to the persons they had before.

    Examples:

        syncwright identity undo
    """
    from syncwright.identity.commands import undo as run

    _mutate(run, store, position)


@identity_app.command("plan")
def merge_plan(
    config: ConfigOpt,
    system: Annotated[str, typer.Option(help="The connection whose duplicates to merge.")],
    object_: Annotated[str, typer.Option("--object", help="The object (contacts, Lead...).")],
    rules: Annotated[Path | None, typer.Option(help="Survivorship rules (YAML).")] = None,
    out_file: Annotated[Path | None, typer.Option("--out", help="Write the plan here "
                                                  "(JSON, 0600).")] = None,
    do_apply: Annotated[bool, typer.Option("--apply", help="Merge on the platform (HubSpot); "
                                           "without it nothing changes.")] = False,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """A merge plan for one system's duplicates: the survivor and each field's value, by rule.

    Dry run unless --apply (HubSpot merges through its API; Salesforce and Mailchimp plans
    are exported with --out).

    Examples:

        syncwright identity plan --config identity.yaml --system hubspot --object contacts --out plan.json
    """
    from syncwright.identity.config import IdentityFileError, load_identity_file
    from syncwright.identity.plan import PlanError, apply, export, load_rules, plan

    try:
        sources = load_identity_file(config, [system])
        conn = next((c for n, o, c in sources if o == object_), None)
        if conn is None:
            raise IdentityFileError(f"{config}: no source {system}/{object_}")
        st = open_cli_store(store)
        try:
            entries = plan(st, system, object_, load_rules(rules), str(conn["platform"]))
            if out_file is not None:
                export(entries, out_file)
            result = apply(st, system, conn, entries) if do_apply else None
        finally:
            st.close()
    except (IdentityFileError, PlanError) as exc:
        _error(exc)
    if as_json:
        print_json({"plan": entries, "applied": result})
        return
    changes = sum(1 for e in entries for f in e["fields"].values() if f["changes"])
    out.print(f"{len(entries)} person(s) to merge in {system}/{object_}: "
              f"{sum(len(e['merge']) for e in entries)} record(s) into their survivors, "
              f"{changes} field value(s) to set" + (f"; plan written to {out_file}"
                                                   if out_file else ""))
    if result is not None:
        out.print(f"applied: {result['merged']} record(s) merged for {result['persons']} "
                  f"person(s)")
    else:
        out.print("dry run: nothing changed (add --apply to merge)")
