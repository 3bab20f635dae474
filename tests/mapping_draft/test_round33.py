"""Round 33: a Seoul growth marketer's Korean-shaped English (set 111) and a Manila assistant's
checkbox task lists (set 112) opened as training, and texts written for this round in the
registers the never-opened sets are weakest in: exclusion lists under a head ('please except
two kind of contacts:', 'Exclusions:', 'Skip: a; b'), an e-mail reply answering quoted
questions ('> What goes in Title?' over its answer), and rows that give a tag its condition.
The silent readings found on the way: 'Skip customers and opted-out contacts' kept the
customers, 'Email -> Email Address' wrote the member's address only when LeadSource was
'Email', 'create date, only YYYY-MM-DD' kept no record at all, 'revenue more than 5,000,000 ->
"VIP"' under a Tags head tagged every member, a reply's first line 'Title: the job title' was
set aside as a ticket's title, 'Other country, don't send' wrote the Country. Fresh wording
throughout; the held-out texts are not copied."""

from __future__ import annotations

from typing import Any

from tests.mapping_draft.test_round16 import HS, MC, SFC, C, H, L, M, _col, _run

S, G = "segment.identify", "ga4.events"
# Salesforce Contacts with phones and lead sources (the shared pool has neither)
SFCP: list[dict[str, Any]] = [
    {**SFC[0], "Phone": "(503) 555-0148", "LeadSource": "Web"},
    {**SFC[1], "Phone": "", "LeadSource": ""},
    {"Email": "cy@gamma.de", "FirstName": "Cy", "LastName": "Oz", "MailingCountry": "United States", "Title": "CTO", "Department": "",
     "Phone": "+49 221 555 0101", "LeadSource": "Partner Referral"},
]


def _emails(recs: list[dict[str, Any]], key: str = "Email") -> list[Any]:
    return [r.get(key) for r in recs]


# --- records left out: two groups, heads over lists, clarifications ---------------------------------


def test_a_skip_naming_two_groups_skips_both() -> None:
    recs, qs = _run("Skip the customers and opted-out contacts. Email goes to Email.", H, L, HS)
    assert _emails(recs) == ["bo@beta.org"]
    assert qs == []


def test_a_skip_of_a_group_with_a_bracket_and_anyone_opted_out_skips_both() -> None:
    text = "Leave out customers (stage customer) and anyone opted out of email. Email to Email."
    recs, _ = _run(text, H, L, HS)
    assert _emails(recs) == ["bo@beta.org"]


def test_a_blank_value_said_to_be_fine_keeps_those_records_and_asks_nothing() -> None:
    text = "Do not send contacts who unsubscribed from all email. A blank opt-out is fine. Email to Email."
    recs, qs = _run(text, H, L, HS)
    assert _emails(recs) == ["ann@acme.io", "bo@beta.org"]
    assert qs == []


def test_an_exclusions_heading_over_items_skips_each_item() -> None:
    text = "Exclusions:\n- lifecycle stage = customer\n- unsubscribed from all email = true\nMapping: email > Email"
    recs, _ = _run(text, H, L, HS)
    assert _emails(recs) == ["bo@beta.org"]


def test_except_two_kinds_of_contacts_over_a_numbered_list_skips_both() -> None:
    text = (
        "For the lead push please except two kind of contacts:\n1) lifecycle stage is \"customer\"\n2) hs_email_optout is \"true\"\n"
        "If opt-out is empty, sending is okay.\nemail -> Email"
    )
    recs, qs = _run(text, H, L, HS)
    assert _emails(recs) == ["bo@beta.org"]
    assert qs == []


def test_terse_labels_skip_copy_constant_are_no_chat_speakers() -> None:
    text = "Skip: customers; contacts with hs_email_optout = true.\nCopy: email, lastname.\nConstant: Status = \"Open - Not Contacted\"."
    recs, _ = _run(text, H, L, HS)
    assert recs == [{"Email": "bo@beta.org", "LastName": "NG", "Status": "Open - Not Contacted"}]


def test_groups_that_stay_out_under_a_head_are_skipped_and_no_constant_is_written() -> None:
    text = "Two groups stay out of the sync: customers, and people with Unsubscribed from all email = true. Email copied."
    recs, _ = _run(text, H, L, HS)
    assert recs == [{"Email": "bo@beta.org"}]


def test_we_dont_want_two_groups_skips_both() -> None:
    text = "We don't want customers in there, and we don't want anybody who unsubscribed from all email. Email to Email."
    recs, _ = _run(text, H, L, HS)
    assert _emails(recs) == ["bo@beta.org"]


def test_a_value_before_its_field_with_no_need_to_send_is_a_skip() -> None:
    text = "About filter: customer lifecycle stage contacts, no need to send.\nemail to Email."
    recs, _ = _run(text, H, L, HS)
    assert _emails(recs) == ["bo@beta.org", "cy@gamma.de"]


def test_a_bracketed_test_after_dont_include_and_a_false_or_blank_clause() -> None:
    text = "- [ ] don't include the ones who opted out (Unsubscribed from all email = \"true\"). if it's \"false\" or blank, include\n- [ ] Email -> Email"
    recs, qs = _run(text, H, L, HS)
    assert recs == [{"Email": "ann@acme.io"}, {"Email": "bo@beta.org"}]
    assert qs == []


def test_the_rest_of_an_only_filter_said_again_writes_no_field() -> None:
    text = "Only US contacts (country is \"United States\"). Other countries, don't send.\nEmail -> Email"
    recs, _ = _run(text, H, L, HS)
    assert recs == [{"Email": "ann@acme.io"}]


def test_contacts_with_no_phone_please_except_skips_them() -> None:
    text = "Contacts with no phone, please except (Phone empty -> don't send).\nEmail -> Email Address"
    recs, _ = _run(text, C, M, SFCP)
    assert _emails(recs, "email_address") == ["ann@acme.io", "cy@gamma.de"]


# --- an e-mail reply answering quoted questions ---------------------------------------------------


def test_quoted_questions_head_their_answers() -> None:
    text = (
        "Answers below.\n\n> Who should be kept out?\nCustomers, and anyone opted out of email. A blank opt-out is fine.\n\n"
        "> What goes in Title?\nThe job title, as it is.\n\n> Lead Status?\n\"Open - Not Contacted\" for all of them.\n\n"
        "Shout if anything else.\nFrank"
    )
    recs, qs = _run(text, H, L, HS)
    assert recs == [{"Title": "", "Status": "Open - Not Contacted", "Email": "bo@beta.org"}]
    assert qs == []


def test_a_yes_answer_agrees_to_the_rule_its_question_proposes_and_no_asks_for_nothing() -> None:
    text = "> Should we copy the job title into Title?\nYes.\n\n> Do you want the phone copied?\nNo.\n\n> Email?\nAs is."
    recs, qs = _run(text, H, L, HS)
    assert _col(recs, "Title") == ["CEO", "", "CTO"]
    assert _col(recs, "Phone") == ["<absent>"] * 3
    assert qs == []


def test_a_question_naming_the_event_heads_its_conditional_answer() -> None:
    text = "> What should the event be called?\n\"customer_sync\" when the lifecycle stage is customer, otherwise \"lead_sync\".\n\n> client_id?\nThe email."
    recs, _ = _run(text, H, G, HS)
    assert [r["events"][0]["name"] for r in recs] == ["customer_sync", "lead_sync", "lead_sync"]


def test_a_question_naming_a_trait_path_heads_an_answer_that_says_name_in_other_words() -> None:
    text = "> userId?\nThe Email.\n\n> traits.name?\nFirst name, a space, then last name."
    recs, _ = _run(text, C, S, SFCP)
    assert [r["traits"]["name"] for r in recs] == ["Ann Lee", "Bo Ng", "Cy Oz"]


def test_a_first_line_naming_the_title_field_is_its_rule_not_a_tickets_title() -> None:
    recs, _ = _run("Title: the job title.\n\nEmail to Email.", H, L, HS)
    assert _col(recs, "Title") == ["CEO", "", "CTO"]


def test_a_correction_after_a_statement_on_the_same_line_replaces_its_value() -> None:
    text = "LeadSource is \"Seminar\" for every lead. Actually, make that \"Web\", not \"Seminar\".\nEmail to Email."
    recs, qs = _run(text, H, L, HS)
    assert _col(recs, "LeadSource") == ["Web"] * 3
    assert qs == []


# --- lists: where a header's items end, checkbox items, nested rows -------------------------------


def test_a_source_field_to_a_destination_label_is_a_copy_not_a_condition_on_a_picklist() -> None:
    recs, _ = _run("Email -> Email Address\nFirstName -> FNAME", C, M, SFCP)
    assert _emails(recs, "email_address") == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"]


def test_a_code_table_under_a_head_saying_two_letter_code() -> None:
    text = "- [ ] Email -> Email\n- [ ] Country/Region -> Mailing Country using 2-letter code:\n  - [ ] United States = US\n  - [ ] Germany = DE"
    recs, _ = _run(text, H, C, [r for r in HS if r["country"]])
    assert _col(recs, "MailingCountry") == ["US", "DE"]


def test_the_rest_row_with_or_if_its_blank() -> None:
    text = "Lead Status from Lifecycle Stage: customer = Closed - Converted; anything else, or if it's blank = Open - Not Contacted\nEmail to Email"
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Status") == ["Closed - Converted", "Open - Not Contacted", "Open - Not Contacted"]


def test_we_use_a_field_as_something_so_fill_it_from_a_source_over_rows() -> None:
    text = (
        "We use the Department field as a lifecycle segment, so please fill it from lifecycle stage:\n"
        "customer -> Clients\nlead -> Prospects\nsubscriber -> Readers\nEmail copy to Email."
    )
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "Department") == ["Clients", "Prospects", "Readers"]


def test_a_format_after_a_slashed_pair_of_pairs_is_said_of_both() -> None:
    recs, _ = _run("fname/lname -> First Name/Last Name, proper case\nEmail -> Email", H, L, HS)
    assert _col(recs, "FirstName") == ["Ann", "Bo", "Cy"]
    assert _col(recs, "LastName") == ["Lee", "Ng", "Oz"]


def test_first_letter_capital_and_others_small_is_title_case() -> None:
    recs, _ = _run("FirstName, LastName: first letter capital and others small.\nEmail copy.", H, L, HS)
    assert _col(recs, "LastName") == ["Lee", "Ng", "Oz"]


# --- tags given by conditions ------------------------------------------------------------------


def test_rows_giving_a_condition_its_tag_under_a_tags_head() -> None:
    text = "Tags for Mailchimp, like this:\n- annual revenue more than 5,000,000 -> \"Big\"\n- lifecycle stage is \"customer\" -> \"Client\"\nemail -> email_address"
    recs, qs = _run(text, H, M, HS)
    assert [r["tags"] for r in recs] == [["Big", "Client"], [], []]
    assert qs == []


def test_tag_rows_said_as_sentences_with_value_then_tag() -> None:
    text = "About tags: annual revenue more than 5,000,000 -> \"Big\" tag. Lifecycle stage \"customer\" -> \"Client\" tag. If no match, no tag.\nemail -> email_address"
    recs, _ = _run(text, H, M, HS)
    assert [r["tags"] for r in recs] == [["Big", "Client"], [], []]


def test_without_that_tag_is_the_otherwise_branch() -> None:
    text = "email_address -> email\nlifecyclestage: if member has \"Customer\" tag -> \"customer\". Without that tag -> \"lead\"."
    recs, _ = _run(text, M, H, MC)
    assert _col(recs, "lifecyclestage") == ["customer", "lead", "lead"]


def test_an_empty_tag_list_said_with_none_yet() -> None:
    recs, _ = _run("Email -> Email Address\ntags: none yet, empty list lang", C, M, SFCP)
    assert [r["tags"] for r in recs] == [[], [], []]


# --- values and formats said in the round's registers ----------------------------------------------


def test_a_date_format_after_only_is_the_date_part_not_a_filter() -> None:
    text = "client_id: email copy.\nEvent name: \"contact_sync\".\nParams:\n- created_date: create date, only YYYY-MM-DD."
    recs, _ = _run(text, H, G, HS)
    assert [r["events"][0]["params"]["created_date"] for r in recs] == ["2023-03-14", "2023-07-02", "2022-11-20"]


def test_less_or_empty_is_the_rest_of_a_flag() -> None:
    text = "email -> email_address.\nvip: true when annual revenue is more than 10,000,000. Less or empty revenue -> false."
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "vip") == [True, False, False]


def test_an_arrow_before_a_value_with_its_condition() -> None:
    recs, _ = _run("email -> email_address\nvip -> true if lifecycle stage is \"customer\", else false", H, M, HS)
    assert _col(recs, "vip") == [True, False, False]


def test_a_checkbox_field_true_and_false_rows() -> None:
    text = "Email -> email_address\nstatus: HasOptedOutOfEmail true -> \"unsubscribed\", false -> \"subscribed\""
    rows = [{**SFCP[0], "HasOptedOutOfEmail": True}, {**SFCP[1], "HasOptedOutOfEmail": False}]
    recs, _ = _run(text, C, M, rows)
    assert _col(recs, "status") == ["unsubscribed", "subscribed"]


def test_keep_a_numbers_own_code_is_a_remark_and_writes_no_country() -> None:
    text = "userId: Email copy.\ntraits.phone: Phone as E.164, US is default (+1). If already + country code, keep."
    recs, _ = _run(text, C, S, SFCP)
    assert [r["traits"] for r in recs] == [{"phone": "+15035550148"}, {"phone": ""}, {"phone": "+492215550101"}]


def test_a_fallback_said_as_what_is_okay_and_both_empty_left_off() -> None:
    text = "For Lead Phone, use HubSpot phone. If phone is empty, mobile phone is okay. If both are empty, don't put Phone at all.\nEmail copy to Email."
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Phone") == ["(415) 555-0100", "212-555-0101", "<absent>"]


def test_if_no_x_kindly_get_it_from_the_email_the_part_before_the_at() -> None:
    text = "- [ ] Email -> Email\n- [ ] fname -> First Name. if no fname, kindly get it from the email, the part before the @"
    rows = [HS[0], {**HS[1], "firstname": ""}]
    recs, _ = _run(text, H, C, rows)
    assert recs == [{"Email": "ann@acme.io", "FirstName": "ann"}, {"Email": "bo@beta.org", "FirstName": "bo"}]


def test_many_contacts_dont_have_this_in_that_case_put_a_default() -> None:
    text = "email -> email_address.\nLanguage: use the city. Many contacts don't have this, in that case put \"en\"."
    recs, _ = _run(text, H, M, [HS[0], {**HS[1], "city": ""}])
    assert _col(recs, "language") == ["Austin", "en"]


def test_a_field_then_put_a_constant_for_everyone() -> None:
    text = "email to Email.\nAnd LeadSource, put \"Web\" for everyone please (our leads all come from the shop).\nIf HubSpot value is empty, is fine, just send empty as it is."
    recs, qs = _run(text, H, L, HS)
    assert _col(recs, "LeadSource") == ["Web"] * 3
    assert qs == []


def test_empty_case_skip_this_one_too_leaves_the_trait_out() -> None:
    text = "userId is email.\ntraits.company.employee_count <- number of employees, as integer. Empty case, skip this one too."
    recs, _ = _run(text, H, S, HS)
    assert [r.get("traits") for r in recs] == [{"company": {"employee_count": 120}}, None, {"company": {"employee_count": 8}}]


def test_blank_or_other_sources_is_the_rest() -> None:
    text = "Email -> Email Address\nVIP: true only if Lead Source = Partner Referral. blank or other sources = false"
    recs, _ = _run(text, C, M, SFCP)
    assert _col(recs, "vip") == [False, False, True]


def test_about_a_field_follow_a_source_over_value_rows() -> None:
    text = "About Mailchimp status, please follow HubSpot \"Unsubscribed from all email\" (hs_email_optout):\n\"true\" -> unsubscribed\n\"false\" -> subscribed\nempty -> pending\nEmail -> email_address copy."
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "status") == ["subscribed", "pending", "unsubscribed"]


# --- more of a reply's answers, and flags ----------------------------------------------------------


def test_an_answer_that_asks_for_nothing_and_a_confirmed_assumption() -> None:
    text = "> Mobile phone?\nDon't send it.\n\n> I assume Email comes from the HS email?\nCorrect.\n\n> Title?\nThe job title."
    recs, qs = _run(text, H, L, HS)
    assert recs == [{"Email": "ann@acme.io", "Title": "CEO"}, {"Email": "bo@beta.org", "Title": ""}, {"Email": "cy@gamma.de", "Title": "CTO"}]
    assert qs == []


def test_answers_on_the_quoted_questions_line() -> None:
    text = "> What goes in Company? -- the company name, \"Unknown\" when blank\n> Email? -- copy it\n> Anything for Rating? -- \"Warm\" for all"
    recs, qs = _run(text, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "Unknown", "Gamma"]
    assert _col(recs, "Rating") == ["Warm"] * 3
    assert qs == []


def test_a_bracket_repeating_the_rest_for_the_blanks_in_a_list_item() -> None:
    text = "- [ ] Email -> Email\n- [ ] Email Opt Out = true if hs_email_optout is \"true\", else false (blank = false)"
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "HasOptedOutOfEmail") == [False, False, True]


def test_false_or_blank_means_unticked_after_a_tick_rule() -> None:
    text = "Email Opt Out: tick it when unsubscribed from all email is \"true\". \"false\" or blank means unticked.\nEmail to Email."
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "HasOptedOutOfEmail") == [False, False, True]


def test_a_flag_on_whether_a_field_is_filled() -> None:
    recs, _ = _run("Email -> Email\nDoNotCall: phone empty -> true, phone has number -> false.", H, C, HS)
    assert _col(recs, "DoNotCall") == [False, True, True]
