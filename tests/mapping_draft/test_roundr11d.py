"""Round r11d's readers (the chatty Slack register of a growth marketer: 'ofc', 'lol', 'actually no,
...', asides in parentheses, 'for X we want Y', 'something like "..."'), each on wording other
than the dev cases: checked by previewing the draft on records, or on the rewritten text."""

from __future__ import annotations

from typing import Any

from syncwright.mapping.draft.service import draft_mapping, preview_samples

ROWS = [
    {"email": "ann@acme.io", "firstname": "ann", "lastname": "lee", "company": "Acme", "phone": "(415) 555-0100", "mobilephone": "",
     "website": "acme.io", "lifecyclestage": "customer", "numemployees": "120", "jobtitle": "Chief Growth Officer", "industry": ""},
    {"email": "bo@beta.org", "firstname": "Bo", "lastname": "NG", "company": "", "phone": "", "mobilephone": "212-555-0101",
     "website": "", "lifecyclestage": "lead", "numemployees": "", "jobtitle": "", "industry": "Food"},
]


def _records(text: str, to: str, frm: str = "hubspot.contacts") -> list[dict[str, Any]]:
    r = draft_mapping(text, frm, to)
    assert r.mapping is not None and not r.problems, (r.problems, r.questions)
    prev = preview_samples(r.mapping, ROWS)
    assert prev is not None
    return list(prev["records"])


def test_chat_tail_words_and_a_self_correction_leave_only_the_corrected_rule() -> None:
    recs = _records("Email from email obvs. company into Company, wait no, put the company in Description instead (Company is used for the account lol)", "salesforce.Lead")
    assert recs == [{"Email": "ann@acme.io", "Description": "Acme"}, {"Email": "bo@beta.org", "Description": ""}]


def test_for_a_field_we_want_a_source_and_a_fallback_that_is_fine() -> None:
    recs = _records("Email = email. for the phone I guess we want their mobile, and if they dont have a mobile then the office phone is ok", "salesforce.Contact")
    assert [r["Phone"] for r in recs] == ["(415) 555-0100", "212-555-0101"]
    recs = _records("Email = email, and for Title we just want the first word of the job title (e.g. 'Chief' from 'Chief Growth Officer'). if there's no job title use Team", "salesforce.Contact")
    assert [r["Title"] for r in recs] == ["Chief", "Team"]


def test_skip_it_when_empty_omits_and_a_purpose_aside_is_no_rule() -> None:
    recs = _records("Email = email. headcount goes into NumberOfEmployees as a whole number, but skip it if there's no headcount (it's for reporting)", "salesforce.Lead")
    assert recs == [{"Email": "ann@acme.io", "NumberOfEmployees": 120}, {"Email": "bo@beta.org"}]


def test_tag_everybody_then_a_conditional_tag_in_one_sentence() -> None:
    recs = _records("email_address = email. tag everyone 'app', and anyone whose lifecycle stage is customer gets 'paying' too", "mailchimp.members")
    assert [r["tags"] for r in recs] == [["app", "paying"], ["app"]]


def test_a_template_after_something_like_and_a_depends_on_where_they_came_from_table() -> None:
    r = draft_mapping('email from Email. the message should read something like "Lead at {Company} ({Rating})"', "salesforce.Lead", "hubspot.contacts")
    assert r.mapping is not None
    assert any(x.get("template") == "Lead at {Company} ({Rating})" for x in r.mapping["rules"])
    r = draft_mapping("Email = email. lead source depends on where they came from: paid search is Advertisement, and everything else is just Other", "hubspot.contacts", "salesforce.Contact")
    assert r.mapping is not None
    rule = next(x for x in r.mapping["rules"] if x["to"] == "LeadSource")
    assert rule["from"] == "hs_analytics_source" and rule["otherwise"] == "Other"


def test_one_format_verb_for_two_pairs_formats_both() -> None:
    recs = _records("Email = email, and the names are messy so upper case the first name into FirstName and surname into LastName", "salesforce.Lead")
    assert [(r["FirstName"], r["LastName"]) for r in recs] == [("ANN", "LEE"), ("BO", "NG")]
