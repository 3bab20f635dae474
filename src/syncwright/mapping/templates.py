"""Template text (``"Hi {firstname|title}!"``) split into literals and placeholders, once,
for the closures of ``compile.py`` and the generated code of ``codegen.py`` alike."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^{}|]+)((?:\|[^{}|]+)*)\}")

Part = str | tuple[str, list[str]]  # literal text, or (field path, transform names)


def template_parts(text: str) -> list[Part]:
    """Literals (``{{`` and ``}}`` unescaped, neighbours joined) and placeholders in order."""
    parts: list[Part] = []
    pos = 0

    def literal(s: str) -> None:
        if parts and isinstance(parts[-1], str):
            parts[-1] += s
        elif s:
            parts.append(s)

    for m in _PLACEHOLDER.finditer(text):
        literal(text[pos : m.start()])
        pos = m.end()
        token = m.group(0)
        if token in ("{{", "}}"):
            literal(token[0])
            continue
        names = [t.strip() for t in m.group(2).split("|")[1:]]
        parts.append((m.group(1).strip(), names))
    literal(text[pos:])
    return parts


def template_fields(text: str) -> list[str]:
    """The source fields a template reads."""
    return [p[0] for p in template_parts(text) if not isinstance(p, str)]
