"""Round 34: a Milan CRM manager's hard-wrapped, Italian-shaped e-mails (set 114) and an Amsterdam
specialist's blunt Dutch-shaped English over pipe tables (set 116) opened as training, and texts
written for this round in the registers the never-opened sets are weakest in: memos with
TO/FROM/RE heads and lettered or roman points, bands whose blank branch is said in passing
('Cold if under 1M or no revenue', 'Cold if blank'), pipe tables whose rule column has an
unknown name ('| Target | Source | Remark |'). The silent readings found on the way: a remark
column was dropped (a band table became a copy of the revenue), 'Cold if blank' compared the
revenue with the word 'blank', 'X should be the phone, otherwise the mobile' wrote the mobile
into MobilePhone, 'DoNotCall | phone | empty then true, else false' copied the phone into a
checkbox, 'Push the contacts, but not everybody: X is "true": skip' kept only the opted-out,
'event name: stage customer then "purchase"' named the event 'customerpurchase'. Fresh wording
throughout; the held-out texts are not copied."""

from __future__ import annotations

from typing import Any

from tests.mapping_draft.test_round16 import HS, MC, SFC, C, H, L, M, _col, _run

S, G = "segment.identify", "ga4.events"
# Salesforce Contacts with departments and an opt-out (the shared pool has neither)
SFCD: list[dict[str, Any]] = [
    {**SFC[0], "Department": "Sales", "HasOptedOutOfEmail": False},
    {**SFC[1], "Department": "", "HasOptedOutOfEmail": True},
]


def _emails(recs: list[dict[str, Any]], key: str = "Email") -> list[Any]:
    return [r.get(key) for r in recs]


# --- bands: the blank branch said in passing ----------------------------------------------------


def test_a_band_under_a_number_or_blank_takes_the_blank_records_too() -> None:
    recs, qs = _run("Rating: Hot if revenue > 5,000,000; Cold if revenue < 1,000,000 or empty; Warm otherwise. Email to Email.", H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold"]
    assert qs == []


def test_a_band_or_no_revenue_is_the_blank_branch() -> None:
    recs, _ = _run('Rating: "Hot" if annual revenue over 5M, "Cold" if under 1M or no revenue, "Warm" for the rest. Email to Email.', H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold"]


def test_cold_if_blank_as_a_row_of_its_own_is_the_tables_empty_branch() -> None:
    recs, _ = _run("Rating: Hot if revenue > 5,000,000; Cold if revenue < 1,000,000; Cold if blank; Warm otherwise. Email to Email.", H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold"]


def test_also_cold_if_no_revenue_after_a_band_is_a_second_row() -> None:
    text = "Rating:\n- Hot if Annual Revenue is more than 5,000,000\n- Cold if less than 1,000,000, also Cold if no revenue\n- Warm for the rest\nEmail -> Email"
    recs, qs = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold"]
    assert qs == []


def test_a_value_on_two_conditions_after_another_row_is_no_default() -> None:
    text = ('Rating shall be "Hot" in the event that annual revenue exceeds 5,000,000.\n'
            'Rating shall be "Cold" where revenue is below 1,000,000 or where the revenue is missing.\nAll others: "Warm".\nEmail to Email.')
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold"]


def test_dutch_then_bands_and_in_between_and_empty_revenue() -> None:
    text = ("Email goes to Email.\nRating: annualrevenue more than 5000000, then gets the Rating 'Hot'. Less than 1000000, then 'Cold'. "
            "In between 'Warm'. Empty revenue is also 'Cold'.")
    recs, qs = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold"]
    assert qs == []


# --- pipe tables -------------------------------------------------------------------------------


def test_a_remark_column_is_read_as_the_rows_rule() -> None:
    text = ("| Target | Source | Remark |\n|---|---|---|\n| Email | email | |\n"
            '| Rating | annualrevenue | > 5000000 then "Hot", < 1000000 or empty then "Cold", else "Warm" |\n'
            "| NumberOfEmployees | numemployees | whole number, empty then leave away |")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold"]
    assert _col(recs, "NumberOfEmployees") == [120, "<absent>", 8]


def test_a_column_of_no_known_role_is_never_dropped() -> None:
    text = "| Target | Source | Opmerking |\n|---|---|---|\n| Email | email | |\n| LastName | lastname | uppercase |"
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "LastName") == ["LEE", "NG", "OZ"]


def test_then_rows_in_a_rule_cell_make_a_checkbox_table_never_a_copy() -> None:
    text = ("| Target | Source | Remark |\n|---|---|---|\n| Email | email | |\n"
            '| HasOptedOutOfEmail | hs_email_optout | "true" then true, "false" or empty then false |\n'
            "| DoNotCall | phone | empty then true, else false |")
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "HasOptedOutOfEmail") == [False, False, True]
    assert _col(recs, "DoNotCall") == [False, True, True]


def test_a_rule_cell_pointing_at_rows_under_the_table_takes_them() -> None:
    text = ("| Target | Source | Remark |\n|---|---|---|\n| Email | Email | |\n| lifecyclestage | Rating | see table under |\n\n"
            "Hot -> salesqualifiedlead\nWarm -> marketingqualifiedlead\nCold -> lead")
    recs, qs = _run(text, "salesforce.Lead", "hubspot.contacts", [{"Email": "a@x.io", "Rating": "Warm"}, {"Email": "b@x.io", "Rating": "Cold"}])
    assert _col(recs, "lifecyclestage") == ["marketingqualifiedlead", "lead"]
    assert qs == []


def test_a_value_table_with_one_key_equal_to_its_value_is_still_a_table() -> None:
    text = "Email to Email.\nDescription from the stage:\n\n| lifecyclestage | Description |\n|---|---|\n| customer | Customer |\n| lead | Prospect |\n| subscriber | Reader |"
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "Description") == ["Customer", "Prospect", "Reader"]


# --- memos and e-mails ---------------------------------------------------------------------------


def test_a_memos_head_lines_are_no_rules() -> None:
    text = "TO: Integrations\nFROM: Marketing\nRE: Lead export\nEmail as per HubSpot. Lead Status: \"Open - Not Contacted\" for all."
    recs, qs = _run(text, H, L, HS)
    assert recs[0] == {"Email": "ann@acme.io", "Status": "Open - Not Contacted"}
    assert qs == []


def test_roman_points_under_a_lead_in_skip_and_copy() -> None:
    text = ("Kindly note the following:\n(i) Contacts whose lifecycle stage is \"customer\" should not be exported.\n"
            "(ii) Likewise, contacts who have opted out of email (hs_email_optout = \"true\") are to be excluded. "
            "Where the opt-out is blank, the contact should be exported.\n(iii) Email and last name as per HubSpot.")
    recs, qs = _run(text, H, L, HS)
    assert recs == [{"Email": "bo@beta.org", "LastName": "NG"}]
    assert qs == []


def test_lettered_tag_points_each_give_a_tag() -> None:
    text = 'Tags shall be assigned as follows:\n(a) "Enterprise" where the annual revenue exceeds 10,000,000;\n(b) "Customer" where the lifecycle stage is "customer".\nEmail address as per HubSpot.'
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "tags") == [["Enterprise", "Customer"], [], []]


def test_memo_field_lines_with_a_dash_are_field_rules() -> None:
    text = "RE: Customers\n(a) Email - the HubSpot email in lower case.\n(b) Lead Source - \"HubSpot\" for all.\n(c) Last Name - as per HubSpot."
    recs, _ = _run(text, H, C, HS)
    assert recs[0] == {"Email": "ann@acme.io", "LeadSource": "HubSpot", "LastName": "LEE"}


def test_failing_which_is_the_next_field_of_a_fallback_and_leave_the_field_empty_keeps_it_empty() -> None:
    text = "The phone number should be the HubSpot phone number, failing which the mobile number. Where neither is available, leave the field empty.\nEmail: as per HubSpot."
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "Phone") == ["(415) 555-0100", "212-555-0101", ""]
    assert _col(recs, "MobilePhone") == ["<absent>"] * 3


def test_should_be_the_phone_otherwise_the_mobile_is_a_fallback_never_a_mobile_copy() -> None:
    recs, _ = _run("Phone should be the HubSpot phone number, otherwise the mobile number. Email to Email.", H, C, HS)
    assert _col(recs, "Phone") == ["(415) 555-0100", "212-555-0101", ""]
    assert _col(recs, "MobilePhone") == ["<absent>"] * 3


def test_a_field_or_another_where_the_first_is_blank_is_a_fallback() -> None:
    recs, _ = _run("Phone: mobile phone, or phone where the mobile phone is blank. Email to Email.", H, C, HS)
    assert _col(recs, "Phone") == ["(415) 555-0100", "212-555-0101", ""]


def test_where_a_field_is_missing_it_should_not_be_sent_leaves_every_field_above_out() -> None:
    text = "userId: email. traits.address: street from address, city from city, state from state, country from country. Where a field is missing, it should not be sent."
    rows = [{**HS[0], "address": "1 Main St"}, {**HS[1], "address": ""}]
    recs, _ = _run(text, H, S, rows)
    assert recs[1]["traits"]["address"] == {"city": "Lyon"}


def test_italian_shaped_requests_read_their_field_and_rule() -> None:
    text = ("Dear Marco,\nfor what concerns the phone, we would like that it is in the international format with +1 (E.164), "
            "and in case it is empty please don't send the field.\nCity: in title case, i.e. first letter capital.\nEmail as usual.\nThanks in advance, Valentina")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Phone") == ["+14155550100", "<absent>", "<absent>"]


def test_we_dont_want_in_salesforce_the_contacts_which_are_customers_nor_the_opted_out() -> None:
    text = ("please pay attention that we don't want in Salesforce the contacts which are already customers (lifecycle stage \"customer\") "
            "and neither the ones which have unsubscribed from the emails (opt-out \"true\"; in case it is empty they are ok).\nEmail to Email.")
    recs, _ = _run(text, H, L, HS)
    assert _emails(recs) == ["bo@beta.org"]


def test_a_hard_wrapped_email_line_goes_on_in_the_next() -> None:
    line1 = "we would like that the Lead Phone is filled with the HubSpot phone; in case the phone is empty, please take"
    line2 = "the mobilephone, and if also the mobile is empty then do not send the Phone field at all (leave it out, not"
    text = f"Dear Marco,\n{line1}\n{line2}\nempty). Email is the HubSpot email unchanged and the names stay as they are, no change of any kind.\nThanks"
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Phone") == ["(415) 555-0100", "212-555-0101", "<absent>"]
    assert _col(recs, "MobilePhone") == ["<absent>"] * 3


def test_chat_lines_of_one_length_are_never_joined() -> None:
    text = ("HasOptedOutOfEmail: if hs_email_optout = \"true\" then true. if \"false\" or empty then false ok\n"
            "DoNotCall: if contact have no phone (phone field empty) then true, if have phone then false\n"
            "mobile not count, only phone field\nEmail from email")
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "DoNotCall") == [False, True, True]


# --- Dutch-shaped English -------------------------------------------------------------------------


def test_customers_not_and_value_also_not_skip_those_records() -> None:
    recs, _ = _run('Customers not. Opt-out "true" also not (empty opt-out is fine). Email goes to Email.', H, L, HS)
    assert _emails(recs) == ["bo@beta.org"]


def test_a_head_saying_not_everybody_over_a_skip_never_turns_it_into_a_keep() -> None:
    text = 'Push the contacts as Lead, but not everybody:\n- hs_email_optout is "true": skip.\n- lifecyclestage is "customer": skip also.\nEmail 1:1.'
    recs, _ = _run(text, H, L, HS)
    assert _emails(recs) == ["bo@beta.org"]


def test_a_field_value_then_an_event_name_is_a_condition_never_a_joined_name() -> None:
    recs, _ = _run('client_id is email. Event name: stage customer then "purchase", else "generate_lead".', H, G, HS)
    assert [r["events"][0]["name"] for r in recs] == ["purchase", "generate_lead", "generate_lead"]


def test_when_empty_then_a_value_after_a_copy_is_its_default() -> None:
    recs, qs = _run("Email goes to Email. Company: when empty (or only spaces), then 'Unknown'; else copy as it is.", H, L, HS)
    assert _col(recs, "Company") == ["Acme", "Unknown", "Gamma"]
    assert qs == []


def test_make_it_plus_one_format_and_leave_away_when_empty() -> None:
    recs, _ = _run("Email to Email. Phone: make it +1 format, if not possible leave away.", H, L, HS)
    assert _col(recs, "Phone") == ["+14155550100", "<absent>", "<absent>"]


def test_a_value_then_a_condition_with_gets_he_also_adds_a_tag() -> None:
    text = "Email to email_address. Tags: everybody gets 'salesforce'. When Department is 'Sales', then gets he also 'sales-team', after the first one."
    recs, _ = _run(text, C, M, SFCD)
    assert _col(recs, "tags") == [["salesforce", "sales-team"], ["salesforce"]]


def test_cleaned_members_dont_come_over_skips_them() -> None:
    recs, _ = _run("Cleaned members don't come over to HubSpot. email_address to email.", M, H, MC)
    assert _emails(recs, "email") == ["ann@acme.io", "cy@gamma.de"]


def test_an_absent_or_empty_first_name_gets_the_default_and_a_plain_copy_stays() -> None:
    text = "email goes to email_address. firstname -> merge_fields.FNAME. When firstname is empty or the property is not there at all, then FNAME gets 'Friend'."
    rows = [HS[0], {k: v for k, v in HS[1].items() if k != "firstname"}]
    recs, _ = _run(text, H, M, rows)
    assert [r["merge_fields"]["FNAME"] for r in recs] == ["ann", "Friend"]


# --- readings this round must not take ------------------------------------------------------------


def test_an_event_value_only_for_some_contacts_is_still_an_only_filter() -> None:
    recs, _ = _run('We want a GA4 event "contact_created" only for the contacts with more than 50 employees. client_id = the email.', H, G, HS)
    assert [r["client_id"] for r in recs] == ["ann@acme.io"]


def test_if_field_true_then_value_rows_stay_conditions() -> None:
    text = 'email_address = Email. status: if HasOptedOutOfEmail true then "unsubscribed", if false then "subscribed".'
    recs, _ = _run(text, C, M, SFCD)
    assert _col(recs, "status") == ["subscribed", "unsubscribed"]


def test_a_because_clause_ends_at_its_comma() -> None:
    text = ("we don't want the contacts that have the lifecycle stage 'customer', because they are clients already, and we don't want either "
            "the contacts whose country is 'Germany'. Email to Email.")
    recs, _ = _run(text, H, L, HS)
    assert _emails(recs) == ["bo@beta.org"]
