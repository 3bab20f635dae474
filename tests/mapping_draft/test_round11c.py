"""Round 11c's readers (sets 22 and 25 as training), each on wording other than the held-out
sentences and the dev cases: checked by previewing the draft on records, or on the rewritten
text."""

from __future__ import annotations

from typing import Any

from syncwright.mapping.draft.canon import canonical
from syncwright.mapping.draft.code_names import slash_labels, unquote_field_names
from syncwright.mapping.draft.fields import object_fields
from syncwright.mapping.draft.grammar import Grammar
from syncwright.mapping.draft.service import draft_mapping, preview_samples
from syncwright.mapping.draft.ticket import split_title

ROWS = [
    {"email": "Ann@Acme.io", "firstname": "ann", "lastname": "lee", "company": "  Acme  ", "phone": "(415) 555-0100", "mobilephone": "",
     "city": "", "state": "", "country": "United States", "lifecyclestage": "customer", "numemployees": "120", "jobtitle": "VP Sales",
     "hs_analytics_source": "PAID_SEARCH", "industry": ""},
    {"email": "bo@beta.org", "firstname": "Bo", "lastname": "Ng", "company": "", "phone": "", "mobilephone": "212-555-0101",
     "city": "Oslo", "state": "OS", "country": "Norway", "lifecyclestage": "lead", "numemployees": "", "jobtitle": "",
     "hs_analytics_source": "REFERRALS", "industry": "Food"},
]


def _records(text: str, to: str, frm: str = "hubspot.contacts", rows: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    r = draft_mapping(text, frm, to)
    assert r.mapping is not None and not r.problems, (r.problems, r.questions)
    prev = preview_samples(r.mapping, rows if rows is not None else ROWS)
    assert prev is not None
    return list(prev["records"])


def _grammar(frm: str, to: str) -> Grammar:
    return Grammar(object_fields(frm, "src"), object_fields(to, "dst"))


def test_backticked_names_of_fields_are_fields_and_other_backticks_stay_values() -> None:
    g = _grammar("hubspot.contacts", "salesforce.Lead")
    assert unquote_field_names(g, "`email` -> `Email`, `Company` = `Unknown`") == "email -> Email, Company = `Unknown`"
    ga4 = _grammar("hubspot.contacts", "ga4.events")
    assert unquote_field_names(ga4, "event param `plan` = x; `events[0].name` = y; events[0].params.tier = z") == "event param plan = x; event name = y; params.tier = z"


def test_a_label_with_a_slash_is_one_field() -> None:
    g = _grammar("hubspot.contacts", "salesforce.Contact")
    assert slash_labels(g, "Mailing State/Province <- State/Region; Country/Region too") == "MailingState <- state; country too"


def test_a_ticket_title_over_a_heading_is_no_rule() -> None:
    text, title = split_title("Short title + upper-case surname\nAcceptance criteria:\n- Title = first word of the job title")
    assert title == "Short title + upper-case surname" and text.startswith("Acceptance criteria:")
    assert split_title("Email to Email.\nCompany to Company.\nPhone to Phone.")[1] is None
    got = _records("Names in caps\nRequirements:\n- `Email` = `email`\n- `LastName` = last name in upper case", "salesforce.Lead")
    assert got[0] == {"Email": "Ann@Acme.io", "LastName": "LEE"}


def test_a_bare_word_default_is_a_value_and_a_field_name_stays_a_fallback() -> None:
    got = _records("Email as is. Industry from industry, or Unspecified if it's blank. Phone is the phone, or mobile phone when it is empty.", "salesforce.Lead")
    assert [r["Industry"] for r in got] == ["Unspecified", "Food"]
    assert [r["Phone"] for r in got] == ["(415) 555-0100", "212-555-0101"]


def test_omit_when_its_source_is_blank_after_a_rule_leaves_the_field_not_the_record() -> None:
    got = _records("Email <- email; City <- city; omit when city is blank", "salesforce.Lead")
    assert got == [{"Email": "Ann@Acme.io"}, {"Email": "bo@beta.org", "City": "Oslo"}]
    # a record named is still a filter
    got = _records("Email <- email. Skip contacts when the city is blank.", "salesforce.Lead")
    assert got == [{"Email": "bo@beta.org"}]


def test_a_reason_after_a_filter_is_no_part_of_it() -> None:
    got = _records("Skip contacts whose lifecycle stage is lead, the SDR team owns those. Email across.", "salesforce.Lead")
    assert got == [{"Email": "Ann@Acme.io"}]


def test_whole_clauses_joined_by_commas() -> None:
    got = _records("Email and city copy across, the company comes from company but should be 'None given' when it's blank, and the rating is always Cold.", "salesforce.Lead")
    assert got[1] == {"Email": "bo@beta.org", "City": "Oslo", "Company": "None given", "Rating": "Cold"}


def test_a_format_for_either_option_of_a_fallback() -> None:
    got = _records("Phone takes the phone number, or the mobile when it's empty. Either way it should be in E.164 as a US number. Email too.", "salesforce.Lead")
    assert [r["Phone"] for r in got] == ["+14155550100", "+12125550101"]


def test_value_rows_in_words_after_a_lead_in_sentence() -> None:
    got = _records("Set LeadSource depending on the original source. Paid search should become Advertisement, referrals become Partner Referral. Email across.", "salesforce.Lead")
    assert [r["LeadSource"] for r in got] == ["Advertisement", "Partner Referral"]


def test_an_empty_tag_list_and_a_quoted_template_with_holes() -> None:
    got = _records("email_address = email; tags = empty list", "mailchimp.members")
    assert got[0] == {"email_address": "Ann@Acme.io", "tags": []}
    got = _records("Email = email; Description = \"From <city> / <country>\"", "salesforce.Lead")
    assert got[1]["Description"] == "From Oslo / Norway"


def test_canonical_rows_of_the_round() -> None:
    assert canonical("Company gets trimmed of any extra spaces at the start or end") == "Company gets trimmed"
    assert canonical("Country on the lead should just say USA") == "Country should be USA"
    assert canonical("the revenue is 5 million or more") == "the revenue is at least 5 million"
    assert canonical("traits.x = ⟦0⟧, and if they have not, ⟦1⟧") == "traits.x = ⟦0⟧, otherwise ⟦1⟧"
