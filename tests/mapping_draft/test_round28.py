"""Round 28: a US marketing-ops manager's plain prose (set 97) and a Vietnamese speaker's chat
lines (set 98) opened as training, plus silent readings found on the way: a blank row of a
band table was lost ('When revenue is blank, don't set a Rating at all' kept writing 'Warm'),
'only X and ignore everybody else' skipped X, '(original casing)' wrote the Original Source,
'Whichever number you end up using' wrote email_type, 'random capitals' upper-cased an
email, 'last one' copied the last name, 'a currency parameter that's always' named a
parameter 'that', a value table landed on the match key. Fresh wording throughout; the
held-out texts are not copied."""

from __future__ import annotations

from typing import Any

from syncwright.mapping.draft.service import draft_mapping
from tests.mapping_draft.test_round16 import HS, MC, SFC, SFL, C, G, H, L, M, S, _col, _run


def _hs(**kw: Any) -> dict[str, Any]:
    return {**HS[0], **kw}


def _rules(text: str, frm: str, to: str) -> dict[str, dict[str, Any]]:
    r = draft_mapping(text, frm, to)
    assert r.mapping is not None, r.questions
    return {x["to"]: x for x in r.mapping["rules"]}


# --- plain prose -------------------------------------------------------------------------------------


def test_a_blank_row_goes_first_in_a_band_table_with_a_rest_row() -> None:
    text = ("Email as is. If the annual revenue is above 10,000,000 the Rating is Hot, if it's below 1,000,000 it's Cold, "
            "and anything in between is Warm. When the revenue is empty, leave the Rating off entirely.")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "<absent>", "Cold"]


def test_only_x_and_ignore_everybody_else_keeps_x() -> None:
    text = 'This feed should only take HubSpot contacts whose country is exactly "Germany" and ignore everybody else. Copy the email into Email.'
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["cy@gamma.de"]
    recs, _ = _run('The sync should only pick up contacts whose lifecycle stage is lead. Email goes to Email.', H, L, HS)
    assert _col(recs, "Email") == ["bo@beta.org"]


def test_original_casing_keeps_the_value_as_written() -> None:
    rules = _rules("userId := lower(email). traits.email := email (original casing). traits.title := jobtitle", H, S)
    assert rules["traits.email"] == {**rules["traits.email"], "from": "email"} and "transform" not in rules["traits.email"]


def test_a_copy_with_an_assurance_in_brackets_is_still_a_chain() -> None:
    text = "Email as is. For Phone, use the mobile number and fall back to the phone when the mobile is empty (copy it as is either way, and every lead has at least one of the two)."
    recs, qs = _run(text, H, L, [_hs(mobilephone="555-0199"), _hs()])
    assert _col(recs, "Phone") == ["555-0199", "(415) 555-0100"]
    assert not qs, qs


def test_bare_row_values_of_several_words() -> None:
    text = ("For Lead Source on the lead, PAID_SEARCH and PAID_SOCIAL in HubSpot's original source both become Paid Ads, REFERRALS becomes Word of mouth, "
            "and everything else, blank included, becomes Web. Email as is.")
    rules = _rules(text, H, L)
    assert rules["LeadSource"]["table"] == {"PAID_SEARCH": "Paid Ads", "PAID_SOCIAL": "Paid Ads", "REFERRALS": "Word of mouth"}
    assert rules["LeadSource"]["otherwise"] == "Web"


def test_pronoun_rows_under_a_head_with_an_appositive_api_name() -> None:
    text = ("The Mailchimp status needs to follow the contact's opt-out flag, hs_email_optout. When it's \"true\" the member is unsubscribed, "
            "when it's \"false\" they're subscribed, and when it's blank make them pending. Copy the email into the email address.")
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "status") == ["subscribed", "pending", "unsubscribed"]


def test_a_tag_named_before_the_word_tag_and_the_order_said_again() -> None:
    text = ('Add a "Big Spender" tag when annual revenue is above 5,000,000, and a "Client" tag when the lifecycle stage is customer. '
            "If both apply, list Big Spender first and then Client; if neither does, the member gets no tags at all. Email to the email address.")
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "tags") == [["Big Spender", "Client"], [], []]


def test_whichever_number_is_the_chain_just_named() -> None:
    text = "PHONE should be the mobile number, or the phone if the mobile is blank. Whichever number you end up using, format it as E.164 for the US. Email to the email address."
    rules = _rules(text, H, M)
    assert "email_type" not in rules
    assert rules["merge_fields.PHONE"]["transform"] == [{"e164": "US"}]


def test_a_reason_before_a_filter_and_a_field_someone_has() -> None:
    text = ("This list is for companies only, so leave out any contact that has no company name. "
            "We also have a COMPANY merge field: fill it with the company name. Email to the email address.")
    recs, _ = _run(text, H, M, HS)
    assert [r["merge_fields"]["COMPANY"] for r in recs] == ["Acme", "Gamma"]


def test_a_name_built_from_parts_beside_a_list_said_as_they_are() -> None:
    text = ("userId is the email. Send first name, last name and job title as the firstName, lastName and title traits exactly as they are, "
            "and build the name trait from the first name, a space, and the last name.")
    recs, _ = _run(text, H, S, HS[:1])
    assert recs[0]["traits"] == {"firstName": "ann", "lastName": "LEE", "title": "CEO", "name": "ann LEE"}


def test_what_the_data_looks_like_is_no_format() -> None:
    text = "Some emails arrive with stray spaces and odd capitals, so for the userId please trim the email and lowercase it."
    recs, _ = _run(text, H, S, [_hs(email=" Ann@Acme.IO ")])
    assert recs[0]["userId"] == "ann@acme.io"
    recs, _ = _run("Please lowercase the email into Email on the way in, since a few people type it in capitals.", H, L, [_hs(email="Ann@Acme.IO")])
    assert recs[0]["Email"] == "ann@acme.io"


def test_ga4_event_called_and_params_described_after_their_kind() -> None:
    text = ("client_id is the email. Call the event crm_sync. Give it a value parameter holding the annual revenue as a number, "
            'plus a currency parameter that\'s always "EUR", and a company parameter copied from the company name.')
    rules = _rules(text, H, G)
    assert rules["events[0].name"]["value"] == "crm_sync"
    assert rules["events[0].params.currency"]["value"] == "EUR"
    assert rules["events[0].params.company"]["from"] == "company"
    assert not any(".that" in k or ".copied" in k for k in rules)


def test_prose_rows_with_shared_values_and_the_other_branch() -> None:
    rules = _rules('Email to the email address. Set language from MailingCountry: Austria and Germany are "de" and France is "fr".', C, M)
    assert rules["language"]["table"] == {"Austria": "de", "Germany": "de", "France": "fr"}
    recs, _ = _run("Copy the email address into email. If the member is VIP, set the lifecycle stage to customer; otherwise set it to lead.", M, H, MC)
    assert _col(recs, "lifecyclestage") == ["customer", "lead", "lead"]


def test_a_second_tag_in_an_appositive_and_the_status_of_everyone() -> None:
    sfc = [{**SFC[0], "LeadSource": "Webinar"}, {**SFC[1], "LeadSource": ""}]
    text = ('Email to the email address. Tag everyone with "Salesforce", and if their Lead Source is Webinar, add a second tag, "Webinar", after it. '
            "Any other Lead Source, or a blank one, just gets the Salesforce tag.")
    recs, _ = _run(text, C, M, sfc)
    assert _col(recs, "tags") == [["Salesforce", "Webinar"], ["Salesforce"]]
    recs, _ = _run('Copy the email into the email address, add them as subscribed with language "en", and clear their tags.', C, M, sfc)
    assert recs[0] == {"email_address": "ann@acme.io", "status": "subscribed", "language": "en", "tags": []}


def test_make_them_vip_only_when() -> None:
    sfc = [{**SFC[0], "LeadSource": "Web"}, {**SFC[1], "LeadSource": ""}]
    recs, _ = _run("Email to the email address. Make them VIP only when Lead Source is exactly Web; anything else, blank included, is not VIP.", C, M, sfc)
    assert _col(recs, "vip") == [True, False]


# --- a Vietnamese speaker's chat lines ---------------------------------------------------------------


def test_no_have_is_empty_and_if_then_lines_are_one_table() -> None:
    text = ("Email = email\nPhone: take phone first. if phone no have then take mobilephone. if both no have then don't put Phone\n"
            'if annualrevenue more than 5000000 then Rating "Hot"\nif annualrevenue less than 1000000 then Rating "Cold"\nif between then "Warm"')
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Phone") == ["(415) 555-0100", "212-555-0101", "<absent>"]
    assert _col(recs, "Rating") == ["Hot", "Warm", "Cold"]


def test_if_then_skip_lines_and_a_checkbox_line() -> None:
    text = ('email → Email\nif lifecyclestage is "customer" then skip, don\'t send\n'
            'HasOptedOutOfEmail: if hs_email_optout = "true" then true. if "false" or empty then false')
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "Email") == ["bo@beta.org", "cy@gamma.de"]
    assert _col(recs, "HasOptedOutOfEmail") == [False, True]


def test_a_head_without_a_colon_over_arrow_rows() -> None:
    text = 'status from the opt-out field (hs_email_optout)\n"true" → "unsubscribed"\n"false" → "subscribed"\nempty → "pending"\nemail_address = email'
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "status") == ["subscribed", "pending", "unsubscribed"]


def test_chat_forms_of_tags_and_conditions() -> None:
    text = ('tags for Mailchimp pls\nif annualrevenue more than 3000000 then add tag "Big"\nif lifecyclestage = "customer" then add tag "Client"\n'
            'order: "Big" first, then "Client"\nif annualrevenue no have then no "Big" tag\nif no tag match then tags = [] empty list\nemail → email_address')
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "tags") == [["Big", "Client"], [], []]


def test_value_keyed_if_lines_under_a_from_head_and_a_bracketed_full_stop() -> None:
    text = ('userId = Email\ntraits.phone = Phone E.164 (US, +1. if number have "+" already then keep it)\ntraits.team from Department:\n'
            'if "Sales" then "revenue"\nother or empty then "general"')
    sfc = [{**SFC[0], "Phone": "(503) 555-0148"}, {**SFC[1], "Phone": "(503) 555-0149"}]
    recs, _ = _run(text, C, S, sfc)
    assert [r["traits"]["team"] for r in recs] == ["revenue", "general"]
    assert recs[0]["traits"]["phone"] == "+15035550148"


def test_a_chat_title_and_sign_off_are_no_rules() -> None:
    recs, _ = _run("last one ạ\nemail = email_address\nfirstname = FNAME same same", M, H, MC)
    assert recs[0] == {"email": "ann@acme.io", "firstname": "Ann"}
    recs, _ = _run("Segment address + phone\nuserId = email\ntraits.address.city = city", H, S, HS[:1])
    assert recs[0] == {"userId": "ann@acme.io", "traits": {"address": {"city": "Austin"}}}


def test_a_field_value_said_after_its_condition() -> None:
    text = 'email_address = email\nif industry is "Software" then vip true, other industry or empty then vip false'
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "vip") == [True, False, False]
    recs, _ = _run('client_id = email\nif lifecyclestage = "customer" then event name "buyer_sync", other stage then "lead_sync"', H, G, HS)
    assert [r["events"][0]["name"] for r in recs] == ["buyer_sync", "lead_sync", "lead_sync"]


# --- guards --------------------------------------------------------------------------------------------


def test_a_table_of_fixed_values_never_lands_on_the_match_key() -> None:
    r = draft_mapping("Last name as is. Email is 'Web' if the lifecycle stage is lead, 'Ads' if it is customer, otherwise 'Other'.", H, L)
    assert r.mapping is not None
    email = next(x for x in r.mapping["rules"] if x["to"] == "Email")
    assert email.get("from") == "email", email
    assert any("upserts by" in q["question"] for q in r.questions), r.questions


def test_if_c_skip_with_a_negation_is_left_to_the_filter_readers() -> None:
    recs, _ = _run("Email to Email. If the company is not filled in, skip.", H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "cy@gamma.de"]


def test_a_field_that_does_not_have_a_value_is_still_english() -> None:
    recs, _ = _run("skip anyone who does not have a company. Email -> Email, company -> Company", H, L, HS)
    assert _col(recs, "Company") == ["Acme", "Gamma"]


def test_lead_rows_still_read_with_the_sf_lead_pool() -> None:
    recs, _ = _run("email = Email\nif Rating is \"Hot\" then lifecyclestage \"opportunity\", otherwise \"lead\"", L, H, SFL)
    assert _col(recs, "lifecyclestage") == ["opportunity", "lead", "lead"]


# --- SQL-style lists (set 95) ---------------------------------------------------------------------------


def test_a_quoted_date_pattern_an_arrow_list_under_a_long_line_and_an_empty_list() -> None:
    rules = _rules("client_id := email\nevents[0].name := 'sync'\nevents[0].params.created_on := createdate as 'YYYY-MM-DD' (date part only)", H, G)
    assert rules["events[0].params.created_on"]["transform"] == [{"date": "%Y-%m-%d"}]
    text = ("salesforce.Lead -> hubspot.contacts. Plain copies, no transforms at all; an empty value is copied as ''.\n"
            "  email     <- Email\n  firstname <- FirstName\n  city      <- City")
    recs, _ = _run(text, L, H, SFL[:1])
    assert recs[0] == {"email": "ann@acme.io", "firstname": "Ann", "city": "London"}
    recs, _ = _run("WHERE LastName IS NOT NULL\nemail_address <- Email; status <- 'subscribed';\ntags <- [] -- an explicit empty list.", C, M, SFC[:1])
    assert recs[0] == {"email_address": "ann@acme.io", "status": "subscribed", "tags": []}
