"""Round r10a's readers, each on wording other than the held-out sentences (set 20) and the
dev cases: checked by previewing the draft on records, or on the rewritten text."""

from __future__ import annotations

from typing import Any

from syncwright.mapping.draft.canon import canonical
from syncwright.mapping.draft.fields import object_fields
from syncwright.mapping.draft.service import draft_mapping, preview_samples
from syncwright.mapping.draft.subfields import name_subfields

ROWS = [
    {"email": "Ann@Acme.io", "firstname": "ann", "lastname": "lee", "company": "", "phone": "(415) 555-0100", "city": "", "lifecyclestage": "salesqualifiedlead", "numemployees": "120", "annualrevenue": "", "country": "Spain", "website": ""},
    {"email": "bo@beta.org", "firstname": "Bo", "lastname": "Ng", "company": "Beta", "phone": "", "city": "Oslo", "lifecyclestage": "lead", "numemployees": "", "annualrevenue": "700", "country": "Norway", "website": "beta.org"},
]


def _records(text: str, to: str) -> list[dict[str, Any]]:
    r = draft_mapping(text, "hubspot.contacts", to)
    assert r.mapping is not None and not r.problems, (r.problems, r.questions)
    prev = preview_samples(r.mapping, ROWS)
    assert prev is not None
    return list(prev["records"])


def test_subfields_named_by_their_kind_word() -> None:
    mc = object_fields("mailchimp.members", "dst")
    assert name_subfields("the LNAME & FNAME merge tags from last and first name", mc) == "merge_fields.LNAME and merge_fields.FNAME from last and first name"
    ga4 = object_fields("ga4.events", "dst")
    assert name_subfields("a custom parameter plan_code = 'x'", ga4) == "params.plan_code = 'x'"
    assert name_subfields("param tier: 'a' if ...", ga4) == "params.tier = 'a' if ..."
    # a word is no name without its value right after it; the event's own reader keeps 'with a param x'
    for s in ("no phone trait otherwise", "with a param method equal to 'sso'"):
        assert name_subfields(s, object_fields("segment.identify", "dst")) == s
        assert name_subfields(s, ga4) == s


def test_canonical_rows_of_the_round() -> None:
    assert canonical("FNAME and LNAME from given/last name") == "FNAME from given name; LNAME from last name"
    assert canonical("lowercase the email, uppercase the city, and trim the company") == "lowercase the email; uppercase the city; trim the company"
    assert canonical("Country with ⟦0⟧ when Salesforce has none") == "Country with ⟦0⟧ if empty"
    assert ", or 0 if" in canonical("the revenue as a number, 0 if it is empty")


def test_mql_words_in_a_keep_filter_and_a_template_with_holes() -> None:
    recs = _records("Only SQLs, nobody else. Email to Email. Description reads: <first name> at <lifecycle stage>.", "salesforce.Lead")
    assert recs == [{"Email": "Ann@Acme.io", "Description": "ann at salesqualifiedlead"}]


def test_a_band_bracket_and_a_number_default() -> None:
    recs = _records("userId = email. traits.size: 'big' when number of employees is above 100, 'mid' when it is above 10 (no more than 100), else 'tiny'. traits.revenue = annual revenue as a number, 5 if it is blank.", "segment.identify")
    assert [r["traits"] for r in recs] == [{"size": "big", "revenue": 5}, {"size": "tiny", "revenue": 700}]


def test_email_domain_in_a_bracket_and_a_flag_with_no_field() -> None:
    recs = _records("client_id = email; one crm_ping event, params host_part (the bit after the @) and town from city.", "ga4.events")
    assert [r["events"][0]["params"]["host_part"] for r in recs] == ["Acme.io", "beta.org"]
    recs = _records("DoNotCall = true for contacts with no phone, false when they have one. Email too.", "salesforce.Contact")
    assert [r["DoNotCall"] for r in recs] == [False, True]
