"""Round 30: a Cairo bank CRM manager's formal e-mail English (set 102) and a Stockholm marketing
technologist's Markdown task lists (set 103) opened as training, plus the silent readings found
on the way: a title line 'Tags from HS (-> MC)' wrote the tag 'HS', 'If both conditions are true
the member takes the two tags in this order' gave everyone both tags, '(empty revenue is not
big)' became the tag's condition, '`FirstName LastName`' was the text 'FirstName LastName', 'no
jobtitle -> Title is not sent at all' dropped Title, 'both in Title Case' reached the next
item's field, 'numbers without + are US, put +1 in front' appended '1'. Fresh wording
throughout; the held-out texts are not copied."""

from __future__ import annotations

from syncwright.mapping.draft.thousands import join_thousands
from tests.mapping_draft.test_round16 import HS, SFC, SFL, C, H, L, M, S, _col, _run
from tests.mapping_draft.test_round28 import _rules

# --- titles and task lists ---------------------------------------------------------------------------


def test_a_title_line_with_an_arrow_between_systems_is_no_rule() -> None:
    text = ("Tags from HS (→ MC)\n\n- [ ] `email` → `email_address`\n- [ ] tags, in this order:\n"
            "  - `big` when `annualrevenue` is more than 5 000 000\n  - `won` when `lifecyclestage` = `customer`\n"
            "  - none of them fits → tags shall be an empty list `[]`")
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "tags") == [["big", "won"], [], []]


def test_if_it_is_empty_so_put_is_a_fallback() -> None:
    text = "Contacts\n\n- [ ] `email` → `Email`\n- [ ] `LastName` = `lastname`\n  - if it is empty so put `company`\n- [ ] `firstname` → `FirstName`"
    recs, _ = _run(text, H, C, [HS[0], {**HS[1], "lastname": "", "company": "Beta"}])
    assert _col(recs, "LastName") == ["LEE", "Beta"]


def test_a_flag_head_over_rows_that_name_the_source_again() -> None:
    text = ("Flags\n\n- [ ] `email` → `Email`, `lastname` → `LastName`\n"
            "- [ ] `HasOptedOutOfEmail` (boolean): `hs_email_optout` = `true` → true, `hs_email_optout` = `false` → false, empty → true\n"
            "- [ ] `DoNotCall`: true when `phone` is empty, false when there is one")
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "HasOptedOutOfEmail") == [False, True, True]
    assert _col(recs, "DoNotCall") == [False, True, True]


def test_a_flag_with_both_branches_after_an_arrow_item() -> None:
    recs, _ = _run("email -> Email; DoNotCall = true if the phone is empty, else false", H, C, HS)
    assert _col(recs, "DoNotCall") == [False, True, True]


def test_a_quoted_text_in_backticks_has_no_quote_marks() -> None:
    rules = _rules('- `email` -> `Email`\n- `Description` = the text `"synced"`', H, L)
    assert rules["Description"]["value"] == "synced"


def test_no_source_arrow_field_not_sent_leaves_it_out_when_empty() -> None:
    text = "- [ ] `email` → `Email`\n- [ ] `lastname` → `LastName`\n- [ ] `jobtitle` → `Title` in UPPERCASE; no jobtitle → `Title` is not sent at all"
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "Title") == ["CEO", "<absent>", "CTO"]


def test_both_in_title_case_stays_with_its_two_pairs() -> None:
    text = ("- [ ] `email` → `Email`\n- [ ] `firstname` → `FirstName` and `lastname` → `LastName`, both in Title Case\n"
            "- [ ] `jobtitle` → `Title`, trim the spaces in both ends")
    recs, _ = _run(text, H, C, [{**HS[0], "jobtitle": "  CEO "}])
    assert recs[0]["FirstName"] == "Ann" and recs[0]["LastName"] == "Lee"
    assert recs[0]["Title"] == "CEO"
    assert _rules(text, H, C)["Email"].get("transform") is None  # 'both ends' is not 'every field'


def test_a_code_run_of_field_names_is_the_joined_text() -> None:
    text = "- [ ] `userId` = `Email`\n- [ ] `traits.name` = `FirstName LastName` (one space between)\n- [ ] `traits.city` = `Some Town`"
    recs, _ = _run(text, L, S, SFL[:2])
    assert [r["traits"] for r in recs] == [{"name": "Ann Lee", "city": "Some Town"}, {"name": "Bo Ng", "city": "Some Town"}]


def test_numbers_are_us_put_plus_one_in_front_is_the_region_not_a_suffix() -> None:
    text = ("- [x] `email` → `email_address`\n- [ ] PHONE = `phone` formatted as E.164; when `phone` is empty so use `mobilephone`\n"
            "  - numbers without `+` are US, put +1 in front")
    recs, _ = _run(text, H, M, HS)
    assert [r["merge_fields"]["PHONE"] for r in recs] == ["+14155550100", "+12125550101", ""]


def test_plus_a_second_tag_under_a_tags_head() -> None:
    text = "- [ ] `Email` → `email_address`\n- [ ] tags:\n  - [x] `SF` on everyone\n  - [ ] + `Online` if `LeadSource` = `Web` (after `SF`)"
    recs, _ = _run(text, L, M, SFL)
    assert _col(recs, "tags") == [["SF", "Online"], ["SF"], ["SF", "Online"]]


# --- thousands ---------------------------------------------------------------------------------------


def test_digits_grouped_by_spaces_or_dots_are_one_number() -> None:
    assert join_thousands("more than 5 000 000 -> Hot") == "more than 5000000 -> Hot"
    assert join_thousands("over 2 500 people") == "over 2500 people"
    assert join_thousands("at least 1.000.000") == "at least 1000000"
    for phone in ("+81 3 5555 0100", "+33 1 55 55 01 42", "(415) 555 0142", "zip 100 200", "version 1.2.3"):
        assert join_thousands(phone) == phone


def test_a_band_table_with_space_grouped_bounds() -> None:
    text = ("- [ ] `email` → `Email`\n- [ ] `Rating` from `annualrevenue`:\n  - more than 5 000 000 → `Hot`\n"
            "  - less than 1 000 000 → `Cold`\n  - in between → `Warm`")
    recs, _ = _run(text, H, L, [HS[0], HS[2]])
    assert _col(recs, "Rating") == ["Hot", "Cold"]


# --- formal e-mail English -----------------------------------------------------------------------------


def test_x_to_be_y_is_a_rule() -> None:
    text = ("Dear team,\n\nKindly for the Segment identify from the Salesforce leads:\nFirstly, the userId to be the e-mail of the lead in small letters.\n"
            "Secondly, the trait city to be the City as it is.\n\nBest regards,\nYoussef")
    recs, _ = _run(text, L, S, [{**SFL[0], "Email": "Ann@Acme.io"}])
    assert recs[0]["userId"] == "ann@acme.io" and recs[0]["traits"]["city"] == "London"


def test_please_to_and_in_case_of_empty_field() -> None:
    text = ('Kindly map the HubSpot contacts to the Salesforce Contact. The Email is the e-mail of the contact, the LastName is the last name, '
            'and the Title from the job title, and in case of empty job title please to put "Staff".')
    recs, _ = _run(text, H, C, HS[:2])
    assert _col(recs, "Title") == ["CEO", "Staff"]


def test_records_which_the_field_is_is_whose() -> None:
    text = 'Please to send only the contacts which the lifecycle stage is "customer". The Email from the e-mail, the LastName from the last name.'
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "Email") == ["ann@acme.io"]


def test_both_conditions_true_in_this_order_is_no_tag_for_everyone() -> None:
    text = ('Kindly map the e-mail of the contact to email_address. The tags of the member to be calculated: add the tag "Big" in case the '
            'annual revenue is more than 5,000,000 (empty revenue is not big), and add the tag "Lost" in case the lifecycle stage is "lead". '
            'If both conditions are true the member takes the two tags in this order ("Big" then "Lost"), and if none of them is true kindly '
            'send an empty tags list.')
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "tags") == [["Big"], ["Lost"], []]


def test_all_the_members_take_the_tag_and_add_also_after_it() -> None:
    text = ('Firstly the email_address is the Email. Lastly the tags: all the members take the tag "SF", and in case the LeadSource of the '
            'lead is "Web" kindly add also the tag "Online" after it.')
    recs, _ = _run(text, L, M, SFL)
    assert _col(recs, "tags") == [["SF", "Online"], ["SF"], ["SF", "Online"]]


def test_anything_else_including_the_empty_one_is_the_rest_row() -> None:
    text = ('Email: the contact e-mail. LeadSource: from the lifecycle stage of the contact, "customer" to be "Web", "lead" to be "Other", '
            'and anything else including the empty stage to be "Partner".')
    recs, _ = _run(text, H, C, [*HS, {**HS[0], "lifecyclestage": ""}])
    assert _col(recs, "LeadSource") == ["Web", "Other", "Partner", "Partner"]


def test_false_for_any_other_value_or_empty_is_the_other_branch() -> None:
    text = ('Kindly find the mapping:\n- email_address from the Email,\n- vip = true when the LeadSource is "Web", and false for any other '
            'value or empty LeadSource,\n- status = "subscribed" for everybody.')
    recs, _ = _run(text, L, M, SFL)
    assert _col(recs, "vip") == [True, False, True]


def test_guard_a_plain_copy_list_keeps_its_rules() -> None:
    recs, _ = _run("- `Email` -> `email_address`\n- `FirstName` -> `FNAME`", C, M, SFC)
    assert [r["merge_fields"]["FNAME"] for r in recs] == ["Ann", "Bo"]
