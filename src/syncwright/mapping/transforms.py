"""The named transforms of mapping v2, as a table: name -> factory(argument) -> function.

Each function takes a non-empty value and returns the new one, or raises
``TransformError`` with a reason (the record is then rejected, naming field and rule).
Phones go through ``phonenumbers`` (Google's libphonenumber rules) and emails through
``email-validator`` (syntax and normalisation only, never DNS), rather than our own rules.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

Fn = Callable[[Any], Any]

TRUE_WORDS = frozenset({"true", "yes", "y", "1", "on", "t"})
FALSE_WORDS = frozenset({"false", "no", "n", "0", "off", "f"})


class TransformError(ValueError):
    """A value the transform cannot handle (the record is rejected with this reason)."""


def _text(v: Any) -> str:
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _no_arg(fn: Fn) -> Callable[[Any], Fn]:
    def factory(arg: Any) -> Fn:
        if arg is not None:
            raise ValueError("takes no argument")
        return fn

    return factory


def _title_str(v: str) -> str:
    # str.capitalize: first character upper, the rest lower, per space-separated word
    return " ".join([w.capitalize() for w in v.split(" ")])


def _collapse_str(v: str) -> str:
    return " ".join(v.split())


def _first_word_str(v: str) -> str:
    parts = v.split(None, 1)
    return parts[0] if parts else ""


def _last_word_str(v: str) -> str:
    parts = v.rsplit(None, 1)
    return parts[-1] if parts else ""


STR_FNS: dict[str, Callable[[str], str]] = {
    "lower": str.lower,
    "upper": str.upper,
    "trim": str.strip,
    "title": _title_str,
    "collapse_spaces": _collapse_str,
    "first_word": _first_word_str,
    "last_word": _last_word_str,
}
"""Text-to-text transforms without arguments: composed into one function by ``chain``."""


def _on_text(fn: Callable[[str], str]) -> Fn:
    def on_text(v: Any) -> str:
        return fn(v if v.__class__ is str else _text(v))

    return on_text


def _email_part(index: int) -> Fn:
    def part(v: Any) -> str:
        text = _text(v).strip()
        if text.count("@") != 1:
            raise TransformError(f"{text!r} is not an email address")
        return text.split("@")[index]

    return part


def _number(v: Any) -> int | float:
    if v.__class__ is str:
        try:
            f = float(v)
        except ValueError:
            raise TransformError(f"{v!r} is not a number") from None
        if f.is_integer():
            return int(f)
        if f != f or f in (float("inf"), float("-inf")):
            raise TransformError(f"{v!r} is not a finite number")
        return f
    if isinstance(v, bool):
        raise TransformError(f"{v!r} is not a number")
    if isinstance(v, int | float):
        return int(v) if isinstance(v, float) and v.is_integer() else v
    try:
        f = float(_text(v).strip())
    except ValueError:
        raise TransformError(f"{v!r} is not a number") from None
    if f != f or f in (float("inf"), float("-inf")):
        raise TransformError(f"{v!r} is not a finite number")
    return int(f) if f.is_integer() else f


def _integer(v: Any) -> int:
    n = _number(v)
    if isinstance(n, float):
        raise TransformError(f"{v!r} is not a whole number")
    return n


def _boolean(v: Any) -> bool:
    if isinstance(v, bool):
        return v
    word = _text(v).strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise TransformError(f"{v!r} is not a yes/no value (true/yes/1 or false/no/0)")


def _from_epoch_ms(ms: float) -> datetime:
    try:
        return datetime.fromtimestamp(ms / 1000, UTC)
    except (ValueError, OverflowError, OSError):  # beyond the years datetime holds
        raise TransformError(f"{ms!r} is not a date (epoch milliseconds out of range)") from None


def _parse_when(v: Any) -> datetime:
    """An ISO 8601 date or datetime, or epoch milliseconds (as HubSpot sends), in UTC."""
    if isinstance(v, int | float) and not isinstance(v, bool):
        return _from_epoch_ms(v)
    text = _text(v).strip()
    if text.isdigit() and len(text) >= 11:
        return _from_epoch_ms(int(text))
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        try:
            d = date.fromisoformat(text)
        except ValueError:
            raise TransformError(f"{v!r} is not an ISO 8601 date or datetime") from None
        return datetime(d.year, d.month, d.day, tzinfo=UTC)
    return when.astimezone(UTC) if when.tzinfo else when.replace(tzinfo=UTC)


def _date(fmt: Any) -> Fn:
    if fmt is not None and not isinstance(fmt, str):
        raise ValueError("takes a strftime format, e.g. '%d/%m/%Y'")

    def to_date(v: Any) -> str:
        when = _parse_when(v)
        return when.strftime(fmt) if fmt else when.date().isoformat()

    return to_date


def _datetime(fmt: Any) -> Fn:
    if fmt is not None and not isinstance(fmt, str):
        raise ValueError("takes a strftime format, e.g. '%Y-%m-%d %H:%M'")

    def to_datetime(v: Any) -> str:
        when = _parse_when(v)
        return when.strftime(fmt) if fmt else when.isoformat().replace("+00:00", "Z")

    return to_datetime


def _truncate(n: Any) -> Fn:
    if n == "max":  # the destination field's max length, filled in when the job is loaded

        def unresolved(v: Any) -> str:
            raise TransformError(
                "truncate: max needs the destination's schema (known when a job runs, or "
                "with `mapping preview --to`)"
            )

        return unresolved
    if isinstance(n, bool) or not isinstance(n, int) or n <= 0:
        raise ValueError("takes the maximum length (a positive integer) or max")

    def truncate(v: Any) -> str:
        return _text(v)[:n]

    return truncate


def _e164(arg: Any) -> Fn:
    import phonenumbers

    region = arg.get("region") if isinstance(arg, dict) else arg
    if region is not None and (
        not isinstance(region, str) or region.upper() not in phonenumbers.SUPPORTED_REGIONS
    ):
        raise ValueError(f"unknown default region {region!r} (an ISO country code like US, GB)")
    default = region.upper() if isinstance(region, str) else None

    def e164(v: Any) -> str:
        text = _text(v).strip()
        try:
            number = phonenumbers.parse(text, None if text.startswith("+") else default)
        except phonenumbers.NumberParseException as exc:
            raise TransformError(f"{text!r} is not a phone number: {exc}") from None
        if not phonenumbers.is_possible_number(number):
            raise TransformError(f"{text!r} is not a possible phone number")
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)

    return e164


def _email(arg: Any) -> Fn:
    if arg is not None:
        raise ValueError("takes no argument")
    from email_validator import EmailNotValidError, validate_email

    def email(v: Any) -> str:
        text = _text(v).strip()
        try:
            return validate_email(text, check_deliverability=False).normalized
        except EmailNotValidError as exc:
            raise TransformError(f"{text!r} is not a valid email address: {exc}") from None

    return email


TRANSFORMS: dict[str, Callable[[Any], Fn]] = {
    **{name: _no_arg(_on_text(fn)) for name, fn in STR_FNS.items()},
    "email_local": _no_arg(_email_part(0)),
    "email_domain": _no_arg(_email_part(1)),
    "truncate": _truncate,
    "e164": _e164,
    "email": _email,
    "number": _no_arg(_number),
    "integer": _no_arg(_integer),
    "boolean": _no_arg(_boolean),
    "text": _no_arg(_text),
    "date": _date,
    "datetime": _datetime,
}
"""Every transform by name. Arguments: truncate (max length), e164 (default region, or
``{region: US}``), date / datetime (optional strftime format); the rest take none."""


def parse_transform(item: Any) -> tuple[str, Any]:
    """``lower`` or ``{truncate: 80}`` as (name, argument); ValueError naming the problem."""
    if isinstance(item, str):
        name, arg = item, None
    elif isinstance(item, dict) and len(item) == 1:
        name, arg = next(iter(item.items()))
    else:
        raise ValueError(f"a transform is a name or {{name: argument}}, got {item!r}")
    factory = TRANSFORMS.get(name)
    if factory is None:
        raise ValueError(f"unknown transform {name!r} (known: {', '.join(TRANSFORMS)})")
    try:
        factory(arg)
    except ValueError as exc:
        raise ValueError(f"{name}: {exc}") from None
    return name, arg


def build_transform(item: Any) -> Fn:
    name, arg = parse_transform(item)
    return TRANSFORMS[name](arg)


def chain(items: list[Any]) -> Fn | None:
    """The transforms composed into one function (None when there are none). A run of
    text-to-text transforms becomes one function calling str methods directly."""
    if items and all(isinstance(i, str) and i in STR_FNS for i in items):
        texts = [STR_FNS[i] for i in items]
        if len(texts) == 1:
            return _on_text(texts[0])
        if len(texts) == 2:
            a, b = texts

            def two(v: Any) -> str:
                return b(a(v if v.__class__ is str else _text(v)))

            return two
    fns = [build_transform(i) for i in items]
    if not fns:
        return None
    if len(fns) == 1:
        return fns[0]
    if len(fns) == 2:
        f, g = fns
        return lambda v: g(f(v))

    def composed(v: Any) -> Any:
        for fn in fns:
            v = fn(v)
        return v

    return composed
