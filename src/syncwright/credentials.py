"""Reading a credential from the environment or a secret file, and keeping it out of text.

The rule for a secret file (documented in docs/ADAPTERS.md): it holds **one** credential,
its only line that is neither blank nor a comment (a line whose first non-blank character
is ``#``); spaces around it and line ends are ignored. A file with two such lines (a
token and a rotation note, two tokens) is refused, naming the file and the line numbers,
never what they hold. An environment variable holds one line. A credential is printable
ASCII without spaces, as HTTP headers and signatures need; anything else is refused the
same way (a non-ASCII character used to surface as an internal error, a newline as an
"Illegal header value" message quoting the token).

``scrub`` cuts a connection's own secrets and well-known credential shapes out of any
text about to be stored or printed (a platform's error body that echoes the request).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

MASK = "***"


class CredentialError(ValueError):
    """The credential cannot be read or is not usable; the message never holds it."""


def _check(value: str, where: str) -> str:
    bad = next((c for c in value if not ("!" <= c <= "~")), None)
    if bad is not None:
        kind = "a space" if bad == " " else "a non-ASCII or control character"
        raise CredentialError(
            f"{where} holds {kind} (at position {value.index(bad) + 1} of "
            f"{len(value)}); a credential is printable ASCII without spaces"
        )
    return value


def read_credential(env: str | None, file: Path | None, who: str) -> str | None:
    """The credential named by ``env`` or ``file`` (None if neither is given)."""
    if env:
        value = os.environ.get(env, "").strip()
        if not value:
            raise CredentialError(f"{who}: environment variable {env} is not set")
        if "\n" in value or "\r" in value:
            raise CredentialError(
                f"{who}: environment variable {env} holds several lines; it must hold one "
                "credential"
            )
        return _check(value, f"{who}: environment variable {env}")
    if file:
        try:
            raw = file.read_bytes()
        except OSError as exc:
            raise CredentialError(
                f"{who}: cannot read secret file {file}: {exc.strerror}"
            ) from None
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise CredentialError(f"{who}: secret file {file} is not UTF-8 text") from None
        lines = [
            (n, line.strip())
            for n, line in enumerate(text.splitlines(), start=1)
            if line.strip() and not line.strip().startswith("#")
        ]
        if not lines:
            raise CredentialError(f"{who}: secret file {file} is empty (or only comments)")
        if len(lines) > 1:
            numbers = ", ".join(str(n) for n, _ in lines[:5])
            raise CredentialError(
                f"{who}: secret file {file} holds {len(lines)} lines that are not comments "
                f"(lines {numbers}); it must hold exactly one credential (start other lines "
                "with #)"
            )
        return _check(lines[0][1], f"{who}: secret file {file}")
    return None


# Credential shapes platforms and proxies are known to echo in error bodies.
_SHAPES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(Bearer|Basic|OAuth)\s+[A-Za-z0-9._~+/=:-]{8,}", re.I), rf"\1 {MASK}"),
    (re.compile(r"\bpat-[a-z0-9]{2,4}-[A-Za-z0-9-]{16,}"), MASK),  # HubSpot private app
    (re.compile(r"\b00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{16,}"), MASK),  # Salesforce session
    (re.compile(r"\b[0-9a-f]{32}-us[0-9]{1,2}\b"), MASK),  # Mailchimp API key
    (re.compile(r"\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}"), MASK),  # JWT
    (
        re.compile(
            # \b: a key name, not the end of a longer word (BAD_REFRESH_TOKEN: is an
            # error code followed by the platform's words, not a credential)
            r"""(["']?\b(?:access_token|refresh_token|api_?key|api_secret|client_secret|"""
            r"""password|session_?id|sessionId|authorization|write_?key|token)["']?"""
            r"""\s*[:=]\s*["']?)([^"'&\s<,}]{4,})""",
            re.I,
        ),
        rf"\1{MASK}",
    ),
    (re.compile(r"(<(?:[\w.-]+:)?SessionId\b[^>]*>)([^<]+)(<)"), rf"\1{MASK}\3"),
]


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` without the given secrets and without known credential shapes."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, MASK)
    for pattern, replacement in _SHAPES:
        text = pattern.sub(replacement, text)
    return text
