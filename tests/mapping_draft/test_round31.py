"""Round 31: a Lyon CRM manager's French-shaped e-mail English (set 105) and a Sydney growth
marketer's casual Slack messages (set 107) opened as training, plus the silent readings found
on the way: 'don't send customers and don't send anyone whose optout is true' kept only the
opted-out ones, 'skip customers and anyone whose ...' skipped only those who were both, a
bracket '(blank ones don't count)' after a filter was dropped, 'Lead Source -> always 'X''
copied the source, 'only this one' after a tag became a filter, '(copy, even if empty)' wrote
the default 'even', 'is created with the status' wrote the signup date, 'after the first
one' became FirstName, a '+1' in a fallback crashed the drafter. Fresh wording throughout;
the held-out texts are not copied."""

from __future__ import annotations

from syncwright.mapping.draft.ir import Const, DraftPlan, DraftRule, Src, Template, Transform
from syncwright.mapping.draft.service import draft_mapping
from tests.mapping_draft.test_round16 import HS, MC, SFC, SFL, C, G, H, L, M, S, _col, _run
from tests.mapping_draft.test_round28 import _rules


def _filters(text: str, frm: str, to: str) -> list[dict[str, object]]:
    r = draft_mapping(text, frm, to)
    assert r.mapping is not None, r.questions
    return list(r.mapping.get("filters", []))


# --- phones ----------------------------------------------------------------------------------------


def test_a_plus_one_in_a_fallback_is_a_calling_code_not_a_join() -> None:
    text = "Email = email. Phone is the office phone or, if it is empty, the mobile, in E.164 (US numbers get +1)."
    recs, qs = _run(text, H, L, HS)
    assert _col(recs, "Phone") == ["+14155550100", "+12125550101", ""]
    assert qs == []


def test_a_format_written_after_the_fallback_closes_the_whole_chain() -> None:
    rules = _rules("Email = email. Phone is the phone or, if that is blank, the mobile phone, formatted in E.164.", H, L)
    assert rules["Phone"]["from"] == ["phone", "mobilephone"]
    assert rules["Phone"]["transform"] == [{"e164": "US"}]


def test_numbers_without_a_code_said_to_be_american_give_the_region_not_a_country_rule() -> None:
    text = ("Email = email. Phone: the phone in E.164. Our numbers without indicative (country code) are American numbers, "
            "so they get +1; the ones starting with + keep their code.")
    rules = _rules(text, H, L)
    assert "Country" not in rules
    assert rules["Phone"]["transform"] == [{"e164": "US"}]


def test_a_rule_the_language_cannot_say_is_asked_about_not_a_crash() -> None:
    from syncwright.mapping.draft.service import _unwritable

    plan = DraftPlan(rules=[DraftRule("Phone", Template([Src("phone", [Transform("e164", "US")]), Const(" ext")]))])
    asked = _unwritable(plan)
    assert plan.rules == [] and len(asked) == 1 and "Phone" in asked[0].text


# --- trims and copies said in other words ------------------------------------------------------------


def test_cleaned_of_the_spaces_around_it_is_a_trim() -> None:
    rules = _rules("Email = email. Title: the job title, cleaned of the blanks around it.", H, C)
    assert rules["Title"]["transform"] == ["trim"]


def test_without_the_spaces_before_or_after_is_a_trim() -> None:
    rules = _rules("Email = email. City = the city, without the spaces before/after (some have ' Paris').", H, L)
    assert rules["City"]["transform"] == ["trim"]


def test_a_simple_copy_with_its_article_and_copied_from_the_record() -> None:
    text = "Company: a direct copy. The Email and the First Name are copied straight from the contact."
    recs, qs = _run(text, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "", "Gamma"] and _col(recs, "FirstName") == ["ann", "bo", "cy"]
    assert qs == []


def test_everything_is_a_simple_copy_even_when_empty_is_no_question() -> None:
    recs, qs = _run("email -> Email, lastname -> LastName. All of these are a direct copy, even when the source is blank (the field is then blank too).", H, C, HS)
    assert qs == [] and _col(recs, "LastName") == ["LEE", "NG", "OZ"]


def test_copy_even_if_empty_in_brackets_is_no_default() -> None:
    rules = _rules("Email = email. Title: the job title (copy, even if empty).", H, C)
    assert "default" not in rules["Title"] and rules["Title"]["from"] == "jobtitle"


def test_two_fields_copied_from_two_in_order() -> None:
    recs, _ = _run("userId = email. firstName and lastName: copy of the HubSpot first name / last name.", H, S, HS)
    assert [r["traits"]["lastName"] for r in recs] == ["LEE", "NG", "OZ"]


def test_a_field_glossed_by_its_label() -> None:
    rules = _rules("email = Email. city (City) = the city, copied.", L, H)
    assert rules["city"]["from"] == "City"


def test_a_note_that_a_copy_keeps_its_case() -> None:
    recs, _ = _run("userId = email in lower case. Traits firstName, email = First Name, Email (copies; the email is not lowercased).", C, S, SFC)
    assert [r["traits"]["email"] for r in recs] == ["ann@acme.io", "bo@beta.org"]


# --- filters ----------------------------------------------------------------------------------------


def test_two_exclusions_in_one_sentence_are_two_filters() -> None:
    recs, _ = _run("Email = email. Don't send the subscribers & don't send anyone whose hs_email_optout is \"true\".", H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org"]


def test_skip_one_group_and_anyone_else_is_either_not_both() -> None:
    recs, _ = _run("Email = email. Skip the customers and anyone whose hs_email_optout is \"true\".", H, L, HS)
    assert _col(recs, "Email") == ["bo@beta.org"]


def test_blank_ones_are_fine_keeps_them() -> None:
    recs, _ = _run("Email = email. Skip contacts whose hs_email_optout is \"true\"; an empty optout is ok, send them.", H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org"]


def test_a_bracket_that_leaves_the_blank_ones_out() -> None:
    text = "Email = email. only contacts with hs_email_optout = 'false' (empty ones don't count either)."
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io"]


def test_exactly_false_leaves_the_blank_ones_out() -> None:
    recs, _ = _run("Email = email. Only the contacts whose hs_email_optout is exactly \"false\".", H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io"]


def test_blank_field_gets_skipped_as_a_clause_of_its_own() -> None:
    filters = _filters("Email = email; blank company gets skipped", H, L)
    assert filters[0]["keep_if"] == {"field": "company", "empty": False}


def test_only_then_a_blank_remark_is_a_filter_not_a_field_left_out() -> None:
    recs, _ = _run("email -> Email. only send the ones with annual revenue over 1,000,000, blank revenue gets skipped", H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io"]


def test_an_exclusion_list_under_a_head() -> None:
    text = 'Kindly exclude:\n1) the contacts whose lifecycle stage is "subscriber";\n2) the contacts whose company is empty.\nEmail -> Email'
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io"]


def test_this_field_empty_means_the_record_stays() -> None:
    text = ('Email = email. Skip the contacts whose hs_email_optout is "true". When this field is empty, we assume the '
            "contact has not opted out, so he stays in the sync.")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org"]


def test_the_destination_named_between_the_verb_and_the_records() -> None:
    recs, _ = _run("Email = email. Please do not send to Salesforce the contacts without company (company empty, or only spaces).", H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "cy@gamma.de"]


def test_any_with_a_value_is_a_filter_not_a_constant() -> None:
    recs, _ = _run("leads -> hubspot, skip any with Rating \"Cold\"\nEmail -> email", L, H, SFL)
    assert _col(recs, "email") == ["ann@acme.io", "cy@gamma.de"]


def test_all_the_others_yes_is_no_question() -> None:
    _, qs = _run("Email = email. Don't send the contacts without a company. All the others yes.", H, L, HS)
    assert qs == []


# --- values, tables and flags ---------------------------------------------------------------------


def test_an_unquoted_na_is_one_value() -> None:
    rules = _rules("Email = email. Title = job title; if it is blank put N/A.", H, C)
    assert rules["Title"]["default"] == "N/A"


def test_the_last_link_of_a_chain_said_with_too() -> None:
    recs, _ = _run("Email = email. Title = job title, if that's blank try industry, and if industry's blank too just put tbc", H, C, HS)
    assert _col(recs, "Title") == ["CEO", "tbc", "CTO"]


def test_whatever_is_before_the_at_sign() -> None:
    rules = _rules("Email = email. FirstName = fname, but if fname is empty use whatever's in front of the @ in their email", H, C)
    assert rules["FirstName"]["from"] == ["firstname", {"from": "email", "transform": ["email_local"]}]


def test_a_constant_on_an_arrow_row() -> None:
    rules = _rules("Email -> Email\nLead Source -> always « Partner »", H, C)
    assert rules["LeadSource"]["value"] == "Partner"


def test_in_all_the_other_cases_is_the_rest_branch() -> None:
    recs, _ = _run("Email = email. Do Not Call is true if the phone is empty, and in all the other cases it is false.", H, C, HS)
    assert _col(recs, "DoNotCall") == [False, True, True]


def test_must_follow_a_field_over_rows() -> None:
    text = 'email_address = email. The status must follow the opt-out:\n- if it is "true" -> unsubscribed\n- if it is "false" -> subscribed\n- if it is empty -> pending'
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "status") == ["subscribed", "pending", "unsubscribed"]


def test_a_quoted_destination_field_receives_a_value() -> None:
    recs, _ = _run("Email -> email. The property 'hs_lead_status' receives the text 'NEW' if Rating is Hot, else 'OPEN'.", L, H, SFL)
    assert _col(recs, "hs_lead_status") == ["NEW", "OPEN", "OPEN"]


def test_false_if_they_have_either_one() -> None:
    recs, _ = _run("Email = email. Do Not Call = true if they've got no phone and no mobile, false if they have either one", H, C, HS)
    assert _col(recs, "DoNotCall") == [False, False, True]


def test_a_default_after_if_blank_without_it_is() -> None:
    rules = _rules("Email -> Email\nCompany -> Company, if blank Unknown", H, L)
    assert rules["Company"]["default"] == "Unknown"


def test_a_custom_param_takes_a_word_as_its_default() -> None:
    recs, _ = _run("client_id = email. event name = synced. params: plan = the industry in lowercase (if blank put none-yet)", H, G, HS)
    assert [r["events"][0]["params"]["plan"] for r in recs] == ["software", "none-yet", "food"]


def test_a_param_after_a_table_of_the_event_name_is_its_own_field() -> None:
    text = ("The event name depends of the stage: if the contact is 'customer', the event is 'buyer', else it is 'prospect'. "
            "client_id = email. In the params: role = the job title, or 'none' if it is empty; town = the city.")
    recs, _ = _run(text, H, G, HS)
    assert [r["events"][0]["name"] for r in recs] == ["buyer", "prospect", "prospect"]
    assert [r["events"][0]["params"]["role"] for r in recs] == ["CEO", "none", "CTO"]


# --- tags -------------------------------------------------------------------------------------------


def test_only_this_one_after_a_tag_is_no_filter() -> None:
    recs, _ = _run("email_address = email. All the members get the tag « CRM », only this one.", H, M, HS)
    assert _col(recs, "tags") == [["CRM"], ["CRM"], ["CRM"]]


def test_a_tag_list_said_first_then() -> None:
    text = ("email_address = email. I would like to put tags on the members: first the tag 'Big' when the annual revenue is more than "
            "1 000 000 (if the revenue is empty, no tag), then the tag 'Lead' when the lifecycle stage is 'lead'. "
            "A member can have the two tags, only one, or none.")
    recs, qs = _run(text, H, M, HS)
    assert _col(recs, "tags") == [["Big"], ["Lead"], []] and qs == []


def test_a_second_tag_after_the_first_one() -> None:
    text = "email_address = email. Every member gets the tag 'CRM'; the contacts whose lifecycle stage is 'lead' get a second tag 'Warm', after the first one."
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "tags") == [["CRM"], ["CRM", "Warm"], ["CRM"]]


def test_tag_them_all_with_a_bare_word() -> None:
    recs, _ = _run("email_address = email\ntag em all crm-sync", H, M, HS)
    assert _col(recs, "tags") == [["crm-sync"]] * 3


def test_a_tag_list_head_without_its_colon() -> None:
    text = ("tags for mailchimp pls\n- big if annual revenue is over 1,000,000 (no revenue = no tag)\n- lead if lifecycle stage is lead\n"
            "in that order if they get both. if they get neither, empty tag list\nemail into email_address")
    recs, qs = _run(text, H, M, HS)
    assert _col(recs, "tags") == [["big"], ["lead"], []] and qs == []


def test_one_tag_with_a_fallback() -> None:
    recs, _ = _run("email -> email_address. tag each member with their industry, or if the industry is blank, the part of their email after the @.", H, M, HS)
    assert _col(recs, "tags") == [["Software"], ["beta.org"], ["Food"]]


def test_has_the_tag_in_their_tags() -> None:
    recs, _ = _run("email = email_address. lifecyclestage = 'customer' when the member has the tag 'Webinar' in their tags, otherwise 'lead'", M, H, MC)
    assert _col(recs, "lifecyclestage") == ["lead", "lead", "customer"]


# --- framing and chatter -----------------------------------------------------------------------------


def test_a_closing_with_thanks_in_advance_and_a_name() -> None:
    _, qs = _run("Hello,\n\nEmail = email.\n\nThanks in advance for your help,\nMarion", H, L, HS)
    assert qs == []


def test_chat_closings_and_particles() -> None:
    _, qs = _run("email -> Email ya\nlast name -> LastName pls\nta 🙏", H, L, HS)
    assert qs == []


def test_examples_of_a_format_are_no_rule() -> None:
    _, qs = _run("Email = email. The City must be in title case, for example « bonn » → « Bonn », « LYON » → « Lyon ».", H, L, HS)
    assert qs == []


def test_a_worked_example_sentence_is_no_rule() -> None:
    text = "Email = email. Description = the company + ' / ' + the city. Example: a contact of Acme in Austin gives exactly « Acme / Austin »."
    recs, qs = _run(text, H, L, HS)
    assert _col(recs, "Description") == ["Acme / Austin", " / Lyon", "Gamma / Bonn"] and qs == []


def test_ex_abbreviation_keeps_the_sentence() -> None:
    recs, qs = _run("Email = email. Description = the city, a comma and a space, then the state, ex. « Austin, TX ».", H, L, HS)
    assert _col(recs, "Description") == ["Austin, TX", "Lyon, ", "Bonn, NW"] and qs == []


def test_always_filled_is_no_rule() -> None:
    recs, qs = _run("Email = email. City = the city. The city is always filled.", H, C, HS)
    assert qs == [] and _col(recs, "MailingCity") == ["Austin", "Lyon", "Bonn"]


def test_find_below_and_we_dont_look_at() -> None:
    text = ("Please find below the rules for one checkbox. Do Not Call is true when the contact has no phone, false when there is one; "
            "we don't look at the mobile for this. Email = email.")
    recs, qs = _run(text, H, C, HS)
    assert _col(recs, "DoNotCall") == [False, True, True] and qs == []


def test_a_lead_in_before_the_exclusions_and_a_restated_only() -> None:
    text = ("For this flow we want only the German contacts in Salesforce: only the contacts with Country = « Germany », the others are "
            "not sent. Email = email.")
    recs, qs = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["cy@gamma.de"] and qs == []


def test_casual_set_and_put_verbs() -> None:
    text = ("quick one - hubspot to lead pls\nemail into Email + last name into LastName, straight across\n"
            "company -> Company but if it's empty bung in n/a\noh + stamp LeadSource as Partner on every single one")
    recs, qs = _run(text, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "n/a", "Gamma"] and _col(recs, "LeadSource") == ["Partner"] * 3 and qs == []


def test_trim_first_names_no_first_name() -> None:
    rules = _rules("email -> Email. job title -> Title, trim the spaces off both ends first, heaps of em have junk spaces lol", H, L)
    assert "FirstName" not in rules and rules["Title"]["transform"] == ["trim"]


def test_arrow_bullets_and_pairs_with_one_case_format() -> None:
    text = "need contacts going into leads:\n→ email → Email\n→ first + last name → FirstName / LastName, title case em (some r all caps)"
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "FirstName") == ["Ann", "Bo", "Cy"] and _col(recs, "LastName") == ["Lee", "Ng", "Oz"]


def test_two_sources_into_two_fields_title_cased() -> None:
    recs, _ = _run("email -> Email\ncity + lname title cased into City and LastName", H, L, HS)
    assert _col(recs, "City") == ["Austin", "Lyon", "Bonn"] and _col(recs, "LastName") == ["Lee", "Ng", "Oz"]


def test_and_pair_into_slash_pair_in_title_case() -> None:
    recs, _ = _run("email -> Email\nfirst name & last name into FirstName / LastName in title case", H, C, HS)
    assert _col(recs, "FirstName") == ["Ann", "Bo", "Cy"]


def test_slash_pair_equals_first_and_last_name_title_case() -> None:
    recs, _ = _run("email -> email_address\nFNAME / LNAME = first + last name, title case", H, M, HS)
    assert [r["merge_fields"]["FNAME"] for r in recs] == ["Ann", "Bo", "Cy"]


def test_sf_contact_is_the_objects() -> None:
    _, qs = _run("contacts -> SF Contact w/ a couple of tick boxes\nEmail = email", H, C, HS)
    assert qs == []


def test_a_ga4_event_per_contact_line() -> None:
    _, qs = _run("ga4 event per hubspot contact pls\nclient_id = email\nevent name = crm_contact", H, G, HS)
    assert qs == []


def test_a_fallback_beside_a_flag_in_one_sentence_is_kept() -> None:
    text = ("The rules for the sync:\n- email address = the email\n- LNAME = the last name; if ever the last name is empty, put the part "
            "of the email after the @ instead (the domain, exactly like it is, so we see at least the company)\n"
            "- VIP = true if the annual revenue is greater than 1 000 000, false if not or if the revenue is empty.")
    recs, _ = _run(text, H, M, [{**HS[0], "lastname": ""}, *HS[1:]])
    assert [r["merge_fields"]["LNAME"] for r in recs] == ["acme.io", "NG", "OZ"]


def test_created_with_a_status_is_no_signup_date() -> None:
    rules = _rules("email_address = email. Every member is created with the status « pending ».", H, M)
    assert "timestamp_signup" not in rules and rules["status"]["value"] == "pending"


def test_the_email_domain_after_the_at_in_brackets() -> None:
    recs, _ = _run("email = email_address. company = COMPANY, falling back to the email domain (after the @)", M, H, MC)
    assert _col(recs, "company") == ["Acme", "beta.org", "gamma.de"]

