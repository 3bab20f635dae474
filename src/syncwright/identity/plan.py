"""Merge plans: for each person held twice in one system, which record survives and which
value each field keeps, applied through the platform's merge API where it has one.

Survivorship rules are data (a YAML file, or the defaults below): per field ``most_recent``
(the newest non-empty value), ``oldest``, ``longest``, ``survivor`` (keep the surviving
record's), or ``{source: CONNECTION, field: NAME}`` (the person's value in another system,
the source of truth for that field). The plan is always computed first (dry run);
``apply`` then merges on HubSpot (``POST /crm/v3/objects/{object}/merge`` after setting
the survivor's values) and exports the others: Salesforce's REST API has no merge resource
(merging is SOAP ``merge()`` or Apex) and Mailchimp has no merge at all.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import orjson
import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from syncwright.adapters.http import AdapterContext
from syncwright.adapters.registry import create_adapter, validate_connection
from syncwright.domain.events import NewEvent
from syncwright.store.base import Store
from syncwright.store.projections.identity import MERGE_APPLIED

from .graph import STREAM, _append

# How each platform merges: "api" (applied through the adapter) or "export" (why not).
MERGE_SUPPORT: dict[str, dict[str, str]] = {
    "hubspot": {"how": "api", "call": "POST /crm/v3/objects/{object}/merge"},
    "salesforce": {"how": "export", "why": "the REST API has no merge resource (SOAP merge() "
                   "or Apex only)"},
    "mailchimp": {"how": "export", "why": "Mailchimp has no merge of audience members"},
}
SYSTEM_FIELDS = frozenset({
    "id", "archived", "hs_object_id", "createdate", "lastmodifieddate", "hs_lastmodifieddate",
    "hs_additional_emails", "hs_merged_object_ids", "Id", "CreatedDate", "LastModifiedDate",
    "SystemModstamp", "IsDeleted", "attributes", "last_changed", "status", "tags",
    "email", "Email", "email_address"})  # an address is never overwritten by a merge plan
RULES = ("most_recent", "oldest", "longest", "survivor")


class PlanError(ValueError):
    """A plan request that cannot be honoured; the message says why."""


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid")
    source: str
    field: str


class Rules(BaseModel):
    """The survivorship rules file."""

    model_config = ConfigDict(extra="forbid")
    default: str = "most_recent"
    survivor: str = "oldest"  # or most_recent; a record holding a hard id always wins
    fields: dict[str, str | Source] = {}


def load_rules(path: Path | None) -> Rules:
    if path is None:
        return Rules()
    try:
        rules = Rules.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")) or {})
    except (OSError, yaml.YAMLError) as exc:
        raise PlanError(f"{path}: cannot read: {exc}") from None
    except ValidationError as exc:
        err = exc.errors()[0]
        raise PlanError(f"{path}: {'.'.join(str(p) for p in err['loc'])}: {err['msg']}"
                        ) from None
    for name, rule in {"default": rules.default, **rules.fields}.items():
        if isinstance(rule, str) and rule not in RULES:
            raise PlanError(f"{path}: {name}: unknown rule {rule!r} (known: {', '.join(RULES)}"
                            f", or {{source, field}})")
    if rules.survivor not in ("oldest", "most_recent"):
        raise PlanError(f"{path}: survivor: must be oldest or most_recent")
    return rules


def _members(store: Store, system: str, obj: str) -> dict[str, list[dict[str, Any]]]:
    rows = store.query("SELECT person_id, record_key, data, raw FROM identity_records WHERE "
                       "system = ? AND object = ? AND person_id IN (SELECT person_id FROM "
                       "identity_records WHERE system = ? AND object = ? GROUP BY person_id "
                       "HAVING COUNT(*) > 1) ORDER BY person_id, record_key",
                       (system, obj, system, obj))
    out: dict[str, list[dict[str, Any]]] = {}
    for person, key, data, raw in rows:
        out.setdefault(person, []).append({"key": key, "person": orjson.loads(data),
                                           "raw": orjson.loads(raw)})
    return out


def _source_value(store: Store, person: str, rule: Source) -> tuple[Any, str | None]:
    rows = store.query("SELECT record_key, raw FROM identity_records WHERE person_id = ? AND "
                       "system = ? ORDER BY record_key", (person, rule.source))
    for key, raw in rows:
        value = orjson.loads(raw).get(rule.field)
        if value not in (None, ""):
            return value, key
    return None, None


def _pick(recs: list[dict[str, Any]], field: str, rule: str, survivor: dict[str, Any]
          ) -> tuple[Any, str]:
    filled = [r for r in recs if r["raw"].get(field) not in (None, "")]
    if rule == "survivor" or not filled:
        return survivor["raw"].get(field), survivor["key"]
    if rule == "longest":
        best = max(filled, key=lambda r: (len(str(r["raw"][field])), r["person"]["updated"]))
    elif rule == "oldest":
        best = min(filled, key=lambda r: (r["person"]["updated"], r["key"]))
    else:
        best = max(filled, key=lambda r: (r["person"]["updated"], r["key"]))
    return best["raw"][field], best["key"]


def plan(store: Store, system: str, obj: str, rules: Rules | None = None,
         platform: str = "") -> list[dict[str, Any]]:
    """One entry per person held by several records of ``system``/``obj``."""
    rules = rules or Rules()
    out = []
    for person, recs in _members(store, system, obj).items():
        by_time = sorted(recs, key=lambda r: (r["person"]["updated"], r["key"]))
        with_id = [r for r in by_time if r["person"]["hard_ids"]]
        survivor = (with_id or (by_time if rules.survivor == "oldest"
                                else list(reversed(by_time))))[0]
        fields: dict[str, dict[str, Any]] = {}
        names = sorted({k for r in recs for k in r["raw"]} - SYSTEM_FIELDS)
        for name in names:
            rule = rules.fields.get(name, rules.default)
            if isinstance(rule, Source):
                value, came_from = _source_value(store, person, rule)
                label = f"source:{rule.source}.{rule.field}"
                if value is None:
                    value, came_from = _pick(recs, name, rules.default, survivor)
                    label += f" (empty there: {rules.default})"
            else:
                value, came_from = _pick(recs, name, rule, survivor)
                label = rule
            fields[name] = {"value": value, "from": came_from, "rule": label,
                            "changes": value != survivor["raw"].get(name)}
        out.append({"person": person, "system": system, "object": obj,
                    "survivor": survivor["raw"].get("id") or survivor["raw"].get("Id")
                    or survivor["key"].split(":", 2)[2],
                    "survivor_key": survivor["key"],
                    "merge": [r["key"].split(":", 2)[2] for r in recs if r is not survivor],
                    "merge_keys": [r["key"] for r in recs if r is not survivor],
                    "fields": fields,
                    "how": MERGE_SUPPORT.get(platform, {"how": "export",
                                                        "why": "no merge API known"})})
    return out


def export(entries: list[dict[str, Any]], path: Path) -> None:
    """The plan as JSON (created 0600: it holds contact data)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(orjson.dumps(entries, option=orjson.OPT_INDENT_2))


async def _apply_hubspot(conn_name: str, conn: dict[str, Any], entries: list[dict[str, Any]]
                         ) -> list[dict[str, Any]]:
    adapter: Any = create_adapter(validate_connection(conn, f"connections.{conn_name}"),
                                  AdapterContext(conn_name, None))
    done = []
    try:
        for entry in entries:
            obj, survivor = entry["object"], entry["survivor"]
            changes = {k: v["value"] for k, v in entry["fields"].items() if v["changes"]}
            if changes:
                await adapter.request_json("PATCH", f"/crm/v3/objects/{obj}/{survivor}",
                                           json={"properties": changes})
            for other in entry["merge"]:
                await adapter.request_json("POST", f"/crm/v3/objects/{obj}/merge", json={
                    "primaryObjectId": str(survivor), "objectIdToMerge": str(other)})
            done.append({**entry, "applied": changes})
    finally:
        await adapter.close()
    return done


def apply(store: Store, conn_name: str, conn: dict[str, Any], entries: list[dict[str, Any]]
          ) -> dict[str, Any]:
    """Carry a plan out where the platform merges (HubSpot); an event per person merged."""
    platform = str(conn.get("platform"))
    support = MERGE_SUPPORT.get(platform, {"how": "export", "why": "no merge API known"})
    if support["how"] != "api":
        raise PlanError(f"{conn_name}: {platform} cannot merge through its API "
                        f"({support['why']}); export the plan with --out instead")
    done = asyncio.run(_apply_hubspot(conn_name, conn, entries))
    _append(store, [NewEvent(MERGE_APPLIED, {
        "person": d["person"], "system": conn_name, "object": d["object"],
        "survivor": d["survivor_key"], "merged": d["merge_keys"], "set": d["applied"],
        "actor": "user"}) for d in done])
    return {"merged": sum(len(d["merge"]) for d in done), "persons": len(done),
            "stream": STREAM}
