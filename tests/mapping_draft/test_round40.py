"""Round 40: a former teacher's worksheets (set 133: a title, 'Instructions:', numbered steps,
'Note carefully:' and 'Remember:' boxes with worked examples about made-up pupils, 'In summary')
opened as training, with what they showed any author can write: a field's label with its API
name in brackets ('the Mobile Phone Number (mobilephone)'), band rows said as 'More than N: Rating
is Hot', 'If X is anything else, put Other', a table's column headings, 'No Lead is made' after a
skip. Several were silent: 'In Lead Source (LeadSource) write the words Trade Show' copied the
source's own lead source, a remark on E.164 wrote 1 into FirstName and the country into
Country, 'Rating: read the annual revenue as a number' over bands copied AnnualRevenue. Fresh
wording throughout; the held-out texts are not copied. (JSON-ish specs, set 134, are in
test_round40_json.py; the canonical-wording skip in test_required_words.py.)"""

from __future__ import annotations

from typing import Any

from syncwright.mapping.draft.canon import canonical
from syncwright.mapping.draft.label_names import label_names
from syncwright.mapping.draft.service import resolve_objects
from syncwright.mapping.draft.worksheet import worksheet
from tests.mapping_draft.test_round16 import HS, C, H, L, _col, _run

HS_MORE: list[dict[str, Any]] = [
    *HS,
    {**HS[0], "email": "di@delta.io", "lifecyclestage": "customer", "annualrevenue": "1500000", "industry": "Retail", "mobilephone": "  "},
]


# --- worksheets ---------------------------------------------------------------------------------------

WORKSHEET = """PRACTICE 3: Copying contacts across to Salesforce

Instructions: Work carefully. Every contact becomes a Lead.

Step 1: Email: copy the email exactly.
Step 2: LastName: copy lastname in title case.
Step 3: Company: copy company; if it is empty, write Freelance.
Step 4: Rating: Hot when the Lifecycle Stage (lifecyclestage) is customer, otherwise Cold.

Note carefully: for example, Zainab has no company, so her Company becomes Freelance. Tunde is a
lead, so his Rating is Cold.

Remember: the email is never changed.

In summary: email, surname, company or Freelance, and a rating from the stage."""


def test_a_worksheet_is_read_from_its_steps() -> None:
    recs, questions = _run(WORKSHEET, H, L, HS)
    assert questions == []
    assert _col(recs, "Company") == ["Acme", "Freelance", "Gamma"]
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold"]
    assert _col(recs, "LastName") == ["Lee", "Ng", "Oz"]


def test_the_worksheet_pass_keeps_the_steps_and_drops_the_boxes() -> None:
    said = worksheet(WORKSHEET)
    assert "Zainab" not in said and "In summary" not in said and "PRACTICE" not in said
    assert "Company: copy company; if it is empty, write Freelance." in said.splitlines()


def test_a_text_that_is_no_worksheet_is_left_as_written() -> None:
    text = "Step 1: copy the email.\nStep 2: copy the company.\nThen the phone, trimmed."
    assert worksheet(text) is text  # steps, but no title and no box


def test_a_worked_example_inside_a_step_is_dropped() -> None:
    text = ("UNIT 2: emails\nRemember: read every step.\n"
            "Step 1: Email: the email in small letters, for example Ann@Acme.IO becomes ann@acme.io.\n"
            "Step 2: City: copy city.")
    assert worksheet(text).splitlines()[:2] == ["Email: the email in small letters.", "City: copy city."]


def test_a_sentence_with_blanks_to_fill_in() -> None:
    # silent before: the Description held the date alone
    text = ("TASK 5: notes on each Lead\nRemember: keep the spaces as shown.\n"
            "Step 1: Email: copy it.\nStep 2: LastName: copy lastname.\n"
            "Step 3: Description: write this sentence, filling in the blanks:\n"
            "        Signed up <day> in <city>\n"
            "    where <day> is the date part of the Create Date (createdate), in the form YYYY-MM-DD.")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Description") == ["Signed up 2023-03-14 in Austin", "Signed up 2023-07-02 in Lyon", "Signed up 2022-11-20 in Bonn"]


# --- labels with their API names in brackets -----------------------------------------------------------


def test_a_label_with_its_api_name_in_brackets_is_that_field_in_a_worksheet() -> None:
    # before: 'Mobile Phone Number' matched the Lead's MobilePhone, which was written instead
    text = ("EXERCISE 9: phones\nRemember: one number only.\nStep 1: Email: the email.\n"
            "Step 2: Phone comes from the Mobile Phone Number (mobilephone). If the mobile is empty, use the Phone Number (phone).")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Phone") == ["(415) 555-0100", "212-555-0101", ""]
    assert _col(recs, "MobilePhone") == ["<absent>"] * 3


def test_brackets_that_hold_no_field_of_that_label_stay() -> None:
    src, dst = resolve_objects(H, L)
    text = "the Phone Number (phone), the office line (phone), a note (see below)"
    assert label_names(text, src, dst) == "the phone, the office line (phone), a note (see below)"


def test_a_constant_written_into_a_field_named_with_its_api_name() -> None:
    # silent before: it copied the contact's own lead source (hs_analytics_source)
    text = "Email: copy it.\nIn Lead Source (LeadSource) write the words Partner Event for every single lead, no exceptions."
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "LeadSource") == ["Partner Event"] * 3


def test_a_constant_with_a_dash_written_on_every_record() -> None:
    text = "Email: copy as it is.\nDescription: write Imported - spring list on every Contact."
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "Description") == ["Imported - spring list"] * 3


# --- bands, tables and their rest ----------------------------------------------------------------------


def test_band_rows_said_as_condition_then_the_fields_value() -> None:
    # silent before: the revenue read 'as a number' was also copied into AnnualRevenue
    text = ("Email: copy it.\n"
            "Rating: read the Annual Revenue (annualrevenue) as a number.\n"
            "    (a) More than 5,000,000: Rating is Hot.\n"
            "    (b) Less than 1,000,000: Rating is Cold.\n"
            "    (c) Anything in between: Rating is Warm.\n"
            "If annualrevenue is empty, the Rating is Cold.")
    text = "LESSON 1: ratings\nRemember: numbers only.\n" + text.replace("Rating: read", "Step 1: Rating: read").replace("Email:", "Step 0: Email:")
    recs, _ = _run(text, H, L, HS_MORE)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold", "Warm"]
    assert _col(recs, "AnnualRevenue") == ["<absent>"] * 4


def test_anything_else_after_a_table_with_its_column_headings() -> None:
    text = ("Email: copy it.\n"
            "Industry: read the HubSpot industry and find it in this table:\n"
            "    HubSpot industry -> Salesforce Industry\n"
            "    Software -> Technology\n"
            "    Food -> Food & Beverage\n"
            "If the HubSpot industry is anything else, put Other.")
    recs, _ = _run(text, H, L, HS_MORE)
    assert _col(recs, "Industry") == ["Technology", "Other", "Food & Beverage", "Other"]


def test_a_change_into_codes_over_value_rows() -> None:
    text = ("Email: copy it.\n"
            "MailingCountry: change the HubSpot country into its two-letter code: United States -> US; Germany -> DE")
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "MailingCountry") == ["US", "", "DE"]


# --- filters and their remarks -------------------------------------------------------------------------


def test_no_lead_is_made_is_a_remark_not_a_filter() -> None:
    # before: 'No Lead.' was read as skipping the lifecycle stage 'lead'
    text = "If hs_email_optout is 'true', skip the contact. No Lead. Email: copy it. Company: copy it."
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org"]


def test_only_whose_value_is_used_and_every_other_is_skipped() -> None:
    text = ("Look at the lifecyclestage. Only a contact whose stage is customer is used. Every other stage is skipped.\n"
            "Email: copy it.")
    recs, questions = _run(text, H, L, HS_MORE)
    assert _col(recs, "Email") == ["ann@acme.io", "di@delta.io"]
    assert questions == []


# --- phones ----------------------------------------------------------------------------------------------


def test_e164_remarks_write_no_first_name_or_country() -> None:
    # silent before: 'the first digit is 1' wrote 1 into FirstName, 'country code' copied Country
    text = ("Email: copy it.\nFirstName: copy firstname.\n"
            "Phone: rewrite the phone in E.164 form.\n"
            "Our leads are mostly in the United States, so put +1 in front.\n"
            "If the number already starts with +, it already has its country code; keep it.\n"
            "If it has 11 digits and the first digit is 1, the 1 is the country code, so just add the +.")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "FirstName") == ["ann", "bo", "cy"]
    assert _col(recs, "Phone")[0] == "+14155550100"
    assert _col(recs, "Country") == ["<absent>"] * 3


def test_e164_with_the_code_put_in_front_and_its_rules_as_statements() -> None:
    text = ("Email: copy it.\n"
            "Phone: use the mobilephone; if it is empty, use the phone. Write it in E.164: + and digits only, "
            "with +1 put in front for our United States numbers. A number that already starts with + keeps its own "
            "country code. A number of 11 digits beginning with 1 only needs the +.")
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "Phone")[:2] == ["+14155550100", "+12125550101"]
    assert questions == []


def test_a_fallback_said_as_where_to_look_and_its_remarks() -> None:
    text = ("Email: copy it.\n"
            "Phone: look first at the mobilephone. If it is filled, that is the Phone. "
            "If the mobile is empty, look at the phone and use that. "
            "Copy whichever number you use exactly as it is written; do not reformat it. "
            "If both numbers are empty, the Lead gets no Phone at all. Leave the field out completely.")
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "Phone") == ["(415) 555-0100", "212-555-0101", "<absent>"]
    assert questions == []


def test_in_case_of_empty_mid_sentence_is_not_a_new_condition() -> None:
    # round 39's 'in case of empty X' row, narrowed: mid-sentence with 'then' after the field it
    # cost five never-opened cases; at a clause's start with a comma it still reads
    assert "if phone is empty" not in canonical("Phone from phone, in case of empty phone then from the mobile phone number")
    assert canonical("In case of empty company, the domain goes").startswith("if company is empty")
