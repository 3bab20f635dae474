"""The webhook config file: which connections accept deliveries, and where their secrets are.

Secrets are named (an environment variable or a file), never written in the file, and are
resolved once at start-up into ``Secret`` values that never print themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from syncwright.adapters.http import Secret
from syncwright.config_files import ConfigFileError, load_yaml_file
from syncwright.credentials import CredentialError, read_credential
from syncwright.engine.jobfile import parse_keep

Platform = Literal["hubspot", "salesforce", "mailchimp", "segment"]
DEFAULT_MAX_BODY = 1_000_000
DEFAULT_KEEP_BODIES = "30d"
DEFAULT_TRACK_TYPES = {"Form Submitted": "form.submitted", "Signed Up": "form.submitted"}


class WebhookConfigError(ValueError):
    """The config or routes file is wrong; the message names the file and the key."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class IntakeConnection(_Strict):
    """One platform account sending webhooks to ``/webhooks/<platform>/<name>``."""

    platform: Platform
    secret_env: str | None = Field(
        default=None,
        description="Environment variable with the secret: HubSpot app secret, Segment "
        "shared secret, or the Mailchimp URL secret.",
    )
    secret_file: Path | None = Field(default=None, description="File holding that secret.")
    organization_id: str | None = Field(
        default=None, description="Salesforce: the org whose outbound messages are accepted."
    )
    public_url: str | None = Field(
        default=None,
        description="The exact URL the platform calls (HubSpot and Mandrill sign it); "
        "default: the URL as this server received it.",
    )
    max_age_seconds: int = Field(default=300, gt=0, le=3600, description="HubSpot timestamps")
    mandrill_key_env: str | None = None
    mandrill_key_file: Path | None = None
    track_types: dict[str, str] = Field(
        default_factory=lambda: dict(DEFAULT_TRACK_TYPES),
        description="Segment: track event names normalised to another event type.",
    )

    @model_validator(mode="after")
    def _needs(self) -> IntakeConnection:
        if self.secret_env and self.secret_file:
            raise ValueError("give secret_env or secret_file, not both")
        if self.platform == "salesforce":
            if not self.organization_id:
                raise ValueError("salesforce connections need organization_id")
        elif not (self.secret_env or self.secret_file):
            raise ValueError(f"{self.platform} connections need secret_env or secret_file")
        return self


class WebhookRetention(_Strict):
    """How long the audit bodies of finished deliveries stay (they hold contact data)."""

    keep_bodies: str = Field(
        default=DEFAULT_KEEP_BODIES,
        description="e.g. 30d, 12h, 2w, or 'forever'; `syncwright prune` drops older bodies",
    )

    @field_validator("keep_bodies")
    @classmethod
    def _duration(cls, value: str) -> str:
        parse_keep(value)  # raises ValueError naming the text
        return value


class WebhookConfig(_Strict):
    max_body_bytes: int = Field(default=DEFAULT_MAX_BODY, gt=0, le=50_000_000)
    retention: WebhookRetention = Field(default_factory=WebhookRetention)
    routes: Path | None = Field(default=None, description="The routes file (relative to this one).")
    connections: dict[str, IntakeConnection] = Field(default_factory=dict)


@dataclass(frozen=True)
class ResolvedConnection:
    """A connection with its secrets read: what verifiers get."""

    name: str
    config: IntakeConnection
    secret: Secret | None
    mandrill_key: Secret | None


@dataclass(frozen=True)
class IntakeSettings:
    max_body_bytes: int
    connections: dict[str, ResolvedConnection]
    routes_file: Path | None
    keep_bodies: str = DEFAULT_KEEP_BODIES


def _read_secret(env: str | None, file: Path | None, where: str) -> Secret | None:
    """One credential per file or variable (the rule in ``syncwright.credentials``)."""
    try:
        value = read_credential(env, file, where)
    except CredentialError as exc:
        raise WebhookConfigError(str(exc)) from None
    return Secret(value) if value is not None else None


def validation_message(exc: ValidationError, source: str) -> str:
    err = exc.errors()[0]
    loc = ".".join(str(p) for p in err["loc"]) or "(top level)"
    return f"{source}: {loc}: {err['msg'].removeprefix('Value error, ')}"


def read_yaml(path: Path, what: str) -> Any:
    try:
        return load_yaml_file(path, what)
    except ConfigFileError as exc:
        raise WebhookConfigError(str(exc)) from None


def _validated(raw: Any, source: str) -> WebhookConfig:
    if not isinstance(raw, dict):
        raise WebhookConfigError(f"{source}: the webhook config must be a YAML mapping")
    try:
        return WebhookConfig.model_validate(raw)
    except ValidationError as exc:
        raise WebhookConfigError(validation_message(exc, source)) from None


def parse_config(raw: Any, source: str, base: Path) -> IntakeSettings:
    cfg = _validated(raw, source)
    connections = {}
    for name, conn in cfg.connections.items():
        where = f"{source}: connections.{name}"
        for attr in ("secret_file", "mandrill_key_file"):
            value = getattr(conn, attr)
            if value is not None and not value.is_absolute():
                conn = conn.model_copy(update={attr: base / value})
        connections[name] = ResolvedConnection(
            name,
            conn,
            _read_secret(conn.secret_env, conn.secret_file, where),
            _read_secret(conn.mandrill_key_env, conn.mandrill_key_file, where),
        )
    routes = cfg.routes if cfg.routes is None or cfg.routes.is_absolute() else base / cfg.routes
    return IntakeSettings(cfg.max_body_bytes, connections, routes, cfg.retention.keep_bodies)


def load_config(path: Path) -> IntakeSettings:
    """Read and validate the webhook config file, resolving its secrets."""
    return parse_config(read_yaml(path, "webhook config"), str(path), path.parent.resolve())


def load_keep_bodies(path: Path) -> str:
    """``retention.keep_bodies`` of a webhook config file, for ``syncwright prune``.

    The file is validated but its secrets are not read: maintenance runs where the
    server's secrets need not be."""
    return _validated(read_yaml(path, "webhook config"), str(path)).retention.keep_bodies
