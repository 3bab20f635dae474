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
from tests.mapping_draft.test_round16 import HS, MC, SFC, SFL, C, G, H, L, M, S, _col, _run
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


# --- second pass: more of the two opened styles ------------------------------------------------------


def test_depends_on_with_if_rows_is_a_band_table_and_put_it_also_is_its_blank_row() -> None:
    text = ('Secondly the Rating of the lead depends on the annual revenue of the contact: if the annual revenue is more than 9,000,000 then "Hot", '
            'if it is less than 900,000 then "Cold", and anything between them "Warm". In case the annual revenue is empty kindly put "Cold" '
            "also (do not consider the empty as zero). Email from email.")
    recs, _ = _run(text, H, L, [*HS, {**HS[0], "annualrevenue": "5000000"}])
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold", "Warm"]
    assert "AnnualRevenue" not in _rules(text, H, L)


def test_title_case_meaning_and_numbers_keeping_their_code_write_nothing_more() -> None:
    text = ("Kindly the mapping: the e-mail of the contact to Email (as it is), the first name and the last name to FirstName and LastName in "
            "title case, meaning every word is starting with capital letter and the remaining letters are small, the phone number to Phone "
            'in E.164 format, the numbers without country code are US numbers. The numbers which are starting with "+" keep their own country code.')
    rules = _rules(text, H, L)
    assert set(rules) == {"Email", "FirstName", "LastName", "Phone"}
    recs, _ = _run(text, H, L, HS[:1])
    assert recs[0]["FirstName"] == "Ann" and recs[0]["Phone"] == "+14155550100"


def test_has_no_a_and_also_no_b_is_both_empty() -> None:
    text = ("Email = the e-mail of the contact. DoNotCall = true in case the contact has no phone number and also no mobile phone number "
            "(both of them empty), otherwise false. Kindly note both flags are real true/false values, not text.")
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "DoNotCall") == [False, False, True]


def test_exclude_from_the_sync_the_records_which_have_no_x() -> None:
    text = ("Kindly exclude from the sync to the Mailchimp any HubSpot contact which has no company name (empty or only spaces). "
            "email to email_address.")
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "email_address") == ["ann@acme.io", "cy@gamma.de"]
    recs, _ = _run('Please to exclude the Salesforce leads with the LeadSource "Web" from the sync to the Mailchimp. Email to email_address.', L, M, SFL)
    assert _col(recs, "email_address") == ["bo@beta.org"]


def test_in_case_value_the_field_is_rows_under_a_checked_label() -> None:
    text = ('Kindly map the e-mail to email_address. For the status of the member please to check the "Unsubscribed from all email" of the '
            'HubSpot (hs_email_optout): in case "true" the status is "unsubscribed", in case "false" the status is "subscribed", and in case '
            'it is empty the status is "pending".')
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "status") == ["subscribed", "pending", "unsubscribed"]


def test_tags_as_an_empty_list_so_none_are_added() -> None:
    recs, _ = _run("Copy the Email to email_address. Also kindly send the tags as an empty list [] so no tags are added.", C, M, SFC)
    assert _col(recs, "tags") == [[], []]


def test_a_short_head_over_rows_that_test_a_value_is_the_field() -> None:
    text = ("Status\n\n- [ ] `email` → `email_address`\n- [ ] `status`:\n  - `hs_email_optout` = `true` → `unsubscribed`\n"
            "  - `hs_email_optout` = `false` → `subscribed`\n  - empty → `pending`")
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "status") == ["subscribed", "pending", "unsubscribed"]


def test_guard_a_fields_heading_over_copies_stays_a_heading() -> None:
    recs, _ = _run("- Fields:\n  - email -> email_address\n  - firstname -> FNAME", H, M, HS[:1])
    assert recs[0]["merge_fields"] == {"FNAME": "ann"}


def test_a_blank_row_said_inside_a_band_item_and_an_omission_under_the_next_item() -> None:
    text = ("Rating (HS -> SF Lead)\n\n- [ ] `email` → `Email`\n- [ ] `Rating` from `annualrevenue`:\n  - more than 9 000 000 → `Hot`\n"
            "  - less than 900 000 → `Cold`\n  - in between → `Warm`, and if the revenue is empty it shall also be `Cold`\n"
            "- [ ] `numemployees` → `NumberOfEmployees` as a whole number (integer)\n  - empty → leave `NumberOfEmployees` out")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold"]
    assert _col(recs, "NumberOfEmployees") == [120, "<absent>", 8]


def test_trim_away_the_spaces_in_start_and_end() -> None:
    recs, _ = _run("- [ ] `email` -> `Email`, copy\n- [ ] `company` -> `Company`, trim away the spaces in start and end", H, L,
                   [{**HS[0], "company": "  Acme  "}])
    assert recs[0]["Company"] == "Acme"


def test_a_date_format_in_backticks_is_the_format() -> None:
    recs, _ = _run("- [ ] `userId` = `email`\n- [ ] `traits.created` = `createdate` as `YYYY-MM-DD` (only the date)", H, S, HS[:1])
    assert recs[0]["traits"] == {"created": "2023-03-14"}


def test_leave_it_out_from_the_record_do_not_send_it_empty_keeps_the_record() -> None:
    text = "Email from email. Phone from the phone number in E.164. In case the phone is empty, kindly leave the Phone out from the record, do not send it empty."
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Phone") == ["+14155550100", "<absent>", "<absent>"]


def test_for_these_two_leave_the_trait_out_covers_both_fields() -> None:
    text = ("userId = the Email in small letters,\ntraits.title = the Title, and traits.department = the Department, but for these two in case "
            "of empty value please to leave the trait out, not to send it empty.")
    recs, _ = _run(text, C, S, SFC)
    assert [r.get("traits") for r in recs] == [{"title": "CTO", "department": "Sales"}, None]
    recs, _ = _run("- [ ] `userId` = `Email` in lower case\n- [ ] `Title` → `traits.title`, `Department` → `traits.department`\n"
                   "  - these two: if empty, leave the trait out", C, S, SFC)
    assert [r.get("traits") for r in recs] == [{"title": "CTO", "department": "Sales"}, None]


def test_written_like_this_then_then_is_a_joined_text() -> None:
    text = ('Firstly, the Email of the lead to be the e-mail of the contact. Lastly, the Description of the lead to be written like this: "Src: " '
            'then the lifecycle stage of the contact, then ", since " then the create date of the contact in the format YYYY-MM-DD. '
            'For example "Src: lead, since 2024-02-01".')
    recs, _ = _run(text, H, L, HS[:2])
    assert _col(recs, "Description") == ["Src: customer, since 2023-03-14", "Src: lead, since 2023-07-02"]


def test_value_rows_on_their_own_lines_after_a_blank_line_under_a_table_head() -> None:
    text = ('The Email is the contact e-mail, and the LastName is the last name as it is. The Department of the Salesforce contact we will '
            'fill it from the lifecycle stage of the HubSpot as per the below table:\n\n"subscriber" -> "Marketing"\n"lead" -> "Sales"\n'
            '"customer" -> "Customer Care"\n\n(all our contacts are in one of these stages).')
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "Department") == ["Customer Care", "Sales", "Marketing"]


def test_us_numbers_by_default_with_plus_one_is_the_region_not_a_default() -> None:
    text = ('email from the email_address as it is. Secondly, phone from the PHONE merge field in E.164 (US numbers by default with "+1", '
            "the numbers with \"+\" keep their code), and in case PHONE is empty don't send the phone.")
    recs, _ = _run(text, M, H, [{**MC[0], "merge_fields": {**MC[0]["merge_fields"], "PHONE": "(415) 555-0100"}}, MC[1]])
    assert _col(recs, "phone") == ["+14155550100", "<absent>"]


def test_after_removing_the_spaces_before_and_after_the_text_is_a_trim() -> None:
    text = "1. Email: the contact e-mail, no change.\n2. Title: the job title after removing the spaces before and after the text (in case it is empty it stays empty)."
    recs, _ = _run(text, H, C, [{**HS[0], "jobtitle": "  CEO "}, HS[1]])
    assert _col(recs, "Title") == ["CEO", ""]


def test_a_template_with_angle_holes_in_backticks() -> None:
    text = ("US leads\n\n- [ ] `email` → `Email`\n- [ ] `Description` = `<lifecyclestage> since <createdate>`, the date only as `YYYY-MM-DD`\n"
            "  - ex. `lead since 2023-07-02`")
    recs, _ = _run(text, H, L, HS[:2])
    assert _col(recs, "Description") == ["customer since 2023-03-14", "lead since 2023-07-02"]


def test_the_event_under_an_event_name_head_is_its_name() -> None:
    text = ("For the GA4 events from the HubSpot contacts, kindly:\n\nFirstly, the client_id from the e-mail of the contact as it is.\n"
            'Secondly, the event name: in case the lifecycle stage is "lead" the event is "sign_up", and for all the other stages the event is "page_view".')
    recs, _ = _run(text, H, G, HS)
    assert [r["events"][0]["name"] for r in recs] == ["page_view", "sign_up", "page_view"]


def test_x_to_go_to_d_with_a_reason_after_it() -> None:
    text = ("Firstly, the Email of the lead = the e-mail of the contact.\n\nSecondly, the first name, the last name and the city of the contact "
            "to go to FirstName, LastName and City, but written in title case (first letter of every word capital and the rest small letters), "
            'because in the HubSpot we have names like "ann" and "LEE".')
    recs, _ = _run(text, H, L, HS[:1])
    assert recs[0] == {"Email": "ann@acme.io", "FirstName": "Ann", "LastName": "Lee", "City": "Austin"}


def test_send_only_when_and_the_blank_restated_as_not_sent() -> None:
    text = ("GA4: big ones\n\n- [ ] send only when `annualrevenue` > 1 000 000; empty revenue → not sent\n- [ ] `client_id` = `email`\n"
            "- [ ] `events[0].name` = `big`\n- [ ] `events[0].params.value` = `annualrevenue` as number")
    recs, _ = _run(text, H, G, HS)
    assert recs == [{"client_id": "ann@acme.io", "events": [{"name": "big", "params": {"value": 12000000}}]}]


def test_another_value_or_empty_is_the_rest_row() -> None:
    text = "- [ ] `Email` → `email_address`\n- [ ] `vip` = true only if `LeadSource` = `Web`; another value or empty → false\n- [ ] `status` = `subscribed`"
    recs, _ = _run(text, L, M, SFL)
    assert _col(recs, "vip") == [True, False, True]
