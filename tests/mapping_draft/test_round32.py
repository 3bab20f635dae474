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

from tests.mapping_draft.test_round16 import HS, SFL, C, H, L, M, _col, _run

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
