"""Deterministic fake people and companies, with realistic dirt, for every simulator.

One ``random.Random(seed)`` drives everything, so a count and a seed always give the same
people, the same dirty records and the same ids in every platform. The dirt is what real
CRMs hold: invalid emails, empty fields, NULL tiers, the same person under two different
emails in two systems, odd casing and whitespace. Which records are dirty is returned, so
tests know what to expect. 100,000 people take well under a second or two.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


def bulk_load(fn: F) -> F:
    """Pause the cyclic garbage collector while seeding: 100,000 people make millions of
    small objects, and collections triggered by the allocations alone took half the time."""
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        enabled = gc.isenabled()
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()
    return wrapper  # type: ignore[return-value]


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST = _words("Ada Alan Alice Amara Ana Ben Bruno Carla Chen Chloe Dana David Diego Elena Emil Eva "
         "Fatima Felix Grace Hana Hugo Ines Ivan Jade Jamal Jon Julia Kai Kenji Lara Leo Lina "
         "Luca Maya Mei Mia Nadia Nina Noah Olga Omar Oscar Paula Priya Quinn Raj Rosa Sam "
         "Sara Sofia Tara Theo Tom Uma Vera Wei Yara Yusuf Zoe")
LAST = _words("Abbott Adams Ahmed Alvarez Baker Bauer Chen Costa Dubois Dunn Evans Fischer Garcia "
        "Gomez Hansen Ito Jensen Johnson Kaur Khan Kim Kowalski Larsen Lee Lopez Martin Meyer "
        "Moreau Muller Nakamura Nguyen Novak Okafor Olsen Patel Perez Petrov Quinn Rossi Sato "
        "Schmidt Silva Singh Smith Suzuki Tanaka Taylor Wang Weber Williams Wilson Wong Yamada "
        "Young Zhang")
WORDS = _words("Acme Apex Blue Bright Cedar Cloud Delta Echo Ember Falcon Global Granite Harbor "
         "Horizon Iron Juniper Kite Lumen Maple Nimbus North Oak Orbit Pine Pixel Quartz River "
         "Summit Swift Terra Vertex Willow Zenith")
SUFFIX = ("Labs", "Systems", "Group", "Analytics", "Media", "Works", "Partners", "Retail")
TIERS = ("bronze", "silver", "gold", "platinum")
TITLES = ("Marketing Manager", "CMO", "Growth Lead", "Data Analyst", "VP Sales", "Founder",
          "Ops Specialist", "Engineer")
COUNTRIES = ("US", "GB", "DE", "FR", "JP", "BR", "IN", "CA", "NL", "ES")
# Seeded addresses use sandbox-mail.net: Mailchimp refuses example.com as "looks fake".
EPOCH = 1_735_689_600.0  # 2025-01-01T00:00:00Z: seeded times lie in the year after


@dataclass(frozen=True)
class Dirt:
    """Share of people affected by each kind of dirt (each drawn independently)."""

    invalid_email_ratio: float = 0.02
    empty_field_ratio: float = 0.05
    null_tier_ratio: float = 0.1
    alt_email_ratio: float = 0.03
    messy_case_ratio: float = 0.05

    @classmethod
    def from_options(cls, options: dict[str, Any]) -> Dirt:
        known = {k: float(v) for k, v in options.items() if k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass
class Company:
    index: int
    name: str
    domain: str
    industry: str


@dataclass
class Person:
    """One real human; each platform stores a (possibly dirty) projection of them."""

    index: int
    first: str
    last: str
    email: str  # canonical, valid, lower-case
    company: Company
    phone: str
    title: str
    country: str
    tier: str | None
    created: float
    modified: float
    invalid_email: str | None = None  # what CRMs hold when the address is broken
    alt_email: str | None = None  # the address Salesforce holds for the same person
    messy_email: str | None = None  # casing/whitespace variant (Salesforce, Mailchimp)
    empty_fields: bool = False
    dirt: set[str] = field(default_factory=set)


@dataclass
class SeedData:
    people: list[Person]
    companies: list[Company]
    dirt: Dirt

    def dirty_indexes(self, kind: str) -> list[int]:
        return [p.index for p in self.people if kind in p.dirt]


def _mangle(email: str, rng: random.Random) -> str:
    local, _, domain = email.partition("@")
    choice = rng.randrange(4)
    if choice == 0:
        return f"{local}@{domain.split('.')[0]}"  # no TLD
    if choice == 1:
        return f"{local}.{domain}"  # no @
    if choice == 2:
        return f"{local.replace('.', ' ')}@{domain}"  # a space
    return f"{local}@@{domain}"


def _messy(email: str, rng: random.Random) -> str:
    local, _, domain = email.partition("@")
    cased = local[0].upper() + "".join(c.upper() if rng.random() < 0.4 else c
                                       for c in local[1:])
    return f"{' ' * rng.randrange(2)}{cased}@{domain.upper() if rng.random() < 0.5 else domain} "


@bulk_load
def generate(count: int, seed: int = 0, dirt: Dirt | None = None) -> SeedData:
    """``count`` people and ``max(1, count // 20)`` companies, all from ``seed``."""
    dirt = dirt or Dirt()
    rng = random.Random(seed)
    companies = []
    for i in range(max(1, count // 20)):
        name = f"{WORDS[rng.randrange(len(WORDS))]} {SUFFIX[rng.randrange(len(SUFFIX))]}"
        slug = name.lower().replace(" ", "")
        companies.append(Company(i, f"{name} {i}", f"{slug}{i}.sandbox-mail.net",
                                 rng.choice(("Software", "Retail", "Media", "Finance"))))
    people = []
    for i in range(count):
        first, last = FIRST[rng.randrange(len(FIRST))], LAST[rng.randrange(len(LAST))]
        company = companies[rng.randrange(len(companies))]
        email = f"{first.lower()}.{last.lower()}.{i}@{company.domain}"
        created = EPOCH + rng.random() * 300 * 86400
        person = Person(
            index=i, first=first, last=last, email=email, company=company,
            phone=f"+1-555-{rng.randrange(10000):04d}", title=TITLES[rng.randrange(len(TITLES))],
            country=COUNTRIES[rng.randrange(len(COUNTRIES))],
            tier=TIERS[rng.randrange(len(TIERS))], created=created,
            modified=created + rng.random() * 60 * 86400,
        )
        draws = [rng.random() for _ in range(5)]
        if draws[0] < dirt.invalid_email_ratio:
            person.invalid_email = _mangle(email, rng)
            person.dirt.add("invalid_email")
        if draws[1] < dirt.empty_field_ratio:
            person.empty_fields = True
            person.dirt.add("empty_fields")
        if draws[2] < dirt.null_tier_ratio:
            person.tier = None
            person.dirt.add("null_tier")
        if draws[3] < dirt.alt_email_ratio and not person.invalid_email:
            person.alt_email = f"{first[0].lower()}{last.lower()}{i}@personal.example.org"
            person.dirt.add("alt_email")
        if draws[4] < dirt.messy_case_ratio and not person.invalid_email \
                and not person.alt_email:
            person.messy_email = _messy(email, rng)
            person.dirt.add("messy_case")
        people.append(person)
    return SeedData(people, companies, dirt)


def subscriber_hash(email: str) -> str:
    """Mailchimp's member id: MD5 of the lower-cased address."""
    return hashlib.md5(email.strip().lower().encode()).hexdigest()


_B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def salesforce_id(prefix: str, n: int) -> str:
    """An 18-character Salesforce-looking id: key prefix, base-62 counter, suffix."""
    digits = ""
    while True:
        n, r = divmod(n, 62)
        digits = _B62[r] + digits
        if n == 0:
            break
    return f"{prefix}{digits.rjust(12, '0')}AAA"
