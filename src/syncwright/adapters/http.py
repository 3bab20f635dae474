"""Shared primitives for adapters that speak HTTP to a platform.

One pooled ``httpx2.AsyncClient`` per connection with a timeout on every call, every
request admitted by the shared ``Limiter`` (and its response headers fed back to it),
credentials resolved from the environment or a secret file and never printed, and a
generic classification of HTTP failures that platform adapters refine with their own
error bodies. Platform modules stay small: mostly data plus a few hook methods.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx2
import orjson
from pydantic import BaseModel, ConfigDict, Field, model_validator

from syncwright.adapters.base import AdapterError, AdapterLimits, ConfigError
from syncwright.credentials import CredentialError, read_credential, scrub
from syncwright.domain.failures import Classified, ErrorKind
from syncwright.limits import (
    ConnectionLimits,
    Limiter,
    LimitWait,
    QuotaExhausted,
    parse_retry_after,
    resolve_limits,
)

SECRET_PARAMS = re.compile(r"(secret|token|key|password|signature|sig)", re.IGNORECASE)
MAX_ERROR_BODY = 2000


class Secret:
    """A credential that never shows itself in repr, str, logs or events."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__


class HttpConnection(BaseModel):
    """Settings every HTTP platform connection shares (platform modules add their own)."""

    model_config = ConfigDict(extra="forbid")

    platform: str
    base_url: str = Field(description="The API root; point it at the sandbox or a proxy to test.")
    token_env: str | None = Field(
        default=None, description="Environment variable holding the credential."
    )
    secret_file: Path | None = Field(default=None, description="File holding the credential.")
    limits: ConnectionLimits | None = None
    timeout_seconds: float = Field(default=30.0, gt=0, le=600)
    max_connections: int = Field(default=10, gt=0, le=100)

    @model_validator(mode="after")
    def _one_credential_source(self) -> HttpConnection:
        if self.token_env and self.secret_file:
            raise ValueError("give token_env or secret_file, not both")
        if not self.base_url.startswith(("http://", "https://")):
            raise ValueError(
                f"base_url must start with http:// or https:// (got {self.base_url!r})"
            )
        return self


def resolve_secret(config: HttpConnection, connection_id: str) -> Secret | None:
    """The credential named by the connection (one per file, see ``credentials``); errors
    name the variable or file, never a value."""
    try:
        value = read_credential(
            config.token_env, config.secret_file, f"connection {connection_id!r}"
        )
    except CredentialError as exc:
        raise ConfigError(str(exc)) from None
    return Secret(value) if value is not None else None


def redact_url(url: str) -> str:
    """A URL safe to show: query parameters that look like secrets are masked."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    query = [
        (k, "***" if SECRET_PARAMS.search(k) else v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
    ]
    return urlunsplit(parts._replace(query=urlencode(query, safe="*")))


class HttpError(Exception):
    """A non-2xx answer, kept whole (status, headers, body) for classification."""

    def __init__(
        self,
        method: str,
        url: str,
        status: int,
        headers: httpx2.Headers,
        body: str,
        secrets: tuple[str, ...] = (),
    ) -> None:
        self.method = method
        self.url = scrub(redact_url(url), secrets)
        self.status = status
        self.headers = headers
        # Platforms echo requests in errors: the connection's secrets and anything shaped
        # like a credential are cut before the body is classified, stored or printed.
        self.body = scrub(body[: MAX_ERROR_BODY * 2], secrets)[:MAX_ERROR_BODY]
        super().__init__(f"{method} {self.url} -> {status}: {self.body}")


@dataclass(frozen=True, slots=True)
class AdapterContext:
    """What the engine hands every adapter: who it is, and the store's shared limiter."""

    connection_id: str
    limiter: Limiter | None = None


class HttpAdapter:
    """Base class of the platform adapters. Subclasses set the class attributes below and
    implement the object-specific methods of the ``Adapter`` protocol."""

    platform: ClassVar[str]
    config_model: ClassVar[type[HttpConnection]] = HttpConnection
    upload_group: ClassVar[str] = "default"  # registry group whose caps size batches

    def __init__(self, config: HttpConnection, context: AdapterContext) -> None:
        self.config = config
        self.context = context
        self.connection_id = context.connection_id
        self.secret = resolve_secret(config, context.connection_id)
        self.resolved = resolve_limits(self.platform, config.limits, context.connection_id)
        group = self.resolved.limits.group(self.upload_group)
        self.limits = AdapterLimits(group.batch_max_records, group.payload_max_bytes)
        self.client = httpx2.AsyncClient(
            base_url=config.base_url.rstrip("/"),
            timeout=httpx2.Timeout(config.timeout_seconds),
            limits=httpx2.Limits(max_connections=config.max_connections),
            headers=self.auth_headers(),
            auth=self.auth(),
        )

    @classmethod
    def batch_cap(cls, config: HttpConnection) -> int | None:
        """Records per upload call, from the registry (with the connection's overrides)."""
        resolved = resolve_limits(cls.platform, config.limits, "?")
        return resolved.limits.group(cls.upload_group).batch_max_records

    # -- hooks ---------------------------------------------------------------
    def identity_fields(self, obj: str, match_key: str) -> list[str]:
        """Default: the mapping's match key (platforms that upsert by another field say so)."""
        return [match_key]

    def auth_headers(self) -> dict[str, str]:
        """Default: a bearer token (HubSpot, Salesforce)."""
        return {"Authorization": f"Bearer {self.secret.reveal()}"} if self.secret else {}

    def auth(self) -> httpx2.Auth | None:
        return None

    def classify_response(self, error: HttpError) -> Classified:
        """Generic HTTP semantics; platforms override to read their own error bodies."""
        status, body = error.status, error.body
        retry_after = parse_retry_after(error.headers.get("Retry-After"), datetime.now(UTC))
        if status == 429:
            kind = ErrorKind.RETRY_AFTER if retry_after is not None else ErrorKind.RATE_LIMITED
            return Classified(kind, body, retry_after, status)
        if status in (401, 403):
            return Classified(ErrorKind.AUTH, body, None, status)
        if status in (408, 425) or status >= 500:
            return Classified(ErrorKind.TRANSIENT, body or f"HTTP {status}", retry_after, status)
        return Classified(ErrorKind.PERMANENT, body, None, status)

    # -- plumbing ------------------------------------------------------------
    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        content: bytes | str | None = None,
        headers: dict[str, str] | None = None,
        ok: tuple[int, ...] = (),
    ) -> httpx2.Response:
        """One admitted, timed call. Raises ``HttpError`` for non-2xx (unless in ``ok``)."""
        limiter = self.context.limiter
        if limiter is None:
            response = await self._send(method, path, json, params, content, headers)
        else:
            route = urlsplit(path).path
            async with limiter.acquire(
                self.connection_id,
                self.resolved.limits,
                self.resolved.tier,
                method,
                route,
                timezone=self.resolved.timezone,
            ) as permit:
                response = await self._send(method, path, json, params, content, headers)
                # Applied with the release: one state transaction for both.
                await permit.observe(response.status_code, response.headers)
        if response.is_success or response.status_code in ok:
            return response
        raise HttpError(
            method,
            str(response.request.url),
            response.status_code,
            response.headers,
            response.text,
            self.secrets(),
        )

    async def request_json(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        ok: tuple[int, ...] = (),
    ) -> Any:
        """``request`` and decode its JSON body. A 2xx whose body is cut short or garbled (a
        dropped connection, a proxy) is TRANSIENT: retrying the call may well succeed."""
        response = await self.request(
            method, path, json=json, params=params, headers=headers, ok=ok
        )
        try:
            return orjson.loads(response.content)
        except orjson.JSONDecodeError:
            raise AdapterError(
                Classified(
                    ErrorKind.TRANSIENT,
                    f"{method} {redact_url(str(response.request.url))} -> "
                    f"{response.status_code}: the body is not valid JSON "
                    f"({len(response.content)} bytes)",
                    status=response.status_code,
                )
            ) from None

    async def _send(
        self,
        method: str,
        path: str,
        json: Any,
        params: dict[str, Any] | None,
        content: bytes | str | None,
        headers: dict[str, str] | None,
    ) -> httpx2.Response:
        if json is not None:  # orjson: compact UTF-8, as httpx sends, and several times faster
            content = orjson.dumps(json, option=orjson.OPT_NON_STR_KEYS)
            if not any(k.lower() == "content-type" for k in headers or {}):
                headers = {**(headers or {}), "Content-Type": "application/json"}
        return await self.client.request(
            method, path, params=params, content=content, headers=headers
        )

    def secrets(self) -> tuple[str, ...]:
        """The values this connection must never show (its credential)."""
        return (self.secret.reveal(),) if self.secret else ()

    def classify_error(self, error: BaseException) -> Classified:
        """What a failure means, its message cut of secrets and credential shapes (it is
        stored in events and printed)."""
        c = self._classify_error(error)
        message = scrub(c.message, self.secrets())
        if message == c.message:
            return c
        return Classified(c.kind, message, c.retry_after_seconds, c.status, c.code)

    def _classify_error(self, error: BaseException) -> Classified:
        if isinstance(error, AdapterError):
            return error.classified
        if isinstance(error, HttpError):
            return self.classify_response(error)
        if isinstance(error, LimitWait):
            seconds = max(0.0, (error.until - datetime.now(UTC)).total_seconds())
            kind = (
                ErrorKind.QUOTA_EXHAUSTED
                if isinstance(error, QuotaExhausted)
                else ErrorKind.RETRY_AFTER
            )
            return Classified(kind, error.reason, seconds)
        if isinstance(error, httpx2.TimeoutException):
            return Classified(
                ErrorKind.TRANSIENT,
                f"timed out after {self.config.timeout_seconds:g} s: {type(error).__name__}",
            )
        if isinstance(error, httpx2.TransportError):
            return Classified(
                ErrorKind.TRANSIENT, f"connection failed: {type(error).__name__}: {error}"
            )
        return Classified(ErrorKind.FATAL, f"{type(error).__name__}: {error}")

    async def close(self) -> None:
        await self.client.aclose()
