"""Round 10c (the lead's, trained on set 21): each general cause checked on new wording by
previewing the draft on records (behaviour, not the rules' text)."""

from __future__ import annotations

from typing import Any

import pytest

from syncwright.mapping.draft.grammar import Grammar
from syncwright.mapping.draft.ir import And, Cmp
from syncwright.mapping.draft.service import draft_mapping, preview_samples, resolve_objects

HS = [
    {"email": "a@x.io", "firstname": "ann", "lastname": "LEE", "company": "Acme", "jobtitle": "", "website": "acme.io",
     "annualrevenue": "4000000", "lifecyclestage": "customer", "hs_analytics_source": "PAID_SEARCH", "phone": "(415) 555-0100", "city": "Oslo"},
    {"email": "b@x.io", "firstname": "Bo", "lastname": "ng", "company": "", "jobtitle": "CEO", "website": "",
     "annualrevenue": "", "lifecyclestage": "lead", "hs_analytics_source": "", "phone": "", "city": "Rome"},
]


def _records(text: str, to: str, rows: list[dict[str, Any]] = HS, frm: str = "hubspot.contacts") -> list[dict[str, Any]]:
    r = draft_mapping(text, frm, to)
    assert r.mapping is not None and not r.problems, (r.problems, r.questions)
    prev = preview_samples(r.mapping, rows)
    assert prev is not None
    return list(prev["records"])


@pytest.mark.parametrize("verb", ["put", "write", "use", "enter"])
def test_an_action_verb_before_a_bracketed_default_is_not_part_of_the_value(verb: str) -> None:
    got = _records(f"Email, and the job title into Title ({verb} 'Unknown' if the job title is blank).", "salesforce.Lead")
    assert [g["Title"] for g in got] == ["Unknown", "CEO"]


def test_a_template_is_one_item_of_a_list() -> None:
    got = _records("userId = email, traits.title the job title, and traits.summary 'Works at ' followed by the company.", "segment.identify")
    assert [g["traits"]["summary"] for g in got] == ["Works at Acme", "Works at "]


def test_it_in_a_conditional_template_is_the_condition_field() -> None:
    got = _records("Email. If the contact has a website, Description = 'Site: ' followed by it; when the website is blank leave Description off.", "salesforce.Lead")
    assert got == [{"Email": "a@x.io", "Description": "Site: acme.io"}, {"Email": "b@x.io"}]


@pytest.mark.parametrize(
    ("text", "op"),
    [("the contact has a website", "not_empty"), ("the lead doesn't have a website", "empty"), ("the member hasn't got a website", "empty")],
)
def test_a_condition_may_start_with_its_subject(text: str, op: str) -> None:
    g = Grammar(*resolve_objects("hubspot.contacts", "salesforce.Lead"))
    assert g.condition(text) == Cmp("website", op)  # type: ignore[arg-type]


def test_false_if_there_is_one_is_the_other_side_of_an_emptiness() -> None:
    got = _records("Email. DoNotCall = true if the contact's phone is blank, false if there is one.", "salesforce.Lead")
    assert [g["DoNotCall"] for g in got] == [False, True]


@pytest.mark.parametrize("words", ["between 1 and 5 million", "between 1 million and 5 million", "from 1 to 5 million"])
def test_a_range_shares_its_scale_word_and_includes_both_bounds(words: str) -> None:
    g = Grammar(*resolve_objects("hubspot.contacts", "salesforce.Lead"))
    from syncwright.mapping.draft.canon import canonical

    assert g.condition(canonical(f"the annual revenue is {words}")) == And([Cmp("annualrevenue", "ge", 1_000_000), Cmp("annualrevenue", "le", 5_000_000)])


def test_a_table_header_after_a_list_of_copies() -> None:
    got = _records("Email and company, plus a Rating based on the lifecycle stage: customer is Hot, lead is Cold.", "salesforce.Lead")
    assert got == [{"Email": "a@x.io", "Company": "Acme", "Rating": "Hot"}, {"Email": "b@x.io", "Company": "", "Rating": "Cold"}]


def test_a_link_to_the_account_after_and_is_a_clause_of_its_own() -> None:
    got = _records("Email into Email, and tie each lead to its account through the company name.", "salesforce.Lead")
    assert [g.get("Company") for g in got] == ["Acme", ""]


def test_a_parallel_pair_inside_a_list_keeps_both_pairs_and_the_format() -> None:
    got = _records("email_address is the email, FNAME and LNAME are firstname and lastname in upper case, status is 'subscribed'.", "mailchimp.members")
    assert [g["merge_fields"] for g in got] == [{"FNAME": "ANN", "LNAME": "LEE"}, {"FNAME": "BO", "LNAME": "NG"}]


def test_ga4_a_quoted_event_name_and_plain_param_names() -> None:
    got = _records("Send one GA4 'generate_lead' event per contact, client_id 'crm'. Params: source = original source ('none' if blank).", "ga4.events")
    assert [g["events"][0] for g in got] == [{"name": "generate_lead", "params": {"source": "PAID_SEARCH"}}, {"name": "generate_lead", "params": {"source": "none"}}]


def test_ga4_whose_params_are() -> None:
    got = _records("client_id 'hs'. Each contact is one event named 'crm_update' whose params are stage = the lifecycle stage and currency 'EUR'.", "ga4.events")
    assert got[0]["events"] == [{"name": "crm_update", "params": {"stage": "customer", "currency": "EUR"}}]


def test_without_inside_a_bracket_is_no_exclusion() -> None:
    got = _records("Send email and Phone in E.164 (a number without a + in front is American); leave Phone off when the phone is blank.", "salesforce.Lead")
    assert got == [{"Email": "a@x.io", "Phone": "+14155550100"}, {"Email": "b@x.io"}]


def test_a_header_with_a_copy_or_a_default_is_no_value_table() -> None:
    rows = [{"Email": "a@x.io", "City": ""}, {"Email": "b@x.io", "City": "Oslo"}]
    got = _records("For everyone:\n- email: Email\n- city: City, or 'n/a' if it's blank", "hubspot.contacts", rows=rows, frm="salesforce.Lead")
    assert got == [{"email": "a@x.io", "city": "n/a"}, {"email": "b@x.io", "city": "Oslo"}]


# --- set 19's residual causes -------------------------------------------------------------------

def test_a_reason_before_so_carries_no_rule() -> None:
    got = _records("Sales never know where people came from, so we want Description to read 'Came via ' followed by the original source. Email too.", "salesforce.Lead")
    assert [g["Description"] for g in got] == ["Came via PAID_SEARCH", "Came via "]


def test_a_field_named_with_its_kind_is_that_custom_field() -> None:
    got = _records("userId = email. We also want a role trait holding the job title, and a tier trait from the lifecycle stage: customer becomes 'gold', anything else becomes 'basic'.", "segment.identify")
    assert [g["traits"] for g in got] == [{"role": "", "tier": "gold"}, {"role": "CEO", "tier": "basic"}]


@pytest.mark.parametrize("text", ["HubSpot doesn't know the website", "the website is unknown", "whose website we don't know"])
def test_not_known_is_empty(text: str) -> None:
    g = Grammar(*resolve_objects("hubspot.contacts", "salesforce.Lead"))
    assert g.condition(text) == Cmp("website", "empty")


def test_for_the_object_before_a_comma_frames_the_clause() -> None:
    got = _records("For Salesforce Leads, skip anyone where HubSpot doesn't know the website. Email.", "salesforce.Lead")
    assert got == [{"Email": "a@x.io"}]


def test_an_unquoted_tag_condition_and_an_otherwise_that_leaves_out() -> None:
    rows = [{"email_address": "a@x.io", "tags": ["Webinar"]}, {"email_address": "b@x.io", "tags": []}]
    got = _records("email from email_address, and if they've got the Webinar tag, lifecyclestage = 'lead', otherwise leave lifecyclestage off.", "hubspot.contacts", rows=rows, frm="mailchimp.members")
    assert got == [{"email": "a@x.io", "lifecyclestage": "lead"}, {"email": "b@x.io"}]


def test_a_list_format_never_title_cases_the_address() -> None:
    rows = [{"email_address": "a.b@x.io", "merge_fields": {"FNAME": "ann", "LNAME": "LEE"}}]
    got = _records("email, first name and last name in title case.", "hubspot.contacts", rows=rows, frm="mailchimp.members")
    assert got == [{"email": "a.b@x.io", "firstname": "Ann", "lastname": "Lee"}]


def test_a_date_format_after_a_template_goes_to_its_date_part() -> None:
    rows = [{"email": "a@x.io", "createdate": "2024-05-01T10:00:00Z"}]
    got = _records("Description should say 'Joined ' followed by the date the contact was created, written as YYYY-MM-DD. Email.", "salesforce.Lead", rows=rows)
    assert got == [{"Description": "Joined 2024-05-01", "Email": "a@x.io"}]


def test_an_event_for_some_contacts_only_is_a_filter() -> None:
    got = _records("Send a renewal_due event for customer contacts only, client_id 'crm'.", "ga4.events")
    assert got == [{"events": [{"name": "renewal_due"}], "client_id": "crm"}]


def test_a_param_constant_beside_an_omission_is_no_default() -> None:
    got = _records("client_id 'x'. One lead_update event. Params: channel 'web', amount = annual revenue as a number but drop amount when there is no revenue.", "ga4.events")
    assert [g["events"][0]["params"] for g in got] == [{"channel": "web", "amount": 4000000}, {"channel": "web"}]


def test_values_by_condition_with_no_verb_after_the_field() -> None:
    got = _records("Email. Rating 'Hot' for customers and 'Cold' for everybody who isn't a customer.", "salesforce.Lead")
    assert [g["Rating"] for g in got] == ["Hot", "Cold"]


def test_a_template_spelled_with_separators_inside_a_container_list() -> None:
    got = _records("userId = email. In the traits include their city exactly as HubSpot has it, and a label trait made up of their first name, a comma and a space, then their surname.", "segment.identify")
    # the city is Segment's standard address trait; the label joins its parts with one comma and a space
    assert [g["traits"] for g in got] == [{"address": {"city": "Oslo"}, "label": "ann, LEE"}, {"address": {"city": "Rome"}, "label": "Bo, ng"}]


def test_grouped_under_a_container_writes_no_rule_of_its_own() -> None:
    got = _records("The address bits are grouped under traits.address (userId = email). Put the city in city.", "segment.identify")
    assert [g["traits"] for g in got] == [{"address": {"city": "Oslo"}}, {"address": {"city": "Rome"}}]


def test_an_elliptic_negation_is_the_other_side_of_the_last_condition() -> None:
    got = _records("Email. DoNotCall is true when the company is Acme and false when it isn't.", "salesforce.Lead")
    assert [g["DoNotCall"] for g in got] == [True, False]


# --- round 10d: fresh plain-style sentences ------------------------------------------------------

def test_whichever_is_filled_in_is_a_fallback() -> None:
    rows = [{"email": "a@x.io", "phone": "", "mobilephone": "555"}, {"email": "b@x.io", "phone": "111", "mobilephone": "555"}]
    got = _records("Email. For Phone take whichever of the mobile and the phone is filled in, mobile first.", "salesforce.Lead", rows=rows)
    assert [g["Phone"] for g in got] == ["555", "555"]


def test_dont_send_a_named_field_for_records_without_one() -> None:
    got = _records("Email and website to Website, but never send Website for contacts without one.", "salesforce.Lead")
    assert got == [{"Email": "a@x.io", "Website": "acme.io"}, {"Email": "b@x.io"}]


def test_a_bare_number_after_a_comma_is_the_default() -> None:
    got = _records("Email. AnnualRevenue is the annual revenue as a number, 0 if it is empty.", "salesforce.Lead")
    assert [g["AnnualRevenue"] for g in got] == [4000000, 0]


def test_a_subscribed_member_sets_the_status() -> None:
    got = _records("Every contact becomes a pending member: email_address from the email.", "mailchimp.members")
    assert got == [{"status": "pending", "email_address": "a@x.io"}, {"status": "pending", "email_address": "b@x.io"}]


def test_an_event_with_one_named_param() -> None:
    got = _records("client_id 'w'. Fire one crm_touch event whose stage param is the lifecycle stage.", "ga4.events")
    assert [g["events"] for g in got] == [[{"name": "crm_touch", "params": {"stage": "customer"}}], [{"name": "crm_touch", "params": {"stage": "lead"}}]]


def test_a_table_whose_values_fit_another_named_field_moves_there() -> None:
    got = _records("Email, firstname and lastname with a Rating by lifecycle stage: customer is Hot, lead is Cold.", "salesforce.Lead")
    assert got == [{"Email": "a@x.io", "FirstName": "ann", "LastName": "LEE", "Rating": "Hot"}, {"Email": "b@x.io", "FirstName": "Bo", "LastName": "ng", "Rating": "Cold"}]


def test_tag_one_group_and_everyone_else() -> None:
    got = _records("email_address from the email, status subscribed. Tag customers with 'vip' and everyone else with 'std'.", "mailchimp.members")
    assert [g["tags"] for g in got] == [["vip"], ["std"]]


def test_a_rule_on_a_field_other_rules_write_inside_is_dropped_and_asked_about() -> None:
    r = draft_mapping("GA4 lifecycle events; client_id 'crm'. One event named 'stage_seen' per contact.", "hubspot.contacts", "ga4.events")
    assert r.mapping is not None and not r.problems
    targets = [x["to"] for x in r.mapping["rules"]]
    assert "events" not in targets and "events[0].name" in targets


def test_a_path_through_a_written_text_rejects_the_record_with_its_reason() -> None:
    # 'events' written as text, then 'events[0].name' inside it: the record is rejected, never a crash
    mapping = {"version": 2, "match_key": "client_id", "rules": [
        {"to": "client_id", "value": "crm"}, {"to": "events", "from": "lifecyclestage"}, {"to": "events[0].name", "value": "x"}]}
    prev = preview_samples(mapping, [{"lifecyclestage": "lead"}])
    assert prev is not None and prev["records"] == []
    assert prev["rejected"] and prev["rejected"][0]["code"] == "PATH_CONFLICT"
