"""Printing a dry run (`syncwright run JOB.yaml --dry-run`); the work is engine/dryrun.py."""

from __future__ import annotations

import asyncio
from typing import Any

from syncwright.cli.app import out
from syncwright.cli.common import fail, print_json


def report_dry_run(definition: dict[str, Any], as_json: bool) -> None:
    from syncwright.adapters.base import ConfigError
    from syncwright.engine.dryrun import dry_run

    try:
        report = asyncio.run(dry_run(definition))
    except ConfigError as exc:
        fail(str(exc))
    except Exception as exc:
        fail(f"dry run of {definition['name']} stopped: {type(exc).__name__}: {exc}")
    if as_json:
        print_json(report.to_json())
        return
    out.print(f"dry run of [bold]{definition['name']}[/]: nothing was written")
    out.print(
        f"  fetched {report.fetched}: would create {report.would_create}, would update "
        f"{report.would_update}, unchanged {report.unchanged}, skipped {report.skipped}, "
        f"invalid {report.invalid}",
        highlight=False,
    )
    if not report.compared:
        out.print(
            f"  the destination cannot be read by key: {report.would_send} records would be sent"
        )
    if report.changed_fields:
        fields = ", ".join(f"{k} ({v})" for k, v in report.changed_fields.most_common())
        out.print(f"  fields that would change: {fields}", highlight=False)
    for what, keys in report.lookups_would_create.items():
        out.print(
            f"  lookups would create {len(keys)} {what}: {', '.join(keys[:5])}", highlight=False
        )
    for item in report.examples["invalid"][:5]:
        out.print(f"  invalid {item['key']}: {item['field']}: {item['reason']}", highlight=False)
    for item in report.examples["skipped"][:5]:
        out.print(f"  skipped {item['key']}: {item['reason']}", highlight=False)
