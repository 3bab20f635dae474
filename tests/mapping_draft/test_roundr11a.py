"""Round r11a's readers, each on wording other than the held-out sentences (set 23) and the
dev cases: checked by previewing the draft on records, or on the rewritten text."""

from __future__ import annotations

from typing import Any

from syncwright.mapping.draft.canon import canonical
from syncwright.mapping.draft.framing import unframe
from syncwright.mapping.draft.respective import respective
from syncwright.mapping.draft.tables import compared_pronoun

from .test_roundr10b import _records as preview_records

ROWS = [
    {"email": "Ann@Acme.io", "firstname": "ann", "lastname": "lee", "company": "", "phone": "(415) 555-0100", "mobilephone": "", "city": "", "state": "",
     "lifecyclestage": "salesqualifiedlead", "numemployees": "120", "annualrevenue": "", "country": "Spain", "website": "", "jobtitle": ""},
    {"email": "bo@beta.org", "firstname": "Bo", "lastname": "Ng", "company": "Beta", "phone": "", "mobilephone": "212 555 0101", "city": "Oslo", "state": "OS",
     "lifecyclestage": "lead", "numemployees": "", "annualrevenue": "700", "country": "Norway", "website": "beta.org", "jobtitle": "CFO"},
]


def _records(text: str, to: str) -> list[dict[str, Any]]:
    return preview_records(text, to, rows=ROWS)


def test_a_heading_above_a_list_is_no_rule() -> None:
    assert unframe(["People in Segment", "- userId = email", "- traits.city = city"]) == ["- userId = email", "- traits.city = city"]
    # a first line that maps, filters or introduces the list stays
    for head in ("Only customers", "userId <- email", "Fields to carry over:", "Email = email. Rating by stage:"):
        assert unframe([head, "- a = b", "- c = d"])[0] == head
    assert _records("Company traits\n- userId = email\n- traits.industry = city", "segment.identify") == [
        {"userId": "Ann@Acme.io", "traits": {"industry": ""}}, {"userId": "bo@beta.org", "traits": {"industry": "Oslo"}}]


def test_canonical_rows_of_the_round() -> None:
    assert canonical("title = job title, ⟦0⟧ when the lead has no job title") == "title = job title, ⟦0⟧ if the job title is empty"
    assert canonical("value = revenue as a number, 5 when the revenue is blank") == "value = revenue as a number, or 5 when the revenue is blank"
    assert canonical("if company is blank put ⟦0⟧ (Salesforce rejects a lead without it)") == "if the company is empty, use ⟦0⟧"
    assert canonical("(phone as it is, and when the lead has no phone then do not put it)").startswith("(phone as it is, and")  # it says what to do: kept
    assert canonical("big is true when staff is 50 or more, false when fewer or blank") == "big is true if staff is at least 50, otherwise false"
    assert canonical("small is true if staff is 9 or less") == "small is true if staff is at most 9"
    assert canonical("x is true if Title is exactly CEO") == "x is true if Title is CEO"
    assert canonical("omit it when there is no birthday") == "if the birthday is empty, leave it out"
    assert canonical("E.164, assume UK for numbers without a country code") == "E.164, assuming UK numbers"
    assert canonical("status active when Paid is true, paused when it is false") == "status is active when Paid is true, paused when Paid is false"


def test_slash_pairs_and_a_second_truth_test() -> None:
    assert respective("FNAME, LNAME: FirstName / LastName") == "FNAME from FirstName; LNAME from LastName"
    assert compared_pronoun("x if Done is checked, y if it is unchecked") == "x if Done is checked, y if Done is unchecked"


def test_table_rest_rows_and_a_flag_after_the_table() -> None:
    recs = _records("userId = email. traits.band from lifecycle stage: lead = new, every other stage = other. traits.lead: true if lifecycle stage is lead, false otherwise.", "segment.identify")
    assert [r["traits"] for r in recs] == [{"band": "other", "lead": False}, {"band": "new", "lead": True}]


def test_dotted_head_default_event_name_and_chain_format() -> None:
    recs = _records("client_id = email; event name: lead_ping; params.town: city; 'none' when it's blank", "ga4.events")
    assert [r["events"] for r in recs] == [[{"name": "lead_ping", "params": {"town": "none"}}], [{"name": "lead_ping", "params": {"town": "Oslo"}}]]
    recs = _records("userId = email. traits.phone: phone, falling back to mobile phone, E.164 (US default). traits.name: first name + ' ' + last name, then title-cased.", "segment.identify")
    assert [r["traits"] for r in recs] == [{"phone": "+14155550100", "name": "Ann Lee"}, {"phone": "+12125550101", "name": "Bo Ng"}]


def test_a_format_sentence_after_a_chain_and_an_events_colon_list() -> None:
    assert canonical("put it in E.164, assuming US unless the number already starts with + and a country code") == "put it in E.164, assuming US"
    assert canonical("E.164 with UK as default") == "E.164, assuming UK numbers"
    recs = _records("Email => Email. Phone = phone; when it is empty use the mobile phone. Store whatever ends up there in E.164, assuming US numbers.", "salesforce.Lead")
    assert [r.get("Phone") for r in recs] == ["+14155550100", "+12125550101"]
    recs = _records("client_id = email. Send one lead_seen event: tier = 'a', region = state. A second line: nothing.", "ga4.events")
    assert [r["events"] for r in recs] == [[{"name": "lead_seen", "params": {"tier": "a", "region": ""}}], [{"name": "lead_seen", "params": {"tier": "a", "region": "OS"}}]]
    recs = _records("client_id = email. One event, lead_seen, with params: region = state.", "ga4.events")
    assert [r["events"][0]["name"] for r in recs] == ["lead_seen", "lead_seen"]


def test_or_else_a_field_is_a_fallback() -> None:
    assert canonical("Phone = phone, or else the mobile phone") == "Phone = phone, falling back to the mobile phone"
    assert canonical("status = ⟦0⟧, or else ⟦1⟧") == "status = ⟦0⟧, or else ⟦1⟧"


def test_a_heading_is_not_a_copy_list_or_a_field() -> None:
    for head in ("Email and phone", "Phone"):
        assert unframe([head, "- a = b", "- c = d"])[0] == head
    assert unframe(["Name and phone traits", "- a = b", "- c = d"])[0] == "- a = b"
