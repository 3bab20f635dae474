"""Round 15: readings made from what the after-draft checks found unread (repairs.py), and
the wordings behind them, each checked by previewing the draft on records.

The checks knew, for any author's words, that a clause quoted a value no rule used or asked
for a leave-off no rule applied; where the clause holds every ingredient of one reading the
drafter now makes it. Where it does not (the value belongs to another field, two rules are
candidates), it still asks, and those tests say so."""

from __future__ import annotations

from typing import Any

from syncwright.mapping.draft.service import draft_mapping
from tests.mapping_draft.test_round11c import _records
from tests.mapping_draft.test_round14 import HS

SFL = [
    {"Email": "ann@acme.io", "FirstName": "Ann", "LastName": "Lee", "Title": "CEO", "Company": "Acme"},
    {"Email": "bo@beta.org", "FirstName": "Bo", "LastName": "Ng", "Title": "", "Company": "Beta"},
]


def _hs(text: str, to: str) -> list[dict[str, Any]]:
    return _records(text, to, rows=HS)


def _questions(text: str, frm: str, to: str) -> list[str]:
    return [q["question"] for q in draft_mapping(text, frm, to).questions]


# --- a default: a quoted value, an emptiness word, and the one rule the clause points at ---------

def test_defaults_in_wordings_no_reader_took_are_read_from_their_ingredients() -> None:
    for text in (
        "Email = email. Company comes from the company name, with 'Unknown' when null.",
        "Email = email. LastName <- Last Name. Company <- Company Name, stamp 'Unknown' if it is null.",
        "Email = email. Put the company in Company; 'Unknown' if blank.",
        "Email = email. Map company to Company and default it to 'Unknown' where it is missing.",
        "Email = email. Company falls back to the fax when the company is empty, then to 'Unknown'.",
    ):
        got = [r["Company"] for r in _hs(text, "salesforce.Lead")]
        assert got == ["Acme", "Unknown", "Gamma"], (text, got)


def test_a_value_for_another_field_when_one_is_empty_is_that_field_only_then() -> None:
    # before: Description took the company, with the value as its default (the company copied
    # into the description of every contact that has one), or the value became Company's default
    for text in (
        "Email = email. Set Description to 'No company on file' when the company is blank.",
        "Email = email. If the company is blank, Description is 'No company on file'.",
    ):
        got = [r.get("Description", "<absent>") for r in _hs(text, "salesforce.Lead")]
        assert got == ["<absent>", "No company on file", "<absent>"], (text, got)
    got2 = _hs("Email = email. Company gets the company name. When the company name is blank, Description is 'Needs review'.", "salesforce.Lead")
    assert [(r["Company"], r.get("Description")) for r in got2] == [("Acme", None), ("", "Needs review"), ("Gamma", None)]


def test_a_default_naming_another_field_is_still_asked_about() -> None:
    # the value belongs to Description, which has no rule of its own: no default on the copy
    text = "Email = email. Description gets 'No company on file' if the company is blank."
    assert any("condition" in q or "No company on file" in q for q in _questions(text, "hubspot.contacts", "salesforce.Lead"))


# --- a leave-off: a leave-off word, an emptiness word (n/a and null count), the one rule -----------

def test_leave_offs_said_with_n_a_or_null_leave_the_field_out() -> None:
    for text in (
        "Email = email. Industry: industry, omitted where n/a.",
        "Email = email. Industry from industry, left off if null.",
        "Email = email. Industry = industry (not sent if empty).",
    ):
        got = [r.get("Industry", "<absent>") for r in _hs(text, "salesforce.Lead")]
        assert got == ["Retail", "<absent>", "Software"], (text, got)


def test_the_last_of_several_copies_is_left_out_by_leave_that_out_where_n_a() -> None:
    text = ("userId = email. traits.firstName from first name, and traits.company.name from the organisation - "
            "leave that out where it is n/a.")
    got = _hs(text, "segment.identify")
    assert [("company" in r["traits"], r["traits"]["firstName"]) for r in got] == [(True, "Ann"), (False, "Bo"), (True, "Cy")]


# --- fallbacks and lists ---------------------------------------------------------------------------

def test_or_where_that_is_blank_between_a_copy_and_its_fallback_is_a_fallback() -> None:
    # before: the email's local part went to email_address (the match key), FNAME kept blanks
    for text in (
        "email_address = email. FNAME = first name, or where that is blank, the part of the email before the @.",
        "email_address = email. FNAME = first name, otherwise the part of the email before the @.",
        "email_address = email. FNAME = first name, or if it is empty, the part of the email before the @.",
    ):
        rows = [{**HS[0], "firstname": ""}, HS[1]]
        got = _records(text, "mailchimp.members", rows=rows)
        assert [(r["email_address"], r["merge_fields"]["FNAME"]) for r in got] == [("ann@acme.io", "ann"), ("bo@beta.org", "Bo")], (text, got)


def test_slash_lists_of_two_word_names_pair_in_order() -> None:
    text = "email <- Email.\n- First Name / Last Name -> first name / surname\n- Title -> job title"
    got = _records(text, "hubspot.contacts", frm="salesforce.Lead", rows=SFL)
    assert [(r["firstname"], r["lastname"], r["jobtitle"]) for r in got] == [("Ann", "Lee", "CEO"), ("Bo", "Ng", "")]


def test_a_slashed_label_stays_one_field() -> None:
    got = _records("email <- Email. Map State/Region -> state and the City to city.", "hubspot.contacts", frm="salesforce.Lead",
                   rows=[{"Email": "a@b.co", "State": "TX", "City": "Austin"}])
    assert got == [{"email": "a@b.co", "state": "TX", "city": "Austin"}]


# --- the lead's fresh sentences: silent wrong readings found by probing ----------------------------

def test_a_list_paired_in_order_with_a_reversed_arrow() -> None:
    rows = [{"Email": "ann@acme.io", "FirstName": "Ann", "LastName": "Lee", "Title": "CEO"}]
    got = _records("email_address <- Email, FNAME/LNAME <- FirstName/LastName.", "mailchimp.members", frm="salesforce.Contact", rows=rows)
    assert got[0]["merge_fields"] == {"FNAME": "Ann", "LNAME": "Lee"}
    seg = _records("userId <- Email. traits.firstName / traits.lastName / traits.title <- FirstName / LastName / Title.",
                   "segment.identify", frm="salesforce.Contact", rows=rows)
    assert seg[0]["traits"] == {"firstName": "Ann", "lastName": "Lee", "title": "CEO"}


def test_a_list_split_into_clauses_keeps_each_field_its_own_source() -> None:
    # before: FirstName took the city (the list 'First Name, Last Name and City' was split at its commas)
    got = _hs("Upsert on Email and map First Name, Last Name and City over to FirstName, LastName and City.", "salesforce.Lead")
    assert [(r["FirstName"], r["LastName"], r["City"]) for r in got] == [("Ann", "Lee", "Austin"), ("Bo", "Ng", "Lyon"), ("Cy", "Oz", "Bonn")]


def test_a_value_put_into_a_field_under_a_condition_is_that_field_only_then() -> None:
    rows = [{**HS[0], "annualrevenue": "5000000"}, {**HS[1], "annualrevenue": "10"}]
    for text in ("Email = email. Put 'Priority' in Description when the annual revenue is over 1000000.",
                 "Email = email. When the annual revenue is over 1000000, put 'Priority' in Description.",
                 "Email = email. Write 'Priority' into Description if the annual revenue is greater than 1000000."):
        got = _records(text, "salesforce.Lead", rows=rows)
        assert [r.get("Description") for r in got] == ["Priority", None], (text, got)
        assert all("AnnualRevenue" not in r for r in got), got


def test_one_condition_on_a_picklist_leaves_the_field_out_for_the_other_values() -> None:
    # before: a one-row value table without 'otherwise', which rejected the other two records
    got = _hs("Email = email. Put 'Priority' in Description when the lifecycle stage is customer.", "salesforce.Lead")
    assert [(r["Email"], r.get("Description")) for r in got] == [("ann@acme.io", "Priority"), ("bo@beta.org", None), ("cy@gamma.de", None)]


def test_if_they_are_a_picklist_value_is_the_condition() -> None:
    got = _hs("Email = email. Status is 'Working - Contacted' if they are a customer, otherwise 'Open - Not Contacted'.", "salesforce.Lead")
    assert [r["Status"] for r in got] == ["Working - Contacted", "Open - Not Contacted", "Open - Not Contacted"]


def test_tags_for_some_records_and_for_everyone_else() -> None:
    for text in ("email_address is the email. Add the tag 'VIP' to customers and 'Prospect' to everyone else.",
                 "email_address is the email. Customers get the tag 'VIP'; everyone else gets the tag 'Prospect'.",
                 "email_address is the email. Tag customers with 'VIP'. Everybody else gets the tag 'Prospect'."):
        got = _hs(text, "mailchimp.members")
        assert [r["tags"] for r in got] == [["VIP"], ["Prospect"], ["Prospect"]], (text, got)


def test_records_a_tag_names_but_no_reader_understood_are_asked_about() -> None:
    # before: 'DACH' for every contact
    qs = _questions("email_address is the email. Contacts from Germany get the tag 'DACH'.", "hubspot.contacts", "mailchimp.members")
    assert any("Contacts from Germany" in q for q in qs), qs


def test_an_instruction_word_is_no_value_and_a_field_left_out_gets_no_rule() -> None:
    r = draft_mapping("email_address from Email. ADDRESS: skip. FNAME: first name.", "salesforce.Contact", "mailchimp.members")
    assert r.mapping is not None and all(x.get("value") != "skip" for x in r.mapping["rules"]), r.mapping
    r2 = draft_mapping("email_address is the email. The BIRTHDAY merge field is left out. FNAME is the first name.", "hubspot.contacts", "mailchimp.members")
    assert r2.mapping is not None and [x["to"] for x in r2.mapping["rules"]] == ["email_address", "merge_fields.FNAME"], r2.mapping
    assert not r2.questions, r2.questions


def test_a_quoted_event_name_before_event_per_contact_is_the_event() -> None:
    got = _hs("One 'purchase' event per contact, client_id = email.", "ga4.events")
    assert [r["events"][0]["name"] for r in got] == ["purchase"] * 3


def test_an_order_of_preference_between_two_fields_is_a_fallback() -> None:
    # before: 'first' read as the first name in a template, or the mobile alone, or the office phone alone
    for text in ("Email = email. Phone: the mobile first, then the office phone.",
                 "Email = email. Phone is the mobile first and the office phone second.",
                 "Email = email. For the phone, take the mobile first and the office phone second.",
                 "Email = email. For the phone, use the mobile, falling back to the office phone."):
        got = _hs(text, "salesforce.Lead")
        assert [r.get("Phone") for r in got] == ["(415) 555-0100", "212-555-0101", ""], (text, got)


def test_a_condition_no_reader_understood_is_asked_even_when_its_clause_was_noted() -> None:
    # before: 'when it starts with http' was noted as not understood and Website written for everyone, unasked
    qs = _questions("Email maps to Email. The website goes into Website, but only when it starts with http.", "hubspot.contacts", "salesforce.Lead")
    assert any("condition" in q and "starts with http" in q for q in qs), qs


# --- second pass over sets 37 and 39 (opened): causes that any author's wording shares --------------

SFL2 = [
    {"Email": "ann@acme.io", "FirstName": "Ann", "LastName": "Lee", "HasOptedOutOfEmail": True},
    {"Email": "bo@beta.org", "FirstName": "Bo", "LastName": "Ng", "HasOptedOutOfEmail": False},
]


def test_a_label_holding_a_mapping_word_is_its_field_unquoted() -> None:
    # before: 'Unsubscribed from all email <- X' read as 'Unsubscribed' from 'all email' (the Email)
    got = _records("email <- Email. Unsubscribed from all email <- HasOptedOutOfEmail, written as the text 'true'/'false'.",
                   "hubspot.contacts", frm="salesforce.Lead", rows=SFL2)
    assert [r["hs_email_optout"] for r in got] == ["true", "false"]
    assert not _questions("email <- Email. hs_email_optout <- HasOptedOutOfEmail, written as the text 'true'/'false'.",
                          "salesforce.Lead", "hubspot.contacts")


def test_two_word_names_around_an_unspaced_slash_pair_in_order() -> None:
    got = _records("email <- Email (match key); First Name/Last Name <- FirstName/LastName.", "hubspot.contacts", frm="salesforce.Lead", rows=SFL2)
    assert [(r["firstname"], r["lastname"]) for r in got] == [("Ann", "Lee"), ("Bo", "Ng")]


def test_a_second_branch_with_the_other_value_or_blank_is_the_rest() -> None:
    got = _hs("userId <- email. traits.unsubscribed = true when Unsubscribed from all email is 'true', false when 'false' or blank.", "segment.identify")
    assert [r["traits"]["unsubscribed"] for r in got] == [False, True, False]


def test_a_tick_box_ticked_or_unticked_for_everyone_is_a_constant() -> None:
    rows = [{"Email": "ann@acme.io"}]
    got = _records("email_address <- Email. VIP tick box unticked for everyone (false).", "mailchimp.members", frm="salesforce.Contact", rows=rows)
    assert got == [{"email_address": "ann@acme.io", "vip": False}]
    got2 = _hs("Email <- email. The Do Not Call tick box is ticked for all contacts.", "salesforce.Contact")
    assert all(r["DoNotCall"] is True for r in got2)


def test_an_assignment_beside_a_tag_list_is_no_tag() -> None:
    # before: the Email became the first tag ('Everyone else: email_address <- Email, ..., tags = ...')
    rows = [{"Email": "ann@acme.io", "FirstName": "Ann", "LastName": "Lee", "Birthdate": "1990-01-01"}]
    got = _records("Everyone else: email_address <- Email, FNAME <- FirstName, status hard-coded 'subscribed', "
                   "tags = 'Salesforce' and 'Contacts' (both, on every record).", "mailchimp.members", frm="salesforce.Contact", rows=rows)
    assert got[0]["tags"] == ["Salesforce", "Contacts"] and got[0]["email_address"] == "ann@acme.io"


def test_dont_send_blanks_leaves_the_field_out() -> None:
    rows = [{"email_address": "a@b.co", "merge_fields": {"PHONE": ""}}, {"email_address": "c@d.co", "merge_fields": {"PHONE": "555"}}]
    got = _records("email is the email_address. PHONE merge field -> phone number, only where applicable (don't send blanks).",
                   "hubspot.contacts", frm="mailchimp.members", rows=rows)
    assert got == [{"email": "a@b.co"}, {"email": "c@d.co", "phone": "555"}]


def test_hard_coded_after_a_field_is_its_constant_and_no_param_is_named_blank() -> None:
    r = draft_mapping("client_id = Email; event name = 'qualify_lead'. params.currency hard-coded 'USD'. "
                      "params.size = 'large' when Number of Employees is greater than 100, otherwise 'small' (blank = 'small').",
                      "hubspot.contacts", "ga4.events")
    assert r.mapping is not None
    targets = [x["to"] for x in r.mapping["rules"]]
    assert "events[0].params.currency" in targets and "events[0].params.size" in targets
    assert not any(t.endswith((".coded", ".blank")) for t in targets), targets
    got = _hs("client_id = Email; event name = 'q'. params.size = 'large' when Number of Employees is greater than 100, otherwise 'small' (blank = 'small').", "ga4.events")
    assert [x["events"][0]["params"]["size"] for x in got] == ["large", "small", "small"]


def test_if_then_else_after_a_field_heading_is_a_table() -> None:
    rows = [{"Email": "ann@acme.io", "Status": "Closed - Converted"}, {"Email": "bo@beta.org", "Status": "Open - Not Contacted"}]
    got = _records("Upsert on email from Email. Lifecycle Stage: if Status = 'Closed - Converted' then 'salesqualifiedlead', else 'lead'.",
                   "hubspot.contacts", frm="salesforce.Lead", rows=rows)
    assert [r["lifecyclestage"] for r in got] == ["salesqualifiedlead", "lead"]


def test_conditional_tags_listed_after_a_first_tag() -> None:
    rows = [{"Email": "a@b.co", "Department": "Engineering", "LeadSource": "Web"}, {"Email": "c@d.co", "Department": "Sales", "LeadSource": "Trade Show"}]
    got = _records("email_address <- Email. Tags, in this order: always 'SFDC'; 'Engineering' when Department = Engineering; "
                   "'Trade Show' when LeadSource = 'Trade Show'.", "mailchimp.members", frm="salesforce.Contact", rows=rows)
    assert [r["tags"] for r in got] == [["SFDC", "Engineering"], ["SFDC", "Trade Show"]]


def test_a_constant_then_and_tag_everyone_stay_two_rules() -> None:
    got = _hs("email_address <- Email. Hard-code language = 'en' and tag everyone 'Q3 Webinar'.", "mailchimp.members")
    assert all(r["language"] == "en" and r["tags"] == ["Q3 Webinar"] for r in got), got


# --- the lead's fresh sentences, second batch --------------------------------------------------------

def test_same_as_in_hubspot_is_a_copy_with_its_format() -> None:
    got = _hs("Copy email and last name. Industry: same as in HubSpot, but all lower case.", "salesforce.Lead")
    assert [r["Industry"] for r in got] == ["retail", "", "software"]


def test_or_if_there_is_none_is_a_fallback_and_e164_formats_the_whole_chain() -> None:
    # before: the fallback was asked about; then E.164 applied to the mobile only
    got = _hs("userId is the email. traits.phone is the phone number or, if there is none, the mobile number, formatted as E.164 for the US.",
              "segment.identify")
    assert [r["traits"].get("phone") for r in got] == ["+14155550100", "+12125550101", ""]


def test_a_trait_or_param_called_by_name() -> None:
    got = _hs("userId is the email. Add a trait called lifecycle_stage with the lifecycle stage.", "segment.identify")
    assert [r["traits"]["lifecycle_stage"] for r in got] == ["customer", "lead", "subscriber"]
    ga = _hs("client_id is the email. Event name 'sign_up'. Add a param called plan with the lifecycle stage.", "ga4.events")
    assert [r["events"][0]["params"]["plan"] for r in ga] == ["customer", "lead", "subscriber"]


def test_the_match_key_said_as_a_statement_is_read_not_asked() -> None:
    for text in ("We match leads on their email. Copy the city.", "Leads are matched by email address. Copy the city.",
                 "Email is the key. Copy the city.", "The match key is the email. Copy the city."):
        r = draft_mapping(text, "hubspot.contacts", "salesforce.Lead")
        assert not r.questions, (text, r.questions)
        assert r.mapping is not None and any(x["to"] == "Email" and x.get("from") == "email" for x in r.mapping["rules"]), r.mapping


def test_a_value_replaced_in_a_copy() -> None:
    rows = [{**HS[0]}, {**HS[1], "country": "France"}, {**HS[2], "country": ""}]
    for text in ("Email = email. Copy the country, but write 'USA' instead of 'United States'.",
                 "Email = email. Country gets the country, but use 'USA' instead of 'United States'.",
                 "Email = email. For country, write 'USA' when HubSpot says 'United States'; otherwise copy the country as it is."):
        got = _records(text, "salesforce.Lead", rows=rows)
        assert [r["Country"] for r in got] == ["USA", "France", ""], (text, got)
