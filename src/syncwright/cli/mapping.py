"""The `mapping` command group: preview a mapping on records, run its golden cases.

Other modules add commands to ``mapping_app`` (``cli/mapping_draft.py``). The logic is in
``syncwright.mapping.preview``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from syncwright.cli.app import app, out
from syncwright.cli.common import ConnectionsOpt, JsonOpt, fail, print_json

mapping_app = typer.Typer(
    help="Mappings: preview them on records, test them against golden cases.",
    no_args_is_help=True,
)
app.add_typer(mapping_app, name="mapping")

MappingArg = Annotated[Path, typer.Argument(help="The mapping file (YAML, version 1 or 2).")]


def _load(path: Path) -> Any:
    from syncwright.mapping.spec import MappingError, load_mapping

    try:
        return load_mapping(path)
    except MappingError as exc:
        fail(str(exc))


@mapping_app.command("preview")
def preview_cmd(
    mapping: MappingArg,
    from_: Annotated[
        str | None, typer.Option("--from", help="Source PLATFORM.OBJECT, e.g. hubspot.contacts.")
    ] = None,
    to: Annotated[
        str | None, typer.Option("--to", help="Destination PLATFORM.OBJECT, e.g. salesforce.Lead.")
    ] = None,
    input_: Annotated[
        Path | None, typer.Option("--input", help="Source records, one JSON object a line.")
    ] = None,
    connection: Annotated[
        str | None, typer.Option("--connection", help="Read a sample from this connection.")
    ] = None,
    connections: ConnectionsOpt = None,
    sample: Annotated[int, typer.Option("--sample", min=1, help="Records to sample.")] = 20,
    as_json: JsonOpt = False,
) -> None:
    """Show what a mapping makes of some records: each output record with where every field
    came from, the records a filter leaves out (and why), and the records that would be
    rejected (and why). Nothing is written anywhere.

    Examples:

        syncwright mapping preview mapping.yaml --from hubspot.contacts --to salesforce.Lead --input contacts.jsonl

        syncwright mapping preview mapping.yaml --connection crm --connections job.yaml --sample 10 --json
    """
    from syncwright.mapping.preview import preview, read_jsonl
    from syncwright.mapping.sampling import SampleError, sample_records
    from syncwright.mapping.spec import MappingError

    spec = _load(mapping)
    if (input_ is None) == (connection is None):
        fail("give exactly one of --input FILE.jsonl or --connection NAME")
    try:
        if input_ is not None:
            records = read_jsonl(input_)
        else:
            assert connection is not None
            records = sample_records(connections, connection, from_, sample)
    except (MappingError, SampleError) as exc:
        fail(str(exc))
    extra = None
    if to is not None:  # values checked against the destination's standard fields too
        from syncwright.catalog import CatalogError, parse_ref, record_checker, standard_schema
        from syncwright.mapping.spec import resolve_truncate_max

        try:
            extra = record_checker(to)
            fields = standard_schema(*parse_ref(to)).fields
            spec = resolve_truncate_max(
                spec, lambda f: fields[f].max_length if f in fields else None, str(mapping)
            )
        except (CatalogError, MappingError) as exc:
            fail(str(exc))
    result = preview(spec, records, extra_check=extra)
    if as_json:
        print_json(result)
        return
    _print_preview(result)


def _print_preview(result: dict[str, Any]) -> None:
    for rec, prov in zip(result["records"], result["provenance"], strict=True):
        table = Table("field", "value", "rule", "from", title=f"input record {prov['index']}")
        for field, p in prov["fields"].items():
            value = _get(rec, field)
            source = ", ".join(f"{k}={v!r}" for k, v in p["from"].items()) or p["kind"]
            rule = f"{p['rule']} ({p['kind']})" + (f": {p['note']}" if p.get("note") else "")
            table.add_row(field, "" if value is _ABSENT else repr(value), rule, source)
        out.print(table)
    for s in result["skipped"]:
        out.print(f"skipped input record {s['index']}: {s['reason']}", highlight=False)
    for r in result["rejected"]:
        out.print(
            f"rejected input record {r['index']}: {r['field']}: {r['code']}: {r['reason']}",
            highlight=False,
        )
    out.print(
        f"{len(result['records'])} records, {len(result['skipped'])} skipped, "
        f"{len(result['rejected'])} rejected"
    )


_ABSENT = object()


def _get(rec: dict[str, Any], path: str) -> Any:
    from syncwright.mapping.paths import parse_path

    cur: Any = rec
    for p in parse_path(path):
        try:
            cur = cur[p]
        except (KeyError, IndexError, TypeError):
            return _ABSENT
    return cur


@mapping_app.command("test")
def test_cmd(
    mapping: MappingArg,
    cases: Annotated[
        Path, typer.Option("--cases", help="A folder of golden cases (*.yaml: input, expected).")
    ],
    as_json: JsonOpt = False,
) -> None:
    """Run golden cases through a mapping: each case's `input` records must map to its
    `expected` records (filtered ones left out). Exit 1 when any case fails.

    Examples:

        syncwright mapping test mapping.yaml --cases tests/cases/
    """
    from syncwright.mapping.preview import run_cases
    from syncwright.mapping.spec import MappingError

    spec = _load(mapping)
    try:
        results = run_cases(spec, cases)
    except MappingError as exc:
        fail(str(exc))
    failed = [r for r in results if not r.passed]
    if as_json:
        print_json([{"case": r.name, "passed": r.passed, "detail": r.detail} for r in results])
    else:
        for r in results:
            mark = "[green]pass[/]" if r.passed else "[red]FAIL[/]"
            out.print(f"{mark} {r.name}" + (f": {r.detail}" if r.detail else ""), highlight=False)
        out.print(f"{len(results) - len(failed)} of {len(results)} cases pass")
    raise typer.Exit(1 if failed else 0)
