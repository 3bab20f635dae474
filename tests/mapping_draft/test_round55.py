"""Round 55: sets 181 (an Oslo Salesforce admin who writes each sync as the Flow he would build:
'Get Records', 'Decision' elements with named Outcomes and a Default Outcome, 'Assignment' elements)
and 182 (a Kuala Lumpur ops specialist who writes each sync as a HubSpot workflow: 'Enrollment
trigger', 'If/then branch' with a 'None met' branch, 'Copy property value', 'Set property value' and
'Format data' actions) opened as training, with what any such writer's text can hold: outcomes that
set a value, copy a field or leave it out, a default that copies, branches that are a fallback chain,
a branch written on one line, value rows under a branch on a field, record steps that keep, skip or
take every record, action labels, numbered flow titles, the writer's Norwegian and Malaysian
sign-offs. Fresh wording; the held-out texts are not copied."""

from __future__ import annotations

from syncwright.mapping.draft.branch_blocks import branch_blocks
from syncwright.mapping.draft.workflow_steps import workflow_steps
from tests.mapping_draft.test_round16 import HS, MC, SFC, C, G, H, L, M, S, _col, _run

# --- a Flow's Decision elements ------------------------------------------------------------------------


def test_decision_outcomes_in_order_with_a_default_outcome() -> None:
    text = """Flow 3: Rating from revenue.

Decision "Size"
  Outcome "Unknown": Annual Revenue is null -> Lead.Rating = "Cold"
  Outcome "Large": Annual Revenue > 5000000 -> Lead.Rating = "Hot"
  Default Outcome -> Lead.Rating = "Warm"

Lead.Email = Email
"""
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Warm"]  # the outcome names were read as values
    assert questions == []


def test_outcomes_that_copy_a_field_when_it_is_there_are_a_fallback_left_out_at_the_end() -> None:
    text = """Decision "Best number"
  Outcome "Office": Phone Number is not null -> Lead.Phone = Phone Number
  Outcome "Cell": Phone Number null, Mobile Phone Number not null -> Lead.Phone = Mobile Phone Number
  Default Outcome: no Assignment, the Lead gets no Phone at all.
Lead.Email = Email
"""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Phone") == ["(415) 555-0100", "212-555-0101", "<absent>"]


def test_a_default_outcome_that_copies_is_the_field_with_a_value_when_empty() -> None:
    text = """Decision "Company check"
  Outcome "Missing": Company Name is null -> Lead.Company = "Private"
  Default Outcome: Lead.Company = Company Name, as it is
Lead.Email = Email
"""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "Private", "Gamma"]


def test_outcomes_named_by_the_value_of_the_field_the_decision_is_named_after() -> None:
    text = """Decision "Rating"
  Outcome "Hot" -> Lifecycle Stage = "salesqualifiedlead"
  Outcome "Warm" -> Lifecycle Stage = "marketingqualifiedlead"
  Outcome "Cold" -> Lifecycle Stage = "lead"
No Default Outcome needed.
Email = Lead.Email
"""
    recs, _ = _run(text, L, H, [{"Email": "a@x.io", "Rating": "Hot"}, {"Email": "b@x.io", "Rating": "Cold"}])
    assert _col(recs, "lifecyclestage") == ["salesqualifiedlead", "lead"]


def test_a_plain_copy_after_a_decision_keeps_its_own_default() -> None:
    text = """Decision "Event"
  Outcome "Buyer": Lifecycle Stage = customer -> event name = "bought"
  Default Outcome -> event name = "browsed"

client_id = Email
params.city = City; if City is null -> "Unknown"
"""
    recs, _ = _run(text, H, G, [*HS, {**HS[0], "email": "dee@delta.io", "city": " "}])
    assert [r["events"][0]["name"] for r in recs] == ["bought", "browsed", "browsed", "bought"]
    # the copy's default was read as one more row of the event table above it
    assert [r["events"][0]["params"]["city"] for r in recs] == ["Austin", "Lyon", "Bonn", "Unknown"]


# --- a HubSpot workflow's branches ----------------------------------------------------------------------


def test_if_then_branches_with_none_met() -> None:
    text = """If/then branch on Unsubscribed from all email:
  Branch "Gone": is equal to "true" → Set property value: status = "unsubscribed"
  Branch "Here": is equal to "false" → status = "subscribed"
  None met (empty) → status = "pending"

Copy property value: Email → Email Address
"""
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "status") == ["subscribed", "pending", "unsubscribed"]


def test_a_branch_written_on_one_line_and_value_rows_under_a_branch_on_a_field() -> None:
    text = """traits.optedOut: if/then branch on Unsubscribed from all email - equal to "true" → true; None met → false.
traits.sector ← If/then branch on Industry:
   "Software" → "tech"
   Food → "hospitality"
   None met → "other"
userId ← Email
"""
    recs, _ = _run(text, H, S, HS)
    assert [r["traits"]["optedOut"] for r in recs] == [False, False, True]
    assert [r["traits"]["sector"] for r in recs] == ["tech", "other", "hospitality"]


def test_branches_that_copy_down_to_the_part_of_the_email() -> None:
    text = """If/then branch → Contact Last Name
  Branch 1: Last name is known → Copy property value: Last name → Last Name
  Branch 2: Last name is unknown but Company name is known → copy Company name into Last Name
  None met → take the email, only the part before the @
Copy property value: Email → Email
"""
    rows = [{**HS[0], "lastname": ""}, {**HS[1], "lastname": ""}, HS[2]]
    recs, _ = _run(text, H, C, rows)
    assert _col(recs, "LastName") == ["Acme", "bo", "OZ"]


def test_a_block_that_sets_two_fields_stays_as_written() -> None:
    text = """Decision "Mixed"
  Outcome "A": Lifecycle Stage = customer -> Rating = "Hot"
  Default Outcome -> Lead Source = "Web"
"""
    assert branch_blocks(text) == text


# --- a workflow's record steps, labels and titles ----------------------------------------------------------


def test_get_records_where_is_a_filter_and_no_conditions_keeps_everyone() -> None:
    kept, _ = _run('Get Records: contacts where Lifecycle Stage = "customer". \nLead.Email = Email\n', H, L, HS)
    assert _col(kept, "Email") == ["ann@acme.io"]
    everyone, questions = _run("Get Records: all contacts, no conditions.\nLead.Email = Email\n", H, L, HS)
    assert len(everyone) == 3 and questions == []


def test_an_enrollment_trigger_that_excludes_is_a_skip() -> None:
    one, _ = _run("Enrollment trigger excludes: Mobile phone number unknown.\n\nCopy property value: Email → Email\n", H, C, HS)
    assert _col(one, "Email") == ["bo@beta.org"]
    text = """Enrollment trigger: all contacts, EXCEPT
(a) Lifecycle stage is equal to "customer" - already buying
(b) Unsubscribed from all email is equal to "true" - asked us not to write

Copy property value: Email → Email
"""
    two, _ = _run(text, H, C, HS)
    assert _col(two, "Email") == ["bo@beta.org"]


def test_actions_heading_format_data_and_a_flow_title() -> None:
    text = """Hei. Flow 12 is the onboarding list.

Actions:
- Format data: Capitalize first letter of each word on First name → First Name
- Format data - Uppercase on Last name → Last Name
- Copy property value: Email → Email

Mvh Lars
"""
    recs, questions = _run(text, H, C, HS)
    assert _col(recs, "FirstName") == ["Ann", "Bo", "Cy"]  # 'Actions:' was a meeting's action items, dropped with its list
    assert _col(recs, "LastName") == ["LEE", "NG", "OZ"]
    assert questions == []


def test_a_trim_step_and_what_trimming_does_said_again() -> None:
    text = """Format data: Trim whitespace on Job title → Title. Only removes spaces at the front and back; a job title that is just spaces becomes empty.
Copy property value: Email → Email
"""
    recs, questions = _run(text, H, C, [*HS, {**HS[0], "email": "dee@delta.io", "jobtitle": "   "}])
    assert _col(recs, "Title") == ["CEO", "", "CTO", ""]
    assert questions == []


def test_assignment_headings_go_and_a_text_without_workflow_words_is_untouched() -> None:
    assert workflow_steps('Assignment "Names":\n  Lead.FirstName = First Name\n') == "  Lead.FirstName = First Name\n"
    plain = "Flow of data: Email to Email.\nAssignment of owners is manual."
    assert workflow_steps(plain) == plain


def test_e164_spelled_out_with_arrows_under_the_format() -> None:
    text = """PHONE ← Phone Number in E.164: digits only, + first. Starts with + already → keep its own country code. No + → a US number, put +1 in front.
Email Address ← Email

TQ
Nurul
"""
    recs, questions = _run(text, H, M, HS)
    assert [r.get("merge_fields", {}).get("PHONE", "<absent>") for r in recs] == ["+14155550100", "", ""]
    assert questions == []


def test_a_mailchimp_status_from_a_contact_checkbox_branch() -> None:
    text = """status: If/then branch on Email Opt Out - ticked → "unsubscribed"; not ticked → "subscribed".
Email Address ← Email
"""
    rows = [{**SFC[0], "HasOptedOutOfEmail": True}, {**SFC[1], "HasOptedOutOfEmail": False}]
    recs, _ = _run(text, C, M, rows)
    assert _col(recs, "status") == ["unsubscribed", "subscribed"]


def test_mailchimp_back_to_hubspot_with_a_branch_on_status_text_values() -> None:
    text = """Unsubscribed from all email ← if/then branch on status: "unsubscribed" or "cleaned" → the text "true"; None met → the text "false".
Email ← Email Address
"""
    recs, _ = _run(text, M, H, MC)
    assert _col(recs, "hs_email_optout") == ["false", "true", "false"]


def test_a_number_read_for_a_decision_is_no_copy_of_it() -> None:
    text = """Annual Revenue read as a number.

Decision "Band"
  Outcome "Big": Annual Revenue > 5000000 -> Lead.Rating = "Hot"
  Default Outcome -> Lead.Rating = "Cold"
Lead.Email = Email
"""
    recs, questions = _run(text, H, L, HS)
    assert all("AnnualRevenue" not in r for r in recs)  # the sentence was a copy of the revenue, as a number
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold"]
    assert questions == []


def test_an_arrow_to_a_field_after_a_plus_rule_is_still_a_mapping() -> None:
    text = """Phone convert to E.164 with UK code +44 (drop the 0 in front; if it already starts with + keep it) -> Phone Number.
Email -> email"""
    recs, _ = _run(text, L, H, [{"Email": "a@x.uk", "Phone": "020 7946 0321"}])
    assert _col(recs, "phone") == ["+442079460321"]
