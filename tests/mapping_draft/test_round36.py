"""Round 36: a Johannesburg CRM manager's e-mail replies under the engineer's quoted questions
(set 120: '> Title from jobtitle?' over 'Yes.', 'Correct, but ...', 'No - rather "X"', 'Same as
above.', 'Skip them too', answers wrapped by the mail client, a greeting and the writer's name
alone at the end) and a Bangkok executive's chat messages in Thai-shaped English (set 122:
closing particles 'ka' and 'na', 'same same', 'tick' / 'not tick', 'in CAPITAL', 'other stage
VIP false', 'many contact not have it -> then put "en"', 'can or not?') opened as training. The
silent readings found on the way: 'email -> email_address ka' wrote the text 'ka' for the
LeadSource 'Email', 'other stage VIP false' was a row for the stage 'other', 'don't send ""'
wrote an empty default, 'VIP member -> stage = customer, not VIP -> subscriber' left the VIPs'
field out, a rest row 'other one or empty -> other' was dropped as a worked example, a reason
line about spaces trimmed another field, 'Segment address from SF Contact' wrote the street,
'No - rather "Private individual"' (to a proposed default) wrote that text for everyone.
Fresh wording throughout; the held-out texts are not copied."""

from __future__ import annotations

from typing import Any

from syncwright.mapping.draft.service import draft_mapping
from tests.mapping_draft.test_round16 import HS, MC, SFC, SFL, C, H, L, M, _col, _run

S, G = "segment.identify", "ga4.events"


def _emails(recs: list[dict[str, Any]], key: str = "Email") -> list[Any]:
    return [r.get(key) for r in recs]


# --- chat particles ('ka', 'na') closing a line are no words of the rule -------------------------


def test_a_closing_particle_is_not_a_value_of_the_match_key() -> None:
    recs, _ = _run("email -> Email ka\nlastname -> LastName na", H, L, HS)
    assert _emails(recs) == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"]
    assert _col(recs, "LastName") == ["LEE", "NG", "OZ"]


def test_a_particle_before_a_comma_or_a_colon_goes_too() -> None:
    text = "contact with no company -> skip na, not for salesforce\nEmail = email\nLastName = lastname ka"
    recs, _ = _run(text, H, L, HS)
    assert _emails(recs) == ["ann@acme.io", "cy@gamma.de"]


def test_put_na_is_still_a_value() -> None:
    recs, _ = _run("Email = email\nLastName = lastname\nCompany = company, if empty put na", H, L, HS)
    assert _col(recs, "Company")[1] in ("na", "N/A")


# --- leave-offs said for a block of lines -----------------------------------------------------------


def test_any_one_empty_skip_that_key_leaves_each_line_above_out() -> None:
    text = ("traits.address.city <- City\ntraits.address.state <- State\ntraits.address.country <- Country\n"
            "any one empty -> skip that key\nuserId <- email")
    recs, _ = _run(text, H, S, HS)
    assert recs[1]["traits"]["address"] == {"city": "Lyon"}
    assert recs[0]["traits"]["address"] == {"city": "Austin", "state": "TX", "country": "United States"}


def test_dont_send_an_empty_string_is_a_leave_off_not_a_default() -> None:
    text = "userId = email\ntraits.title = jobtitle, if empty don't send \"\""
    recs, _ = _run(text, H, S, HS)
    assert "title" not in recs[1].get("traits", {})
    assert recs[0]["traits"]["title"] == "CEO"


def test_if_x_empty_arrow_not_send_leaves_the_field_out() -> None:
    recs, _ = _run("userId = email\ntraits.industry = industry\nif industry empty -> not send traits.industry", H, S, HS)
    assert "industry" not in recs[1].get("traits", {})
    assert recs[2]["traits"]["industry"] == "Food"


# --- Thai-shaped formats and tables -----------------------------------------------------------------


def test_in_capital_and_small_letter_are_upper_and_lower_case() -> None:
    recs, _ = _run("Email = email but small letter all\nCity -> City in CAPITAL\nLastName = lastname", H, L, HS)
    assert _col(recs, "City") == ["AUSTIN", "LYON", "BONN"]
    recs2, _ = _run("email_address -> Email\nMailingCity -> City all capital", M, L, [])
    assert recs2 == []


def test_other_stage_then_a_value_is_the_rest_of_the_table() -> None:
    recs, _ = _run("email_address = email\nVIP = true when lifecycle stage is customer, other stage VIP false", H, M, HS)
    assert _col(recs, "vip") == [True, False, False]


def test_the_two_sides_of_vip_as_arrows() -> None:
    recs, qs = _run("email -> email_address\nVIP member -> Lifecycle Stage = customer, not VIP -> subscriber", M, H, MC)
    assert _col(recs, "lifecyclestage") == ["customer", "subscriber", "subscriber"]
    assert qs == []


def test_other_value_or_blank_names_the_rest_row_with_the_blanks() -> None:
    text = "Industry of Lead from HubSpot industry:\nSoftware = Technology\nFood = Retail\nother value, or industry empty = Other\nEmail = email\nLastName = lastname"
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Industry") == ["Technology", "Other", "Retail"]


def test_other_one_or_empty_under_rows_is_no_worked_example() -> None:
    text = "userId <- email\ntraits.segment from lifecycle stage:\n  customer -> paying\n  other one or empty -> other"
    recs, _ = _run(text, H, S, HS)
    assert [r["traits"]["segment"] for r in recs] == ["paying", "other", "other"]


def test_two_copies_paired_in_order_with_one_trim_after_both() -> None:
    rows = [{**HS[0], "firstname": "  ann ", "lastname": " LEE  "}]
    recs, _ = _run("Email = email\nFirstName, LastName from first name / last name but remove spaces before and after", H, L, rows)
    assert (recs[0]["FirstName"], recs[0]["LastName"]) == ("ann", "LEE")


def test_a_reason_about_spaces_trims_nothing() -> None:
    rows = [{**HS[0], "company": " Acme "}]
    text = "1) Email = email\n2) LastName = lastname\nsometimes people type space before and after\n3) Company -> Company"
    recs, _ = _run(text, H, L, rows)
    assert recs[0]["Company"] == " Acme "


def test_same_same_is_a_copy_as_it_is() -> None:
    recs, qs = _run("Email = email same same\nLastName = lastname same same", H, L, HS)
    assert _col(recs, "LastName") == ["LEE", "NG", "OZ"]
    assert qs == []


def test_a_basis_line_without_a_colon_heads_the_rows_under_it() -> None:
    text = "Rating depend on lifecycle stage\ncustomer -> \"Hot\"\nother stage -> \"Cold\"\nEmail = email\nLastName = lastname"
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold"]


# --- filters said the chat way ----------------------------------------------------------------------


def test_two_groups_we_dont_send_heads_the_skips_under_it() -> None:
    text = ("but 2 group don't send:\n1) lifecycle stage = customer\n2) hs_email_optout = true\n"
            "Email = email\nLastName = lastname")
    recs, _ = _run(text, H, L, HS)
    assert _emails(recs) == ["bo@beta.org"]
    assert "HasOptedOutOfEmail" not in recs[0]


def test_blank_optout_still_send_is_no_rule() -> None:
    text = "skip contacts with hs_email_optout = true\nhs_email_optout empty -> those still send, fine\nEmail = email\nLastName = lastname"
    recs, qs = _run(text, H, L, HS)
    assert _emails(recs) == ["ann@acme.io", "bo@beta.org"]
    assert qs == []


def test_no_need_beside_a_skip_says_the_same() -> None:
    recs, _ = _run("Lead with Rating \"Cold\" -> no need in HubSpot, skip\nEmail -> email", L, H, SFL)
    assert _emails(recs, "email") == ["ann@acme.io", "cy@gamma.de"]


def test_become_leads_is_no_stage_of_the_filter() -> None:
    recs, _ = _run("Only contacts at lifecycle stage customer or subscriber become leads.\nEmail = email\nLastName = lastname", H, L, HS)
    assert _emails(recs) == ["ann@acme.io", "cy@gamma.de"]


# --- checkboxes said as ticks -----------------------------------------------------------------------


def test_tick_and_not_tick_are_true_and_false() -> None:
    text = ("Salesforce Lead have 2 checkbox\nEmail Opt Out (HasOptedOutOfEmail): tick (true) when hs_email_optout is \"true\"\n"
            "\"false\" or empty -> not tick (false)\nDo Not Call: tick when contact have no phone, have phone -> false\n"
            "Email = email, LastName = lastname")
    recs, qs = _run(text, H, L, HS)
    assert _col(recs, "HasOptedOutOfEmail") == [False, False, True]
    assert _col(recs, "DoNotCall") == [False, True, True]
    assert qs == []


def test_a_tick_on_one_side_picks_the_status() -> None:
    recs, _ = _run("email_address = Email\nDo Not Call tick -> status unsubscribed, not tick -> subscribed",
                   C, M, [{**SFC[0], "DoNotCall": True}, {**SFC[1], "DoNotCall": False}])
    assert _col(recs, "status") == ["unsubscribed", "subscribed"]


# --- defaults and rest rows said the chat way --------------------------------------------------------


def test_many_contacts_dont_have_it_then_put_a_value() -> None:
    recs, _ = _run("email -> email_address\nlanguage: take from hs_language\nmost contact not have it -> then put \"th\"", H, M,
                   [{**HS[0], "hs_language": "en"}, HS[1]])
    assert _col(recs, "language") == ["en", "th"]


def test_blank_or_less_is_the_rest_of_a_flag() -> None:
    recs, _ = _run("email_address = email\nvip true if annual revenue > 5,000,000 ; revenue blank or less -> false", H, M, HS)
    assert _col(recs, "vip") == [True, False, False]


def test_a_fixed_value_and_a_closing_question() -> None:
    text = "client_id = email\nevent name \"crm_update\" (fix value)\nparams.channel = \"crm\" fix\ncan or not?"
    recs, qs = _run(text, H, G, HS[:1])
    assert recs[0]["events"][0] == {"name": "crm_update", "params": {"channel": "crm"}}
    assert qs == []


def test_a_title_naming_the_platform_and_the_source_is_no_rule() -> None:
    recs, _ = _run("Segment address from SF Contact\ntraits.address.city = Mailing City\nuserId = Email", C, S, SFC[:1])
    assert recs[0]["traits"]["address"] == {"city": None} or set(recs[0]["traits"]["address"]) == {"city"}


def test_a_tag_on_one_side_picks_the_stage() -> None:
    recs, _ = _run("email_address -> email\nmember have tag \"Customer\" -> lifecyclestage customer, no -> lead", M, H, MC)
    assert _col(recs, "lifecyclestage") == ["customer", "lead", "lead"]


def test_the_merge_field_tag_is_its_name() -> None:
    recs, _ = _run("email_address = email\ncompany goes to the merge field with tag COMPANY", H, M, HS[:1])
    assert recs[0]["merge_fields"] == {"COMPANY": "Acme"}
    assert "tags" not in recs[0]


# --- an e-mail reply under the engineer's quoted questions --------------------------------------------


def test_quoted_proposals_with_yes_are_the_rules() -> None:
    text = "Hi Sam\n> Email from email?\nYes.\n> LastName from lastname?\nCorrect.\n> Title from jobtitle?\nYes please.\nNomsa"
    recs, qs = _run(text, H, L, HS)
    assert _col(recs, "Title") == ["CEO", "", "CTO"]
    assert qs == []


def test_an_agreeing_answer_adds_its_format() -> None:
    text = "Hello Sam\n> Email from email?\nYes.\n> LastName from lastname?\nYes but in capitals.\n> City from city?\nYes."
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "LastName") == ["LEE", "NG", "OZ"]


def test_same_as_above_repeats_the_answer_for_this_proposals_fields() -> None:
    text = ("Hi Sam\n> Phone from phone?\nYes, E.164, and if phone is empty leave Phone off.\n"
            "> MobilePhone from mobilephone?\nSame as above.\n> Email from email?\nYes.")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "MobilePhone") == ["<absent>", "+12125550101", "<absent>"]
    assert _col(recs, "Phone") == ["+14155550100", "<absent>", "<absent>"]


def test_no_rather_puts_the_answers_value_in_place_of_the_proposed_one() -> None:
    text = "Hi Sam\n> userId from email?\nYes.\n> traits.company.name from company, \"Unknown\" when empty?\nNo - rather \"Sole trader\"."
    recs, _ = _run(text, H, S, HS)
    assert [r["traits"]["company"]["name"] for r in recs] == ["Acme", "Sole trader", "Gamma"]


def test_skip_them_too_leaves_out_the_records_the_question_names() -> None:
    text = ("Hi Sam,\n> Should opted-out contacts (hs_email_optout = \"true\") be skipped?\nYes, don't send them.\n"
            "> And subscribers (lifecycle stage \"subscriber\")?\nSkip them too, marketing owns them.\n"
            "> Email from email?\nYes.\n> LastName from lastname?\nYes.")
    recs, _ = _run(text, H, L, HS)
    assert _emails(recs) == ["ann@acme.io", "bo@beta.org"]


def test_a_bare_field_question_answered_by_its_source() -> None:
    text = "Hi Sam\n> traits.firstName from firstname?\nYes, as is.\n> userId?\nThe HubSpot email, as is.\nThanks"
    recs, _ = _run(text, H, S, HS)
    assert [r.get("userId") for r in recs] == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"]


def test_an_answer_wrapped_by_the_mail_client_is_one_sentence() -> None:
    text = ("Morning Sam\n> Phone from phone?\nYes, in E.164 please. Our book is American, so assume US (+1) unless the number\n"
            "already starts with a +.\n> Email from email?\nYes.\nNomsa")
    recs, qs = _run(text, H, L, HS)
    assert _col(recs, "Phone")[0] == "+14155550100"
    assert qs == []


def test_the_writers_name_alone_after_a_greeting_is_no_rule() -> None:
    r = draft_mapping("Howzit Sam\n> Email from email?\nYes.\n> LastName from lastname?\nYes.\nThandi", H, L)
    assert r.questions == []


def test_so_it_reads_is_a_sample_not_a_rule() -> None:
    text = ("Hi Sam\n> Email from email?\nYes.\n> LastName from lastname?\nYes.\n> Description?\n"
            "Build it as the company name, then \" / \", then the city. So it reads \"Acme / Austin\".")
    recs, qs = _run(text, H, L, HS[:1])
    assert recs[0]["Description"] == "Acme / Austin"
    assert qs == []


def test_without_a_checkbox_keeps_the_unticked_ones() -> None:
    rows = [{**SFC[0], "HasOptedOutOfEmail": False}, {**SFC[1], "HasOptedOutOfEmail": True}]
    recs, _ = _run("Only contacts without Email Opt Out.\nemail_address = Email", C, M, rows)
    assert _emails(recs, "email_address") == ["ann@acme.io"]


def test_an_answer_corrects_one_row_of_the_proposed_table() -> None:
    text = ("Hi Sam\n> Rating -> lifecyclestage: Hot -> salesqualifiedlead, Warm -> lead, Cold -> subscriber?\n"
            "Correct, but Warm must go to marketingqualifiedlead, not lead. The rest is right.\n> Email -> email?\nYes.")
    recs, _ = _run(text, L, H, SFL)
    assert _col(recs, "lifecyclestage") == ["salesqualifiedlead", "subscriber", "marketingqualifiedlead"]


def test_what_if_it_is_blank_then_a_value() -> None:
    text = "Hi Sam\n> Email from email?\nYes.\n> Company from company - what if it's blank?\nThen \"Self-employed\"."
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "Self-employed", "Gamma"]


def test_and_when_it_is_empty_rather_a_value_then_a_reason() -> None:
    text = ("Hi Sam\n> userId from email?\nYes.\n> traits.address.country from country?\nYes.\n"
            "> And when country is empty?\nRather send \"Canada\" then, most of ours are there.")
    recs, _ = _run(text, H, S, HS)
    assert [r["traits"]["address"]["country"] for r in recs] == ["United States", "Canada", "Germany"]


def test_only_those_with_a_field_and_its_value() -> None:
    text = "Hi Sam\n> Which leads go across?\nOnly those with Country \"Germany\" - our Berlin desk's book.\n> email = Email.\nYes."
    recs, _ = _run(text, L, H, SFL)
    assert _emails(recs, "email") == ["cy@gamma.de"]


def test_a_reason_after_a_format_keeps_the_format() -> None:
    rows = [{**HS[0], "city": " Austin "}]
    recs, _ = _run("Email = email\nLastName = lastname\nCity from city, trimmed - there are stray spaces in HubSpot", H, L, rows)
    assert recs[0]["City"] == "Austin"


def test_blanks_also_join_the_rest_row() -> None:
    text = "userId = email\ntraits.band from lifecycle stage: customer = paying, anything else = free, blanks also \"free\""
    recs, _ = _run(text, H, S, [*HS, {**HS[0], "email": "dee@d.io", "lifecyclestage": ""}])
    assert [r["traits"]["band"] for r in recs] == ["paying", "free", "free", "free"]


def test_one_tag_each_keeps_the_tags_conditional() -> None:
    text = "email_address from email.\nTags from lifecycle stage: customer -> \"Paying\", lead -> \"Prospect\", one tag each."
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "tags") == [["Paying"], ["Prospect"], []]


def test_no_revenue_means_no_tag_is_no_flag_named_tag() -> None:
    text = "email_address from email\nTag \"Big\" when annualrevenue is over 1,000,000. No revenue means no tag."
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "tags") == [["Big"], [], []]


# --- rows pasted from a mapping spreadsheet as CSV (written for this round; set 121 stays unread) -------


def test_csv_rows_with_a_known_header_are_a_spec_table() -> None:
    text = 'target,source,rule\nEmail,email,\nLastName,lastname,\nCompany,company,"if empty then ""Unknown"""\nLeadSource,,"constant: Web"'
    recs, qs = _run(text, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "Unknown", "Gamma"]
    assert _col(recs, "LeadSource") == ["Web", "Web", "Web"]
    assert qs == []


def test_semicolon_rows_under_an_unknown_header_are_named_by_their_cells() -> None:
    text = "Pole docelowe;Zrodlo;Uwagi\nEmail;email;\nLastName;lastname;upper case\nCity;city;"
    recs, qs = _run(text, H, L, HS)
    assert _col(recs, "LastName") == ["LEE", "NG", "OZ"]
    assert _col(recs, "City") == ["Austin", "Lyon", "Bonn"]
    assert qs == []


def test_platform_names_as_column_heads_and_a_default_column() -> None:
    text = "HubSpot;Salesforce;Default if empty\nemail;Email;\nlastname;LastName;\njobtitle;Title;Specialist"
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Title") == ["CEO", "Specialist", "CTO"]


def test_a_rule_cell_with_a_bound_on_the_rows_source() -> None:
    text = 'field;from;rule\nemail_address;email;\nvip;annualrevenue;"true when > 1 000 000, otherwise false (also when empty)"'
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "vip") == [True, False, False]


def test_prose_with_commas_is_no_csv() -> None:
    recs, _ = _run("Email, LastName and Company copied from email, lastname and company.", H, L, HS)
    assert _col(recs, "Company") == ["Acme", "", "Gamma"]


def test_only_x_is_needed_is_the_only_filter() -> None:
    recs, _ = _run("Only contact from Germany is needed.\nEmail = email\nLastName = lastname", H, L, HS)
    assert _emails(recs) == ["cy@gamma.de"]


def test_is_needed_to_put_is_the_default() -> None:
    recs, qs = _run("Email = email\nLastName = lastname\nCompany = company, in case when empty is needed to put \"Unknown\"", H, L, HS)
    assert _col(recs, "Company") == ["Acme", "Unknown", "Gamma"]
    assert qs == []


def test_gloss_headers_and_a_joined_source_cell() -> None:
    text = ("Pole docelowe (target);Zrodlo (source);Uwagi (notes)\nuserId;email;\n"
            "traits.name;firstname, lastname;joined with one space\nstatus;;ignored")
    recs, _ = _run(text, H, S, HS[:1])
    assert recs[0]["userId"] == "ann@acme.io"
    assert recs[0]["traits"]["name"] == "ann LEE"


def test_the_word_other_after_the_rest_rows_arrow_is_its_value() -> None:
    recs, _ = _run("userId <- email\ntraits.industry from industry: Software -> Tech, anything else -> Other", H, S, HS)
    assert [r["traits"]["industry"] for r in recs] == ["Tech", "Other", "Other"]


def test_other_and_empty_with_one_value_is_the_rest_with_the_blanks() -> None:
    text = 'target,source,notes\nuserId,email,\ntraits.industry,industry,"Software -> Tech, other -> Misc, empty -> Misc"'
    recs, _ = _run(text, H, S, HS)
    assert [r["traits"]["industry"] for r in recs] == ["Tech", "Misc", "Misc"]


def test_an_empty_cases_list_is_refused_by_the_spec() -> None:
    import pytest

    from syncwright.mapping.spec import MappingError, parse_mapping

    doc = {"version": 2, "source": {"object": H}, "destination": {"object": L}, "match_key": "Email",
           "rules": [{"to": "Email", "from": "email"}, {"to": "LeadSource", "cases": []}]}
    with pytest.raises(MappingError, match="cases"):
        parse_mapping(doc, "m.yaml")
