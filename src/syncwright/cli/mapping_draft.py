"""`syncwright mapping draft`: a mapping from plain text (and its history and approval).

Thin over ``syncwright.mapping.draft.service`` (the command layer); adds commands to the
``mapping`` sub-app of ``cli/mapping.py``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table
from typer.core import TyperCommand

from syncwright.cli.app import out
from syncwright.cli.common import JsonOpt, fail, print_json
from syncwright.cli.mapping import mapping_app
from syncwright.config_files import ConfigFileError, load_yaml_file


def _samples(input_: Path | None, connection: str | None, connections: Path | None, from_: str, n: int) -> list[dict[str, Any]] | None:
    from syncwright.mapping.preview import read_jsonl
    from syncwright.mapping.sampling import SampleError, sample_records
    from syncwright.mapping.spec import MappingError

    if input_ is not None and connection is not None:
        fail("give at most one of --input FILE.jsonl or --connection NAME")
    try:
        if input_ is not None:
            return read_jsonl(input_)[:n] if n else read_jsonl(input_)
        if connection is not None:
            return sample_records(connections, connection, from_, n or 20)
    except (MappingError, SampleError) as exc:
        fail(str(exc))
    return None


def _previous(path: Path | None) -> dict[str, Any] | None:
    if path is None or not path.exists():
        return None
    try:
        data = load_yaml_file(path, "previous mapping")
    except ConfigFileError as exc:
        fail(str(exc))
    return data if isinstance(data, dict) else None


class _TextArgCommand(TyperCommand):
    """A text that starts with a dash (a pasted bullet list, "- email -> Email") is the TEXT
    argument, not an unknown option: a token beginning with '-' that holds whitespace and
    does not name an option is moved behind '--', where click reads it as the argument."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:  # typer vendors click: its Context type is private
        if "--" in args:
            return super().parse_args(ctx, args)
        names = {n for p in self.params for n in (*p.opts, *p.secondary_opts)}
        takes_value = {n for p in self.params if not getattr(p, "is_flag", False) for n in p.opts}
        kept: list[str] = []
        text: list[str] = []
        for i, a in enumerate(args):
            is_value = i > 0 and args[i - 1] in takes_value
            if not is_value and a.startswith("-") and any(c.isspace() for c in a) and a.split("=", 1)[0] not in names:
                text.append(a)
            else:
                kept.append(a)
        return super().parse_args(ctx, [*kept, "--", *text] if text else kept)


@mapping_app.command("draft", cls=_TextArgCommand)
def draft_cmd(
    text: Annotated[str, typer.Argument(help="What the mapping should do, in plain words.")],
    from_: Annotated[str, typer.Option("--from", help="Source PLATFORM.OBJECT, e.g. hubspot.contacts.")],
    to: Annotated[str, typer.Option("--to", help="Destination PLATFORM.OBJECT, e.g. salesforce.Lead.")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write the v2 mapping here (hand edits in an existing file are kept).")] = None,
    engine: Annotated[str, typer.Option("--engine", help="offline (default), llm, or auto (offline first, the LLM for what is left open).")] = "offline",
    input_: Annotated[Path | None, typer.Option("--input", help="Sample source records (JSONL) to check the draft on.")] = None,
    connection: Annotated[str | None, typer.Option("--connection", help="Sample source records from this connection.")] = None,
    connections: Annotated[Path | None, typer.Option("--connections", envvar="SYNCWRIGHT_CONNECTIONS", help="A job file defining --connection.")] = None,
    sample: Annotated[int, typer.Option("--sample", min=0, help="How many sample records to use.")] = 20,
    name: Annotated[str | None, typer.Option("--name", help="The mapping's name (for `mapping history`).")] = None,
    store: Annotated[str | None, typer.Option("--store", envvar="SYNCWRIGHT_STORE", help="Record this version in the store (history, approve).")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Draft a declarative v2 mapping from plain text, explain it, and ask about what is
    unclear. It prints, per sentence, the rules it became; per destination field, its
    source, the confidence and why; then numbered open questions with candidates. Only
    fields of the two objects are ever named. The offline engine needs no network; `llm`
    and `auto` use the OpenAI-compatible endpoint in SYNCWRIGHT_LLM_BASE_URL / _MODEL /
    _API_KEY (docs/MAPPING.md). Exit 0 when a valid mapping was drafted, 2 otherwise.

    Examples:

        syncwright mapping draft "Map email, first and last name. Set lead source to 'Web' if the original source is empty." --from hubspot.contacts --to salesforce.Lead -o mapping.yaml

        syncwright mapping draft "Only subscribed members; email from email_address" --from mailchimp.members --to hubspot.contacts --input members.jsonl --json
    """
    from syncwright.mapping.draft.llm import LLMSettings, LLMUnavailable
    from syncwright.mapping.draft.service import DraftError, draft_mapping

    samples = _samples(input_, connection, connections, from_, sample)
    previous = _previous(output)
    llm = None
    if engine in ("llm", "auto"):
        try:
            llm = LLMSettings.from_env()
        except LLMUnavailable as exc:
            if engine == "llm":
                fail(str(exc))
    try:
        result = draft_mapping(text, from_, to, engine=engine, samples=samples, name=name, llm=llm, previous=previous)
    except DraftError as exc:
        fail(str(exc))
    written = None
    if result.ok and output is not None:
        output.write_text(result.yaml_text(), encoding="utf-8")
        written = str(output)
    if store and result.ok:
        from syncwright.mapping.draft.history import record_version
        from syncwright.store import open_store

        st = open_store(store)
        try:
            version = record_version(st, name or (output.stem if output else "mapping"), text, result, author=os.environ.get("USER", "unknown"))
        finally:
            st.close()
        result.notes.append(f"recorded as version {version} of {name or (output.stem if output else 'mapping')}")
    if as_json:
        data = result.to_json()
        data["written"] = written
        print_json(data)
    else:
        _print(result, written)
    raise typer.Exit(0 if result.ok else 2)


def _print(result: Any, written: str | None) -> None:
    for s in result.sentences:
        out.print(f"[bold]{s['index']}.[/] {s['text']}", highlight=False)
        for r in s["rules"] or ["(nothing)"]:
            out.print(f"     -> {r}", highlight=False, markup=False)
    if result.fields:
        table = Table("field", "source", "confidence", "why", title="destination fields")
        for f in result.fields:
            table.add_row(f["field"], f["source"], f"{f['confidence']:.2f}", f["why"])
        out.print(table)
    for c in result.conflicts:
        out.print(f"[yellow]kept your edit[/] of {c['field']}: {c['reason']}", highlight=False)
    if result.questions:
        out.print("[bold]open questions[/]")
        for q in result.questions:
            cands = f" (candidates: {', '.join(q['candidates'])})" if q["candidates"] else ""
            out.print(f"  {q['n']}. {q['question']}{cands}", highlight=False, markup=False)
    for w in result.warnings:
        out.print(f"[yellow]warning:[/] {w}", highlight=False)
    for n in result.notes:
        out.print(f"note: {n}", highlight=False, markup=False)
    for p in result.problems:
        out.print(f"[red]problem:[/] {p}", highlight=False)
    if result.preview is not None:
        pv = result.preview
        out.print(f"on the samples: {len(pv['records'])} records, {len(pv['skipped'])} skipped, {len(pv['rejected'])} rejected")
        for r in pv["rejected"][:5]:
            out.print(f"  rejected input record {r['index']}: {r['field']}: {r['reason']}", highlight=False, markup=False)
    if written:
        out.print(f"wrote {written}")
    elif not result.ok:
        out.print("[red]no valid mapping was drafted[/]; answer the questions in the text and draft again")


StoreOpt = Annotated[str | None, typer.Option("--store", envvar="SYNCWRIGHT_STORE", help="Store file path (default ./syncwright.db).")]


@mapping_app.command("history")
def history_cmd(
    name: Annotated[str, typer.Argument(help="The mapping's name (as drafted with --name, or the -o file's stem).")],
    store: StoreOpt = None,
    diffs: Annotated[bool, typer.Option("--diff", help="Show each version's diff to the previous one.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Every drafted version of a mapping: when, by whom, with which engine and model, from
    which text, its content version (what jobs record), and whether it is approved.

    Examples:

        syncwright mapping history contacts-to-leads --diff
    """
    from syncwright.cli.common import open_cli_store
    from syncwright.mapping.draft.history import versions

    st = open_cli_store(store)
    try:
        vs = versions(st, name)
    finally:
        st.close()
    if not vs:
        fail(f"no mapping named {name!r} in the store (draft it with --store and --name first)")
    if as_json:
        print_json(vs)
        return
    table = Table("version", "recorded", "author", "engine", "content", "approved", "text", title=f"mapping {name}")
    for v in vs:
        engine = v["engine"] + (f" ({v['model']})" if v.get("model") else "")
        table.add_row(str(v["version"]), v["recorded_at"], v["author"], engine, v["content_version"], "yes" if v["approved"] else "", v["text"])
    out.print(table)
    if diffs:
        for v in vs:
            out.print(f"[bold]version {v['version']}[/]")
            out.print(v["diff"] or "(no change)", markup=False, highlight=False)


@mapping_app.command("approve")
def approve_cmd(
    name: Annotated[str, typer.Argument(help="The mapping's name.")],
    version: Annotated[int | None, typer.Option("--version", min=1, help="The version to approve (default: the latest).")] = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Approve a version of a mapping: the one a scheduled job may use. Approvals are
    events too (who, when), so `mapping history` shows them.

    Examples:

        syncwright mapping approve contacts-to-leads --version 3
    """
    from syncwright.cli.common import open_cli_store
    from syncwright.mapping.draft.history import HistoryError, approve

    st = open_cli_store(store)
    try:
        number = approve(st, name, version, author=os.environ.get("USER", "unknown"))
    except HistoryError as exc:
        fail(str(exc))
    finally:
        st.close()
    if as_json:
        print_json({"name": name, "approved": number})
    else:
        out.print(f"approved version {number} of {name}")
