"""Field-level checks shared by mapping validations and file destinations. Pure."""

from __future__ import annotations

import re
from typing import Any

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")

FieldProblem = tuple[str, str]  # (code, reason)


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def check_value(
    field: str,
    value: Any,
    *,
    required: bool = False,
    kind: str | None = None,
    max_length: int | None = None,
) -> FieldProblem | None:
    """The first problem with one field's value, as (code, reason), or None when it is fine."""
    if is_empty(value):
        if required:
            return ("REQUIRED_FIELD_MISSING", f"required field {field!r} is empty")
        return None
    if kind == "email" and not (isinstance(value, str) and EMAIL_RE.match(value.strip())):
        return ("INVALID_EMAIL", f"field {field!r}: {value!r} is not a valid email address")
    if kind == "integer" and not (isinstance(value, int) and not isinstance(value, bool)):
        return ("INVALID_TYPE", f"field {field!r}: {value!r} is not an integer")
    if kind == "number" and not (isinstance(value, int | float) and not isinstance(value, bool)):
        return ("INVALID_TYPE", f"field {field!r}: {value!r} is not a number")
    if kind == "boolean" and not isinstance(value, bool):
        return ("INVALID_TYPE", f"field {field!r}: {value!r} is not true or false")
    if max_length is not None and len(str(value)) > max_length:
        return (
            "STRING_TOO_LONG",
            f"field {field!r} is {len(str(value))} characters; at most {max_length} allowed",
        )
    return None
