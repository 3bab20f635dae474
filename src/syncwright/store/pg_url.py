"""PostgreSQL store locations: parse, redact, and keep the password out of sight.

A store location is printed in errors, logs and ``syncwright workers``, so what the rest
of the program sees (``Store.location``) is the *redacted* URL. The full URL stays in this
process's memory, keyed by its redacted form, so code that is handed only the location
(the limiter state beside the store) can still connect.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from syncwright.store.errors import StoreError

SCHEMES = ("postgresql://", "postgres://")
REDACTED = "***"

_full: dict[str, str] = {}
_lock = threading.Lock()


def is_postgres(location: str | None) -> bool:
    return bool(location) and str(location).startswith(SCHEMES)


@dataclass(frozen=True, slots=True)
class PgTarget:
    """What to connect to: a libpq URL (without our own parameters) and a schema."""

    conninfo: str
    schema: str | None
    display: str  # the redacted URL, safe to print


def redact(url: str) -> str:
    """The URL with any password replaced by ``***`` (and ``password=`` parameters too)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "postgresql://(unparseable URL)"
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        if ":" in userinfo:
            userinfo = userinfo.split(":", 1)[0] + ":" + REDACTED
        netloc = f"{userinfo}@{host}"
    query = urlencode(
        [
            (k, REDACTED if k.lower() in ("password", "sslpassword") else v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
        ],
        safe="*",
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def parse(location: str) -> PgTarget:
    """Split ``location`` into libpq conninfo and our ``schema=`` parameter.

    ``location`` may be a redacted URL seen earlier in this process; it is mapped back to
    the full one. Raises ``StoreError`` (naming the redacted URL) when it is malformed.
    """
    url = full_url(location)
    display = redact(url)
    try:
        parts = urlsplit(url)
        _ = parts.port  # validates the port
    except ValueError as exc:
        raise StoreError(f"store {display}: not a valid PostgreSQL URL ({exc})") from None
    if not parts.hostname and "host=" not in parts.query:
        raise StoreError(f"store {display}: the URL names no host (postgresql://HOST/DATABASE)")
    if not parts.path.strip("/"):
        raise StoreError(f"store {display}: the URL names no database (postgresql://HOST/DATABASE)")
    params = parse_qsl(parts.query, keep_blank_values=True)
    schema = None
    kept = []
    for k, v in params:
        if k == "schema":
            schema = v
        else:
            kept.append((k, v))
    if schema is not None and not _is_identifier(schema):
        raise StoreError(
            f"store {display}: schema {schema!r} must be letters, digits and underscores"
        )
    conninfo = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(kept), ""))
    with _lock:
        _full[display] = url
    return PgTarget(conninfo=conninfo, schema=schema, display=display)


def full_url(location: str) -> str:
    """The full URL behind a redacted one seen in this process (else ``location``)."""
    with _lock:
        return _full.get(location, location)


def with_schema(url: str, schema: str) -> str:
    """``url`` with its ``schema=`` parameter set (used by tests and the bench)."""
    parts = urlsplit(url)
    params = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "schema"]
    params.append(("schema", schema))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(params), ""))


def _is_identifier(name: str) -> bool:
    return bool(name) and len(name) <= 63 and all(c.isalnum() or c == "_" for c in name)


def quote_ident(name: str) -> str:
    """A schema name as a SQL identifier (only ever a validated identifier)."""
    return '"' + name.replace('"', '""') + '"'


__all__ = [
    "SCHEMES",
    "PgTarget",
    "full_url",
    "is_postgres",
    "parse",
    "quote_ident",
    "redact",
    "with_schema",
]
