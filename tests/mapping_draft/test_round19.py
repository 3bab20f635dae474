"""Round 19: sets 52-53 opened as training (a Melbourne manager's bullet notes, RFC 2119 MUST
rules), then sets 55 and 58 (a Zapier power user's zap steps, an Edinburgh ops lead's FAQ). Each
test words a family the drafter misread in fresh sentences of its own and previews the draft on
records, so a reading is judged by what it writes. Several were silent wrongs before: a date
format asked for one field written onto an email copied in the same sentence, a country named in
a filter taken as the E.164 region instead of the one the phone rule names, 'A number without a
country code MUST be treated as a US number' read as State <- country, '(default country
Australia), leave it off if blank' read as a fallback to the country, a value table said beside
other rules read as a constant with a default, and an empty opt-out 'treated as not unsubscribed'
read as a copy of the opt-out."""

from __future__ import annotations

from syncwright.mapping.draft.service import draft_mapping
from tests.mapping_draft.test_round16 import HS, MC, SFC, SFL, C, H, L, M, S, _col, _records, _run

# --- phone regions (sets 52-53) -------------------------------------------------------------------


def test_a_number_without_a_country_code_treated_as_a_named_country_is_the_region() -> None:
    text = ("The Email field MUST be the contact's email. Phone MUST hold the office phone in E.164 format. "
            "A number without a country code MUST be treated as a German (+49) number.")
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "Phone") == ["+494155550100", "", ""]
    assert "State" not in recs[0] and not questions


def test_the_region_the_phone_rule_names_wins_over_a_country_in_a_filter_of_the_same_sentence() -> None:
    text = ("- skip anyone in Germany (country 'Germany')\n- Email from email\n"
            "- MobilePhone = mobile in E.164 with Australia as the default country\n")
    recs = _records(text, H, L, HS)
    assert _col(recs, "MobilePhone") == ["", "+612125550101"]


def test_defaulting_to_a_country_code_and_a_bracketed_default_country_are_regions() -> None:
    recs = _records("userId = email. traits.phone is the office phone in E.164, defaulting to the UK country code.", H, S, HS)
    assert recs[0]["traits"]["phone"] == "+444155550100"
    recs = _records("userId = email\n- traits.phone = mobile in E.164 (default country Australia), leave it off if blank", H, S, HS)
    assert [r.get("traits", {}).get("phone", "<absent>") for r in recs] == ["<absent>", "+612125550101", "<absent>"]


# --- bullet notes (set 52) ------------------------------------------------------------------------


def test_no_field_question_then_leave_it_off_without_then() -> None:
    text = "* Email from email\n* MobilePhone = the mobile in E.164\n* no mobile? just leave MobilePhone off\n"
    assert _col(_records(text, H, L, HS), "MobilePhone") == ["<absent>", "+12125550101", "<absent>"]


def test_a_heading_naming_the_records_before_a_skip_and_a_blank_aside() -> None:
    text = "Leads for the spring clean:\n- skip contacts with no industry (blank)\n- Email = email\n"
    recs = _records(text, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "cy@gamma.de"]
    assert "LeadSource" not in recs[0] and "Industry" not in recs[0]


def test_only_records_then_skip_the_rest_is_one_filter() -> None:
    text = "German leads only:\n* only send contacts where country is 'Germany' - skip everyone else\n* Email from email\n"
    assert _col(_records(text, H, L, HS), "Email") == ["cy@gamma.de"]


def test_an_example_in_brackets_is_no_value() -> None:
    text = "- Email = email\n- FirstName = just the first word of the company (so 'Acme Corp' -> 'Acme')\n"
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "FirstName") == ["Acme", "", "Gamma"]
    assert not questions


def test_no_tags_send_an_empty_list() -> None:
    recs = _records("* email_address = email\n* no tags - just send an empty tag list\n", H, M, HS)
    assert _col(recs, "tags") == [[], [], []]
    recs = _records("email_address MUST be the email. The tags MUST be passed as an empty array; no tags are to be added.", H, M, HS)
    assert _col(recs, "tags") == [[], [], []]


def test_a_date_format_goes_to_the_date_never_to_an_email_in_the_same_sentence() -> None:
    text = "- userId from email\n- traits.address.city = city in capitals\n- traits.createdAt = create date, just the date bit\n"
    recs = _records(text, H, S, HS)
    assert _col(recs, "userId") == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"]
    assert [r["traits"]["createdAt"] for r in recs] == ["2023-03-14", "2023-07-02", "2022-11-20"]
    assert recs[0]["traits"]["address"]["city"] == "AUSTIN"


def test_a_value_table_beside_other_rules_in_one_note() -> None:
    text = "• email = email_address\n• company = COMPANY merge field, 'None' when blank\n• lifecyclestage 'customer' for VIPs, 'lead' for everyone else\n"
    recs = _records(text, M, H, MC)
    assert _col(recs, "lifecyclestage") == ["customer", "lead", "lead"]
    assert _col(recs, "company") == ["Acme", "None", "None"]


def test_an_assignment_with_an_at_sign_beside_an_event_name_table() -> None:
    text = ("* client_id = the part of the email before the @\n"
            "* event name: 'big_lead' when lifecycle stage is customer, otherwise 'small_lead'\n")
    recs = _records(text, H, "ga4.events", HS)
    assert _col(recs, "client_id") == ["ann", "bo", "cy"]
    assert [r["events"][0]["name"] for r in recs] == ["big_lead", "small_lead", "small_lead"]


def test_a_read_only_destination_field_is_a_question_not_a_silent_drop() -> None:
    r = draft_mapping("- email from Email\n- hs_analytics_source from LeadSource: Web -> ORGANIC_SEARCH, anything else -> OFFLINE\n",
                      "salesforce.Lead", "hubspot.contacts")
    assert any("hs_analytics_source is read-only" in q["question"] for q in r.questions)


# --- RFC 2119 rules (set 53) ----------------------------------------------------------------------


def test_fields_not_listed_must_not_be_sent_asks_nothing() -> None:
    for rider in ("Fields not listed here MUST NOT be populated.", "Traits not named in R1-R2 MUST NOT be sent.",
                  "Other properties MUST NOT be written.", "Lead fields not enumerated above SHALL NOT be set."):
        recs, questions = _run(f"R1. Email MUST be the contact's email.\n{rider}", H, L, HS)
        assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"] and not questions, rider


def test_must_map_to_rows_and_a_rest_row_with_the_blank() -> None:
    text = ("Industry MUST be derived from the contact's industry: \"Software\" MUST map to \"Tech\" and \"Food\" MUST map to \"Retail\". "
            "Any other industry, or an empty industry, MUST map to \"Misc\". Email MUST be the email.")
    assert _col(_records(text, H, L, HS), "Industry") == ["Tech", "Misc", "Retail"]


def test_consist_of_followed_by_is_a_template() -> None:
    text = "Email MUST be the email. Description MUST consist of the contact's city, followed by a comma and a single space, followed by the state."
    assert _col(_records(text, H, L, HS), "Description") == ["Austin, TX", "Lyon, ", "Bonn, NW"]


def test_an_empty_opt_out_must_be_treated_as_not_unsubscribed_is_no_rule() -> None:
    text = ("Contacts whose hs_email_optout is \"true\" MUST NOT be synced.\n"
            "Note: an empty opt-out flag MUST be treated as not opted out; such contacts are synced.\nEmail MUST be the email.")
    recs = _records(text, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org"]
    assert "HasOptedOutOfEmail" not in recs[0]


def test_must_additionally_be_tagged_after_another_tag() -> None:
    text = ("email_address MUST be the email. Every member MUST be tagged \"crm\". "
            "A member whose lifecycle stage is customer MUST additionally be tagged \"paying\", after \"crm\". "
            "Tags MUST appear in the order given above. Note: an empty number of employees MUST NOT produce the \"big\" tag. "
            "A member whose number of employees is greater than 100 MUST also be tagged \"big\".")
    assert _col(_records(text, H, M, HS), "tags") == [["crm", "paying", "big"], ["crm"], ["crm"]]


def test_a_default_that_names_its_dotted_field_again() -> None:
    text = "userId MUST be the email. traits.company.name MUST be the company; when it is empty, traits.company.name MUST be \"n/a\"."
    recs, questions = _run(text, H, S, HS)
    assert [r["traits"]["company"]["name"] for r in recs] == ["Acme", "n/a", "Gamma"]
    assert not questions


# --- an FAQ of questions and answers (set 58) -----------------------------------------------------


def test_faq_questions_name_the_field_their_answer_fills() -> None:
    text = ("FAQ: contacts into Salesforce.\n\nQ: What do we match on?\nA: The email address.\n\n"
            "Q: What goes into Title?\nA: Their job title; if they haven't given one, 'None given'.\n\n"
            "Q: And Company?\nA: The company name. Salesforce needs one, so where it's blank we put 'n/a'.")
    recs = _records(text, H, L, HS)
    assert _col(recs, "Title") == ["CEO", "None given", "CTO"]
    assert _col(recs, "Company") == ["Acme", "n/a", "Gamma"]
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"]


def test_faq_dash_answers_who_is_skipped_and_do_we_send() -> None:
    text = ("Who gets skipped? — Anyone whose lifecycle stage is lead.\n"
            "What do we match on? — The email address, as it is.\n"
            "Do we send the city? — Yes, as it stands, but only when there is one.\n"
            "Which number goes into Phone? — Their office phone. If that's empty, use their mobile instead.")
    recs = _records(text, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "cy@gamma.de"]
    assert _col(recs, "City") == ["Austin", "Bonn"]
    assert _col(recs, "Phone") == ["(415) 555-0100", ""]


def test_faq_answers_about_a_container_and_ga4_params() -> None:
    text = ("Q: Which id do we use? A: userId, set to the email.\n"
            "Q: What goes under traits.company? A: name is the company name. industry is copied across.")
    recs = _records(text, H, S, HS)
    assert recs[0]["traits"]["company"] == {"name": "Acme", "industry": "Software"}
    text = ("Q: What's the client_id? A: The fixed value 'crm-sync' for every contact. That's the match key.\n"
            "Q: Which event do we send? A: One sign_up event per contact.\n"
            "Q: What params does it carry? A: city, copied as is; and stage, which is the lifecycle stage.")
    recs = _records(text, H, "ga4.events", HS)
    assert _col(recs, "client_id") == ["crm-sync"] * 3
    assert recs[0]["events"] == [{"name": "sign_up", "params": {"city": "Austin", "stage": "customer"}}]


def test_faq_who_is_a_flag_and_a_table_said_from_a_field() -> None:
    text = ("Q: How are members matched up? A: On the email address.\n"
            "Q: Who's VIP? A: Anyone whose lifecycle stage is customer; vip is false for everyone else.\n"
            "Q: And language? A: Based on country: Germany and Austria are 'de', United States is 'en'.")
    recs = _records(text, H, M, HS)
    assert _col(recs, "vip") == [True, False, False]
    assert _col(recs, "language") == ["en", "", "de"]


def test_a_question_in_ordinary_prose_is_not_an_faq() -> None:
    text = "Email from email. MobilePhone from the mobile. No mobile? Then use the office phone."
    assert _col(_records(text, H, L, HS), "MobilePhone") == ["(415) 555-0100", "212-555-0101", ""]


def test_faq_words_no_x_no_field_and_tags_added_after() -> None:
    text = ("email_address is the email. Tags: everybody gets 'crm' first. Companies with more than 100 employees add 'big' after it. "
            "If the employee count is blank, there's no 'big' tag.")
    assert _col(_records(text, H, M, HS), "tags") == [["crm", "big"], ["crm"], ["crm"]]
    text = "email_address is the Email. Tags: everybody gets 'crm' first, and contacts in the Sales department add 'sales' at the end."
    assert _col(_records(text, C, M, SFC), "tags") == [["crm", "sales"], ["crm"]]
    recs = _records("Email is the email. City as it stands. State from state. No state, no State field on the lead.", H, L, HS)
    assert _col(recs, "City") == ["Austin", "Lyon", "Bonn"]
    assert _col(recs, "State") == ["TX", "<absent>", "NW"]


# --- a Zapier zap (set 55) ------------------------------------------------------------------------


def test_zap_steps_feed_the_action_lines() -> None:
    text = ("Trigger: New Contact in HubSpot\n"
            "Step 1 - Filter: only continue if Lifecycle Stage does not exactly match subscriber\n"
            "Step 2 - Formatter (Text > Uppercase): Email\n"
            "Step 3 - Formatter (Utilities > Lookup Table), lookup key = Industry:\n"
            "  Software -> Tech\n  Food -> Retail\n  Fallback value: Other\n"
            "Action: Salesforce - Create/Update Lead, matched on Email\n"
            "  Email: step 2 output\n  Industry: step 3 output\n  Lead Source: 'Web' on every lead\n")
    recs = _records(text, H, L, HS)
    assert _col(recs, "Email") == ["ANN@ACME.IO", "BO@BETA.ORG"]
    assert _col(recs, "Industry") == ["Tech", "Other"]
    assert _col(recs, "LeadSource") == ["Web", "Web"]


def test_zap_phone_and_split_text_steps_and_field_lines_written_destination_first() -> None:
    text = ("Step 1 - Formatter (Numbers > Format Phone Number) on Phone Number, E.164, default country UK. "
            "When Phone Number is blank, feed it Mobile Phone Number instead.\n"
            "Step 2 - Formatter (Text > Split Text) on Email, separator @, first segment\n"
            "Action: Salesforce - Create/Update Lead (find the existing lead by Email)\n"
            "Email -> Email\nPhone -> step 1 output\nLast Name -> step 2\nCompany -> Company Name, Default value 'None'\n")
    recs = _records(text, H, L, HS)
    assert _col(recs, "Phone") == ["+444155550100", "+442125550101", ""]
    assert _col(recs, "LastName") == ["ann", "bo", "cy"]
    assert _col(recs, "Company") == ["Acme", "None", "Gamma"]


def test_zap_one_step_for_two_fields_and_an_inline_lookup_table() -> None:
    text = ("Step 1 - Formatter (Text > Title Case) on First Name and on Last Name\n"
            "Action: Mailchimp - Add/Update Subscriber (Email Address = Email)\n"
            "  FNAME, LNAME -> step 1\n"
            "  Language -> Lookup Table on Country: Germany -> de, United States -> en, Fallback value fr\n")
    recs = _records(text, H, M, HS)
    assert [r["merge_fields"] for r in recs] == [{"FNAME": "Ann", "LNAME": "Lee"}, {"FNAME": "Bo", "LNAME": "Ng"}, {"FNAME": "Cy", "LNAME": "Oz"}]
    assert _col(recs, "language") == ["en", "fr", "de"]


def test_zap_an_unquoted_default_of_several_words_is_a_value_not_a_field() -> None:
    text = ("Action: Segment - Identify (User ID -> Email)\n"
            "traits.address.country -> Country; if it's blank use United Kingdom as the default\n"
            "traits.address.city -> City, fallback Unknown Town\n")
    recs = _records(text, H, S, HS)
    assert [r["traits"]["address"] for r in recs] == [
        {"country": "United States", "city": "Austin"}, {"country": "United Kingdom", "city": "Lyon"}, {"country": "Germany", "city": "Bonn"}]
    assert _col(recs, "userId") == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"]


def test_zap_words_dont_map_neither_number_and_skip_the_field() -> None:
    text = ("Action: Salesforce - Update Lead, search by Email\nEmail -> Email\n"
            "Phone -> Phone Number in E.164; if it's empty use Mobile Phone Number. If the contact has neither number, don't map Phone at all\n"
            "Mobile Phone -> Mobile Phone Number (skip the field when the contact has no mobile)\n")
    recs = _records(text, H, L, HS)
    assert _col(recs, "Phone") == ["+14155550100", "+12125550101", "<absent>"]
    assert _col(recs, "MobilePhone") == ["<absent>", "212-555-0101", "<absent>"]


def test_an_unquoted_picklist_value_when_the_table_field_is_empty_is_its_blank_row() -> None:
    text = ("Email is the email. Rating from the number of employees: more than 100 is Hot; 100 or under is Warm. "
            "If HubSpot has no employee count at all, the lead is Cold.")
    assert _col(_records(text, H, L, HS), "Rating") == ["Hot", "Cold", "Warm"]


# --- decision trees (set 61) ----------------------------------------------------------------------


def test_a_field_over_branches_asking_whether_a_field_is_there_is_a_chain() -> None:
    text = ("Email -> Email, match on it.\nMobilePhone:\n  Has a mobile? -> use it, E.164, assume US\n"
            "  No mobile? -> use the office phone instead, same E.164\n  Neither? -> leave MobilePhone off the lead\n")
    assert _col(_records(text, H, L, HS), "MobilePhone") == ["+14155550100", "+12125550101", "<absent>"]


def test_a_question_over_yes_and_no_with_a_nested_question_is_a_table() -> None:
    text = ("Is the contact a customer (lifecycle stage = customer)?\n  yes -> Rating 'Hot'\n  no -> is the number of employees over 100?\n"
            "     yes -> 'Warm'\n     no -> 'Cold'\nEmail -> Email, that's the match key.\n")
    assert _col(_records(text, H, L, HS), "Rating") == ["Hot", "Cold", "Cold"]
    text = ("Email -> Email.\nRating:\n  lifecycle stage lead? -> 'Warm'\n  not a lead -> is the industry Food?\n      Y -> 'Hot'\n      N -> 'Cold'\n")
    assert _col(_records(text, H, L, HS), "Rating") == ["Cold", "Warm", "Hot"]


def test_a_question_over_send_and_skip_is_a_filter() -> None:
    text = "Is the lifecycle stage customer or subscriber?\n  ✔ -> send it to Salesforce\n  ✘ -> skip\nEmail -> Email (match key)\n"
    assert _col(_records(text, H, L, HS), "Email") == ["ann@acme.io", "cy@gamma.de"]
    text = "Opted out of email (hs_email_optout = \"true\")? -> skip them.\nEmail -> Email, our match key.\n"
    assert _col(_records(text, H, L, HS), "Email") == ["ann@acme.io", "bo@beta.org"]


def test_branches_on_values_and_on_ticks_are_a_value_table() -> None:
    text = ("email_address = email (match key).\nstatus:\n  hs_email_optout \"true\"? -> unsubscribed\n  \"false\"? -> subscribed\n"
            "  blank? -> pending\nvip:\n  lifecycle stage customer? ✔ -> true\n  anything else ✘ -> false\n")
    recs = _records(text, H, M, HS)
    assert _col(recs, "status") == ["subscribed", "pending", "unsubscribed"]
    assert _col(recs, "vip") == [True, False, False]


def test_one_line_arrows_for_blanks_inside_field_lines() -> None:
    text = ("email <- Email (match key)\ncompany <- Company; blank -> 'Unknown'\n"
            "phone <- Phone in E.164, UK by default; blank Phone -> no phone property at all\n")
    recs = _records(text, L, H, SFL)
    assert _col(recs, "company") == ["Unknown", "Unknown", "Unknown"]
    assert _col(recs, "phone") == ["+442079460321", "<absent>", "<absent>"]
    recs = _records("client_id is email. params.value = annual revenue as a number; no revenue? -> 0\n", H, "ga4.events", HS)
    assert [r["events"][0]["params"]["value"] for r in recs] == [12000000, 0, 800000]
