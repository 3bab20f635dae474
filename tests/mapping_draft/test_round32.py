"""Round 32: a Tokyo product manager's formal numbered specification (set 109) and a Houston
marketing coordinator's run-on paragraphs (set 110) opened as training, and numbered policy
clauses written for this round in the register of a data-protection policy ('shall be
populated from', 'in the event that ... is not populated', 'shall not be transmitted'). The
silent readings found on the way: 'the member status shall be X, save that contacts who ...
shall be given Y' wrote only the exception, 'convert the stage by the following table: A -> B;
...' lost its first row, '(*) note: ...' wrote the Description, 'any other status maps to X'
and 'the text X for all the other statuses' wrote hs_lead_status, a run-on line read as one
request kept only some of its rules. Fresh wording throughout; the held-out texts are not copied."""

from __future__ import annotations

from tests.mapping_draft.test_round16 import HS, MC, SFC, SFL, C, H, L, M, _col, _run

# --- a document's framing: preambles, section headings, courtesy -----------------------------------


def test_a_policy_documents_preamble_and_section_headings_are_no_rules() -> None:
    text = (
        "Section 3 - Transfer of contact data\n"
        "3.1 Purpose. This section specifies how HubSpot contacts are transferred to Salesforce as Leads.\n"
        "3.2 The Email field shall be populated from the email address of the contact.\n"
        "3.3 The Company field shall be populated from the company name."
    )
    recs, qs = _run(text, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "", "Gamma"]
    assert qs == []


def test_a_specs_courtesy_and_request_sentences_are_no_rules() -> None:
    text = (
        "Thank you very much for your kind cooperation.\n"
        "We would like to request the following specification for the member import.\n"
        "1. email_address: email.\n"
        "2. merge_fields.FNAME: firstname.\n"
        "Please note that a value which contains only spaces is regarded as empty."
    )
    recs, qs = _run(text, H, M, HS)
    assert [r["merge_fields"]["FNAME"] for r in recs] == ["ann", "bo", "cy"]
    assert qs == []


def test_a_title_in_lenticular_brackets_and_a_numbered_section_word_are_headings() -> None:
    text = "【Lead items】\n1. Items\n1.1 Email: email.\n1.2 City: city.\n2. Exclusions\n2.1 No contact whose lifecycle stage is 'customer' shall be transferred."
    recs, qs = _run(text, H, L, HS)
    assert _col(recs, "City") == ["Lyon", "Bonn"]
    assert qs == []


# --- emptiness said formally -----------------------------------------------------------------------


def test_in_the_event_that_a_field_is_not_populated_its_default_is_used() -> None:
    text = "The Email field shall be populated from email. The Title field shall be populated from the job title; in the event that the job title is not populated, the value 'Not stated' shall be used."
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Title") == ["CEO", "Not stated", "CTO"]


def test_a_value_that_does_not_exist_is_an_empty_one() -> None:
    text = "1. Email: please set email as it is.\n2. Company: please set company. In case the value does not exist, please set 'Private person'."
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "Private person", "Gamma"]


def test_where_neither_is_populated_the_field_is_not_transmitted() -> None:
    text = (
        "The Email field shall be populated from email. The Phone field shall be populated from the phone; where the phone is not populated, "
        "the mobile phone shall be used instead. Where neither is populated, the Phone field shall not be transmitted."
    )
    recs, qs = _run(text, H, L, HS)
    assert _col(recs, "Phone") == ["(415) 555-0100", "212-555-0101", "<absent>"]
    assert qs == []


# --- records left out, said formally ---------------------------------------------------------------


def test_no_record_whose_condition_holds_shall_be_transferred() -> None:
    text = "2. Exclusions\n2.1 No contact whose lifecycle stage is 'customer' shall be transferred.\n3. Field mapping\n3.1 Email shall be copied from email."
    recs, qs = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["bo@beta.org", "cy@gamma.de"]
    assert qs == []


def test_records_who_opted_out_shall_not_be_transmitted() -> None:
    text = "Email shall be copied from email. Contacts who have opted out of email shall not be transmitted to Salesforce."
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org"]


def test_records_whose_field_is_empty_must_be_excluded_from_the_synchronisation() -> None:
    text = "Contacts whose company is empty must be excluded from the synchronization.\nEmail <- email\nCompany <- company"
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "Gamma"]


def test_a_target_line_is_an_only_filter_and_records_not_the_target_are_skipped() -> None:
    text = "Target: only the leads whose rating is 'Hot' or 'Warm'. Leads with an empty rating are not the target.\nemail <- Email"
    recs, _ = _run(text, "salesforce.Lead", H, SFL)
    assert [r["email"] for r in recs] == ["ann@acme.io", "cy@gamma.de"]


# --- a run-on line ---------------------------------------------------------------------------------


def test_a_run_on_line_is_cut_where_each_request_starts() -> None:
    text = (
        "ok so we need the hubspot contacts over in salesforce as leads and the email goes in Email and then the company name goes in Company "
        "and if there ain't no company just put 'Unknown' and the city goes in City like it is and also skip anybody whose lifecycle stage is customer "
        "cause we got them already"
    )
    recs, _ = _run(text, H, L, HS)
    assert recs == [
        {"Email": "bo@beta.org", "Company": "Unknown", "City": "Lyon"},
        {"Email": "cy@gamma.de", "Company": "Gamma", "City": "Bonn"},
    ]


def test_a_punctuated_paragraph_is_not_cut() -> None:
    # a typed paragraph keeps its own sentences: 'and then' inside one joins a template, it starts no request
    text = (
        "Email from email. Description is the company, then ' - ', and then the city; the sales team reads it in their list views "
        "every morning, so please keep it exactly in that order and with that separator."
    )
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "Description") == ["Acme - Austin", " - Lyon", "Gamma - Bonn"]


# --- values said formally --------------------------------------------------------------------------


def test_save_that_records_shall_be_given_a_value_is_an_exception() -> None:
    text = "(a) The email_address shall be the email.\n(b) The member status shall be 'subscribed', save that contacts who have opted out of email shall be given the status 'unsubscribed'."
    recs, _ = _run(text, H, M, HS)
    assert [r["status"] for r in recs] == ["subscribed", "subscribed", "unsubscribed"]  # silent before: only the exception was written


def test_the_portion_preceding_the_at_sign_shall_be_used() -> None:
    text = "email_address: email. merge_fields.FNAME: firstname; where the first name is not populated, the portion of the email address preceding the '@' shall be used."
    recs, _ = _run(text, H, M, [dict(HS[0], firstname=""), HS[1]])
    assert [r["merge_fields"]["FNAME"] for r in recs] == ["ann", "bo"]


def test_any_other_status_in_a_table_is_its_rest_not_a_field() -> None:
    text = "email is to be populated from Email. lifecyclestage is to be determined by the rating as follows: 'Hot' maps to 'customer'; 'Warm' maps to 'salesqualifiedlead'; any other status maps to 'lead'."
    recs, _ = _run(text, "salesforce.Lead", H, SFL)
    assert recs == [
        {"email": "ann@acme.io", "lifecyclestage": "customer"},
        {"email": "bo@beta.org", "lifecyclestage": "lead"},
        {"email": "cy@gamma.de", "lifecyclestage": "salesqualifiedlead"},
    ]  # silent before: hs_lead_status = 'lead' on every record


def test_the_text_for_all_the_other_values_is_the_rest_branch() -> None:
    text = "1. email_address <- email\n2. merge_fields.COMPANY: the text 'Client' when the lifecycle stage is 'customer'; the text 'Prospect' for all the other stages."
    recs, _ = _run(text, H, M, HS)
    assert [r["merge_fields"]["COMPANY"] for r in recs] == ["Client", "Prospect", "Prospect"]


def test_a_table_head_that_says_convert_by_the_following_table_keeps_its_first_row() -> None:
    text = "Email: email. LeadSource: please convert lifecyclestage by the following table: customer -> Existing Customer; lead -> Web; any other value -> Other."
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "LeadSource") == ["Existing Customer", "Web", "Other"]  # silent before: the customer row was lost


def test_a_note_mark_opens_a_remark_and_a_fact_about_the_data_is_no_rule() -> None:
    text = (
        "1. Email ← email.\n2. Phone ← phone; in case it does not exist, mobilephone.\n"
        "(*) note: every contact has at least one of the two numbers.\n(*) note: the phone is copied without any change of format."
    )
    recs, _ = _run(text, H, L, HS)
    assert recs[0] == {"Email": "ann@acme.io", "Phone": "(415) 555-0100"}  # silent before: Description = the phone
    assert all("Description" not in r for r in recs)


# --- bands and exclusions in more words (the never-opened sets' weakest rule kinds, by status) ------


def test_a_band_that_also_takes_the_blank_ones_keeps_them() -> None:
    text = "Email into Email. Set Rating from annual revenue: Hot when it's over 5M, Cold when it's under 1M or blank, and Warm for everything in the middle."
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold"]  # silent before: the blank revenue got no rating


def test_a_band_row_with_or_blank_is_two_rows() -> None:
    text = "Email into Email. Rating by annual revenue: over 5M -> Hot, under 1M or blank -> Cold, anything else -> Warm."
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold"]  # silent before: the blank one fell to 'Warm'


def test_when_we_have_no_figure_the_field_is_empty() -> None:
    text = "Email goes to Email. Rating: above 5,000,000 annual revenue it is Hot, below 1,000,000 it is Cold. When we have no revenue figure, treat it as Cold."
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Rating")[1] == "Cold"


def test_leave_a_group_out_of_this_sync_and_also_anybody_who() -> None:
    text = (
        "Please leave customers out of this sync (lifecycle stage 'customer'), and also anybody who unsubscribed from email (the opt-out is 'true'). "
        "Everyone else: email and last name go to Email and LastName."
    )
    recs, _ = _run(text, H, L, HS)
    assert recs == [{"Email": "bo@beta.org", "LastName": "NG"}]  # before: HasOptedOutOfEmail = the email (and a question)


def test_we_dont_want_two_groups_in_the_destination() -> None:
    text = "We don't want customers or opted-out contacts in Salesforce. For all remaining contacts: Email = email, Status = 'Open - Not Contacted'."
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["bo@beta.org"]


def test_two_exclusions_said_as_no_this_and_no_that() -> None:
    text = "Two exclusions for the lead push: no customers, and no one based in Germany.\nCopy email -> Email.\nLeadSource is always 'Web'."
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["bo@beta.org"]


def test_exclude_from_the_export_over_items_and_anyone_already_a_customer() -> None:
    text = "Exclude from the export:\n* anyone already a customer\n* anyone whose country is Germany\nThen for the rest, email to Email (a straight copy)."
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["bo@beta.org"]  # silent before: the customers were sent


def test_sync_just_the_records_whose_is_an_only_filter() -> None:
    text = "Sync just the contacts whose Country/Region is United States.\n- Email: email\n- LastName: lastname, uppercased"
    recs, _ = _run(text, H, L, HS)
    assert recs == [{"Email": "ann@acme.io", "LastName": "LEE"}]


def test_what_comes_after_the_at_sign_is_the_part_after_it() -> None:
    text = "Members to HubSpot contacts: email from email_address; company from COMPANY, and when COMPANY is blank use what comes after the @ in the email address."
    recs, _ = _run(text, M, H, MC)
    assert [r["company"] for r in recs] == ["Acme", "beta.org", "gamma.de"]  # silent before: the blank company stayed blank


def test_a_chain_said_with_or_if_there_is_no_and_neither_is_there() -> None:
    text = "Email: email. Company: the company, or the industry if there is no company, or 'Unknown' if neither is there."
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "Unknown", "Gamma"]  # silent before: a table comparing the company with 'neither is there'


def test_a_field_for_its_object_then_take_its_source() -> None:
    text = "Phone for leads: take the mobile, format it as E.164 (US by default), and don't send Phone at all if the mobile is empty. Email -> Email."
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Phone") == ["<absent>", "+12125550101", "<absent>"]
    assert all("MobilePhone" not in r for r in recs)  # silent before: MobilePhone from the mobile, Phone from the phone


def test_no_tags_at_all_said_as_an_empty_list() -> None:
    text = "Only contacts go to Mailchimp. email_address is their Email, status 'subscribed', and no tags at all (an empty tag list)."
    recs, _ = _run(text, C, M, [{"Email": "ann@acme.io"}])
    assert recs == [{"email_address": "ann@acme.io", "status": "subscribed", "tags": []}]


def test_one_verb_puts_two_sources_under_two_paths() -> None:
    text = "userId = Email. Put the mailing country under traits.address.country and the department under traits.company.department."
    recs, _ = _run(text, C, "segment.identify", [{"Email": "ann@acme.io", "MailingCountry": "Austria", "Department": "Sales"}])
    assert recs == [{"userId": "ann@acme.io", "traits": {"address": {"country": "Austria"}, "company": {"department": "Sales"}}}]


def test_a_bare_part_of_the_email_after_an_emptiness_is_the_fallback() -> None:
    text = "email <- email_address\ncompany <- COMPANY; if COMPANY is empty, the email's domain (the part after @)"
    recs, _ = _run(text, M, H, MC)
    assert recs == [
        {"email": "ann@acme.io", "company": "Acme"},
        {"email": "bo@beta.org", "company": "beta.org"},
        {"email": "cy@gamma.de", "company": "gamma.de"},
    ]  # before: email = the domain (and a question)


def test_a_dash_after_a_tables_head_and_after_a_field_path() -> None:
    text = (
        "One GA4 event per contact:\nclient_id - the contact's email\nevent name - 'purchase' for customers, 'generate_lead' for everyone else\n"
        "params.industry - the industry; if blank send 'unknown'"
    )
    recs, _ = _run(text, H, "ga4.events", HS)
    assert [r["events"][0] for r in recs] == [
        {"name": "purchase", "params": {"industry": "Software"}},
        {"name": "generate_lead", "params": {"industry": "unknown"}},
        {"name": "generate_lead", "params": {"industry": "Food"}},
    ]  # before: 'unknown' became an event name
    text = "userId is the Email. traits.team depends on Department - Sales gives 'Revenue', any other gives 'Other'."
    recs, _ = _run(text, C, "segment.identify", [{"Email": "ann@acme.io", "Department": "Sales"}, {"Email": "bo@beta.org", "Department": ""}])
    assert [r["traits"] for r in recs] == [{"team": "Revenue"}, {"team": "Other"}]  # before: traits.gives


def test_from_the_source_except_records_with_is_a_skip() -> None:
    text = "From SF leads into HubSpot, except leads with rating 'Cold'.\nemail = Email; city = City"
    recs, _ = _run(text, "salesforce.Lead", H, SFL)
    assert [r["email"] for r in recs] == ["ann@acme.io", "cy@gamma.de"]


def test_both_after_two_pairs_spreads_the_format() -> None:
    recs, _ = _run("Email Address is the email. FNAME is the first name and LNAME is the last name, both of them in title case.", H, M, HS)
    assert [r["merge_fields"]["FNAME"] for r in recs] == ["Ann", "Bo", "Cy"]  # 'both' still spreads the format


def test_no_other_values_need_handling_is_no_rule() -> None:
    text = "Map lifecycle stage to the lead Description: subscriber -> 'Newsletter', lead -> 'New', customer -> 'Client'. No other values need handling. Email to Email."
    recs, qs = _run(text, H, L, HS)
    assert _col(recs, "Description") == ["Client", "New", "Newsletter"]
    assert qs == []


def test_but_not_the_ones_whose_is_a_skip() -> None:
    text = "Members from Salesforce contacts, but not the ones whose Department is empty. email_address = Email."
    recs, qs = _run(text, C, M, SFC)
    assert [r["email_address"] for r in recs] == ["ann@acme.io"]
    assert qs == []


def test_a_calling_code_for_numbers_without_a_country_code_is_no_country_field() -> None:
    recs, _ = _run("Email from email. Phone in E.164 with +44 for numbers without a country code.", H, L, HS)
    assert _col(recs, "Phone") == ["+444155550100", "", ""]  # silent before: Phone read from the Country field


def test_a_title_before_an_only_filter_is_no_constant() -> None:
    text = "Germany-only lead export: only contacts with country 'Germany'. Company defaults to 'Unknown'. Email from email."
    recs, _ = _run(text, H, L, HS)
    assert recs == [{"Company": "Gamma", "Email": "cy@gamma.de"}]  # before: Country = 'Germany' written as a constant


def test_a_later_tag_item_for_contacts_whose_is_its_condition() -> None:
    text = "email_address = email. Tags, in this order: 'High Value' for contacts with annual revenue over 5,000,000; 'Customer' for contacts whose lifecycle stage is customer."
    recs, _ = _run(text, H, M, HS)
    assert [r["tags"] for r in recs] == [["High Value", "Customer"], [], []]


def test_a_pipe_table_pasted_without_its_separator_line() -> None:
    text = "| Salesforce | HubSpot | Notes |\n| Email | email | |\n| Company | company | 'Unknown' if empty |\n| Title | jobtitle | trimmed; 'n/a' if empty |"
    recs, qs = _run(text, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "Unknown", "Gamma"]
    assert qs == []


def test_copies_even_when_they_are_empty_ask_no_condition() -> None:
    text = "For the Lead object: the email should land in Email, first name in FirstName and company in Company, even when they're empty."
    recs, qs = _run(text, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "", "Gamma"]
    assert qs == []


def test_map_the_address_to_the_fields_one_for_one_reads_every_pair() -> None:
    text = "Map the contact's address to the Mailing fields one for one: City to MailingCity, State/Region to MailingState, Country/Region to MailingCountry. Email to Email."
    recs, _ = _run(text, H, C, HS)
    assert [(r["MailingCity"], r["MailingCountry"]) for r in recs] == [("Austin", "United States"), ("Lyon", ""), ("Bonn", "Germany")]


def test_conditional_tags_joined_by_and_are_two_items() -> None:
    text = "email_address from email. Conditional tags: add 'VIP' if annual revenue > 1,000,000 and 'Customer' if lifecyclestage == customer."
    recs, _ = _run(text, H, M, HS)
    assert [r["tags"] for r in recs] == [["VIP", "Customer"], [], []]


def test_an_omission_inside_a_formats_bracket_and_capital_first_letters() -> None:
    text = (
        "For the leads please: E-Mail => Email, Mobile => Phone (E.164 format, we assume US numbers; if there is no mobile, the field stays away). "
        "First and last name should be written with capital first letter (Title Case)."
    )
    recs, _ = _run(text, H, L, HS)
    assert recs == [
        {"Email": "ann@acme.io", "FirstName": "Ann", "LastName": "Lee"},
        {"Email": "bo@beta.org", "Phone": "+12125550101", "FirstName": "Bo", "LastName": "Ng"},
        {"Email": "cy@gamma.de", "FirstName": "Cy", "LastName": "Oz"},
    ]  # silent before: an empty Phone sent, only the last name title-cased


def test_a_value_table_without_a_header_under_its_lead_in_keeps_its_first_row() -> None:
    text = "Email: email. Description from the lifecycle stage:\n| customer | Client |\n| lead | New |\n| subscriber | Newsletter |"
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Description") == ["Client", "New", "Newsletter"]  # silent before: customers got 'New'
    text = "Email: email. Description from the lifecycle stage:\n| Lifecycle stage | Description |\n| customer | Client |\n| lead | New |\n| subscriber | Newsletter |"
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Description") == ["Client", "New", "Newsletter"]  # a header that names the fields stays a header


def test_more_than_n_in_a_field_and_a_bracket_that_leaves_the_blank_ones_out() -> None:
    text = (
        "Only contacts with more than 1,000,000 in annual revenue (empty revenue = not sent) become a GA4 'qualified_lead' event. "
        "client_id: the part of the email before the @. params.value: annual revenue as a number. params.currency: 'USD'."
    )
    recs, _ = _run(text, H, "ga4.events", HS)
    assert recs == [{"client_id": "ann", "events": [{"name": "qualified_lead", "params": {"value": 12000000, "currency": "USD"}}]}]
    # silent before: only the contact with a blank revenue was sent (a keep-if-empty filter), with no event name


def test_everything_except_a_group_goes_over() -> None:
    recs, qs = _run("Everything except customers goes to Salesforce. Email = email. LeadSource = 'Web' for all.", H, L, HS)
    assert _col(recs, "Email") == ["bo@beta.org", "cy@gamma.de"]
    assert qs == []


def test_skip_it_if_there_is_none_in_a_bracket_leaves_the_field_out() -> None:
    recs, _ = _run("userId = email. traits.revenue = annual revenue as a number (skip it if there's none).", H, "segment.identify", HS)
    assert [r.get("traits", {}).get("revenue", "<absent>") for r in recs] == [12000000, "<absent>", 800000]  # before: '' sent (and a question)


def test_when_a_record_comes_over_is_the_moment_of_the_sync() -> None:
    text = "When a lead comes over to HubSpot, the email maps to email, the city to city, and the lifecycle stage should be 'lead' unless the lead's rating is Hot, in which case make it 'salesqualifiedlead'."
    recs, _ = _run(text, "salesforce.Lead", H, SFL)
    assert [r["lifecyclestage"] for r in recs] == ["salesqualifiedlead", "lead", "lead"]  # before: nothing was read


def test_a_flag_with_its_values_in_a_bracket() -> None:
    text = "The Salesforce contact needs: Email (the HubSpot email) and HasOptedOutOfEmail (true if the opt-out is 'true'; false otherwise, including when it's blank)."
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "HasOptedOutOfEmail") == [False, False, True]  # before: the opt-out's text copied


def test_identify_every_record_with_a_key_and_traits() -> None:
    text = "Identify every Salesforce contact with userId = lower(Email) and traits: firstName = FirstName, title = Title (omit if empty)."
    recs, qs = _run(text, C, "segment.identify", SFC)
    assert recs == [
        {"userId": "ann@acme.io", "traits": {"firstName": "Ann", "title": "CTO"}},
        {"userId": "bo@beta.org", "traits": {"firstName": "Bo"}},
    ]  # before: no userId
    assert qs == []
