"""The "two emails" scenario: the same people in HubSpot, Salesforce and Mailchimp, messily.

``people`` humans have a work email in one system and a personal email in another (the
seed story: a partial sync left 30,000 contacts with two addresses in two systems). Around
them: people who share one address across systems (with case, whitespace, plus-address
and Gmail-dot variants), people in one system only, true namesakes who are different
people, duplicates inside one system, and per-record noise: nicknames (Bill/William),
swapped first/last names, typos, phones in several formats or missing, a moved company,
missing cities and companies. One ``random.Random(seed)`` drives it all, so a seed and a
size always give the same records in the same order.

Every record carries the id of the human it belongs to: the ground truth, served by each
simulator's admin API (``GET /__sandbox/ground-truth``) and never read by the product.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import phonenumbers

from .names import (
    CITIES,
    COMPANY_SUFFIX,
    COMPANY_WORDS,
    LAST,
    NICKNAMES,
    PERSONAL_DOMAINS,
    PLAIN_FIRST,
    TITLES,
)

NAME = "two-emails"
SYSTEMS = ("hubspot", "salesforce", "mailchimp")
SYSTEM_PAIRS: tuple[tuple[tuple[str, ...], float], ...] = (
    (("hubspot", "salesforce"), 0.3), (("hubspot", "mailchimp"), 0.25),
    (("salesforce", "mailchimp"), 0.25), (("hubspot", "salesforce", "mailchimp"), 0.2))
# Share of records (or people) each kind of noise touches; data, so a test can read it.
NOISE: dict[str, float] = {
    "nickname": 0.25, "swapped_names": 0.02, "typo": 0.04, "phone_missing": 0.12,
    "city_missing": 0.15, "email_case": 0.2, "email_whitespace": 0.1, "moved_company": 0.06,
    "customer_id": 0.25, "in_system_duplicate": 0.04, "namesake": 0.04,
}
NO_PLUS_ADDRESSING = {"yahoo.com", "aol.com", "gmx.de", "web.de"}
NATIONAL_FORMAT_OK = {"US", "CA", "GB", "DE", "FR", "NL", "AU", "AT", "CH", "IE", "SE"}


@dataclass(slots=True)
class Human:
    """One real person; each system holds a (noisy) projection of them."""

    pid: str
    first: str
    last: str
    city: int
    company: int
    phone: phonenumbers.PhoneNumber
    work_email: str
    personal_email: str
    title: str
    customer_id: str | None = None
    old_company: int | None = None  # set when they moved: some system still has the old one
    old_work_email: str | None = None


@dataclass(slots=True)
class ScenarioRecord:
    """One record to create in one simulator, with the human it belongs to."""

    system: str
    object: str
    fields: dict[str, Any]
    person: str
    noise: list[str] = field(default_factory=list)


@dataclass
class Scenario:
    seed: int
    people: int
    humans: int
    records: list[ScenarioRecord]

    def by_system(self, system: str) -> Iterator[ScenarioRecord]:
        return (r for r in self.records if r.system == system)


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


class _World:
    """Companies, phone templates and the email addresses already handed out."""

    def __init__(self, rng: random.Random, companies: int) -> None:
        self.rng = rng
        self.companies: list[tuple[str, str]] = []
        for i in range(companies):
            name = f"{rng.choice(COMPANY_WORDS)} {rng.choice(COMPANY_SUFFIX)}"
            slug = name.lower().replace(" ", "")
            # sandbox-mail.net: not a reserved example domain, which Mailchimp refuses
            self.companies.append((f"{name} {i}" if i >= 400 else name,
                                   f"{slug}{i}.sandbox-mail.net" if i >= 400
                                   else f"{slug}{'' if i % 2 else '-co'}.sandbox-mail.net"))
        self.templates: dict[str, str] = {}
        for _, region, _ in CITIES:
            example = phonenumbers.example_number_for_type(
                region, phonenumbers.PhoneNumberType.MOBILE)
            assert example is not None
            self.templates[region] = str(example.national_number)
        self.emails: set[str] = set()
        self.phones: set[tuple[int, int]] = set()

    def phone(self, region: str) -> phonenumbers.PhoneNumber:
        template = self.templates[region]
        while True:
            keep = max(1, len(template) - 6)
            digits = template[:keep] + "".join(str(self.rng.randrange(10))
                                               for _ in range(len(template) - keep))
            number = phonenumbers.PhoneNumber(
                country_code=phonenumbers.country_code_for_region(region),
                national_number=int(digits))
            key = (int(number.country_code or 0), int(number.national_number or 0))
            if key not in self.phones:
                self.phones.add(key)
                return number

    def unique_email(self, local: str, domain: str) -> str:
        """An address no other person has, counting every form that reaches one mailbox
        (Gmail ignores dots; plus-addresses reach the plain one)."""
        candidate = f"{local}@{domain}"
        n = 2
        while _mailbox(candidate) in self.emails:
            candidate = f"{local}{n}@{domain}"
            n += 1
        self.emails.add(_mailbox(candidate))
        return candidate


def _mailbox(email: str) -> str:
    local, _, domain = email.lower().partition("@")
    local = local.split("+", 1)[0]
    if domain in ("gmail.com", "googlemail.com"):
        return f"{local.replace('.', '')}@gmail.com"
    return f"{local}@{domain}"


def _work_local(rng: random.Random, first: str, last: str) -> str:
    f, la = _ascii(first), _ascii(last)
    pattern = rng.randrange(5)
    return (f"{f}.{la}", f"{f[0]}{la}", f"{f}{la[0]}", f"{f}_{la}", f"{f}.{la[0]}")[pattern]


def _personal_local(rng: random.Random, first: str, last: str) -> str:
    f, la = _ascii(first), _ascii(last)
    nn = rng.randrange(60, 100) if rng.random() < 0.5 else rng.randrange(1, 999)
    pattern = rng.randrange(6)
    return (f"{f}.{la}{nn}", f"{f}{la}", f"{f[0]}{la}{nn}", f"{la}.{f}", f"{f}{la}{nn}",
            f"{f}.{la}")[pattern]


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 4:
        return word + word[-1]
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:  # swap two neighbours
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == 1:  # drop one
        return word[:i] + word[i + 1:]
    if kind == 2:  # double one
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice("aeiounrst") + word[i + 1:]


def _phone_text(rng: random.Random, number: phonenumbers.PhoneNumber, region: str,
                national_ok: bool) -> str:
    fmt = phonenumbers.PhoneNumberFormat
    choice = rng.randrange(6 if national_ok else 4)
    if choice == 0:
        return phonenumbers.format_number(number, fmt.E164)
    if choice == 1:
        return phonenumbers.format_number(number, fmt.INTERNATIONAL)
    if choice == 2:
        return "00" + phonenumbers.format_number(number, fmt.E164)[1:]
    if choice == 3:
        return phonenumbers.format_number(number, fmt.INTERNATIONAL).replace(" ", ".")
    national = phonenumbers.format_number(number, fmt.NATIONAL)
    if choice == 4:
        return national
    return national.replace("(", "").replace(")", "").replace(" ", "-")


def _messy_email(rng: random.Random, email: str, system: str, noise: list[str]) -> str:
    if system == "hubspot":
        return email  # HubSpot lower-cases and trims addresses itself
    local, _, domain = email.partition("@")
    if rng.random() < NOISE["email_case"]:
        local = local[0].upper() + "".join(c.upper() if rng.random() < 0.3 else c
                                           for c in local[1:])
        domain = domain.upper() if rng.random() < 0.3 else domain
        noise.append("email_case")
    out = f"{local}@{domain}"
    if system == "mailchimp" and rng.random() < NOISE["email_whitespace"]:
        out = f" {out} "
        noise.append("email_whitespace")
    return out


def _variant(rng: random.Random, world: _World, email: str, noise: list[str]) -> str:
    """Another address that reaches the same mailbox: plus-address or Gmail dots."""
    local, _, domain = email.strip().lower().partition("@")
    if domain in ("gmail.com", "googlemail.com") and "." in local and rng.random() < 0.5:
        noise.append("gmail_dots")  # the same mailbox, already reserved for this person
        return f"{local.replace('.', '')}@{domain}"
    if domain in NO_PLUS_ADDRESSING:  # another address of theirs instead
        noise.append("second_address")
        return world.unique_email(f"{local}.{rng.randrange(10, 99)}", domain)
    noise.append("plus_address")  # the same mailbox, already reserved for this person
    return f"{local}+{rng.choice(('news', 'promo', 'work', 'list', 'shop'))}@{domain}"


def generate(people: int, seed: int = 0) -> Scenario:
    """``people`` two-email humans, plus about 0.75 x that many others, in three systems."""
    rng = random.Random(seed)
    world = _World(rng, max(50, people // 8))
    first_pool = [*NICKNAMES, *PLAIN_FIRST]
    humans: list[tuple[Human, str, tuple[str, ...]]] = []  # human, category, systems

    def new_human(category: str, name: tuple[str, str] | None = None) -> Human:
        pid = f"P{len(humans) + 1:07d}"
        first, last = name or (rng.choice(first_pool), rng.choice(LAST))
        known_as = first
        if first in NICKNAMES and rng.random() < 0.3:
            known_as = rng.choice(NICKNAMES[first])
        city = rng.randrange(len(CITIES))
        company = rng.randrange(len(world.companies))
        work = world.unique_email(_work_local(rng, known_as, last), world.companies[company][1])
        personal = world.unique_email(_personal_local(rng, known_as, last),
                                      rng.choice(PERSONAL_DOMAINS))
        human = Human(pid, first, last, city, company, world.phone(CITIES[city][1]), work,
                      personal, rng.choice(TITLES))
        if rng.random() < NOISE["customer_id"]:
            human.customer_id = f"CUST-{len(humans) + 1:07d}"
        if category == "two_email" and rng.random() < NOISE["moved_company"]:
            human.old_company = rng.randrange(len(world.companies))
            human.old_work_email = world.unique_email(
                _work_local(rng, known_as, last), world.companies[human.old_company][1])
        return human

    def systems_pair() -> tuple[str, ...]:
        draw, acc = rng.random(), 0.0
        for combo, weight in SYSTEM_PAIRS:
            acc += weight
            if draw < acc:
                return tuple(rng.sample(combo, len(combo)))
        return SYSTEM_PAIRS[-1][0]

    for _ in range(people):
        humans.append((new_human("two_email"), "two_email", systems_pair()))
    for _ in range(people // 3):
        humans.append((new_human("same_email"), "same_email", systems_pair()))
    for _ in range(people // 3):
        humans.append((new_human("single"), "single", (rng.choice(SYSTEMS),)))
    for _ in range(int(people * NOISE["namesake"])):
        twin = humans[rng.randrange(len(humans))][0]
        human = new_human("namesake", (twin.first, twin.last))
        if rng.random() < 0.4:
            human.city = twin.city
        chosen = systems_pair()[:rng.choice((1, 2))]
        humans.append((human, "namesake", chosen))

    records: list[ScenarioRecord] = []
    for human, category, chosen in humans:
        for n, system in enumerate(chosen):
            email = human.personal_email
            company: int | None = human.company
            tags = [category]
            if category == "two_email":
                # the first system holds the work address, the second the personal one,
                # a third either of them
                email = (human.work_email if n == 0 else human.personal_email if n == 1
                         else rng.choice((human.work_email, human.personal_email)))
                if n == 0 and human.old_company is not None:
                    company, email = human.old_company, human.old_work_email or email
                    tags.append("moved_company")
            elif category in ("same_email", "single", "namesake"):
                email = human.work_email if human.pid[-1] in "02468" else human.personal_email
            if n >= 1 and category == "same_email" and rng.random() < 0.15:
                email = _variant(rng, world, email, tags)
            records.append(_record(rng, world, human, system, email, company, tags))
        if rng.random() < NOISE["in_system_duplicate"]:
            system = rng.choice(chosen)
            tags = [category, "in_system_duplicate"]
            base = next(r for r in reversed(records) if r.system == system
                        and r.person == human.pid)
            email = _stored_email(base)
            if system == "hubspot":  # HubSpot keeps addresses unique: another address
                other = (human.personal_email if email.strip().lower() == human.work_email
                         else human.work_email)
                email = _variant(rng, world, email, tags) if rng.random() < 0.4 else other
            elif system == "mailchimp":  # one member per address: a variant of it
                email = _variant(rng, world, email, tags)
            records.append(_record(rng, world, human, system, email, human.company, tags,
                                   duplicate=True))
    return Scenario(seed, people, len(humans), records)


def _stored_email(rec: ScenarioRecord) -> str:
    f = rec.fields
    return str(f.get("email") or f.get("Email") or f.get("email_address") or "")


def _record(rng: random.Random, world: _World, human: Human, system: str, email: str,
            company: int | None, tags: list[str], duplicate: bool = False) -> ScenarioRecord:
    first, last = human.first, human.last
    if first in NICKNAMES and rng.random() < NOISE["nickname"]:
        first = rng.choice(NICKNAMES[first])
        tags.append("nickname")
    if rng.random() < NOISE["typo"]:
        if rng.random() < 0.6:
            last = _typo(rng, last)
        else:
            first = _typo(rng, first)
        tags.append("typo")
    if rng.random() < NOISE["swapped_names"]:
        first, last = last, first
        tags.append("swapped_names")
    city_name, region, _ = CITIES[human.city]
    city = "" if rng.random() < NOISE["city_missing"] else city_name
    phone = ""
    if rng.random() < NOISE["phone_missing"]:
        tags.append("phone_missing")
    else:
        # national formats need a country beside them to be read back
        has_country = system == "hubspot" or (system == "salesforce" and not duplicate)
        phone = _phone_text(rng, human.phone, region,
                            has_country and region in NATIONAL_FORMAT_OK)
    company_name = world.companies[company][0] if company is not None else ""
    email = _messy_email(rng, email, system, tags)
    if system == "hubspot":
        fields: dict[str, Any] = {
            "email": email.strip().lower(), "firstname": first, "lastname": last,
            "phone": phone, "company": company_name if rng.random() > 0.08 else "",
            "jobtitle": human.title, "country": region, "city": city}
        if human.customer_id and not duplicate:
            fields["external_id"] = human.customer_id
        return ScenarioRecord(system, "contacts", fields, human.pid, tags)
    if system == "salesforce":
        if duplicate or rng.random() < 0.7:
            fields = {"FirstName": first, "LastName": last, "Email": email, "Phone": phone,
                      "Company": company_name or "[not provided]", "Title": human.title,
                      "Country": region, "City": city, "LeadSource": "Web"}
            obj = "Lead"
        else:
            fields = {"FirstName": first, "LastName": last, "Email": email, "Phone": phone,
                      "Title": human.title, "MailingCity": city}
            obj = "Contact"
        if human.customer_id and not duplicate:
            fields["External_Id__c"] = human.customer_id
        return ScenarioRecord(system, obj, {k: v for k, v in fields.items() if v != ""},
                              human.pid, tags)
    merges = {"FNAME": first, "LNAME": last, "PHONE": phone,
              "COMPANY": company_name if rng.random() > 0.25 else ""}
    return ScenarioRecord(system, "members", {"email_address": email, "status": "subscribed",
                                              "merge_fields": merges}, human.pid, tags)


def load(simulators: Mapping[str, Any], people: int, seed: int = 0) -> Scenario:
    """Generate the scenario and write it into the given simulators (any of the three),
    as a user of each platform's UI would; each simulator keeps its share of the truth."""
    scenario = generate(people, seed)
    truth: dict[str, list[dict[str, Any]]] = {name: [] for name in simulators}
    refused: list[dict[str, Any]] = []
    for rec in scenario.records:
        sim = simulators.get(rec.system)
        if sim is None:
            continue
        try:
            result = sim.admin_write(rec.object, "create", None, rec.fields)
        except Exception as exc:  # the simulator refused it, as the platform would
            body = getattr(getattr(exc, "response", None), "body", b"")
            refused.append({"system": rec.system, "object": rec.object, "person": rec.person,
                            "reason": bytes(body).decode(errors="replace") or repr(exc)})
            continue
        record_id = result.get("id") or result.get("Id")
        truth[rec.system].append({"object": rec.object, "id": str(record_id),
                                  "person": rec.person, "noise": rec.noise})
    for name, sim in simulators.items():
        sim.writes.clear()
        sim.ground_truth = {"scenario": NAME, "seed": seed, "people": people,
                            "records": truth[name],
                            "refused": [r for r in refused if r["system"] == name]}
    return scenario
