"""Round 54: sets 177 (a Vancouver ops lead's wiki page: one 'Source → Destination' line per field
with a status mark, the details in a numbered 'Rules' section the lines point at) and 179 (a
Wellington coordinator who writes each rule as the spreadsheet formula of the destination column)
opened as training, with what any such writer's text can hold: copy, left-out and rule marks, a rule
shared by two lines, a rule that is a value table, a fixed value, a legend of the marks, a filter the
prose points at; formulas with IF on a blank test, nested fallbacks, IFS with and without a catch-all,
LEFT/FIND and MID/FIND cuts, TEXT dates, VALUE comparisons in the prose, a remark that the column is
left out when blank, a formula that goes on past what can be read. Fresh wording; the held-out texts
are not copied."""

from __future__ import annotations

from syncwright.mapping.draft.rule_marks import marked_fields
from syncwright.mapping.draft.sheet_formulas import sheet_formulas
from tests.mapping_draft.test_round16 import HS, MC, C, G, H, L, M, S, _col, _run

# --- a field list with status marks over numbered rules --------------------------------------------------


def test_marked_lines_copy_leave_out_and_point_at_their_rules() -> None:
    text = """Field list (HubSpot → SF Lead)

Email → Email ✅
Phone Number → Phone ❌ not for this import
First Name → First Name ⚠️ see rule 1
Last Name → Last Name ⚠️ see rule 1
Company Name → Company ⚠️ rule 2

Rules
1. Title case, each word.
2. Blank → "Unknown Co". Has a value → copy it exactly.
"""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Phone") == ["<absent>"] * 3  # read alone the line was a copy
    assert _col(recs, "FirstName") == ["Ann", "Bo", "Cy"]
    assert _col(recs, "LastName") == ["Lee", "Ng", "Oz"]
    assert _col(recs, "Company") == ["Acme", "Unknown Co", "Gamma"]


def test_a_rule_that_is_a_value_table_is_one_line_and_the_lines_after_it_stay_fields() -> None:
    text = """Email → client_id ✅
Lifecycle Stage → event name ⚠️ rule 1
City → params.city ⚠️ rule 2

Rules
1. customer → "buyer_sync". Every other stage, or blank → "lead_sync".
2. Blank → "Oslo". Otherwise copy.
"""
    recs, _ = _run(text, H, G, HS)
    assert [r["events"][0]["name"] for r in recs] == ["buyer_sync", "lead_sync", "lead_sync"]
    assert [r["events"][0]["params"]["city"] for r in recs] == [
        "Austin",
        "Lyon",
        "Bonn",
    ]  # the city was taken for a row of the stage table


def test_a_fixed_value_line_and_a_rule_that_leaves_the_key_out() -> None:
    text = """Email → Email Address ✅
(fixed value) → status ⚠️ rule 1
Company Name → merge field COMPANY ⚠️ rule 2

Rules
1. status = subscribed for everyone.
2. Copy. Blank → no COMPANY merge field at all.
"""
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "status") == ["subscribed"] * 3
    assert [r.get("merge_fields", {}).get("COMPANY", "<absent>") for r in recs] == [
        "Acme",
        "<absent>",
        "Gamma",
    ]


def test_a_format_rule_with_its_e164_details_is_the_format() -> None:
    text = """Email → Email ✅
Phone Number → Phone ⚠️ rule 1

Rules
1. E.164: a + and digits only. No + → North American, put +1 in front. Blank → don't send Phone at all.
"""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Phone") == ["+14155550100", "<absent>", "<absent>"]


def test_a_legend_goes_and_a_rule_the_prose_points_at_stays_a_filter() -> None:
    text = """Contacts that unsubscribed never go across, see rule 1.

Email → Email ✅
Last Name → Last Name ✅

✅ = copied exactly as HubSpot has it.

Rules
1. Skip contacts whose Unsubscribed from all email is "true".
"""
    out = marked_fields(text)
    assert "✅" not in out and "see rule" not in out
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org"]


def test_a_text_with_one_marked_line_is_left_as_written() -> None:
    text = "Email → Email ✅\nThe rest as agreed on the call."
    assert marked_fields(text) == text


# --- spreadsheet formulas ------------------------------------------------------------------------------


def test_formulas_copy_format_and_default_a_column() -> None:
    text = """Email =[Email]
First Name =PROPER([First Name])
Company =IF(TRIM([Company Name])="","Unknown Co",[Company Name])
Title =IF(ISBLANK([Job Title]),"Not given",[Job Title])
"""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "FirstName") == ["Ann", "Bo", "Cy"]
    assert _col(recs, "Company") == ["Acme", "Unknown Co", "Gamma"]
    assert _col(recs, "Title") == ["CEO", "Not given", "CTO"]


def test_nested_ifs_on_filled_tests_are_a_fallback_chain_down_to_a_part_of_the_email() -> None:
    text = """Email =[Email]
Last Name =IF(TRIM([Company Name])<>"",[Company Name],IF(TRIM([Job Title])<>"",[Job Title],LEFT([Email],FIND("@",[Email])-1)))
"""
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "LastName") == [
        "Acme",
        "bo",
        "Gamma",
    ]  # the part was read as the second field's


def test_ifs_with_a_catch_all_is_a_table_with_otherwise() -> None:
    text = """Email =[Email]
Last Name =[Last Name]
Industry =IFS([Industry]="Software","Technology",[Industry]="Food","Food & Beverage",TRUE,"Other")
"""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Industry") == ["Technology", "Other", "Food & Beverage"]


def test_a_number_column_left_out_when_blank_and_a_date_in_a_template() -> None:
    text = """Email =[Email]
Last Name =[Last Name]
Employees =INT(VALUE([Number of Employees]))   - whole number; leave the column out if blank
Description ="Since "&TEXT([Create Date],"yyyy-mm-dd")&" in "&[City]
"""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "NumberOfEmployees") == [120, "<absent>", 8]
    assert _col(recs, "Description") == [
        "Since 2023-03-14 in Austin",
        "Since 2023-07-02 in Lyon",
        "Since 2022-11-20 in Bonn",
    ]


def test_a_boolean_formula_and_a_number_test_in_the_prose() -> None:
    text = """Only contacts where VALUE([Annual Revenue])>1000000 go across.
userId =LOWER([Email])
traits.optedOut =[Unsubscribed from all email]="true"
"""
    recs, _ = _run(text, H, S, HS)
    assert _col(recs, "userId") == ["ann@acme.io"]
    assert [r["traits"]["optedOut"] for r in recs] == [False]


def test_a_formula_that_goes_on_past_what_is_read_stays_as_written() -> None:
    text = 'Description ="Stage: "&lifecyclestage&" / "&SOMETHINGODD(city)\nEmail =[Email]'
    out = sheet_formulas(
        text, {"lifecyclestage": "lifecyclestage", "city": "city", "email": "email"}
    )
    assert (
        out.splitlines()[0] == text.splitlines()[0]
    )  # said in part ('Stage: ' alone) it would be wrong
    assert out.splitlines()[1] == "Email <- email."


def test_a_text_without_formulas_keeps_its_brackets() -> None:
    text = "- [x] Email = Email\n- [ ] Phone: later"
    assert sheet_formulas(text, {"email": "email"}) == text


def test_mailchimp_merge_fields_by_their_tag_and_a_status_from_a_boolean() -> None:
    text = """Email =[Email Address]
First Name =PROPER([FNAME])
Unsubscribed from all email =IF([VIP],"false","true")
"""
    recs, _ = _run(text, M, H, MC)
    assert _col(recs, "firstname") == ["Ann", "Bo", "Cy"]
    assert _col(recs, "hs_email_optout") == ["false", "true", "true"]


# --- wording any writer uses ----------------------------------------------------------------------------


def test_a_filter_under_a_label_and_records_that_do_not_come_across() -> None:
    recs, _ = _run(
        "Filter: Annual Revenue over 1,000,000.\nEmail <- Email\nLast Name <- Last Name", H, L, HS
    )
    assert _col(recs, "Email") == ["ann@acme.io"]
    recs, _ = _run(
        "Members with status cleaned don't come across.\nEmail <- Email Address\nLast Name <- LNAME",
        M,
        H,
        MC,
    )
    assert _col(recs, "email") == ["ann@acme.io", "cy@gamma.de"]


def test_a_number_not_text_is_the_number_format() -> None:
    recs, _ = _run(
        "Email → Email\nLast Name → Last Name\nNumber of Employees → Employees: a whole number, not text; if blank, leave it out.",
        H,
        L,
        HS,
    )
    assert _col(recs, "NumberOfEmployees") == [120, "<absent>", 8]
