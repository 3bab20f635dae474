"""Round 35: a São Paulo analyst's Jira tickets (set 117: 'Summary' / 'Description' / 'Acceptance
criteria', Given/When/Then tests on sample records, checklists, Jira wiki tables, 'X receives Y',
'Obs.:' and 'Ex.:' notes, lines hard-wrapped at the tracker's width) and a Sydney coordinator's
casual Slack messages (set 118) opened as training, plus texts written for this round in the
register of the never-opened memos (TO/FROM/RE heads, 'Kindly map the following traits:',
dotted roman points, 'Yours faithfully,'). The silent readings found on the way: a criterion's
sample ('Given a contact with company "  " ... Then Company must be "N/A"') overwrote the rule
for every record, 'VIP is false where the revenue is blank' erased the rule it refined, 'only
contacts with an annual revenue above 1,000,000' kept every contact with a revenue, 'status =>
subscribed' copied the lead status, 'don't drop the field' dropped it, 'fyi the checkbox only
takes those as text' kept only text-type members, 'The traits shall be as follows:' wrote a
trait 'The', 'Param city - the city' was dropped without a question, a '+' part that is no field
('Webinar lead + the create date') was lost. Fresh wording throughout; the held-out texts are not
copied."""

from __future__ import annotations

from typing import Any

from syncwright.mapping.draft.service import draft_mapping
from tests.mapping_draft.test_round16 import HS, MC, SFC, SFL, C, H, L, M, _col, _run

S, G = "segment.identify", "ga4.events"
# HubSpot contacts with an original source (the shared pool has none)
HSX: list[dict[str, Any]] = [
    {**HS[0], "hs_analytics_source": "ORGANIC_SEARCH"},
    {**HS[1], "hs_analytics_source": ""},
    {**HS[2], "hs_analytics_source": "REFERRALS"},
]


def _emails(recs: list[dict[str, Any]], key: str = "Email") -> list[Any]:
    return [r.get(key) for r in recs]


# --- the mapping check: a text field copied into a true/false field -----------------------------


def test_a_phone_copied_into_a_checkbox_is_a_problem_not_a_draft() -> None:
    r = draft_mapping("Email to Email. DoNotCall from the mobile phone.", H, L)
    assert any("true/false" in p and "DoNotCall" in p for p in r.problems)


def test_a_checkbox_from_a_condition_on_the_phone_is_fine() -> None:
    recs, qs = _run("Email to Email. DoNotCall is true when the phone is empty, otherwise false.", H, L, HS)
    assert _col(recs, "DoNotCall") == [False, True, True]
    assert qs == []


# --- a later sentence refines a flag's rule, never erases it -------------------------------------


def test_a_blank_case_after_a_flag_rule_joins_it_as_the_first_branch() -> None:
    text = ("email_address from email. VIP: true where the annual revenue is over 1,000,000, otherwise false. "
            "VIP is false where the revenue is empty.")
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "vip") == [True, False, False]


def test_blank_revenue_is_not_vip_says_the_blank_branch() -> None:
    text = "email_address from email. vip true where annual revenue exceeds 1,000,000, otherwise false. A blank revenue is not VIP."
    recs, qs = _run(text, H, M, HS)
    assert _col(recs, "vip") == [True, False, False]
    assert qs == []


# --- memos ---------------------------------------------------------------------------------------


def test_a_memo_lead_in_over_dotted_roman_points() -> None:
    text = ("TO: Analytics\nRE: Segment identify\n\nThe userId shall be the email.\nKindly map the following traits:\n"
            "i. firstName - the first name.\nii. lastName - the last name.")
    recs, qs = _run(text, H, S, HS)
    assert recs[0]["traits"] == {"firstName": "ann", "lastName": "LEE"}
    assert qs == []


def test_failing_which_after_a_semicolon_is_the_fallback() -> None:
    text = "email - from email_address.\ncompany - the COMPANY merge field; failing which, the part of the email after the @."
    recs, _ = _run(text, M, "hubspot.contacts", MC)
    assert _col(recs, "company") == ["Acme", "beta.org", "gamma.de"]


def test_default_it_to_keeps_the_field_and_fills_the_blanks() -> None:
    recs, _ = _run('Email to Email. Company - where the company name is not captured, kindly default it to "Unknown".', H, L, HS)
    assert _col(recs, "Company") == ["Acme", "Unknown", "Gamma"]


def test_a_formal_close_and_the_signature_under_it_ask_nothing() -> None:
    text = "Email to Email.\nLastName from lastname.\n\nYours faithfully,\nWanjiku Mwangi\nHead of Digital Marketing"
    _, qs = _run(text, H, L, HS)
    assert qs == []


def test_the_same_should_be_mapped_to_copies_the_field_just_named() -> None:
    recs, qs = _run("The contact's email is the unique identifier; the same should be mapped to Email. LastName from lastname.", H, L, HS)
    assert _emails(recs) == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"]
    assert qs == []


def test_the_traits_shall_be_as_follows_is_a_lead_in_not_a_trait() -> None:
    text = "The userId shall be the email. The traits shall be as follows:\n(a) firstName - the first name;\n(b) lastName - the last name."
    recs, _ = _run(text, H, S, HS)
    assert set(recs[0]["traits"]) == {"firstName", "lastName"}


def test_an_attachment_line_and_the_rest_not_added_ask_nothing() -> None:
    text = "PFA the mapping for the webinar list. Only contacts in Germany should be added; the rest are not to be added.\na) email address: the email."
    recs, qs = _run(text, H, M, HS)
    assert _emails(recs, "email_address") == ["cy@gamma.de"]
    assert qs == []


def test_blank_opt_outs_are_to_be_synced_is_no_rule() -> None:
    text = ('Contacts who have opted out (hs_email_optout is "true") are not to be synced. Contacts where the opt-out is blank '
            "are to be synced.\nemail_address - email.")
    recs, qs = _run(text, H, M, HS)
    assert _emails(recs, "email_address") == ["ann@acme.io", "bo@beta.org"]
    assert qs == []


def test_contacts_with_a_revenue_above_a_number_compare_it() -> None:
    recs, _ = _run('Only contacts with an annual revenue above 1,000,000 are to be sent.\nclient_id: the email. Event name: "big".', H, G, HS)
    assert _emails(recs, "client_id") == ["ann@acme.io"]


def test_a_param_named_before_a_dash_is_written() -> None:
    recs, _ = _run('client_id: the email. Event name: "visit". Param city - the city.', H, G, HS)
    assert [r["events"][0]["params"] for r in recs] == [{"city": "Austin"}, {"city": "Lyon"}, {"city": "Bonn"}]


def test_a_label_and_a_source_after_a_dash_is_asked_when_unread() -> None:
    r = draft_mapping('client_id: the email. Event name: "visit". Region bucket - the state.', H, G)
    assert any("Region bucket" in q["question"] for q in r.questions)


# --- Jira tickets --------------------------------------------------------------------------------


def test_a_tickets_description_label_is_no_field_and_receives_is_a_copy() -> None:
    text = ("Summary: Leads from the webinar\n\nDescription:\nEmail receives email (key)\nLastName receives lastname, as it is\n"
            "Company receives company")
    recs, qs = _run(text, H, L, HS)
    assert set(recs[0]) == {"Email", "LastName", "Company"}
    assert qs == []


def test_a_jira_wiki_table_is_a_value_table() -> None:
    text = ("LeadSource must receive a value by hs_analytics_source:\n\n|| hs_analytics_source || LeadSource ||\n"
            "| ORGANIC_SEARCH | Web |\n| REFERRALS | Partner |\n\nAny other value: \"Other\".\nEmail receives email.")
    recs, _ = _run(text, H, L, HSX)
    assert _col(recs, "LeadSource") == ["Web", "Other", "Partner"]


def test_obs_and_ex_notes_are_no_rules() -> None:
    text = ("Phone = phone. In case phone is empty, use mobilephone.\nObs.: the phone goes as it is, no formatting.\n"
            "LastName = lastname in title case. Ex.: GARCIA -> Garcia\nEmail = email.")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Phone") == ["(415) 555-0100", "212-555-0101", ""]
    assert _col(recs, "LastName") == ["Lee", "Ng", "Oz"]


def test_given_then_tests_under_a_description_are_examples() -> None:
    text = ("Description\nRating from annualrevenue: over 5,000,000 -> Hot, otherwise Cold.\nEmail = email.\nLastName receives lastname.\n\n"
            "AC\nGiven annualrevenue = 12000000 Then Rating = Hot\nGiven annualrevenue empty Then Rating = Cold")
    recs, qs = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold"]
    assert qs == []


def test_a_scenario_on_a_sample_value_does_not_overwrite_the_rule() -> None:
    text = ('Description:\n- Email receives email\n- LastName receives lastname\n- Company receives company; when it is empty, put "N/A"\n\n'
            'Acceptance criteria:\nGiven a contact with company "  "\nWhen the sync runs\nThen the Lead Company must be "N/A"')
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "N/A", "Gamma"]


def test_checklist_samples_under_a_description_are_examples() -> None:
    text = ('Description:\n- Email: email\n- MailingCountry: from country: United States -> US, Germany -> DE, anything else -> "INTL"\n\n'
            'AC:\n[ ] France -> INTL\n[ ] "bonn" -> "Bonn"')
    recs, qs = _run(text, H, C, HS)
    assert _col(recs, "MailingCountry") == ["US", "INTL", "DE"]
    assert qs == []


def test_a_criterion_saying_a_format_again_asks_nothing() -> None:
    text = "Email = email. LastName = lastname in title case. City = city in title case.\n\nAC:\n- [ ] LastName and City in title case"
    recs, qs = _run(text, H, L, HS)
    assert _col(recs, "LastName") == ["Lee", "Ng", "Oz"]
    assert qs == []


def test_a_line_wrapped_at_the_trackers_width_is_one_sentence() -> None:
    text = ("Some contacts arrive from the mobile app without a first name, so in that case FirstName must receive the part\n"
            "of the email before the @ sign. When firstname is filled, use the firstname as it is, with no other change at all.\n"
            "Email = email. LastName = lastname.")
    pool = [HS[0], {**HS[1], "email": "bo.ng@beta.org", "firstname": ""}]
    recs, _ = _run(text, H, L, pool)
    assert _col(recs, "FirstName") == ["ann", "bo.ng"]


def test_a_scenario_filter_in_the_criteria_stays() -> None:
    text = "Email = email. LastName = lastname.\n\nAC:\n[ ] contact with hs_email_optout true -> not sent"
    recs, _ = _run(text, H, L, HS)
    assert _emails(recs) == ["ann@acme.io", "bo@beta.org"]


def test_a_field_written_empty_too_with_its_quotes_asks_nothing() -> None:
    text = '- Email: email\n- Title: jobtitle without spaces in the beginning/end. If jobtitle is empty, Title is empty too ("").'
    pool = [{**HS[0], "jobtitle": "  CEO "}, HS[1]]
    recs, qs = _run(text, H, C, pool)
    assert _col(recs, "Title") == ["CEO", ""]
    assert qs == []


# --- Slack messages ------------------------------------------------------------------------------


def test_dont_drop_the_field_keeps_empty_values() -> None:
    text = "Email -> email\nPhone -> phone\nsome are empty on the SF side, just copy the empty value over, don't drop the field"
    recs, _ = _run(text, L, "hubspot.contacts", SFL)
    assert _col(recs, "phone") == ["020 7946 0321", "", ""]


def test_a_field_then_one_of_its_values_is_that_constant() -> None:
    recs, _ = _run("email => email_address\nstatus => subscribed", H, M, HS)
    assert _col(recs, "status") == ["subscribed"] * 3


def test_skip_a_field_and_a_quoted_value_skips_those_records() -> None:
    recs, _ = _run('SF leads -> hubspot but not the cold ones, skip Rating "Cold"\nEmail -> email', L, "hubspot.contacts", SFL)
    assert _emails(recs, "email") == ["ann@acme.io", "cy@gamma.de"]


def test_anything_else_including_empty_is_the_tables_rest() -> None:
    text = "Email: email\nLeadSource from hs_analytics_source:\n  ORGANIC_SEARCH => Web\n  anything else (incl. empty) => Other"
    recs, _ = _run(text, H, C, HSX)
    assert _col(recs, "LeadSource") == ["Web", "Other", "Other"]


def test_according_to_a_field_over_rows_keeps_the_first_row() -> None:
    text = "userId <- Email\ntraits.team <- according to Department:\n   Sales -> sales\n   any other value, or empty -> other"
    recs, _ = _run(text, C, S, SFC)
    assert [r["traits"]["team"] for r in recs] == ["sales", "other"]


def test_contacts_that_have_a_field_empty_are_the_blank_ones() -> None:
    recs, _ = _run("The contacts that have company empty must not be sent.\nemail_address: email", H, M, HS)
    assert _emails(recs, "email_address") == ["ann@acme.io", "cy@gamma.de"]


def test_an_event_heading_over_a_flat_name_writes_the_events_name() -> None:
    recs, _ = _run('Event:\n- client_id: the email\n- name: signup\n- params.plan: "free"', H, G, HS)
    assert recs[0]["events"] == [{"name": "signup", "params": {"plan": "free"}}]
    assert "name" not in recs[0]


def test_only_the_userid_in_lower_case_leaves_the_rest_as_they_are() -> None:
    text = "userId -> email\ntraits.lastName -> lastname\nCopies without any change, only the userId is in lower case."
    pool = [{**HS[0], "email": "Ann@Acme.io"}]
    recs, _ = _run(text, H, S, pool)
    assert recs == [{"userId": "ann@acme.io", "traits": {"lastName": "LEE"}}]


def test_an_empty_list_clears_the_tags() -> None:
    recs, _ = _run("email_address <- Email\ntags <- empty list (we want to clear the old tags)", C, M, SFC)
    assert _col(recs, "tags") == [[], []]


def test_it_is_true_or_blank_skip_em_after_an_only_filter() -> None:
    recs, _ = _run('only the ones where hs_email_optout is "false". if it\'s "true" or blank, skip em\nEmail -> email', H, C, HS)
    assert _emails(recs) == ["ann@acme.io"]


def test_a_value_on_a_tag_condition_after_an_arrow() -> None:
    recs, _ = _run("email <- email_address\nlifecyclestage <- customer if they've got the Customer tag, otherwise lead", M, "hubspot.contacts", MC)
    assert _col(recs, "lifecyclestage") == ["customer", "lead", "lead"]


def test_a_plus_part_that_is_no_field_is_asked() -> None:
    r = draft_mapping("Email <- email\nDescription <- Webinar lead + the create date", H, L)
    assert any("Webinar lead" in q["question"] for q in r.questions)


def test_a_question_over_value_rows_is_their_head() -> None:
    text = "reckon we can work out Rating from annualrevenue?\nover 5000000 -> Hot\nanything else -> Cold\nEmail from email"
    recs, qs = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold"]
    assert qs == []


def test_two_lots_to_skip_over_numbered_items() -> None:
    text = 'two lots to skip:\n1. lifecyclestage = customer\n2. hs_email_optout is "true"\n\neveryone else: email -> Email'
    recs, _ = _run(text, H, L, HS)
    assert _emails(recs) == ["bo@beta.org"]


def test_set_the_status_off_a_field_then_its_values() -> None:
    text = 'can you set the mailchimp status off hs_email_optout - "true" is unsubscribed, "false" is subscribed, and empty means pending. email -> email_address'
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "status") == ["subscribed", "pending", "unsubscribed"]


def test_fyi_a_checkbox_takes_text_is_no_filter() -> None:
    text = 'email = email_address\nhs_email_optout = the text "true" if status is cleaned, otherwise the text "false"\nfyi the hubspot checkbox only takes those as text'
    recs, _ = _run(text, M, "hubspot.contacts", MC)
    assert _col(recs, "hs_email_optout") == ["false", "true", "false"]


# --- more memo wording: absences, exceptions, 'save where ... in which case' ---------------------


def test_in_its_absence_is_the_next_field_of_a_fallback() -> None:
    text = "i) The email shall be taken from email_address.\nii) Company: the COMPANY merge field, and in its absence the part of the email after the @."
    recs, _ = _run(text, M, "hubspot.contacts", MC)
    assert _col(recs, "company") == ["Acme", "beta.org", "gamma.de"]


def test_in_the_absence_of_a_field_another_value_shall_be_used() -> None:
    text = 'The first name shall reflect FNAME. In the absence of FNAME, the part of the email before the "@" shall be used. The email shall be mapped from email_address.'
    pool = [MC[0], {**MC[1], "merge_fields": {**MC[1]["merge_fields"], "FNAME": ""}}]
    recs, qs = _run(text, M, "hubspot.contacts", pool)
    assert _col(recs, "firstname") == ["Ann", "bo"]
    assert qs == []


def test_save_where_not_available_in_which_case_is_the_default() -> None:
    text = "- Email address: the email;\n- Company (COMPANY): the company name, save where it is not available, in which case \"Not Provided\"."
    recs, _ = _run(text, H, M, HS)
    assert [r["merge_fields"]["COMPANY"] for r in recs] == ["Acme", "Not Provided", "Gamma"]


def test_with_the_exception_of_a_group_no_contact_is_sent_keeps_only_that_group() -> None:
    text = ('With the exception of customers (lifecycle stage "customer"), no contact is to be sent to Salesforce.\n'
            "1. Email - lowercase.\n2. Phone - the phone number, and where not available, the mobile phone.")
    recs, qs = _run(text, H, C, HS)
    assert recs == [{"Email": "ann@acme.io", "Phone": "(415) 555-0100"}]
    assert qs == []


def test_a_flag_false_when_it_has_the_field() -> None:
    recs, _ = _run("Email to Email.\nDoNotCall: true when the contact has no phone, false when it has phone.", H, C, HS)
    assert _col(recs, "DoNotCall") == [False, True, True]


def test_plus_and_the_key_note_before_copies_add_no_format() -> None:
    recs, qs = _run("HasOptedOutOfEmail is true when hs_email_optout is \"true\", otherwise false.\nPlus Email (key) and LastName copied from HubSpot.", H, C, HS)
    assert _col(recs, "LastName") == ["LEE", "NG", "OZ"]
    assert qs == []


def test_a_system_that_only_accepts_a_format_is_no_filter() -> None:
    text = "Description: the Salesforce dialer only accepts E.164. When the contact goes to Lead:\n- Email must receive email\n- Phone must receive phone in E.164 (US)"
    recs, _ = _run(text, H, L, HS)
    assert _emails(recs) == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"]


def test_dont_send_a_field_to_the_platform_leaves_it_out_not_the_record() -> None:
    text = "Email = email.\nPhone = phone.\nIn case phone is empty, don't send Phone to Salesforce (the field must not exist in the Lead)."
    recs, _ = _run(text, H, L, HS)
    assert _emails(recs) == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"]
    assert _col(recs, "Phone") == ["(415) 555-0100", "<absent>", "<absent>"]


def test_a_tag_applied_where_a_field_has_a_value_is_conditional() -> None:
    text = ('(a) email_address - the email;\n(b) tags - every member shall carry the tag "Salesforce"; in addition, the tag '
            '"Sales Team" shall be applied where the department is "Sales".')
    recs, _ = _run(text, C, M, SFC)
    assert _col(recs, "tags") == [["Salesforce", "Sales Team"], ["Salesforce"]]


def test_blank_opt_outs_still_synced_after_a_semicolon_is_no_rule() -> None:
    text = ('Contacts that have opted out (hs_email_optout "true") shall not be synced; where the opt-out is blank the contact '
            "is to be synced.\n(a) email_address: email.")
    recs, qs = _run(text, H, M, HS)
    assert _emails(recs, "email_address") == ["ann@acme.io", "bo@beta.org"]
    assert qs == []
