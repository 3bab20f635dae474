"""Round 29: a Lagos marketing-automation lead's Nigerian-English notes (set 99) and a São Paulo
RevOps analyst's Markdown spec tables with 'Obs:' notes (set 101) opened as training, plus
silent readings found on the way: a note's 'see obs 1' pointer copied the revenue into Rating,
'Only phone counts here' wrote Phone, 'sfdc goes first' wrote FNAME, 'keep its own country
code' wrote Country, 'Please note the phone numbers ...' wrote Description, a backticked
`["HubSpot"]` became one tag with brackets in it, a bracketed condition reached across ';'
and dropped every row between, 'FirstName + LastName | with one space in the middle' glued
the names. Fresh wording throughout; the held-out texts are not copied."""

from __future__ import annotations

from syncwright.mapping.draft.service import draft_mapping
from tests.mapping_draft.test_round16 import HS, MC, SFC, SFL, C, G, H, L, M, S, _col, _run
from tests.mapping_draft.test_round28 import _hs, _rules

# --- lines and heads ---------------------------------------------------------------------------------


def test_a_head_line_over_if_lines_names_the_field_and_copies_nothing() -> None:
    text = ('Rating for the lead, from annual revenue\nif annualrevenue more than 9000000 then Rating "Hot"\n'
            'if annualrevenue less than 900000 then Rating "Cold"\nif between then "Warm"\nEmail = email')
    rules = _rules(text, H, L)
    assert "AnnualRevenue" not in rules
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Warm", "Cold"]


def test_we_want_d_to_follow_f_heads_a_band_table() -> None:
    text = ('Email to Email. We would like Rating to follow the annual revenue: when the annual revenue is more than 9000000, '
            'Rating is "Hot"; when it is less than 900000, Rating is "Cold"; anything in between is "Warm".')
    recs, _ = _run(text, H, L, [HS[0], HS[2]])
    assert _col(recs, "Rating") == ["Hot", "Cold"]


def test_a_field_that_takes_it_from_a_quoted_label_over_bulleted_pronoun_rows() -> None:
    text = ('email to email address. Then the status, please take it from "Unsubscribed from all email":\n'
            '- when it is "true", status is "unsubscribed"\n- when it is "false", status is "subscribed"\n'
            '- in case it is empty, status is "pending"')
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "status") == ["subscribed", "pending", "unsubscribed"]


def test_a_head_naming_the_field_every_row_names_again() -> None:
    text = 'email_address = Email. Status: when HasOptedOutOfEmail is true, status is "unsubscribed", when it is false, status is "subscribed".'
    recs, _ = _run(text, C, M, [{**SFC[0], "HasOptedOutOfEmail": True}, {**SFC[1], "HasOptedOutOfEmail": False}])
    assert _col(recs, "status") == ["unsubscribed", "subscribed"]


# --- joined texts ------------------------------------------------------------------------------------


def test_combine_a_and_b_as_a_then_b_is_the_joined_text() -> None:
    text = ("Email copies over. The address field should combine Street and City as the street, a comma and a space, then the city. "
            "If the street is blank, the address is just the city.")
    recs, _ = _run(text, L, H, [{**SFL[0], "Street": "9 Elm Rd"}, {**SFL[1], "Street": ""}])
    assert _col(recs, "address") == ["9 Elm Rd, London", "Lyon"]


def test_a_joined_text_with_then_before_its_separator_and_an_example_at_the_end() -> None:
    text = ('email = Email. Street address in HubSpot should be the Street, then a comma and a space, then the City, as in "9 Elm Rd, London"; '
            'in case Street is empty, just put the City alone, no comma.')
    recs, _ = _run(text, L, H, [{**SFL[0], "Street": "9 Elm Rd"}, {**SFL[1], "Street": ""}])
    assert _col(recs, "address") == ["9 Elm Rd, London", "Lyon"]


def test_a_platform_word_and_as_in_inside_a_joined_text() -> None:
    text = 'Email to Email. Description should be the company name, then " / since ", then the HubSpot create date in YYYY-MM-DD, as in "Acme / since 2023-03-14".'
    recs, _ = _run(text, H, L, [HS[0]])
    assert _col(recs, "Description") == ["Acme / since 2023-03-14"]


# --- filters -----------------------------------------------------------------------------------------


def test_send_a_contact_only_when_is_a_filter_and_its_complement_is_no_rule() -> None:
    text = 'Please send a HubSpot contact to Salesforce Lead only when the lifecycle stage is "lead" or "customer"; every other stage, please do not send. Email to Email.'
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org"]


def test_the_ones_where_it_comes_empty_also_no_skips_blanks() -> None:
    text = 'Pass only the contacts that have hs_email_optout = "false"; the ones with "true" no, and the ones where it comes empty also no. Email to Email.'
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "Email") == ["ann@acme.io"]


def test_records_named_first_then_we_do_not_want_them() -> None:
    recs, _ = _run("From Mailchimp to HubSpot, but the members with status 'cleaned' we don't want them. email = email_address.", M, H, MC)
    assert _col(recs, "email") == ["ann@acme.io", "cy@gamma.de"]


def test_except_the_ones_with_and_who_has_void_not_go() -> None:
    text = ('| destination | source | rule |\n|---|---|---|\n| Email | email | the same |\n\n'
            'Obs: only the ones that hs_email_optout is exactly "false". Who has "true" or void in hs_email_optout not go.\n'
            'Obs: except the ones with lifecyclestage = "customer" (these not go to Salesforce).')
    recs, _ = _run(text, H, C, [*HS, _hs(email="di@delta.io", lifecyclestage="lead")])
    assert _col(recs, "Email") == ["di@delta.io"]


# --- blanks, fallbacks, omissions --------------------------------------------------------------------


def test_comes_empty_we_use_and_both_blank_arrows() -> None:
    recs, _ = _run("userId is the email. traits.phone is the phone; in the case that the phone comes empty we use the mobile phone.", H, S, HS)
    assert [r["traits"].get("phone") for r in recs] == ["(415) 555-0100", "212-555-0101", ""]
    text = "email -> userId\nph -> traits.phone; ph blank -> use mobilephone. both blank -> no traits.phone"
    recs, _ = _run(text, H, S, HS)
    assert [r.get("traits", {}).get("phone", "<absent>") for r in recs] == ["(415) 555-0100", "212-555-0101", "<absent>"]


def test_should_in_case_and_do_not_send_at_all_leave_the_field_out() -> None:
    text = ("Email to Email. Then for Phone, use the HubSpot phone number; in case phone is not there, use the mobile phone number instead; "
            "and should in case the two of them are empty, do not send Phone at all for that person, leave the field out completely.")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Phone") == ["(415) 555-0100", "212-555-0101", "<absent>"]


def test_send_it_empty_and_do_not_fill_anything_keep_the_blank() -> None:
    for tail in ("just send it empty like that, do not put anything in its place.", "send it empty, do not skip it and do not fill anything."):
        recs, _ = _run(f"Email to Email, job title to Title. In case any of them is empty in HubSpot, {tail}", H, L, HS)
        assert _col(recs, "Title") == ["CEO", "", "CTO"], tail


def test_not_there_or_empty_and_not_exist_are_blank_tests() -> None:
    recs, _ = _run('email_address = email. language comes from the preferred language; in case preferred language is not there or is empty, put "en".', H, M, HS)
    assert _col(recs, "language") == ["en", "en", "en"]
    recs, _ = _run("email = email_address. language: when language not exist in the member (or is void), put 'en'.", M, H, [{**MC[0], "language": ""}])
    assert _col(recs, "hs_language") == ["en"]


def test_stay_out_and_not_exist_are_omissions() -> None:
    text = ("Email = email. NumberOfEmployees from numemployees, integer. Obs 2: case numemployees is void, NumberOfEmployees stay out of the record.")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "NumberOfEmployees") == [120, "<absent>", 8]
    text = "userId = Email. traits.title = Title. Obs: case Title is void, that trait not exist (don't send empty)."
    recs, _ = _run(text, C, S, SFC)
    assert [r.get("traits", {}).get("title", "<absent>") for r in recs] == ["CTO", "<absent>"]


def test_the_rest_row_blank_included_and_a_rows_also() -> None:
    text = ('Map the Original Source to LeadSource with this table:\n- "ORGANIC_SEARCH" becomes "Web"\n- "PAID_SEARCH" becomes "Ads"\n'
            '- "PAID_SOCIAL" becomes "Ads" also\nAny other source, and also when the source is empty, kindly put "Other". Email to Email.')
    rows = [_hs(hs_analytics_source=v) for v in ("PAID_SOCIAL", "", "REFERRALS")]
    recs, _ = _run(text, H, L, rows)
    assert _col(recs, "LeadSource") == ["Ads", "Other", "Other"]


def test_void_also_and_otherwise_with_a_blank_in_brackets() -> None:
    text = "userId = email. traits.optedout = true when hs_email_optout is 'true'; false when 'false'; void also false."
    recs, _ = _run(text, H, S, HS)
    assert [r["traits"]["optedout"] for r in recs] == [False, False, True]
    text = "userId = Email. traits.channel from LeadSource: 'Web' -> 'inbound'; otherwise -> 'other' (void LeadSource also 'other')."
    recs, _ = _run(text, L, S, SFL)
    assert [r["traits"]["channel"] for r in recs] == ["inbound", "other", "inbound"]


# --- remarks that named fields -----------------------------------------------------------------------


def test_remarks_name_no_field() -> None:
    cases = [
        ("Email = email. DoNotCall := TRUE when phone is blank, else FALSE.\n   Only phone counts here; mobilephone is ignored.", H, C, "Phone"),
        ("Email to Email. Phone to Phone in E.164. Assume the numbers are US numbers (+1) except when the number already starts with \"+\", "
         "then keep its own country code as it is.", H, L, "Country"),
        ("Email to Email, phone to Phone. Please note the phone numbers are copied as they are, no formatting.", H, L, "Description"),
        ("Email to Email. Job title to Title but trim the spaces at the beginning and the end first.", H, C, "FirstName"),
        ("Email = email. LastName = lastname in title case. Obs: title case = each word with the first letter in uppercase and the rest in lower.", H, C, "FirstName"),
    ]
    for text, frm, to, field in cases:
        assert field not in _rules(text, frm, to), text


def test_sfdc_goes_first_writes_no_first_name() -> None:
    rules = _rules('email_address = lowercase(Email)\ntags: always "sfdc"; + "event" if LeadSource = Web. sfdc goes first', L, M)
    assert "merge_fields.FNAME" not in rules


def test_a_bracketed_condition_never_reaches_across_rows() -> None:
    text = ("1. userId := email\n2. traits.address.state := state, omitted when blank\n3. traits.address.city := city\n"
            "4. traits.phone := phone (blank = NULL)")
    rules = _rules(text, H, S)
    assert {"traits.address.state", "traits.address.city", "traits.phone"} <= rules.keys()


# --- transforms --------------------------------------------------------------------------------------


def test_remove_spaces_before_or_after_is_a_trim_and_trim_before_and_after_too() -> None:
    rules = _rules("For userId take the email, remove any spaces before or after it, then put it in lower case.", H, S)
    assert rules["userId"]["transform"] == ["trim", "lower"]
    rules = _rules("userId = Email. Then traits.address: MailingCity to city, but trim the spaces before and after it first.", C, S)
    assert rules["traits.address.city"]["transform"] == ["trim"]


def test_only_the_first_word_in_a_rule_cell() -> None:
    text = "| destination | source | rule |\n|---|---|---|\n| email_address | email | the same |\n| merge_fields.FNAME | firstname | only the first word |"
    recs, _ = _run(text, H, M, [_hs(firstname="Mary Ann")])
    assert recs[0]["merge_fields"]["FNAME"] == "Mary"


def test_a_constant_marked_fixed_and_an_example_list() -> None:
    rules = _rules('client_id = email. Event name is "lead_seen" for all. Params: value = the annual revenue as a number, and currency = "USD" fixed.', H, G)
    assert rules["events[0].params.currency"]["value"] == "USD"


# --- tags --------------------------------------------------------------------------------------------


def test_lists_written_as_code_are_lists() -> None:
    recs, _ = _run("email_address = email. tags: always `[\"Imported\"]`.", H, M, [HS[0]])
    assert recs[0]["tags"] == ["Imported"]
    recs, _ = _run("email_address = email. tags = `[]` (to clear the old ones).", H, M, [HS[0]])
    assert recs[0]["tags"] == []


def test_one_tag_with_a_constant_for_a_blank_field() -> None:
    text = "email_address = Email. Obs: tags = a list with the LeadSource as the only tag (ex `[\"Web\"]`). Case LeadSource is void, tags = `[\"Unknown\"]`."
    recs, _ = _run(text, L, M, SFL)
    assert [r["tags"] for r in recs] == [["Web"], ["Unknown"], ["Web"]]


def test_conditional_tags_with_a_restated_rest() -> None:
    text = ("email_address = Email. Tags: every one of them gets \"SF\", then also \"Web\" after it when LeadSource is \"Web\" "
            "(in case LeadSource is empty or anything else, only \"SF\").")
    recs, _ = _run(text, L, M, SFL)
    assert [r["tags"] for r in recs] == [["SF", "Web"], ["SF"], ["SF", "Web"]]


def test_when_no_one_applies_tags_stay_a_list_of_the_met_items() -> None:
    text = ("email_address = email.\nObs: tags is a list, in this order:\n1. \"Big\" when annualrevenue is bigger than 5000000 (void revenue = not this tag)\n"
            "2. \"Client\" when lifecyclestage is exactly \"customer\"\n\nObs: when no one applies, tags = `[]` (empty list).")
    recs, _ = _run(text, H, M, HS)
    assert [r["tags"] for r in recs] == [["Big", "Client"], [], []]


def test_the_tag_from_a_field_with_a_fallback_said_as_use_x_as_the_tag() -> None:
    text = ('email_address = email. Tag each person with their company name, just that one tag; in case company name is empty, '
            'use the part of the email after the "@" as the tag instead (as in the domain).')
    recs, _ = _run(text, H, M, HS)
    assert [r["tags"] for r in recs] == [["Acme"], ["beta.org"], ["Gamma"]]


def test_when_the_tags_have_x_and_a_restated_blank() -> None:
    text = 'email = email_address. lifecyclestage = "customer" when the tags have "Customer"; else "subscriber" (also when tags is empty).'
    recs, _ = _run(text, M, H, MC)
    assert _col(recs, "lifecyclestage") == ["customer", "subscriber", "subscriber"]


# --- spec tables with notes under them ---------------------------------------------------------------


_HEAD = "| destination | source | rule |\n|---|---|---|\n"


def test_see_obs_n_takes_the_rule_from_that_note() -> None:
    text = (_HEAD + "| Email | email | the same |\n| Rating | annualrevenue | see obs 1 |\n\n"
            'Obs 1: annualrevenue bigger than 9000000 -> "Hot"; smaller than 900000 -> "Cold"; between the two -> "Warm". '
            "Case annualrevenue is void, don't put Rating (leave the field out of the record).")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "<absent>", "Cold"]


def test_a_note_opening_with_the_field_states_its_rule() -> None:
    text = (_HEAD + "| Email | email | the same |\n| DoNotCall | phone | boolean, see obs |\n\n"
            "Obs: DoNotCall = true when phone is void (no phone; the mobilephone don't count here). When phone has a value -> false.")
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "DoNotCall") == [False, True, True]
    text = (_HEAD + "| client_id | email | the same |\n| events[0].name | lifecyclestage | see obs |\n\n"
            'Obs: name = "won" when lifecyclestage is "customer"; any other stage (or void) -> "open".')
    recs, _ = _run(text, H, G, HS)
    assert [r["events"][0]["name"] for r in recs] == ["won", "open", "open"]


def test_a_note_describing_a_format_leaves_the_row_standing() -> None:
    text = (_HEAD + "| email | email_address | the same |\n| phone | merge_fields.PHONE | E.164 US; see obs |\n\n"
            'Obs: phone in E.164: no "+" means US number, put "+1" and the digits. Case PHONE is void, don\'t send phone.')
    recs, _ = _run(text, M, H, [{**MC[0], "merge_fields": {**MC[0]["merge_fields"], "PHONE": "(646) 555-0134"}}, MC[1]])
    assert _col(recs, "phone") == ["+16465550134", "<absent>"]


def test_joined_sources_in_a_table_row() -> None:
    for rule in ("with one space in the middle", "firstname, one space, lastname"):
        text = _HEAD + f"| userId | email | the same |\n| traits.name | firstname + lastname | {rule} |"
        recs, _ = _run(text, H, S, [HS[0]])
        assert recs[0]["traits"]["name"] == "ann LEE", rule


def test_a_table_row_whose_keys_name_the_field_again() -> None:
    text = _HEAD + '| email | email_address | the same |\n| hs_lead_status | vip | vip true -> "OPEN_DEAL"; vip false -> "NEW" |'
    recs, _ = _run(text, M, H, MC)
    assert _col(recs, "hs_lead_status") == ["OPEN_DEAL", "NEW", "NEW"]


def test_void_is_empty_in_a_rule_cell_and_a_skip() -> None:
    text = _HEAD + '| Email | Email | the same |\n| Title | Title | case void, put "Unknown" |\n\nObs: except the contacts with Department void; they not go.'
    recs, _ = _run(text, C, C, [*SFC, {**SFC[0], "Email": "cy@gamma.de", "Title": "", "Department": "Ops"}])
    assert [(r["Email"], r["Title"]) for r in recs] == [("ann@acme.io", "CTO"), ("cy@gamma.de", "Unknown")]


def test_then_tag_each_person_is_its_own_clause_and_the_at_sign_is_the_at() -> None:
    text = ("email address as is, then tag each person with their company name, just the one tag, and if the company is empty "
            "use the part of the email after the at sign as the tag instead.")
    recs, _ = _run(text, H, M, HS)
    assert [r["tags"] for r in recs] == [["Acme"], ["beta.org"], ["Gamma"]]


def test_a_label_after_into_is_written_or_asked_about() -> None:
    """'city into mailing city comma state into mailing state' (dictated): each field put 'into'
    is written or named in a question, never left out silently."""
    text = ("hubspot into salesforce contacts, so email, last name, and the address stuff goes into the mailing fields, "
            "street address into mailing street comma city into mailing city comma state into mailing state")
    r = draft_mapping(text, H, C)
    assert r.mapping is not None
    written = {x["to"] for x in r.mapping["rules"]}
    asked = " ".join(q["question"] for q in r.questions)
    for field in ("MailingStreet", "MailingCity", "MailingState"):
        assert field in written or field in asked, (field, written, asked)


def test_spoken_run_ons_name_their_next_field() -> None:
    text = ("ok so contacts into leads, email to email, the job title goes into title, if something's empty it just goes over empty, "
            "and then lead source on every single lead is quote Booth unquote")
    recs, _ = _run(text, H, L, [HS[0]])
    assert recs[0]["LeadSource"] == "Booth"
    text = ("ok for contacts, email copied, last name is their last name, and title, um, use the job title, "
            "and if there's no job title use the industry")
    recs, _ = _run(text, H, C, [HS[0], _hs(jobtitle="", industry="Retail")])
    assert _col(recs, "Title") == ["CEO", "Retail"]
