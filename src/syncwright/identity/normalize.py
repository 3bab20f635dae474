"""A platform record as a comparable person: emails, E.164 phone, names, company, city.

Rules are data (``identity/data/*.json``): where each platform keeps each attribute, how
each mail provider treats plus-addresses and dots, which first names are nicknames of
which. Emails are checked by ``email-validator`` (syntax only, never DNS) and phones
parsed by ``phonenumbers``; a value that cannot be read is kept as a ``problem`` on the
record (shown by ``identity explain``), never dropped silently.
"""

from __future__ import annotations

import gc
import json
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import phonenumbers
from email_validator import EmailNotValidError, validate_email


@contextmanager
def no_gc() -> Iterator[None]:
    """Cyclic GC paused: linking allocates millions of acyclic objects, and the collector's
    repeated full passes over them cost ~40% of the CPU (measured, bench/identity_bench.py)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _data(name: str) -> Any:
    return json.loads(resources.files("syncwright.identity").joinpath("data", name).read_text())


FIELD_MAP: dict[str, dict[str, dict[str, Any]]] = _data("fields.json")
PROVIDERS: dict[str, dict[str, Any]] = {k: v for k, v in _data("email_providers.json").items()
                                        if not k.startswith("_")}
PERSONAL_DOMAINS: frozenset[str] = frozenset(_data("personal_domains.json"))
_NICKS: dict[str, list[str]] = {k: v for k, v in _data("nicknames.json").items()
                                if not k.startswith("_")}
PLACEHOLDERS = frozenset({"", "-", "--", "n/a", "na", "none", "null", "unknown",
                          "[not provided]", "not provided", "tbd", "?"})
COMPANY_SUFFIXES = frozenset({"inc", "incorporated", "llc", "ltd", "limited", "gmbh", "ag",
                              "corp", "corporation", "co", "company", "plc", "sa", "sas", "bv",
                              "nv", "srl", "spa", "oy", "ab", "as", "pty", "the"})


def _name_forms() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """name -> the formal names it can stand for; name -> one key per connected group."""
    formal: dict[str, set[str]] = {}
    for name, nicks in _NICKS.items():
        formal.setdefault(name, set()).add(name)
        for nick in nicks:
            formal.setdefault(nick, set()).add(name)
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for name, forms in formal.items():
        for form in forms:
            a, b = find(name), find(form)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return ({k: frozenset(v) for k, v in formal.items()}, {k: find(k) for k in formal})


FORMAL, NAME_GROUP = _name_forms()
_NON_ALPHA = re.compile(r"[^a-z ]+")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@dataclass(slots=True)
class PersonRecord:
    """One platform record, normalised. ``key`` is ``connection:object:id``."""

    key: str
    system: str  # the connection it came from: hard-id rules hold per system
    object: str
    record_id: str
    emails: tuple[str, ...] = ()  # mailbox-canonical (provider rules applied)
    phone: str = ""  # E.164
    first: str = ""
    last: str = ""
    company: str = ""
    city: str = ""
    country: str = ""
    hard_ids: tuple[tuple[str, str], ...] = ()  # (field, value)
    updated: str = ""
    problems: tuple[str, ...] = ()
    raw_emails: tuple[str, ...] = ()
    work_domains: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "system": self.system, "object": self.object,
                "record_id": self.record_id, "emails": list(self.emails), "phone": self.phone,
                "first": self.first, "last": self.last, "company": self.company,
                "city": self.city, "country": self.country,
                "hard_ids": [list(h) for h in self.hard_ids], "updated": self.updated,
                "problems": list(self.problems), "raw_emails": list(self.raw_emails)}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> PersonRecord:
        emails = tuple(d["emails"])
        return cls(d["key"], d["system"], d["object"], d["record_id"], emails, d["phone"],
                   d["first"], d["last"], d["company"], d["city"], d["country"],
                   tuple((h[0], h[1]) for h in d["hard_ids"]), d.get("updated", ""),
                   tuple(d.get("problems", ())), tuple(d.get("raw_emails", ())),
                   _work_domains(emails))


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


@lru_cache(maxsize=65536)
def norm_name(text: str) -> str:
    """Lower-case ASCII letters and single spaces ("José  O'Neil" -> "jose oneil")."""
    out = " ".join(_NON_ALPHA.sub("", _ascii(text).replace("-", " ")).split())
    return "" if out in PLACEHOLDERS else out


@lru_cache(maxsize=65536)
def norm_company(text: str) -> str:
    words = [w for w in _NON_ALNUM.sub(" ", _ascii(text)).split() if w not in COMPANY_SUFFIXES]
    out = " ".join(words)
    return "" if text.strip().lower() in PLACEHOLDERS else out


def name_group(first: str) -> str:
    """One key shared by a first name and all its nicknames (blocking)."""
    return NAME_GROUP.get(first, first)


def same_first_name(a: str, b: str) -> bool:
    """Equal, or one a nickname of the other, or both nicknames of one formal name."""
    if a == b:
        return True
    fa, fb = FORMAL.get(a), FORMAL.get(b)
    return fa is not None and fb is not None and not fa.isdisjoint(fb)


def mailbox(email: str) -> str:
    """The mailbox an address reaches: provider rules for plus-addresses, dots, aliases."""
    local, _, domain = email.partition("@")
    rule = PROVIDERS.get(domain) or PROVIDERS["*"]
    domain = rule.get("alias_of", domain)
    local = local.lower()
    if rule.get("plus") and "+" in local:
        local = local.split("+", 1)[0]
    if rule.get("dots"):
        local = local.replace(".", "")
    return f"{local}@{domain}"


def norm_email(raw: str) -> tuple[str | None, str | None]:
    """(mailbox, None) or (None, the reason it is not an address)."""
    text = raw.strip()
    if not text or text.lower() in PLACEHOLDERS:
        return None, None
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        return None, f"email {text!r}: {exc}"
    return mailbox(f"{result.local_part}@{result.domain.lower()}"), None


@cache
def _region_for(country: str) -> str | None:
    code = country.strip().upper()
    return code if len(code) == 2 and code.isalpha() else None


def norm_phone(raw: str, country: str = "") -> tuple[str | None, str | None]:
    """(E.164, None) or (None, why not). National numbers need the record's country."""
    text = raw.strip()
    if not text or text.lower() in PLACEHOLDERS:
        return None, None
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, _region_for(country) or "US")
    except phonenumbers.NumberParseException as exc:
        return None, f"phone {raw!r}: {exc}"
    if not phonenumbers.is_possible_number(number):
        return None, f"phone {raw!r}: not a possible number"
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), None


def _work_domains(emails: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(d for d in (e.partition("@")[2] for e in emails) if d not in PERSONAL_DOMAINS)


def field_map(platform: str, obj: str) -> dict[str, Any]:
    by_platform = FIELD_MAP.get(platform) or FIELD_MAP["*"]
    return by_platform.get(obj) or FIELD_MAP["*"]["*"]


def _first(record: dict[str, Any], names: list[str]) -> str:
    for name in names:
        value = record.get(name)
        if value not in (None, ""):
            return str(value)
    return ""


def normalise(system: str, platform: str, obj: str, record_id: str, record: dict[str, Any],
              fields: dict[str, Any] | None = None) -> PersonRecord:
    """A flat platform record (as an adapter's ``fetch_records`` yields it) as a person."""
    spec = fields or field_map(platform, obj)
    problems: list[str] = []
    emails: list[str] = []
    raw_emails: list[str] = []
    for name in spec["email"]:
        value = record.get(name)
        for part in str(value).replace(";", ",").split(",") if value else ():
            if not part.strip():
                continue
            canonical, problem = norm_email(part)
            if problem:
                problems.append(problem)
            elif canonical and canonical not in emails:
                emails.append(canonical)
                raw_emails.append(part.strip())
    country = _first(record, spec["country"])
    phone = ""
    for name in spec["phone"]:
        value = record.get(name)
        if value:
            e164, problem = norm_phone(str(value), country)
            if problem:
                problems.append(problem)
            elif e164:
                phone = e164
                break
    first, last = norm_name(_first(record, spec["first"])), norm_name(_first(record, spec["last"]))
    hard = tuple((name, str(record[name]).strip()) for name in spec["hard_ids"]
                 if record.get(name) not in (None, ""))
    email_tuple = tuple(emails)
    return PersonRecord(
        key=f"{system}:{obj}:{record_id}", system=system, object=obj, record_id=record_id,
        emails=email_tuple, phone=phone, first=first, last=last,
        company=norm_company(_first(record, spec["company"])),
        city=norm_name(_first(record, spec["city"])), country=country.strip().upper(),
        hard_ids=hard, updated=str(record.get(spec["updated"]) or ""),
        problems=tuple(problems), raw_emails=tuple(raw_emails),
        work_domains=_work_domains(email_tuple))


Item = tuple[str, str, str, str, dict[str, Any]]  # system, platform, object, id, record
_ITEMS: list[Item] | None = None


def _normalise_range(bounds: tuple[int, int]) -> list[PersonRecord]:
    assert _ITEMS is not None
    with no_gc():
        return [normalise(*item) for item in _ITEMS[bounds[0]:bounds[1]]]


def normalise_many(items: list[Item], processes: int = 1) -> list[PersonRecord]:
    """``normalise`` over many records; with ``processes`` > 1 in forked workers (the
    parsing libraries are pure Python, so this is how a second core helps)."""
    global _ITEMS
    if processes <= 1 or len(items) < 20_000:
        with no_gc():
            return [normalise(*item) for item in items]
    import multiprocessing

    _ITEMS = items
    try:
        step = -(-len(items) // (processes * 4))
        ranges = [(s, min(s + step, len(items))) for s in range(0, len(items), step)]
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            return [rec for part in pool.map(_normalise_range, ranges) for rec in part]
    finally:
        _ITEMS = None
