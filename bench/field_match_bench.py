"""Field matching and drafting speed of the offline engine (mapping draft).

Ground truth: the pairs a person maps between the standard fields of HubSpot contacts,
Salesforce Leads and Contacts, Mailchimp members and Segment identify traits, written from
the platforms' field references (HubSpot contact properties; Salesforce Lead/Contact
object reference; Mailchimp list members + default merge fields; Segment identify
reserved traits). For each source field the matcher ranks the destination's fields; we
print top-1 accuracy and MRR for:
  - the matcher as shipped (vocabulary concepts + names + labels + sample values);
  - words only: the vocabulary's per-platform field lists switched off, so concepts come
    only from names and labels (how a custom field is matched);
  - baseline: rapidfuzz on field names alone (no vocabulary, no labels).
Then `draft` latency (p95) for a 100 x 100 field pair (standard + custom fields).

Run: .venv/bin/python bench/field_match_bench.py
"""

from __future__ import annotations

import statistics
import time
from typing import Any

from rapidfuzz import fuzz

from syncwright.mapping.draft.fields import FieldDesc, ObjectFields, object_fields
from syncwright.mapping.draft.matcher import FieldMatcher, split_words
from syncwright.mapping.draft.service import draft_mapping

HS, LEAD, CONTACT, MC, SEG = "hubspot.contacts", "salesforce.Lead", "salesforce.Contact", "mailchimp.members", "segment.identify"

TRUTH: dict[tuple[str, str], dict[str, str]] = {
    (HS, LEAD): {
        "email": "Email", "firstname": "FirstName", "lastname": "LastName", "company": "Company",
        "jobtitle": "Title", "phone": "Phone", "mobilephone": "MobilePhone", "fax": "Fax",
        "salutation": "Salutation", "address": "Street", "city": "City", "state": "State",
        "zip": "PostalCode", "country": "Country", "website": "Website",
        "annualrevenue": "AnnualRevenue", "numemployees": "NumberOfEmployees", "industry": "Industry",
        "hs_analytics_source": "LeadSource", "hs_lead_status": "Status",
        "hs_email_optout": "HasOptedOutOfEmail", "hubspot_owner_id": "OwnerId",
    },
    (HS, CONTACT): {
        "email": "Email", "firstname": "FirstName", "lastname": "LastName", "jobtitle": "Title",
        "phone": "Phone", "mobilephone": "MobilePhone", "fax": "Fax", "salutation": "Salutation",
        "address": "MailingStreet", "city": "MailingCity", "state": "MailingState",
        "zip": "MailingPostalCode", "country": "MailingCountry", "hs_analytics_source": "LeadSource",
        "hs_email_optout": "HasOptedOutOfEmail", "hubspot_owner_id": "OwnerId",
    },
    (HS, MC): {
        "email": "email_address", "firstname": "merge_fields.FNAME", "lastname": "merge_fields.LNAME",
        "phone": "merge_fields.PHONE", "date_of_birth": "merge_fields.BIRTHDAY", "hs_language": "language",
    },
    (HS, SEG): {
        "email": "traits.email", "firstname": "traits.firstName", "lastname": "traits.lastName",
        "jobtitle": "traits.title", "phone": "traits.phone", "website": "traits.website",
        "address": "traits.address.street", "city": "traits.address.city", "state": "traits.address.state",
        "zip": "traits.address.postalCode", "country": "traits.address.country",
        "company": "traits.company.name", "industry": "traits.company.industry",
        "numemployees": "traits.company.employee_count", "createdate": "traits.createdAt",
    },
    (LEAD, HS): {
        "Email": "email", "FirstName": "firstname", "LastName": "lastname", "Company": "company",
        "Title": "jobtitle", "Phone": "phone", "MobilePhone": "mobilephone", "Street": "address",
        "City": "city", "State": "state", "PostalCode": "zip", "Country": "country", "Website": "website",
        "AnnualRevenue": "annualrevenue", "NumberOfEmployees": "numemployees", "Industry": "industry",
        "Status": "hs_lead_status", "HasOptedOutOfEmail": "hs_email_optout",  # hs_analytics_source: read-only
    },
    (CONTACT, MC): {
        "Email": "email_address", "FirstName": "merge_fields.FNAME", "LastName": "merge_fields.LNAME",
        "Phone": "merge_fields.PHONE", "Birthdate": "merge_fields.BIRTHDAY",
    },
    (MC, HS): {
        "email_address": "email", "merge_fields.FNAME": "firstname", "merge_fields.LNAME": "lastname",
        "merge_fields.PHONE": "phone", "merge_fields.BIRTHDAY": "date_of_birth", "language": "hs_language",
        "vip": None, "status": None,
    },
}

SAMPLES = {
    "email": ["ann@acme.com", "bob@initech.io"], "phone": ["(415) 555-0100", "+44 20 7946 0321"],
    "datetime": ["2024-03-01T12:00:00Z"], "date": ["2024-03-01"], "number": ["1200000", "250"],
    "integer": ["250"],
}


def samples_for(f: FieldDesc) -> list[Any]:
    if f.values:
        return list(f.values[:2])
    return SAMPLES.get(f.type, [])


def evaluate(mode: str) -> tuple[float, float, int, list[str]]:
    hits = 0
    rr = 0.0
    n = 0
    misses: list[str] = []
    for (a, b), pairs in TRUTH.items():
        src, dst = object_fields(a, "src"), object_fields(b, "dst")
        sm = FieldMatcher(src, use_listed=(mode == "shipped"))
        dm = FieldMatcher(dst, use_listed=(mode == "shipped"))
        for s_path, d_path in ((k, v) for k, v in pairs.items() if v is not None):
            s = src.get(s_path)
            assert s is not None and dst.get(d_path) is not None, (s_path, d_path)
            if mode == "baseline":
                ranked = sorted(dst.fields, key=lambda f: -fuzz.ratio(split_words(s.leaf), split_words(f.leaf)))
                order = [f.path for f in ranked]
            else:
                cands = dm.rank_for_field(s, sm.concepts.get(s.path, []), samples_for(s), limit=len(dst.fields))
                order = [c.field.path for c in cands]
            n += 1
            if order and order[0] == d_path:
                hits += 1
            else:
                misses.append(f"{a}.{s_path} -> {order[0] if order else None} (want {d_path})")
            if d_path in order:
                rr += 1 / (order.index(d_path) + 1)
    return hits / n, rr / n, n, misses


def synthetic(ref: str, base: ObjectFields, n: int) -> ObjectFields:
    words = ["region", "tier", "score", "segment", "plan", "partner", "channel", "budget", "renewal", "territory"]
    extra = []
    i = 0
    while len(base.fields) + len(extra) < n:
        w = words[i % len(words)]
        extra.append(FieldDesc(f"custom_{w}_{i}__c", "string", f"Custom {w.title()} {i}", f"a custom {w} field"))
        i += 1
    return ObjectFields(ref, base.fields + tuple(extra))


def latency() -> tuple[float, float, int]:
    src = synthetic(HS, object_fields(HS), 100)
    dst = synthetic(LEAD, object_fields(LEAD, "dst"), 100)
    text = (
        "Map HubSpot contacts to Salesforce leads: email, first name, last name, company, job title, "
        "phone, mobile, city, state, zip and country. Email in lower case; Phone in E.164 (US). "
        "If the company is blank use 'Unknown'. LeadSource from the original source: ORGANIC_SEARCH -> 'Web', "
        "PAID_SEARCH -> 'Advertisement', anything else -> 'Other'. Rating is 'Hot' when annual revenue is over "
        "10 million, otherwise 'Cold'. Only contacts whose lifecycle stage is lead or marketingqualifiedlead. "
        "Description = 'From HubSpot: ' + lifecycle stage. Custom Tier 1 from custom tier 1."
    )
    draft_mapping(text, HS, LEAD, objects=(src, dst))  # warm the lexicons' code paths
    times = []
    for _ in range(40):
        t0 = time.perf_counter()
        r = draft_mapping(text, HS, LEAD, objects=(src, dst))
        times.append(time.perf_counter() - t0)
        assert r.ok, r.problems
    times.sort()
    return times[int(0.95 * len(times)) - 1], statistics.median(times), len(r.mapping["rules"]) if r.mapping else 0


def main() -> None:
    print("field matching, standard fields (top-1 / MRR):")
    for mode, label in (("shipped", "as shipped"), ("words", "words only"), ("baseline", "baseline: names only")):
        top1, mrr, n, misses = evaluate(mode)
        print(f"  {label:22s} top-1 {top1:.3f}  MRR {mrr:.3f}  ({n} pairs)")
        if mode != "baseline":
            for m in misses[:6]:
                print(f"      miss: {m}")
    p95, med, rules = latency()
    print(f"draft, 100 x 100 fields, {rules} rules: p95 {p95 * 1000:.0f} ms, median {med * 1000:.0f} ms (target p95 < 2000 ms)")


if __name__ == "__main__":
    main()
