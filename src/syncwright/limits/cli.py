"""``syncwright limits``: show the registry, and show current use from a store's limiter state."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from syncwright.limits.registry import PLATFORMS, PlatformLimits, RegistryError, load_registry
from syncwright.limits.usage import current_usage

limits_app = typer.Typer(help="Rate-limit registry and current use.", no_args_is_help=True)

DEFAULT_STORE = "syncwright.db"


def _tier_text(values: dict[str, int], tier: str | None) -> str:
    if tier is not None:
        return str(values.get(tier, values.get("*", "?")))
    return ", ".join(f"{t} {v}" for t, v in values.items())


def registry_rows(limits: PlatformLimits, tier: str | None) -> list[dict[str, Any]]:
    """The registry of one platform as display rows (also the ``--json`` output)."""
    rows = []
    for name, g in limits.groups.items():
        windows = [
            f"{_tier_text(w.limit, tier)} per {w.seconds:g}s" + (f" [{w.pool}]" if w.pool else "")
            for w in g.windows
        ]
        quotas = []
        for q in g.quotas:
            quota = limits.quotas[q]
            reset = quota.reset
            rule = (
                f"rolling {reset.seconds}s"
                if reset.kind == "rolling"
                else f"midnight {reset.timezone}"
            )
            quotas.append(f"{q}: {_tier_text(quota.limit, tier)} ({rule})")
        caps = {
            "batch_max_records": g.batch_max_records,
            "page_max_records": g.page_max_records,
            "payload_max_bytes": g.payload_max_bytes,
            "record_max_bytes": g.record_max_bytes,
            "timeout_seconds": g.timeout_seconds,
        }
        rows.append(
            {
                "platform": limits.platform,
                "group": name,
                "endpoints": g.match,
                "windows": windows,
                "quotas": quotas,
                "concurrency": g.concurrency,
                "shared_concurrency": limits.shared_concurrency,
                "caps": {k: v for k, v in caps.items() if v is not None},
            }
        )
    return rows


@limits_app.command()
def show(
    platform: Annotated[str | None, typer.Argument(help=f"One of {', '.join(PLATFORMS)}.")] = None,
    tier: Annotated[str | None, typer.Option(help="Show one tier's figures.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Print the registry: groups, endpoints, windows, quotas, concurrency and caps.

    Examples:

        syncwright limits show hubspot

        syncwright limits show salesforce --tier enterprise --json
    """
    try:
        platforms = [platform] if platform else list(PLATFORMS)
        registries = [load_registry(p) for p in platforms]
        for r in registries:
            if tier is not None and tier not in r.tiers:
                raise RegistryError(f"{r.platform}: unknown tier {tier!r} (tiers: {r.tiers})")
    except RegistryError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    rows = [row for r in registries for row in registry_rows(r, tier)]
    if as_json:
        typer.echo(json.dumps(rows, indent=2))
        return
    table = Table(title="Rate-limit registry" + (f" (tier {tier})" if tier else ""))
    for col in ("platform", "group", "endpoints", "windows", "quotas", "concurrency", "caps"):
        table.add_column(col, overflow="fold")
    for row in rows:
        conc = row["concurrency"]
        shared = row["shared_concurrency"]
        table.add_row(
            row["platform"],
            row["group"],
            "\n".join(row["endpoints"]),
            "\n".join(row["windows"]) or "-",
            "\n".join(row["quotas"]) or "-",
            f"{conc if conc else '-'}" + (f" (shared {shared})" if shared else ""),
            "\n".join(f"{k}={v}" for k, v in row["caps"].items()) or "-",
        )
    Console(width=200).print(table)


@limits_app.command()
def usage(
    store: Annotated[
        str | None,
        typer.Option(help="The store (a SQLite file or a postgresql:// URL) holding limiter state."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Current use per connection and endpoint group, from the store's limiter state.

    Examples:

        syncwright limits usage --store ./sync.db
    """
    path = store or os.environ.get("SYNCWRIGHT_STORE", DEFAULT_STORE)
    if not path.startswith(("postgresql://", "postgres://")) and not Path(path).exists():
        typer.echo(f"error: no store at {path}", err=True)
        raise typer.Exit(2)
    rows = current_usage(path)
    if as_json:
        typer.echo(json.dumps([r.to_json() for r in rows], indent=2))
        return
    table = Table(title=f"Limiter use in {path}")
    for col in (
        "connection",
        "platform",
        "tier",
        "kind",
        "name",
        "groups",
        "used",
        "limit",
        "resets at",
        "detail",
    ):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(
            r.connection,
            r.platform,
            r.tier,
            r.kind,
            r.name,
            r.groups,
            str(r.used),
            "-" if r.limit is None else str(r.limit),
            r.resets_at or "-",
            r.detail,
        )
    Console(width=200).print(table)


if __name__ == "__main__":
    limits_app()
