"""Round 50: sets 165 (a Singapore CRM executive's Telegram lists, 'field -> field (remark)', Singapore
English) and 167 (a Cluj administrator's formal numbered e-mails with lettered sub-items, Romanian-shaped
English) opened as training, with what any such writer's text can hold: 'is not completed' / 'is void' for
empty, 'is to be completed with', 'X is taken' for a fallback, 'the field Phone is not sent at all', a
greeting with a title ('Good day, Mr. Novak,'), lettered items under a numbered head or a list of
exclusions, '(blank then don't send)', 'must put X for all', a bracket whose sentences are one rule's
clauses, one format in brackets after two pairs, two checkboxes' branches in one sentence, a field's head
written with its platforms ('SF Rating -> HubSpot Lead Status:'). Fresh wording; the held-out texts are not
copied."""

from __future__ import annotations

from syncwright.mapping.draft.brief import brief_title
from tests.mapping_draft.test_round16 import HS, MC, SFC, SFL, C, H, L, M, S, _col, _run

# --- a formal e-mail in Romanian-shaped English ----------------------------------------------------------

LETTER = """Good day, Mr. Novak,

For the transfer of the clients to the Salesforce Leads please apply the following:

1. First Name - the spaces from the beginning and from the end are removed (trim).
2. Company:
   a) in case that the Company Name is void or contains only spaces, the field will take the value "Private client";
   b) when the Company Name is completed, it is copied exactly as it is.
3. Phone (on the Lead) = the Phone Number from HubSpot.
   a) in case that the Phone Number is not completed, the Mobile Phone Number is taken;
   b) in case that both of them are not completed, the field Phone is not sent at all (not even empty).
4. City: in case that the City is not completed, it is to be completed with "Cluj-Napoca".
5. Last Name: each word will begin with capital letter and the rest of the letters will be small.
6. Email is copied as it is.

Kind regards,
Elena"""


def test_a_formal_letter_reads_void_completed_taken_and_not_sent() -> None:
    rows = [{**HS[0], "firstname": "  ann "}, {**HS[1], "city": ""}, HS[2]]
    recs, questions = _run(LETTER, H, L, rows)
    assert _col(recs, "FirstName") == ["ann", "bo", "cy"]
    assert _col(recs, "Company") == ["Acme", "Private client", "Gamma"]
    assert _col(recs, "Phone") == ["(415) 555-0100", "212-555-0101", "<absent>"]
    assert _col(recs, "City") == ["Austin", "Cluj-Napoca", "Bonn"]
    assert _col(recs, "LastName") == ["Lee", "Ng", "Oz"]
    assert not any("Novak" in q or "'Mr'" in q for q in questions)  # the greeting's title ends no sentence


def test_a_list_of_exclusions_with_lettered_items_skips_each_group() -> None:
    text = """Good day,

There are two categories of HubSpot contacts that we do not want to receive in Salesforce:
a) the contacts which are already our clients (Lifecycle Stage = customer);
b) the contacts whose Industry is exactly "Food" - these are our suppliers.
A contact which is in one of these two situations is not sent at all.
For all the other contacts: Email and Last Name go in Email and Last Name, exactly as they are."""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["bo@beta.org"]


def test_a_stage_whose_value_is_other_is_skipped_after_another_skip() -> None:
    text = "skip contacts without a company name; skip contacts whose Lifecycle Stage is other; email -> Email; last name -> Last Name"
    rows = [*HS, {**HS[0], "email": "dee@delta.io", "lifecyclestage": "other"}]
    recs, _ = _run(text, H, L, rows)
    assert _col(recs, "Email") == ["ann@acme.io", "cy@gamma.de"]


def test_two_checkboxes_in_one_sentence_keep_their_own_branches() -> None:
    text = """We need two checkboxes on the Contact:
Email Opt Out: true when "Unsubscribed from all email" in HubSpot is "true"; false when it is "false"; false also when it is not completed.
Do Not Call: true when the client has no number at all, meaning that Phone Number and Mobile Phone Number are both void; false when at least one of the two is completed.
Email and Last Name are copied as they are."""
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "HasOptedOutOfEmail") == [False, False, True]
    assert _col(recs, "DoNotCall") == [False, False, True]


def test_a_table_head_said_twice_is_read_once() -> None:
    text = """Please find below how the Rating in Salesforce is to be completed, based on the Lifecycle Stage from HubSpot:
1. Rating:
   a) customer -> Hot
   b) lead -> Warm
   c) for any other stage, and also in case that the Lifecycle Stage is void, the Rating will be Cold.
2. Email is copied as it is."""
    recs, _ = _run(text, H, L, [*HS, {**HS[0], "lifecyclestage": ""}])
    assert _col(recs, "Rating") == ["Hot", "Warm", "Cold", "Cold"]


def test_a_band_row_may_name_its_unit() -> None:
    text = """Rating from the Number of Employees:
more than 100 employees -> Hot
less than 10 employees -> Cold
from 10 up to 100 -> Warm
in case that the Number of Employees is void, the Rating will be Cold also.
Email = email"""
    recs, questions = _run(text, H, L, [*HS, {**HS[0], "numemployees": "50"}])
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold", "Warm"]
    assert not questions


# --- Singapore English over Telegram ------------------------------------------------------------------


def test_remarks_in_brackets_after_each_pair() -> None:
    text = """@Ravi for the Leads pls
email -> Email (copy only, don't touch)
first name -> First Name (trim away the spaces in front and behind)
employees -> Number of Employees as whole number (blank then don't send)
Rating must put Warm for all
email must be all small letters hor"""
    rows = [{**HS[0], "firstname": " ann  "}, *HS[1:]]
    recs, _ = _run(text, H, L, rows)
    assert _col(recs, "FirstName") == ["ann", "bo", "cy"]
    assert _col(recs, "NumberOfEmployees") == [120, "<absent>", 8]
    assert _col(recs, "Rating") == ["Warm"] * 3


def test_a_brackets_sentences_are_one_rules_clauses() -> None:
    text = """phone number -> Phone (if phone number blank then take mobile phone number. If both also blank then don't send Phone at all, not even empty one)
first name -> First Name, last name -> Last Name (proper case: each word first letter capital, rest small)
email -> Email"""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Phone") == ["(415) 555-0100", "212-555-0101", "<absent>"]
    assert _col(recs, "FirstName") == ["Ann", "Bo", "Cy"]
    assert _col(recs, "LastName") == ["Lee", "Ng", "Oz"]


def test_an_e164_list_keeps_the_item_that_leaves_the_field_out() -> None:
    text = """the leads from the US shop, Phone must be in E.164 format:
- only digits, with + in front
- no + means US number, add +1
- phone number blank then don't send Phone at all
email -> Email"""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Phone") == ["+14155550100", "<absent>", "<absent>"]


def test_constants_for_everybody_and_a_checkbox_written_ticked_or_not() -> None:
    text = """@Ravi SF Contacts -> Mailchimp
Email -> Email Address
status -> must put pending for everybody, we want them to double opt-in
language -> en, email type -> html (same same for everybody)"""
    recs, _ = _run(text, C, M, SFC)
    assert _col(recs, "status") == ["pending", "pending"]
    assert _col(recs, "language") == ["en", "en"]
    text2 = """Email -> Email Address
status -> Email Opt Out ticked = unsubscribed, not ticked = subscribed"""
    rows = [{**SFC[0], "HasOptedOutOfEmail": True}, {**SFC[1], "HasOptedOutOfEmail": False}]
    recs2, _ = _run(text2, C, M, rows)
    assert _col(recs2, "status") == ["unsubscribed", "subscribed"]


def test_a_fallback_said_no_x_then_y_and_e164_said_out() -> None:
    text = """traits.phone -> mobile phone number; no mobile then phone number
E.164: + and digits only; + already there keep its code; no + = US so +1
userId -> email"""
    recs, _ = _run(text, H, S, HS)
    assert recs[0]["traits"]["phone"] == "+14155550100" and recs[1]["traits"]["phone"] == "+12125550101"


def test_a_vip_value_and_a_tag_value_each_with_its_other_case() -> None:
    text = """Mailchimp -> HubSpot
Lifecycle Stage -> VIP member = evangelist, not VIP = subscriber
Email Address -> email"""
    recs, _ = _run(text, M, H, MC)
    assert _col(recs, "lifecyclestage") == ["evangelist", "subscriber", "subscriber"]
    text2 = """Lifecycle Stage -> member got tag "Customer" then customer, if don't have then lead
Email Address -> email"""
    recs2, _ = _run(text2, M, H, MC)
    assert _col(recs2, "lifecyclestage") == ["customer", "lead", "lead"]


def test_two_parts_joined_by_one_space_and_the_part_alone_when_the_other_is_blank() -> None:
    text = """SF Leads -> HubSpot
street address -> City + one space + Country (e.g. London United Kingdom). If Country blank then City only, no extra space behind
Email -> email"""
    recs, _ = _run(text, L, H, SFL)
    assert _col(recs, "address") == ["London United Kingdom", "Lyon", "Bonn Germany"]


# --- a field's head with its platforms, a greeting over a title ----------------------------------------


def test_a_fields_head_written_with_its_platforms_keeps_its_rows() -> None:
    text = """@Ravi SF Rating -> HubSpot Lead Status:
Hot -> OPEN_DEAL
Warm -> IN_PROGRESS
Cold -> NEW
Email -> email"""
    recs, _ = _run(text, L, H, SFL)
    assert _col(recs, "hs_lead_status") == ["OPEN_DEAL", "NEW", "IN_PROGRESS"]
    assert brief_title(["SF Leads -> HubSpot contacts:", "Email -> email"]) == ["Email -> email"]  # the sync's own title still goes


def test_a_title_under_a_greeting_is_set_aside() -> None:
    text = """Good day,

Salesforce Lead -> HubSpot contact:
1. Lifecycle Stage from the Rating: Hot -> customer, Warm -> salesqualifiedlead, Cold -> lead.
2. Email = Email with all the letters small."""
    recs, _ = _run(text, L, H, SFL)
    assert _col(recs, "lifecyclestage") == ["customer", "lead", "salesqualifiedlead"]


def test_a_partner_who_asks_is_no_filter_and_the_digits_only_is_a_format() -> None:
    text = """Our partner from Leeds wants only the UK leads. So only the leads with Country = "United Kingdom" go in HubSpot.
1. Phone Number = Phone in E.164 for United Kingdom: only the digits, the first 0 is removed and +44 is put in front.
2. Email = Email."""
    recs, _ = _run(text, L, H, SFL)
    assert _col(recs, "email") == ["ann@acme.io"]
    assert _col(recs, "phone") == ["+442079460321"]
    assert "firstname" not in recs[0]  # 'the first 0' names no first name
