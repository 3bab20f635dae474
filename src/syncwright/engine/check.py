"""`syncwright check JOB.yaml`: everything that can be known wrong before anything runs.

Credentials present; connections reachable and authorised; objects that exist; every
field a rule reads exists at the source; every field it writes exists at the destination,
is writable and takes the kind of value the rule makes; required destination fields are
produced; the match key is one the destination upserts by; lookups point at real objects
and fields. One problem a line, naming the file and the key. Read-only: one describe call
per object (under an in-process limiter), nothing in the store (``run`` calls this first).
"""

from __future__ import annotations

import asyncio
import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from syncwright.adapters.base import Adapter, ConfigError
from syncwright.adapters.http import AdapterContext
from syncwright.adapters.registry import create_adapter, validate_connection
from syncwright.catalog.live import fold
from syncwright.catalog.model import FieldSpec, ObjectSchema
from syncwright.config_files import ConfigFileError, load_yaml_file
from syncwright.domain.failures import ErrorKind
from syncwright.engine.jobfile import JobFileError, load_job_file
from syncwright.limits import Limiter, open_state
from syncwright.mapping.apply import CompiledMapping
from syncwright.mapping.compile import reads
from syncwright.mapping.infer import constants, output_kinds
from syncwright.mapping.lookups import supports_lookups
from syncwright.mapping.spec import spec_from_json
from syncwright.mapping.spec_v2 import MappingSpecV2, Rule

FILE_PLATFORMS = ("jsonl", "csv")
UPSERTING = ("hubspot", "salesforce", "mailchimp")  # destinations that upsert by a field
SOURCE_EXTRAS = {"hubspot": {"id", "archived"}, "mailchimp": {"id"}}  # added by the adapter
KIND_FITS: dict[str, set[str]] = {
    "number": {"number", "string"},
    "integer": {"number", "string"},
    "boolean": {"boolean", "string"},
    "array": {"array"},
    "multipicklist": {"array", "string"},
    "object": {"object"},
}
TEXT_TYPES = {
    "string",
    "text",
    "email",
    "phone",
    "url",
    "picklist",
    "id",
    "reference",
    "date",
    "datetime",
}


@dataclass
class CheckReport:
    """The problems found (one line each), and what was looked at."""

    job_file: str
    problems: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)
    definition: dict[str, Any] | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, where: str, key: str, message: str) -> None:
        self.problems.append(f"{where}: {key}: {message}")


def check_job_file(path: Path) -> CheckReport:
    """Check ``path`` (see the module docstring); never raises for a bad job file."""
    return asyncio.run(check_job_file_async(path))


async def check_job_file_async(path: Path) -> CheckReport:
    report = CheckReport(str(path))
    try:
        definition = load_job_file(path)
    except JobFileError as exc:
        report.problems.append(str(exc))
        return report
    report.definition = definition
    await _Checker(path, definition, report).run()
    return report


class _Checker:
    def __init__(self, path: Path, definition: dict[str, Any], report: CheckReport) -> None:
        self.path = path
        self.d = definition
        self.report = report
        self.where = str(path)
        self.mapping_where, self.rule_prefix = self._mapping_location()
        self.limiter = Limiter(open_state(None))
        self.adapters: dict[str, Adapter] = {}
        self.broken: set[str] = set()  # connections that could not be opened (reported)

    def _mapping_location(self) -> tuple[str, str]:
        """Where mapping problems are reported: the mapping file, or the job file's key."""
        try:
            raw = load_yaml_file(self.path, "job file")
        except ConfigFileError:
            raw = None
        m = raw.get("mapping") if isinstance(raw, dict) else None
        if isinstance(m, str):
            return str((self.path.parent / m).resolve()), ""
        return self.where, "mapping."

    def problem(self, key: str, message: str) -> None:
        self.report.add(self.where, key, message)

    def mapping_problem(self, key: str, message: str) -> None:
        self.report.add(self.mapping_where, self.rule_prefix + key, message)

    async def run(self) -> None:
        spec = spec_from_json(self.d["mapping"])
        v2 = spec.as_v2() if not isinstance(spec, MappingSpecV2) else spec
        try:
            src = await self._schema("source")
            dst = await self._schema("destination")
            if src is not None:
                self._check_reads(v2, src)
            if dst is not None:
                self._check_writes(v2, dst)
                await self._check_match_key(v2, dst)
            if dst is not None:  # (without it, the destination's problem is reported already)
                await self._check_lookups(v2)
        finally:
            for a in self.adapters.values():
                await a.close()
            await self.limiter.close()

    # -- connections and objects -------------------------------------------------------
    def _platform(self, role: str) -> str:
        conn = self.d[role]["connection"]
        return str(self.d["connections"][conn]["platform"])

    def _adapter(self, role: str) -> Adapter | None:
        conn = self.d[role]["connection"]
        if conn in self.adapters:
            return self.adapters[conn]
        if conn in self.broken:  # already reported
            return None
        raw = self.d["connections"][conn]
        try:
            config = validate_connection(raw, f"connections.{conn}")
            adapter = create_adapter(config, AdapterContext(conn, self.limiter))
        except ConfigError as exc:
            key = f"connections.{conn}"
            for k in ("token_env", "secret_file"):
                if raw.get(k):
                    key += f".{k}"
                    break
            self.problem(key, _strip_prefix(str(exc)))
            self.broken.add(conn)
            return None
        self.adapters[conn] = adapter
        return adapter

    async def _schema(self, role: str) -> ObjectSchema | None:
        """The object's live schema (one describe call), or None when it cannot be known
        (a problem is recorded then, except for files without declared fields)."""
        conn = self.d[role]["connection"]
        obj = self.d[role]["object"]
        platform = self._platform(role)
        if platform in FILE_PLATFORMS:
            return self._file_schema(role)
        adapter = self._adapter(role)
        if adapter is None:
            return None
        try:
            infos = await adapter.describe(obj)
        except ConfigError as exc:  # e.g. an object the adapter does not support
            self.problem(f"{role}.object", _strip_prefix(str(exc)))
            return None
        except Exception as exc:
            err = adapter.classify_error(exc)
            unknown_object = err.status is None and err.kind == ErrorKind.PERMANENT
            if err.status == 404 or err.code in ("NOT_FOUND", "INVALID_TYPE") or unknown_object:
                self.problem(
                    f"{role}.object",
                    f"{platform} has no object {obj!r} (connection {conn}): {err.message}",
                )
            elif err.kind == ErrorKind.AUTH or err.status in (401, 403):
                self.problem(
                    f"connections.{conn}", f"{platform} refused the credential: {err.message}"
                )
            else:
                self.problem(f"connections.{conn}", f"cannot reach {platform}: {err.message}")
            return None
        self.report.checked.append(f"{role}: {platform}.{obj} ({len(infos)} fields, live)")
        return fold(platform, obj, infos, conn)

    def _file_schema(self, role: str) -> ObjectSchema | None:
        conn = self.d[role]["connection"]
        raw = self.d["connections"][conn]
        if role == "source" and not Path(raw["path"]).exists():
            self.problem(f"connections.{conn}.path", f"no such file: {raw['path']}")
            return None
        declared = raw.get("fields") or {}
        if not declared:
            self.report.checked.append(f"{role}: {raw['platform']} file (no declared fields)")
            return None
        fields = {
            n: FieldSpec(
                n,
                str(r.get("type") or "string"),
                required=bool(r.get("required")),
                max_length=r.get("max_length"),
                upsert_key=True,
            )
            for n, r in declared.items()
        }
        # a file takes any field; the declared ones are rules on their values
        return ObjectSchema(raw["platform"], self.d[role]["object"], fields, open_prefixes=("",))

    # -- the mapping against the schemas ---------------------------------------------
    def _check_reads(self, v2: MappingSpecV2, src: ObjectSchema) -> None:
        extras = SOURCE_EXTRAS.get(src.platform, set())
        fetched = self._fetched_fields()
        for i, f in enumerate(v2.filters):
            for name in reads(f.keep_if) + reads(f.skip_if):
                self._check_read(f"filters[{i}]", name, src, extras, fetched)
        for i, rule in enumerate(v2.rules):
            for name in reads(rule):
                self._check_read(f"rules[{i}] (to: {rule.to})", name, src, extras, fetched)

    def _check_read(
        self, key: str, name: str, src: ObjectSchema, extras: set[str], fetched: list[str] | None
    ) -> None:
        top = name.split(".")[0].split("[")[0]
        if name in extras or src.field(name) is not None or src.field(top) is not None:
            if fetched is not None and top not in fetched and top not in extras:
                conn = self.d["source"]["connection"]
                self.mapping_problem(
                    key,
                    f"reads {name!r}, which {src.ref} has but connection {conn} does not fetch: "
                    f"add it to connections.{conn}.properties.{src.object}",
                )
            return
        self.mapping_problem(
            key, f"reads {name!r}, which {src.ref} does not have{_did_you_mean(name, src)}"
        )

    def _fetched_fields(self) -> list[str] | None:
        adapter = self.adapters.get(self.d["source"]["connection"])
        fn = getattr(adapter, "fetched_properties", None)
        return list(fn(self.d["source"]["object"])) if callable(fn) else None

    def _check_writes(self, v2: MappingSpecV2, dst: ObjectSchema) -> None:
        targets = []
        for i, rule in enumerate(v2.rules):
            key = f"rules[{i}] (to: {rule.to})"
            targets.append(rule.to)
            spec = dst.field(rule.to)
            if spec is None:
                self.mapping_problem(
                    key + ".to",
                    f"{dst.ref} has no field {rule.to!r}{_did_you_mean(rule.to, dst)}; "
                    "a value written there would be lost",
                )
                continue
            if spec.read_only:
                self.mapping_problem(key + ".to", f"{dst.ref} {rule.to} is read-only")
                continue
            self._check_kind(key, rule, spec, dst)
        produced = {t.split(".")[0].split("[")[0] for t in targets} | set(targets)
        adapter = self.adapters.get(self.d["destination"]["connection"])
        if adapter is not None:  # e.g. Mailchimp takes the member's email from the match key
            produced |= set(adapter.identity_fields(self.d["destination"]["object"], v2.match_key))
        for name in dst.required():
            if name not in produced and name != "Id":
                self.mapping_problem(
                    "rules",
                    f"{dst.ref} requires {name!r} ({dst.fields[name].label or name}) and no rule "
                    "produces it",
                )

    def _check_kind(self, key: str, rule: Rule, spec: FieldSpec, dst: ObjectSchema) -> None:
        kinds = output_kinds(rule) - {"unknown"}
        if spec.type == "any":
            return
        fits = KIND_FITS.get(spec.type, {"string", "number"} if spec.type in TEXT_TYPES else set())
        if not fits:
            return
        wrong = sorted(k for k in kinds if k not in fits)
        if wrong:
            self.mapping_problem(
                key, f"writes a {'/'.join(wrong)} into {dst.ref} {rule.to}, a {spec.type} field"
            )
            return
        if spec.picklist and spec.picklist_restricted:
            bad = [c for c in constants(rule) if _text(c) not in spec.picklist]
            if bad:
                self.mapping_problem(
                    key,
                    f"writes {', '.join(repr(b) for b in bad)} into {dst.ref} {rule.to}, which "
                    f"takes only: {', '.join(spec.picklist)}",
                )

    async def _check_match_key(self, v2: MappingSpecV2, dst: ObjectSchema) -> None:
        platform = self._platform("destination")
        if platform not in UPSERTING:
            return
        adapter = self.adapters.get(self.d["destination"]["connection"])
        upsert_by = v2.match_key
        if adapter is not None:
            upsert_by = adapter.identity_fields(self.d["destination"]["object"], v2.match_key)[0]
        spec = dst.fields.get(upsert_by)
        if spec is None or not spec.upsert_key:
            keys = ", ".join(dst.upsert_keys()) or "none"
            self.mapping_problem(
                "match_key",
                f"{dst.ref} cannot upsert by {upsert_by!r} (fields it upserts by: {keys})",
            )

    async def _check_lookups(self, v2: MappingSpecV2) -> None:
        plans = CompiledMapping(v2).lookups
        if not plans:
            return
        role = "destination"
        adapter = self._adapter(role) if self._platform(role) not in FILE_PLATFORMS else None
        platform = self._platform(role)
        rules = {r.to: i for i, r in enumerate(v2.rules)}
        for plan in plans:
            key = f"rules[{rules.get(plan.target, 0)}] (to: {plan.target}).lookup"
            if adapter is None or not supports_lookups(adapter):
                self.mapping_problem(key, f"the {platform} destination cannot look records up")
                continue
            try:
                schema = fold(platform, plan.object, await adapter.describe(plan.object), "")
            except Exception as exc:
                err = adapter.classify_error(exc)
                self.mapping_problem(
                    key + ".object", f"{platform} has no object {plan.object!r}: {err.message}"
                )
                continue
            for what, name in (("by", plan.by), ("return", plan.returns)):
                if schema.field(name) is None:
                    self.mapping_problem(
                        f"{key}.{what}",
                        f"{schema.ref} has no field {name!r}{_did_you_mean(name, schema)}",
                    )
            if plan.create_if_missing:
                missing = [n for n in schema.required() if n != plan.by]
                if missing:
                    self.mapping_problem(
                        f"{key}.create_if_missing",
                        f"a new {plan.object} also needs {', '.join(missing)}; "
                        "only the lookup value would be given",
                    )


def _did_you_mean(name: str, schema: ObjectSchema) -> str:
    close = difflib.get_close_matches(name, list(schema.fields), n=1, cutoff=0.6)
    if not close:
        lowered = {f.lower(): f for f in schema.fields}
        close = [lowered[name.lower()]] if name.lower() in lowered else []
    return f" (did you mean {close[0]!r}?)" if close else ""


def _text(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def _strip_prefix(message: str) -> str:
    return message.split(": ", 1)[1] if message.startswith("connections.") else message
