"""Round 39: a former paralegal's contract clauses (set 131) and a platform engineer's YAML-ish
config (set 130, see test_round39_yaml.py) opened as training, and Hungarian-shaped English
written for the never-opened set 129's register ('at empty phone the mobilephone goes',
'FirstName the firstname gets', 'whose lifecycle stage customer is'). With them the readings left
from round 38 and the silent ones found on the way: a header over '=' value rows wrote the state
into the country, 'X/Y/Z are plain copies' wrote the words 'plain copies', 'comes from the first
of the following which is not empty: (a) ...; (b) ...; (c) ...' kept only the last step, and
'X shall not be written to the Contact at all' skipped the whole record. Fresh wording
throughout; the held-out texts are not copied."""

from __future__ import annotations

from typing import Any

from syncwright.mapping.draft.contract_clauses import contract_clauses
from syncwright.mapping.draft.equal_rows import equal_rows
from syncwright.mapping.draft.likewise import likewise
from tests.mapping_draft.test_round16 import HS, C, H, L, M, _col, _run

S, G = "segment.identify", "ga4.events"

HS_SPACED: list[dict[str, Any]] = [
    {**HS[0], "firstname": "  ann ", "lastname": " lee  "},
    {**HS[1], "firstname": "BO", "lastname": "  ng"},
]


# --- round 38's leftovers ----------------------------------------------------------------------------


def test_same_on_the_next_line_repeats_the_format_above() -> None:
    text = ("email <- email\n"
            "firstname <- firstname, trimmed and in title case\n"
            "lastname <- lastname, same. no lastname -> leave it out")
    recs, _ = _run(text, H, L, HS_SPACED)
    assert _col(recs, "LastName") == ["Lee", "Ng"]


def test_likewise_leaves_a_text_without_same_alone() -> None:
    text = "email <- email\nfirstname <- firstname, trimmed"
    assert likewise(text) is text


def test_a_header_over_equal_sign_value_rows_is_a_table_not_assignments() -> None:
    # silent before: 'country: United States = US' wrote the state into the country
    text = ("Email = email\n"
            "MailingCountry:\n"
            "United States = US\n"
            "Germany = DE")
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "MailingCountry") == ["US", "", "DE"]


def test_a_header_giving_its_reason_before_its_rows() -> None:
    text = ("Email = email\n"
            "MailingCountry: salesforce only takes the short codes, so\n"
            "United States -> US\n"
            "Germany -> DE")
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "MailingCountry") == ["US", "", "DE"]


def test_equal_rows_keeps_constants_under_a_plain_heading() -> None:
    text = "Defaults:\nLeadSource = Web\nRating = Warm"
    assert equal_rows(text) == text


def test_a_flag_header_over_one_condition_row_and_a_rest_row_with_blanks() -> None:
    text = ("Email <- email\n"
            "vip: city = New York -> true. any other city -> false, and empty city also false")
    rows = [{**HS[0], "city": "New York"}, {**HS[1], "city": ""}, HS[2]]
    recs, qs = _run(text, H, M, rows)
    assert _col(recs, "vip") == [True, False, False]
    assert not qs


def test_the_next_step_of_a_chain_said_with_also() -> None:
    text = ("Email <- email\n"
            "LastName <- lastname. if empty so company. if company also empty, again the part of the email before @")
    rows = [HS[0], {**HS[1], "lastname": "", "company": "Beta"}, {**HS[2], "lastname": "", "company": ""}]
    recs, _ = _run(text, H, C, rows)
    assert _col(recs, "LastName") == ["LEE", "Beta", "cy"]
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"]


def test_plain_copies_said_as_a_noun_copy_the_fields() -> None:
    # silent before: the last field got the words 'plain copies'
    text = "Email is the email.\nfirstname/lastname/company are plain copies, empty ones stay empty."
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "", "Gamma"]
    assert _col(recs, "FirstName") == ["ann", "bo", "cy"]


# --- contract clauses (set 131's register) -----------------------------------------------------------


CONTRACT = """1. Definitions
1.1 The "Source Record" means the HubSpot contact, and the "Lead" means the Salesforce Lead created from it.

2. Fields
2.1 The Lead's Email shall be the Source Record's email, reproduced verbatim.
2.2 Subject to clause 2.3, the Lead's Phone shall be the Source Record's phone; save where the phone is empty, in which case the Source Record's mobilephone shall be used instead.
2.3 Whichever number is taken shall be reproduced exactly as recorded.
2.4 The Lead's Company shall be the Source Record's company, save where it is empty, in which case "Not Disclosed"."""


def test_contract_clauses_defined_terms_and_save_where() -> None:
    recs, qs = _run(CONTRACT, H, L, HS)
    assert _col(recs, "Phone") == ["(415) 555-0100", "212-555-0101", ""]
    assert _col(recs, "Company") == ["Acme", "Not Disclosed", "Gamma"]
    assert not any("Source Record" in q for q in qs)


def test_contract_clauses_drop_definitions_and_cross_references() -> None:
    said = contract_clauses(CONTRACT)
    assert "means" not in said and "Subject to clause" not in said and "Source Record" not in said
    assert "Whichever" not in said


def test_a_record_not_passed_where_its_field_has_a_value_is_skipped() -> None:
    text = ("1. A HubSpot contact (the \"Contact\") shall not be passed to Salesforce where its hs_email_optout is \"true\".\n"
            "2. The Lead's Email shall be the Contact's email.\n"
            "3. The Lead's LastName shall be the Contact's lastname.")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org"]


def test_a_table_of_quoted_pairs_joined_by_a_dash() -> None:
    text = ("1. The Contact's Email shall be the HubSpot contact's email.\n"
            "2. The Contact's MailingCountry shall be the code for the HubSpot country, according to the following table:\n"
            "   \"United States\" - \"USA\"\n"
            "   \"Germany\" - \"DEU\"")
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "MailingCountry") == ["USA", "", "DEU"]


def test_the_first_of_the_following_which_is_not_empty_keeps_every_step() -> None:
    # silent before: only the last step (the part of the email before the @) was kept
    text = ("Email = email.\n"
            "The LastName, which Salesforce requires, shall be taken from the first of the following which is not empty, in the order given: "
            "(a) the lastname; (b) failing which, the company; (c) failing both, the part of the email before the @")
    rows = [HS[0], {**HS[1], "lastname": "", "company": "Beta"}, {**HS[2], "lastname": "", "company": ""}]
    recs, _ = _run(text, H, C, rows)
    assert _col(recs, "LastName") == ["LEE", "Beta", "cy"]


def test_a_field_not_written_to_the_record_at_all_is_left_out_not_the_record_skipped() -> None:
    # silent before: the whole record was skipped when the state was empty
    text = ("1. The Contact's Email shall be the HubSpot contact's email.\n"
            "2. The Contact's MailingState shall be the HubSpot state.\n"
            "3. Where the HubSpot state is empty, MailingState shall not be written to the Contact at all and shall be left out of the record in its entirety.")
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"]
    assert _col(recs, "MailingState") == ["TX", "<absent>", "NW"]


def test_a_table_head_ending_in_a_dash_under_a_lettered_item() -> None:
    text = ("(a) Email: the HubSpot contact's email, verbatim.\n"
            "(b) LeadSource: derived from lifecyclestage as follows -\n"
            "    customer and opportunity: \"Existing\";\n"
            "    any other value whatsoever: \"New\".")
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "LeadSource") == ["Existing", "New", "New"]


# --- Hungarian-shaped English (set 129's register, the set itself unread) ----------------------------


def test_at_empty_field_the_other_goes() -> None:
    text = ("1) email goes to Email, as it is\n"
            "2) LastName gets the lastname.\n"
            "3) company into Company. In case of empty company the part of the email after the @ goes.\n"
            "4) Phone: the phone comes. At empty phone the mobilephone goes.")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "beta.org", "Gamma"]
    assert _col(recs, "Phone") == ["(415) 555-0100", "212-555-0101", ""]


def test_at_empty_it_does_not_go() -> None:
    text = "1) userId is the email.\n2) traits.employees: numemployees as whole number. At empty it does not go."
    recs, _ = _run(text, H, S, HS)
    assert [r.get("traits", {}).get("employees", "<absent>") for r in recs] == [120, "<absent>", 8]


def test_value_rows_said_with_at() -> None:
    text = "Email: email.\nRating: at customer lifecycle stage Hot, at lead Warm, at others Cold."
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Warm", "Cold"]


def test_at_a_field_value_a_status() -> None:
    # silent before: status got the text 'true'
    text = "email_address the email gets.\nstatus: at hs_email_optout \"true\" unsubscribed, otherwise subscribed."
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "status") == ["subscribed", "subscribed", "unsubscribed"]


def test_the_verb_last_gets_and_whose_x_v_is() -> None:
    # silent before: every member got the tag
    text = ("1) email_address the email gets, lowercase.\n"
            "2) FNAME the firstname in title case gets.\n"
            "3) tag \"customer\" goes on them whose lifecycle stage customer is.")
    recs, _ = _run(text, H, M, HS)
    assert [r["merge_fields"]["FNAME"] for r in recs] == ["Ann", "Bo", "Cy"]
    assert _col(recs, "tags") == [["customer"], [], []]


def test_exclusions_said_object_first_and_with_not_last() -> None:
    text = ("contacts which are unsubscribed (hs_email_optout is \"true\") we do not send.\n"
            "Also the leads (lifecyclestage lead) not.\n"
            "1) Email <- email\n"
            "2) LastName <- lastname")
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "Email") == ["ann@acme.io"]


def test_with_no_trimming_is_not_a_trim() -> None:
    # silent before: 'with no trimming' and 'not trimmed' trimmed the value
    rows = [{**HS[0], "jobtitle": "  Chief Exec "}, HS[1]]
    for said in ("as is, with no trimming", "not trimmed", "without any trimming whatsoever"):
        text = f"Email is the email. Title should be the jobtitle, {said}; if the jobtitle is empty, Title is 'Unspecified'"
        recs, _ = _run(text, H, L, rows)
        assert _col(recs, "Title") == ["  Chief Exec ", "Unspecified"], said


def test_defaults_said_to_apply_only_when_empty_filter_nothing() -> None:
    # silent before: '... in no other circumstance' kept only the contacts of stage 'other'
    text = ("1. The Lead's Email shall be the contact's email.\n"
            "2. The Lead's Company shall be the contact's company; provided that, where the company is empty, the Company shall instead be \"Private\".\n"
            "3. The defaults in clause 2 shall apply only where the relevant value is empty and in no other circumstance.")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "Private", "Gamma"]


def test_the_source_first_what_we_do_to_it_then_where_it_goes() -> None:
    text = ("1) the email we lower-case it, then it goes to Email.\n"
            "2) if empty the company, then \"Unknown\" comes.\n"
            "3) LastName gets the lastname.")
    recs, _ = _run(text, H, L, [{**HS[0], "email": "Ann@Acme.io"}, HS[1]])
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org"]
    assert _col(recs, "Company") == ["Acme", "Unknown"]


def test_bands_said_comparison_first_and_the_blank_band_with_at() -> None:
    # silent before: the second band (no field named) was lost
    text = ("Email = email.\n"
            "Rating: above 5 million revenue Hot, under 1 million Cold, between them Warm. At empty revenue also Cold.")
    rows = [HS[0], HS[1], HS[2], {**HS[0], "annualrevenue": "2000000"}]
    recs, _ = _run(text, H, L, rows)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold", "Warm"]


def test_a_value_on_a_comparison_said_with_at() -> None:
    # silent before: a trait named 'million' was written
    text = "1) userId the email gets, as it is.\n2) traits.plan: at revenue above 1 million \"enterprise\", otherwise \"standard\"."
    recs, _ = _run(text, H, S, HS)
    assert [r["traits"] for r in recs] == [{"plan": "enterprise"}, {"plan": "standard"}, {"plan": "standard"}]


def test_the_records_first_then_their_tag_and_two_pairs_on_a_line() -> None:
    text = ("1) email_address: the email.\n"
            "2) FNAME: firstname, LNAME: lastname.\n"
            "3) who's lifecycle stage is customer, these get the \"vip\" tag. Others no tag.")
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "tags") == [["vip"], [], []]
    assert [r["merge_fields"] for r in recs] == [{"FNAME": "ann", "LNAME": "LEE"}, {"FNAME": "bo", "LNAME": "NG"}, {"FNAME": "cy", "LNAME": "OZ"}]


def test_at_empty_field_nothing_goes() -> None:
    text = "1) Email: email.\n2) the mobilephone goes to MobilePhone. At empty mobilephone nothing goes."
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "MobilePhone") == ["<absent>", "212-555-0101", "<absent>"]


def test_a_fallback_said_with_no_and_none_of_them_leaves_it_out() -> None:
    text = ("1) email_address: email\n"
            "2) merge field PHONE: the phone. If no phone, then the mobilephone. If none of them, the PHONE not goes.")
    recs, _ = _run(text, H, M, HS)
    assert [r.get("merge_fields", {}).get("PHONE", "<absent>") for r in recs] == ["(415) 555-0100", "212-555-0101", "<absent>"]


def test_a_pair_joined_together_then_more_parts() -> None:
    # silent before: the last name was lost
    text = ("Email: email. LastName: lastname.\n"
            "Description: the firstname and the lastname together, between them one space, then \" / \", then the company.")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Description") == ["ann LEE / Acme", "bo NG / ", "cy OZ / Gamma"]
