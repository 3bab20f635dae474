"""Round 18: sets 46-48 opened as training (a Toronto ABM lead's polite questions, a Dublin
compliance manager's negatives and exclusions, a US intern's hedges and typos). Each test words
a family the drafter misread in fresh sentences of its own and previews the draft on records,
so a reading is judged by what it writes. Several were silent wrongs before: 'contacts with no
X are treated as V' read as a row keyed 'contacts with', a blank row replacing the table's
'otherwise', a three-step chain applying the last step's transform to the second field, a
table's rest row keyed 'anything else', 'is none of A, B' read as 'is empty', 'is explicitly
'false'' read as 'is true', 'there is a phone number' read as 'phone is there', 'Everyone is
'subscribed', and the email address is the email' writing 'subscribed' into the address."""

from __future__ import annotations

from tests.mapping_draft.test_round16 import HS, MC, SFL, C, G, H, L, M, S, _col, _records, _run

# --- polite questions (set 46) ------------------------------------------------------------------


def test_a_polite_request_after_a_conditions_comma_is_a_fallback() -> None:
    text = "Email is the email. Phone is the office phone. If there's no office phone, would it be possible to use the mobile number instead?"
    assert _col(_records(text, H, L, HS), "Phone") == ["(415) 555-0100", "212-555-0101", ""]


def test_a_question_naming_what_a_field_is_calculated_from_heads_the_bands() -> None:
    text = ("Could the Rating be calculated from the annual revenue? Above 1,000,000 would be 'Hot', and anything else 'Cold'. "
            "The email as usual.")
    assert _col(_records(text, H, L, HS), "Rating") == ["Hot", "Cold", "Cold"]


def test_contacts_with_no_value_treated_as_a_band_value_in_the_same_sentence() -> None:
    text = ("Email is email. Rating from the number of employees: above 100 'Hot', otherwise 'Warm'; "
            "contacts with no employee count are treated as 'Cold'.")
    assert _col(_records(text, H, L, HS), "Rating") == ["Hot", "Cold", "Warm"]


def test_a_blank_row_said_after_the_table_keeps_its_otherwise() -> None:
    text = "Email is email. Rating from the number of employees: more than 100 'Hot', otherwise 'Warm'. If the employee count is empty, Rating is 'Cold'."
    assert _col(_records(text, H, L, HS), "Rating") == ["Hot", "Cold", "Warm"]


def test_copies_listed_with_a_default_said_after_with() -> None:
    text = "Could the email, company and job title be copied across, with the Title set to 'None given' whenever the job title is blank?"
    recs = _records(text, H, L, HS)
    assert _col(recs, "Title") == ["CEO", "None given", "CTO"]
    assert _col(recs, "Company") == ["Acme", "", "Gamma"]


def test_is_to_be_copied_and_should_be_copied_across_are_copies() -> None:
    text = "The email is to be copied as is. First name and last name should be copied across unchanged."
    recs = _records(text, H, L, HS)
    assert _col(recs, "FirstName") == ["ann", "bo", "cy"]
    assert _col(recs, "LastName") == ["LEE", "NG", "OZ"]


def test_rows_written_a_to_b_after_translated_as_follows() -> None:
    text = "Map the email. The industry is to be translated for Salesforce as follows: Software to Technology, and Food stays Food."
    assert _col(_records(text, H, L, HS), "Industry") == ["Technology", "", "Food"]


def test_ticked_and_left_unticked_and_tick_whenever_a_field_is_empty() -> None:
    text = ("Could Email Opt Out be ticked (true) for contacts whose hs_email_optout is 'true', and left unticked (false) for everyone else? "
            "Would it also be possible to tick Do Not Call whenever the phone is empty, and have it false if there is one? The email as usual.")
    recs = _records(text, H, C, HS)
    assert _col(recs, "HasOptedOutOfEmail") == [False, False, True]
    assert _col(recs, "DoNotCall") == [False, True, True]


def test_a_required_field_could_it_be_taken_from_a_chain() -> None:
    text = "Map email. Last Name is required on the Contact, so could it be taken from the last name, or from the first name when the last name is empty?"
    rows = [HS[0], {**HS[1], "lastname": ""}]
    assert _col(_records(text, H, C, rows), "LastName") == ["LEE", "bo"]


def test_limit_this_to_contacts_whose_source_is_one_of_labels() -> None:
    text = "Could we limit this to contacts whose lifecycle stage is Customer or Lead? The email is to be copied over."
    assert _col(_records(text, H, L, HS), "Email") == ["ann@acme.io", "bo@beta.org"]


def test_a_copy_said_after_a_leave_off_is_its_own_rule() -> None:
    text = "Mobile Phone in E.164. When there's no mobile, Mobile Phone is to be left off, and the email copied over unchanged."
    recs = _records(text, H, C, HS)
    assert _col(recs, "MobilePhone") == ["<absent>", "+12125550101", "<absent>"]
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"]


def test_tags_with_an_elided_verb_and_order_words_and_an_aside() -> None:
    text = ("Every member should be tagged 'crm'. Could customers also get a 'paying' tag after that, and anyone with annual revenue "
            "over 1,000,000 a 'big' tag at the end (our segments key off that one)? Map the email.")
    assert _col(_records(text, H, M, HS), "tags") == [["crm", "paying", "big"], ["crm"], ["crm"]]


def test_the_address_traits_scope_and_a_bracketed_default() -> None:
    text = ("User ID is the email. For the address traits, the city should be in upper case. Under the company traits, the company name "
            "is to come from the company field (with 'Independent' put in when it's empty).")
    recs = _records(text, H, S, HS)
    assert [r["traits"] for r in recs] == [
        {"address": {"city": "AUSTIN"}, "company": {"name": "Acme"}},
        {"address": {"city": "LYON"}, "company": {"name": "Independent"}},
        {"address": {"city": "BONN"}, "company": {"name": "Gamma"}},
    ]


def test_could_that_one_be_left_off_after_an_either_condition() -> None:
    text = ("User ID is the email. Under traits.company, the industry from industry and the employee count from the number of employees. "
            "When the industry or the employee count is blank, could that one be left off?")
    assert [r.get("traits", {}) for r in _records(text, H, S, HS)] == [
        {"company": {"industry": "Software", "employee_count": "120"}}, {}, {"company": {"industry": "Food", "employee_count": "8"}},
    ]


def test_event_params_said_once_for_two_and_an_event_each_contact_gets() -> None:
    text = ("Would it be possible to send only contacts with fewer than 100 employees? Anyone with no employee count is to be skipped as well. "
            "The client ID should be the part of the email before the @, and the user ID the full email. Could each of them get one "
            "'sign_up' event? Its currency parameter should be 'EUR', and the value parameter the annual revenue as a number.")
    recs = _records(text, H, G, HS)
    assert recs == [{"client_id": "cy", "user_id": "cy@gamma.de", "events": [{"name": "sign_up", "params": {"currency": "EUR", "value": 800000}}]}]


def test_a_merge_field_named_by_a_capitalised_word() -> None:
    text = "The email from the email address. The company is to be copied from the Company merge field."
    assert _col(_records(text, M, H, MC), "company") == ["Acme", "", ""]


def test_rows_said_with_would_be_and_picklist_labels_as_values() -> None:
    text = ("Email to email. Could the HubSpot Lead Status be filled from the Rating, please? Hot would be Open Deal, Warm would be "
            "In Progress, and Cold would be Unqualified.")
    assert _col(_records(text, L, H, SFL), "hs_lead_status") == ["OPEN_DEAL", "UNQUALIFIED", "IN_PROGRESS"]


def test_unquoted_and_quoted_labels_of_a_picklist_are_its_values() -> None:
    text = "Email to email. Could the lifecycle stage be Marketing Qualified Lead for Hot leads and Subscriber for any other rating?"
    assert _col(_records(text, L, H, SFL), "lifecyclestage") == ["marketingqualifiedlead", "subscriber", "subscriber"]
    quoted = "Email to email. The lifecycle stage should be 'Sales Qualified Lead' for Hot leads and 'Lead' for any other rating."
    assert _col(_records(quoted, L, H, SFL), "lifecyclestage") == ["salesqualifiedlead", "lead", "lead"]


def test_a_single_tag_from_a_table_with_a_rest_row() -> None:
    text = "Map the email. Could we give each member a single tag based on their lifecycle stage: customer becomes 'paying', lead becomes 'warm', and 'other' for any other stage?"
    assert _col(_records(text, H, M, HS), "tags") == [["paying"], ["warm"], ["other"]]


def test_none_of_a_list_is_a_negated_list_not_emptiness() -> None:
    text = "Map the email. Contacts whose lifecycle stage is customer get the tag 'a'; contacts whose lifecycle stage is none of customer, lead get the tag 'b'."
    assert _col(_records(text, H, M, HS), "tags") == [["a"], [], ["b"]]


# --- negatives and exclusions (set 47) ------------------------------------------------------------


def test_a_dial_code_assumed_for_numbers_without_one_is_the_region() -> None:
    text = "Map email. Phone is the mobile, normalised to E.164 with +44 assumed for numbers that carry no country code."
    rows = [{**HS[1], "mobilephone": "020 7946 0321"}]
    assert _col(_records(text, H, L, rows), "Phone") == ["+442079460321"]


def test_only_contacts_that_may_be_pushed_somewhere_keep_their_value() -> None:
    text = "Only contacts whose country is Germany may be pushed to Salesforce as leads. Copy the email as is."
    assert _col(_records(text, H, L, HS), "Email") == ["cy@gamma.de"]


def test_explicitly_false_is_false_and_not_blank() -> None:
    text = "Only contacts whose hs_email_optout is explicitly 'false' may be added to this audience. The email address is the email."
    assert _col(_records(text, H, M, HS), "email_address") == ["ann@acme.io"]


def test_under_no_circumstances_should_a_contact_be_created_is_a_skip() -> None:
    text = "Under no circumstances should a contact whose lifecycle stage is lead be created as a lead. The email may be copied as it is."
    assert _col(_records(text, H, L, HS), "Email") == ["ann@acme.io", "cy@gamma.de"]


def test_failing_that_and_failing_both_make_one_chain_of_three() -> None:
    text = "Email as is. Company is mandatory in Salesforce, so use the company; failing that, the city; and failing both, the part of the email after the @."
    rows = [HS[0], {**HS[1], "city": ""}, {**HS[2], "company": ""}]
    recs = _records(text, H, L, rows)
    assert _col(recs, "Company") == ["Acme", "beta.org", "Bonn"]
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"]


def test_not_to_be_populated_where_blank_is_a_leave_off() -> None:
    text = ("Email as is. State is to be upper-cased, but where it is blank State must not be populated at all. "
            "Title comes from the job title, except where the job title is blank, in which case Title is not to be populated at all. "
            "NumberOfEmployees must be a whole number, and unless an employee count is present it is to be left off the lead entirely.")
    recs = _records(text, H, L, HS)
    assert _col(recs, "State") == ["TX", "<absent>", "NW"]
    assert _col(recs, "Title") == ["CEO", "<absent>", "CTO"]
    assert _col(recs, "NumberOfEmployees") == [120, "<absent>", 8]


def test_a_joined_text_left_out_where_its_field_is_not_recorded() -> None:
    text = "userId is the email. traits.description should read 'Industry: ' followed by the industry; where no industry is recorded, traits.description must be left out entirely."
    assert [r.get("traits", {}) for r in _records(text, H, S, HS)] == [{"description": "Industry: Software"}, {}, {"description": "Industry: Food"}]


def test_listed_statuses_never_imported_and_a_fallback_said_with_the_field() -> None:
    text = ("Only members whose status is 'subscribed' may be brought into HubSpot; unsubscribed, cleaned and pending members must never be imported. "
            "firstname is the FNAME merge field or, where FNAME is blank, the part of the email address before the @. The email is the email address, unchanged.")
    rows = [MC[0], {**MC[2], "merge_fields": {**MC[2]["merge_fields"], "FNAME": ""}}, MC[1]]
    recs = _records(text, M, H, rows)
    assert _col(recs, "firstname") == ["Ann", "cy"]
    assert _col(recs, "email") == ["ann@acme.io", "cy@gamma.de"]


def test_true_only_for_contacts_in_a_named_department() -> None:
    text = "Map the email. vip is true only for contacts in the Sales department; it is false for every other department and where no department is recorded."
    rows = [{"Email": "ann@acme.io", "Department": "Sales"}, {"Email": "bo@beta.org", "Department": "Ops"}, {"Email": "cy@gamma.de", "Department": ""}]
    assert _col(_records(text, C, M, rows), "vip") == [True, False, False]


def test_a_three_step_chain_applies_each_step_to_its_own_field() -> None:
    text = "Map email. Company from company, falling back to the city, falling back to the part of the email after the @."
    rows = [HS[0], {**HS[1], "city": ""}, {**HS[2], "company": ""}]
    assert _col(_records(text, H, L, rows), "Company") == ["Acme", "beta.org", "Bonn"]


# --- hedges and typos (set 48) --------------------------------------------------------------------


def test_both_after_a_pair_of_keys_and_anything_in_between() -> None:
    text = ("Email is email. Rating should depend on the number of employees: more than 100 employees = 'Hot', fewer than 10 = 'Cold', and "
            "anything in between is 'Warm'. If the employees field is empty make it 'Cold' too. Status from lifecycle stage: customer and lead "
            "both -> 'Working - Contacted', anything else -> 'Open - Not Contacted'.")
    recs = _records(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold"]
    assert _col(recs, "Status") == ["Working - Contacted", "Working - Contacted", "Open - Not Contacted"]


def test_false_if_there_is_a_value_there_is_a_presence_condition() -> None:
    text = "Email is email. DoNotCall should be true if the phone field is empty and false if there is a phone numbr there."
    assert _col(_records(text, H, C, HS), "DoNotCall") == [False, True, True]


def test_everyone_is_a_value_and_the_next_clause_is_its_own_rule() -> None:
    text = ("vip should be true if the lifecycle stage is customer and false for any other stage. "
            "Everyone we send is 'subscribed', and the email address is the email.")
    recs = _records(text, H, M, HS)
    assert _col(recs, "status") == ["subscribed"] * 3
    assert _col(recs, "email_address") == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"]
    assert _col(recs, "vip") == [True, False, False]


def test_two_conditional_tags_in_one_sentence_and_an_empty_list_aside() -> None:
    text = ("Map the email. Tag members 'big' where the number of employees is greater than 100 and 'small' where it is fewer than 100; "
            "where the employee count is blank, no tag is to be applied, i.e. tags is an empty list.")
    assert _col(_records(text, H, M, HS), "tags") == [["big"], [], ["small"]]


def test_a_chatty_tags_heading_and_an_added_tag_and_a_leave_off_inside_a_list() -> None:
    text = ("Tags are kind of important here: everyone gets 'crm' first, then add 'big' if the annual revenue is more than 1000000 "
            "(empty revenue = no big tag). Status is 'subscribed' for all and email address is just the email.")
    recs = _records(text, H, M, HS)
    assert _col(recs, "tags") == [["crm", "big"], ["crm"], ["crm"]]
    assert _col(recs, "status") == ["subscribed"] * 3
    seg = "userId is the email. In traits.address: city in title case, state in uppercase (if state is empty just leave state out), and country copied."
    assert [r["traits"] for r in _records(seg, H, S, HS)][1] == {"address": {"city": "Lyon", "country": ""}}


def test_an_event_where_the_client_id_is_and_one_named_param() -> None:
    text = ("Only customers should go to GA4. For each one send a 'purchase' event where the client_id is the part of the email before the @. "
            "And one param, company, which is the company name.")
    assert _records(text, H, G, HS) == [{"client_id": "ann", "events": [{"name": "purchase", "params": {"company": "Acme"}}]}]


def test_a_value_for_every_member_followed_by_its_reason() -> None:
    text = "Map the email. Status must be 'pending' for every member: double opt-in is mandatory for these imports."
    recs, questions = _run(text, H, M, HS)
    assert _col(recs, "status") == ["pending"] * 3
    assert not [q for q in questions if "opt-in" in q]


# --- round 18, second pass: the rest of sets 46-48 -------------------------------------------------


def test_a_flag_read_three_ways_keeps_blanks_in_the_rest() -> None:
    text = ("userId is the email. A custom trait, traits.consent, records the consent position: 'yes' where hs_email_optout is 'false', "
            "'no' where it is 'true', and 'unknown' for anything else, blank included.")
    assert [r["traits"]["consent"] for r in _records(text, H, S, HS)] == ["yes", "unknown", "no"]


def test_do_not_fall_back_is_no_fallback() -> None:
    text = "Email is email. Phone is the office phone; if it is blank, Phone must be left out - do not fall back to the mobile."
    assert _col(_records(text, H, L, HS), "Phone") == ["(415) 555-0100", "<absent>", "<absent>"]


def test_a_number_left_out_where_blank_is_no_filter() -> None:
    text = "Email is email. NumberOfEmployees as a whole number, left out where the employee count is blank. Industry from the industry, but only where one is recorded (otherwise leave Industry out entirely)."
    recs = _records(text, H, L, HS)
    assert _col(recs, "NumberOfEmployees") == [120, "<absent>", 8]
    assert _col(recs, "Industry") == ["Software", "<absent>", "Food"]


def test_event_params_listed_with_commas_and_an_event_that_is_named() -> None:
    text = ("client_id is always 'crm', and the single event is named 'sign_up'. Its params are method, always 'web'; "
            "lifecycle_stage, copied from the lifecycle stage; and signup_date, the create date as YYYY-MM-DD.")
    assert _records(text, H, G, HS[:1]) == [
        {"client_id": "crm", "events": [{"name": "sign_up", "params": {"method": "web", "lifecycle_stage": "customer", "signup_date": "2023-03-14"}}]},
    ]


def test_a_row_value_with_an_ampersand_and_a_copy_even_if_empty() -> None:
    text = ("Industry from the industry: Software -> Technology, Food -> Food & Beverage. "
            "Send the email and the city (just copy the city as it is, even if it's empty).")
    rows = [HS[0], HS[2], {**HS[1], "city": ""}]
    recs = _records(text, H, L, rows)
    assert _col(recs, "Industry") == ["Technology", "Food & Beverage", ""]
    assert _col(recs, "City") == ["Austin", "Bonn", ""]


def test_tagged_and_given_the_status_are_two_rules() -> None:
    text = "Each of them is to be tagged 'nurture' and given the status 'pending', and the email address copied over as is."
    recs = _records(text, H, M, HS)
    assert _col(recs, "tags") == [["nurture"]] * 3
    assert _col(recs, "status") == ["pending"] * 3


# --- round 18b: sets 49-51 opened as training (corrections in chat, French-influenced English,
# acceptance criteria) ------------------------------------------------------------------------------


def test_a_chat_correction_replaces_the_value_it_names() -> None:
    text = "email -> Email\nLeadSource = 'Web' for all of them\nwait no, make that 'Partner' not Web\nthx!"
    assert _col(_records(text, H, L, HS), "LeadSource") == ["Partner"] * 3


def test_scratching_a_rule_drops_it_and_keeps_what_follows() -> None:
    text = ("email -> Email\nnumemployees -> NumberOfEmployees as a whole number\ncity -> City\n"
            "actually scratch the employees one, not needed\nphone -> Phone\n"
            "actually scratch the phone one, use mobile instead: MobilePhone <- mobilephone")
    recs = _records(text, H, L, HS)
    assert "NumberOfEmployees" not in recs[0] and "Phone" not in recs[0]
    assert _col(recs, "City") == ["Austin", "Lyon", "Bonn"]
    assert _col(recs, "MobilePhone") == ["", "212-555-0101", ""]


def test_ignore_what_i_said_about_a_row_gives_it_the_new_value() -> None:
    text = ("Industry from industry:\nSoftware => Technology\nFood => Media\n"
            "email -> Email\noh and ignore what I said about Food, those go to 'Hospitality'")
    assert _col(_records(text, H, L, HS), "Industry") == ["Technology", "", "Hospitality"]


def test_a_row_corrected_with_too_not() -> None:
    text = "Rating from lifecyclestage:\ncustomer -> 'Hot'\nlead -> 'Warm'\nemail -> Email\nwait no, lead should be 'Hot' too, not Warm"
    assert _col(_records(text, H, L, HS[:2]), "Rating") == ["Hot", "Hot"]


def test_rules_of_one_chat_line_apart_by_slashes() -> None:
    text = "email -> Email / lastname -> LastName / company -> Company, 'n/a' if empty"
    recs = _records(text, H, L, HS)
    assert _col(recs, "LastName") == ["LEE", "NG", "OZ"]
    assert _col(recs, "Company") == ["Acme", "n/a", "Gamma"]


def test_french_quotation_marks_and_spaced_colons() -> None:
    text = "Email : the e-mail of the contact. LeadSource : we put always « Web ». In the case where the company is not filled, Company will be « Unknown »."
    recs = _records(text, H, L, HS)
    assert _col(recs, "LeadSource") == ["Web"] * 3
    assert _col(recs, "Company") == ["Acme", "Unknown", "Gamma"]


def test_given_when_then_acceptance_criteria() -> None:
    text = ("Story: sync contacts into Leads\nGiven any contact, when it syncs, then the Lead Email is the HubSpot email.\n"
            "Given a contact with no company, when it syncs, then Company is 'Unknown'; when company has a value, Company is that value.\n"
            "Given lifecycle stage is customer, when it syncs, then Status is 'Closed - Converted'.\n"
            "Given any other lifecycle stage, when it syncs, then Status is 'Open - Not Contacted'.")
    recs = _records(text, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "Unknown", "Gamma"]
    assert _col(recs, "Status") == ["Closed - Converted", "Open - Not Contacted", "Open - Not Contacted"]
    assert "Description" not in recs[0]


def test_given_values_then_values_respectively_is_a_table() -> None:
    text = "Email is email.\nGiven country 'Germany' / 'United States', when it syncs, then Country is 'DE' / 'US' respectively."
    assert _col(_records(text, H, L, HS), "Country") == ["US", "", "DE"]


def test_expected_to_be_and_everything_else_and_left_off_the_lead() -> None:
    text = ("AC1: Email must come from the HubSpot email.\nAC2: Rating must be 'Hot' when annual revenue is above 1,000,000.\n"
            "AC3: Rating must be 'Cold' for everything else, including contacts with no annual revenue.\n"
            "AC4: LeadSource is expected to be 'Web'.\nGiven a contact with no state, when it syncs, then State is left off the Lead; otherwise State = HubSpot state.")
    recs = _records(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold"]
    assert _col(recs, "LeadSource") == ["Web"] * 3
    assert _col(recs, "State") == ["TX", "<absent>", "NW"]


def test_an_abbreviated_including_and_a_default_country_with_its_dial_code() -> None:
    text = ("Rating from lifecyclestage:\ncustomer => Hot\nanything else incl. blank => Cold\nemail -> Email\n"
            "Phone = mobilephone in E.164, default country GB (+44) when there's no + in front")
    rows = [{**HS[0], "mobilephone": "07911 123456"}, HS[1], {**HS[2], "lifecyclestage": ""}]
    recs = _records(text, H, L, rows)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold"]
    assert _col(recs, "Phone")[0] == "+447911123456"


def test_french_defaults_said_with_will_be_and_we_put() -> None:
    text = ("Email from the e-mail of the contact. Title will be the job title, and when the job title is not informed it will be 'To qualify'. "
            "MailingCountry comes from the country; if the country is empty, MailingCountry will be France. "
            "The e-mail goes in Email, always in lower case.")
    recs = _records(text, H, C, HS)
    assert _col(recs, "Title") == ["CEO", "To qualify", "CTO"]
    assert _col(recs, "MailingCountry") == ["United States", "France", "Germany"]


def test_a_template_followed_by_one_space_and_a_date() -> None:
    text = "Email = the e-mail. Description = the text « Created on » followed by one space and the creation date in the format YYYY-MM-DD."
    assert _col(_records(text, H, L, HS[:1]), "Description") == ["Created on 2023-03-14"]


def test_a_number_converted_in_number_and_a_field_not_sent_at_all() -> None:
    text = ("Email from the e-mail. AnnualRevenue = the annual revenue converted in number. "
            "For Phone we take the office phone, and in the case where it is not informed, the mobile phone. "
            "If the contact has neither office phone nor mobile, the field Phone is not sent at all.")
    recs = _records(text, H, L, HS)
    assert _col(recs, "AnnualRevenue")[0::2] == [12000000, 800000]
    assert _col(recs, "Phone") == ["(415) 555-0100", "212-555-0101", "<absent>"]


# --- round 18c: set 54 (a data engineer's Markdown tables) opened as training after its reading ----


def test_a_table_whose_header_names_the_platforms_and_a_transformation_column() -> None:
    text = ("| HubSpot | Salesforce Lead | Transformation |\n|---|---|---|\n| email | Email | copy |\n"
            "| lastname | LastName | upper case |\n| company | Company | default 'Unknown' |")
    recs = _records(text, L, H, SFL)
    assert _col(recs, "email") == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"]
    assert _col(recs, "lastname") == ["LEE", "NG", "OZ"]


def test_rule_cells_with_a_type_a_value_table_and_empty_arrow_omit() -> None:
    text = ("| Target | Source | Rule |\n|---|---|---|\n| Email | email | copy |\n"
            "| AnnualRevenue | annualrevenue | number; blank -> don't set |\n"
            "| Industry | industry | Software -> Technology, Food -> Hospitality |\n"
            "| State | state | uppercase; empty -> omit |")
    recs = _records(text, H, L, HS)
    assert _col(recs, "AnnualRevenue") == [12000000, "<absent>", 800000]
    assert _col(recs, "Industry")[0::2] == ["Technology", "Hospitality"]
    assert _col(recs, "State") == ["TX", "<absent>", "NW"]


def test_a_rule_cell_reading_two_fields_and_a_region_code_default() -> None:
    text = ("| Target | Source | Rule |\n|---|---|---|\n| email_address | email | copy |\n"
            "| tags | annualrevenue, lifecyclestage | 'big' if annualrevenue > 1,000,000, then 'paying' if lifecyclestage = customer; neither -> empty list |\n"
            "| merge_fields.PHONE | mobilephone | E.164 (GB default) |\n\nEmpty annualrevenue = no 'big' tag.")
    rows = [{**HS[0], "mobilephone": "07911 123456"}, HS[2]]
    recs = _records(text, H, M, rows)
    assert _col(recs, "tags") == [["big", "paying"], []]
    assert recs[0]["merge_fields"]["PHONE"] == "+447911123456"


def test_both_empty_leave_off_under_a_table_and_a_blank_opt_out_remark() -> None:
    text = ("| Field | Comes from | Transformation |\n|---|---|---|\n| Email | email | unchanged |\n"
            "| Phone | phone, else mobilephone | first non-empty one, as is |\n\n"
            "If both phone and mobilephone are empty: leave Phone off the lead.\n"
            "Filter: skip contacts where hs_email_optout = \"true\". Blank opt-out counts as not opted out (keep them).")
    recs = _records(text, H, L, HS)
    assert _col(recs, "Phone") == ["(415) 555-0100", "212-555-0101"]
    assert "HasOptedOutOfEmail" not in recs[0]
