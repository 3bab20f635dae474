"""The routes file: which inbox events fan out to which actions, and each route's policies.

A route is a bulkhead: its own queue, concurrency, timeout and retry policy. Everything is
data validated by pydantic; errors name the file and the key. Destinations are connections
in the job-file format, so any adapter (files today, platforms as they land) can be used.
"""

from __future__ import annotations

from dataclasses import dataclass
from fnmatch import fnmatchcase
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from syncwright.adapters.base import ConfigError
from syncwright.adapters.registry import validate_connection
from syncwright.engine.jobfile import resolve_paths
from syncwright.limits.retry import RetryPolicy
from syncwright.mapping.apply import CompiledMapping
from syncwright.mapping.spec import MappingError, load_mapping, parse_mapping
from syncwright.webhooks.config import WebhookConfigError, read_yaml, validation_message

JSON = dict[str, Any]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SyncRecord(_Strict):
    """Map the event's record and upsert it at a destination (``upload_batch``)."""

    connection: str
    object: str
    mapping: str | JSON = Field(
        description="a mapping file (relative to the routes file) or inline"
    )


class SegmentTrack(_Strict):
    """Send a Segment ``track``; ``messageId`` is the action id, so a resend is harmless."""

    connection: str
    object: str = "track"
    event: str = Field(min_length=1)
    user_id: str | None = Field(default=None, description="path in the record, e.g. email")
    anonymous_id: str | None = None
    properties: dict[str, str] = Field(default_factory=dict, description="name -> record path")

    @model_validator(mode="after")
    def _someone(self) -> SegmentTrack:
        if not (self.user_id or self.anonymous_id):
            raise ValueError("give user_id or anonymous_id (a path in the event's record)")
        return self


class Ga4Event(_Strict):
    """Send a GA4 Measurement Protocol event."""

    connection: str
    object: str = "events"
    name: str = Field(min_length=1, max_length=40)
    client_id: str = Field(description="path in the record for client_id")
    user_id: str | None = None
    params: dict[str, str] = Field(default_factory=dict, description="name -> record path")


class StartJob(_Strict):
    """Create a sync job from a job file (exactly once per event); for a two-way job file,
    request a run of that sync (folded into its queued run if it has one)."""

    job_file: Path


KINDS: dict[str, type[BaseModel]] = {
    "sync_record": SyncRecord,
    "segment_track": SegmentTrack,
    "ga4_event": Ga4Event,
    "start_job": StartJob,
}


class ActionDef(_Strict):
    name: str | None = Field(default=None, pattern=r"^[A-Za-z0-9_.-]+$")
    sync_record: SyncRecord | None = None
    segment_track: SegmentTrack | None = None
    ga4_event: Ga4Event | None = None
    start_job: StartJob | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> ActionDef:
        given = [k for k in KINDS if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError(f"an action needs exactly one of {', '.join(KINDS)} (got {given})")
        return self

    @property
    def kind(self) -> str:
        return next(k for k in KINDS if getattr(self, k) is not None)

    @property
    def spec(self) -> Any:
        return getattr(self, self.kind)


class Where(_Strict):
    equals: JSON = Field(default_factory=dict, description="record path -> required value")
    changed_any: list[str] = Field(default_factory=list, description="any of these changed")
    exists: list[str] = Field(default_factory=list, description="these paths are not empty")


class RetryDef(_Strict):
    max_attempts: int = Field(default=8, ge=1, le=100)
    base_seconds: float = Field(default=0.5, gt=0)
    cap_seconds: float = Field(default=300.0, gt=0)


class RouteDef(_Strict):
    name: str = Field(pattern=r"^[A-Za-z0-9_.-]+$")
    on: list[str] = Field(min_length=1, description="event types; globs such as contact.*")
    platforms: list[str] = Field(default_factory=list)
    connections: list[str] = Field(default_factory=list, description="intake connections")
    where: Where = Field(default_factory=Where)
    concurrency: int = Field(default=4, ge=1, le=256)
    timeout_seconds: float = Field(default=30.0, gt=0, le=3600)
    retry: RetryDef = Field(default_factory=RetryDef)
    actions: list[ActionDef] = Field(min_length=1)

    @model_validator(mode="after")
    def _names(self) -> RouteDef:
        seen: set[str] = set()
        for i, action in enumerate(self.actions):
            if action.name is None:
                action.name = f"{action.kind}-{i}"
            if action.name in seen:
                raise ValueError(f"action name {action.name!r} is used twice in route {self.name}")
            seen.add(action.name)
        return self


class RoutesFile(_Strict):
    connections: dict[str, JSON] = Field(default_factory=dict, description="destinations")
    routes: list[RouteDef] = Field(default_factory=list)

    @model_validator(mode="after")
    def _refs(self) -> RoutesFile:
        names = [r.name for r in self.routes]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"route names {dupes} are used twice")
        for i, route in enumerate(self.routes):
            for j, action in enumerate(route.actions):
                conn = getattr(action.spec, "connection", None)
                if conn is not None and conn not in self.connections:
                    raise ValueError(
                        f"routes.{i}.actions.{j}.{action.kind}.connection: {conn!r} is not "
                        f"defined under connections (defined: {', '.join(sorted(self.connections)) or 'none'})"
                    )
        return self


def get_path(record: JSON, path: str) -> Any:
    cur: Any = record
    for part in path.split("."):
        if not isinstance(cur, dict):
            return None
        cur = cur.get(part)
    return cur


@lru_cache(maxsize=4096)
def type_matches(event_type: str, patterns: tuple[str, ...]) -> bool:
    """Whether an event type matches any of a route's ``on`` patterns. Cached: the dispatcher
    asks for every event and route, and a store sees few distinct event types."""
    return any(fnmatchcase(event_type, pattern) for pattern in patterns)


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


@dataclass(frozen=True)
class Route:
    """A validated route, its compiled mappings, and its retry policy."""

    definition: RouteDef
    mappings: dict[str, CompiledMapping]  # action name -> compiled mapping (sync_record)
    policy: RetryPolicy

    @property
    def name(self) -> str:
        return self.definition.name

    def action(self, name: str) -> ActionDef | None:
        return next((a for a in self.definition.actions if a.name == name), None)

    def matches(self, event: JSON, record: JSON) -> bool:
        d = self.definition
        if not type_matches(event["type"], tuple(d.on)):
            return False
        if d.platforms and event["platform"] not in d.platforms:
            return False
        if d.connections and event["connection"] not in d.connections:
            return False
        w = d.where
        if any(get_path(record, p) != v for p, v in w.equals.items()):
            return False
        if w.changed_any and not any(f in (event.get("changes") or {}) for f in w.changed_any):
            return False
        return not any(_empty(get_path(record, p)) for p in w.exists)


@dataclass(frozen=True)
class RouteTable:
    routes: list[Route]
    connections: dict[str, JSON]  # validated, paths made absolute (job-file format)
    source: str

    def by_name(self, name: str) -> Route | None:
        return next((r for r in self.routes if r.name == name), None)


def parse_routes(raw: Any, source: str, base: Path) -> RouteTable:
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise WebhookConfigError(f"{source}: the routes file must be a YAML mapping")
    try:
        parsed = RoutesFile.model_validate(raw)
    except ValidationError as exc:
        raise WebhookConfigError(validation_message(exc, source)) from None
    connections: dict[str, JSON] = {}
    try:
        for name, conn in parsed.connections.items():
            model = validate_connection(resolve_paths(conn, base), f"{source}: connections.{name}")
            connections[name] = model.model_dump(mode="json")
    except ConfigError as exc:
        raise WebhookConfigError(str(exc)) from None
    routes = []
    for i, d in enumerate(parsed.routes):
        mappings = {}
        for j, action in enumerate(d.actions):
            where = f"{source}: routes.{i}.actions.{j}"
            assert action.name is not None
            if isinstance(action.spec, SyncRecord):
                m = action.spec.mapping
                try:
                    spec = (
                        load_mapping((base / m).resolve())
                        if isinstance(m, str)
                        else parse_mapping(m, f"{where}.sync_record.mapping")
                    )
                except MappingError as exc:
                    raise WebhookConfigError(str(exc)) from None
                mappings[action.name] = CompiledMapping(spec)
            elif isinstance(action.spec, StartJob) and not action.spec.job_file.is_absolute():
                action.spec.job_file = (base / action.spec.job_file).resolve()
        r = d.retry
        policy = RetryPolicy(
            max_attempts=r.max_attempts, base=r.base_seconds, cap=r.cap_seconds, park_after=1e9
        )
        routes.append(Route(d, mappings, policy))
    return RouteTable(routes, connections, source)


def load_routes(path: Path) -> RouteTable:
    return parse_routes(read_yaml(path, "routes file"), str(path), path.parent.resolve())
