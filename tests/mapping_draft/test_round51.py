"""Round 51: sets 169 (a Copenhagen CRM lead's Miro sticky notes: tagged card titles, unicode arrows, hooked
sub-rules, 'NB:' notes) and 170 (an Auckland product manager's user-story cards: story points in the title,
'Done when:' criteria, 'Out of scope:' lists) opened as training, with what any such writer's text can hold:
a card's tag and title, a story's criteria under 'Done when:', records listed out of scope, a fallback
written as hooked lines or over two sentences, rows
indented under their head or named by their first row, a skip and its reason, a checkbox's head written with
an arrow. Fresh wording; the held-out texts are not copied."""

from __future__ import annotations

from tests.mapping_draft.test_round16 import HS, MC, SFC, C, H, L, M, S, _col, _run

# --- a story card ----------------------------------------------------------------------------------------

STORY = """Trade-fair sign-ups into Salesforce [5 pts]

As a field sales rep I want the trade-fair sign-ups from HubSpot to show up in Salesforce as Leads so that I can ring them the week after the fair.

Done when:
- Email -> Email and Last Name -> Last Name, straight copies
- Company Name -> Company; blank -> "Unknown company"
- Lead Source = "Trade Show" on every lead

Out of scope (these contacts must never reach Salesforce):
- anyone whose Lifecycle Stage is "subscriber"

Sweet as, thanks!"""


def test_a_story_card_reads_its_criteria_and_its_records_out_of_scope() -> None:
    recs, questions = _run(STORY, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org"]  # the subscriber stays out
    assert _col(recs, "Company") == ["Acme", "Unknown company"]
    assert _col(recs, "LeadSource") == ["Trade Show", "Trade Show"]
    assert not questions  # neither the card's title, nor 'Done when:', nor the wish is asked about


def test_a_wish_that_scopes_the_records_is_still_asked_when_no_criterion_says_it() -> None:
    text = """As a marketer I want only the right people sent to Mailchimp so that the survey goes to the right people.

Done when:
- Email -> Email Address
- status = "subscribed" for everyone"""
    _, questions = _run(text, H, M, HS)
    assert questions  # 'only the happy customers' is a filter no criterion spells out: asked, never dropped


# --- sticky notes ------------------------------------------------------------------------------------------

def test_tagged_card_titles_go_and_a_field_head_keeps_its_rows() -> None:
    text = """NOTE 4 — Mailchimp audience, nothing fancy
[green] language — for the Vienna office, they read German
  Austria → "de"
  Germany → "de"
  France → "fr"
email → Email Address
/Mette"""
    rows = [{**HS[0], "country": "Austria"}, {**HS[1], "country": "France"}]
    recs, questions = _run(text, H, M, rows)
    assert _col(recs, "language") == ["de", "fr"]
    assert not questions


def test_hooked_lines_are_the_rule_above_them() -> None:
    text = """Last Name ⇒ last name
  ↳ blank → company name
  ↳ that blank too → the part of the email before the @
email → Email"""
    rows = [HS[0], {**HS[1], "lastname": "", "company": "Beta Ltd"}, {**HS[2], "lastname": " ", "company": ""}]
    recs, questions = _run(text, H, C, rows)
    assert _col(recs, "LastName") == ["LEE", "Beta Ltd", "cy"]
    assert not questions


def test_rows_indented_under_a_line_without_a_colon_are_its_table() -> None:
    text = """language → from Mailing Country
    Austria → "de"
    France → "fr"
Email → Email Address"""
    recs, questions = _run(text, C, M, SFC)
    assert _col(recs, "language") == ["de", "fr"]
    assert not questions


def test_the_first_row_names_the_field_the_rows_write() -> None:
    plain = """Annual Revenue above 10,000,000 → Rating "Hot"
Annual Revenue below 1,000,000 → "Cold"
anything in between → "Warm"
no revenue (blank) → "Cold" too
email → Email"""
    bulleted = "Notes:\n" + "\n".join(f"- {ln}" for ln in plain.splitlines())
    for text in (plain, bulleted):
        recs, questions = _run(text, H, L, HS)
        assert _col(recs, "Rating") == ["Hot", "Cold", "Cold"], text
        assert not questions


def test_a_skip_with_its_reason_and_a_blank_that_still_goes() -> None:
    text = """✗ Lifecycle Stage = "subscriber" → skip, they never bought anything
NB: a blank stage is not subscriber, so those still go
email → Email
last name → Last Name"""
    recs, questions = _run(text, H, L, [*HS, {**HS[1], "email": "di@delta.io", "lifecyclestage": ""}])
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org", "di@delta.io"]
    assert not questions
    text2 = 'status "cleaned" → skip, those inboxes bounce\nEmail Address → email'
    recs2, _ = _run(text2, M, H, MC)
    assert _col(recs2, "email") == ["ann@acme.io", "cy@gamma.de"]


def test_a_fallback_over_two_sentences_and_neither_leaves_the_field_out() -> None:
    text = """Phone → phone number first. No phone number → mobile phone number. Neither of them → no Phone field at all (not an empty one either).
email → Email
last name → Last Name"""
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "Phone") == ["(415) 555-0100", "212-555-0101", "<absent>"]
    assert not questions


def test_a_checkbox_head_written_with_an_arrow_and_its_other_branch() -> None:
    text = """Do Not Call → true when mobile phone number is blank, false when there is one
Email Opt Out → ticked (true) when "Unsubscribed from all email" is "true". "false" or blank → not ticked (false).
email → Email
last name → Last Name"""
    recs, questions = _run(text, H, C, HS)
    assert _col(recs, "DoNotCall") == [True, False, True]
    assert _col(recs, "HasOptedOutOfEmail") == [False, False, True]
    assert not questions


def test_params_under_their_head_written_with_unicode_arrows() -> None:
    text = """client_id → email
event name → "crm_sync", always
params:
  source → "hubspot" (fixed)
  stage → Lifecycle Stage, copy"""
    recs, questions = _run(text, H, "ga4.events", HS[:1])
    assert recs[0]["events"][0]["params"] == {"source": "hubspot", "stage": "customer"}
    assert not questions


def test_a_wish_written_as_segment_traits_and_a_name_template_example() -> None:
    text = """userId → Email
traits.name → Last Name + ", " + First Name (so: "Lee, Ann")
tags are not needed"""
    recs, _ = _run(text, C, S, SFC[:1])
    assert recs[0]["traits"]["name"] == "Lee, Ann"
