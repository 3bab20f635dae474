"""Round 12c's readers (the workflow register of a marketing-automation specialist, set 30 as
training), each on wording other than the held-out sentences and the dev cases: checked by
previewing the draft on records, or on the rewritten lines."""

from __future__ import annotations

from syncwright.mapping.draft.canon import canonical
from syncwright.mapping.draft.workflow import any_of, workflow_lines
from tests.mapping_draft.test_round11c import _records


def test_a_workflow_name_goal_delay_and_event_trigger_make_no_rule() -> None:
    lines = ["Workflow: Q3 clean-up", "Trigger: contact is updated. Copy property value: Email -> Email", "Goal: fewer bounces", "Delay: 2 hours"]
    assert [ln for ln in workflow_lines(lines) if ln.strip()] == ["Copy property value: Email -> Email"]
    # a text without a workflow's words is left as it is
    plain = ["Goal: Email to Email"]
    assert workflow_lines(plain) == plain


def test_enrollment_criteria_and_suppression_lines_are_filters() -> None:
    got = _records("Enrollment criteria: Country/Region is any of 'Norway', 'Sweden'.\nAction: Copy Email -> Email.", "salesforce.Lead")
    assert got == [{"Email": "bo@beta.org"}]
    got = _records("Suppression: contacts where Lifecycle Stage is equal to 'customer' are not enrolled.\nCopy property value: Email -> Email.",
                   "salesforce.Lead")
    assert got == [{"Email": "bo@beta.org"}]
    got = _records("Enrollment criteria: all contacts EXCEPT those whose Original Source contains 'PAID'.\nCopy Email -> Email.", "salesforce.Lead")
    assert got == [{"Email": "bo@beta.org"}]


def test_is_any_of_reads_as_a_list_of_values() -> None:
    assert any_of("if Rating is any of ⟦0⟧, ⟦1⟧ or ⟦2⟧") == "if Rating is ⟦0⟧ or ⟦1⟧ or ⟦2⟧"
    assert any_of("tags contains any of ⟦0⟧") == "tags contains ⟦0⟧"


def test_known_and_unknown_are_emptiness_and_an_unquoted_unknown_default_stays_a_value() -> None:
    assert canonical("if Job Title is unknown, set Title to ⟦0⟧") == "if Job Title is empty, set Title to ⟦0⟧"
    got = _records("Copy Email -> Email. If/then branch: if Industry is known, copy it to Industry; if Industry is unknown, set Industry to 'n/a'.",
                   "salesforce.Lead")
    assert [r["Industry"] for r in got] == ["n/a", "Food"]
    got = _records("Email to Email; Company from company name, or Unknown when it is blank.", "salesforce.Lead")
    assert [r["Company"] for r in got] == ["  Acme  ", "Unknown"]


def test_format_data_after_a_copy_is_that_copys_format() -> None:
    got = _records("Copy property value: Email -> Email, format data: lowercase.\nCopy Last Name -> LastName, format data: title case.",
                   "salesforce.Lead")
    assert got == [{"Email": "ann@acme.io", "LastName": "Lee"}, {"Email": "bo@beta.org", "LastName": "Ng"}]


def test_a_branch_on_one_property_over_rows_is_a_value_table() -> None:
    text = ("Copy Email -> Email.\nIf/then branch on Original Source -> LeadSource:\n"
            "  Original Source is equal to 'PAID_SEARCH': 'Advertisement' | is equal to 'REFERRALS': 'Partner Referral'\n"
            "  Else (anything else, or unknown): 'Other'")
    assert [r["LeadSource"] for r in _records(text, "salesforce.Lead")] == ["Advertisement", "Partner Referral"]


def test_branch_rows_that_set_a_field_from_properties_are_a_fallback_and_a_later_format_line_keeps_it() -> None:
    text = ("Email -> Email\nIf/then branch on MobilePhone:\n  if Mobile Phone Number is known: set MobilePhone to Mobile Phone Number\n"
            "  else if Phone Number is known: set MobilePhone to Phone Number\n  else: no MobilePhone at all\n"
            "Format data: MobilePhone in E.164 (US).")
    got = _records(text, "salesforce.Contact")
    assert [r.get("MobilePhone") for r in got] == ["+14155550100", "+12125550101"]


def test_else_after_a_full_stop_is_the_branch_of_the_if_before_it() -> None:
    text = "Copy Email -> Email. If/then branch: if Lifecycle Stage is equal to 'lead', set Rating to 'Warm'. Else: set Rating to 'Cold'."
    assert [r["Rating"] for r in _records(text, "salesforce.Lead")] == ["Cold", "Warm"]


def test_a_bracketed_condition_after_a_copy_is_its_own_clause() -> None:
    got = _records("Copy Email -> Email. Copy Industry -> Industry (when Industry is empty, set Industry to 'Other').", "salesforce.Lead")
    assert [r["Industry"] for r in got] == ["Other", "Food"]


def test_a_flag_for_a_value_being_there() -> None:
    text = "Copy Email -> userId. If Company Name is known, set traits.has_company to true; if Company Name is unknown, set traits.has_company to false."
    got = _records(text, "segment.identify")
    assert [r["traits"]["has_company"] for r in got] == [True, False]


def test_set_to_a_sum_of_fields_and_a_tag_for_some_records() -> None:
    text = "Copy Email -> email_address. Action: set FNAME to First Name + ' ' + Last Name. Tag with 'all'. If Country/Region is equal to 'Norway', also tag with 'nordics'."
    got = _records(text, "mailchimp.members")
    assert [r["merge_fields"]["FNAME"] for r in got] == ["ann lee", "Bo Ng"]
    assert [r["tags"] for r in got] == [["all"], ["all", "nordics"]]


def test_params_under_with_these_params_are_the_events_params() -> None:
    text = "Copy property value: Email -> client_id.\nEvent: one event named 'sign_up' with these params:\n  tier = Lifecycle Stage\n  size = Number of Employees as a whole number"
    got = _records(text, "ga4.events")
    assert got[0]["events"] == [{"name": "sign_up", "params": {"tier": "customer", "size": 120}}]


def test_a_heading_before_an_instruction_that_names_its_field_is_no_field() -> None:
    text = "Opt-out sync to leads: set Industry to 'Other' when Industry is empty. Contact basics: copy Email into Email."
    got = _records(text, "salesforce.Lead")
    assert [r["Industry"] for r in got] == ["Other", "Food"] and got[0]["Email"] == "Ann@Acme.io"
    # a heading that is the field itself stays the field
    assert [r["Rating"] for r in _records("Email -> Email. Rating: set it to 'Warm'.", "salesforce.Lead")] == ["Warm", "Warm"]


def test_the_opposite_of_a_checkbox_is_a_flag_both_ways() -> None:
    rows = [{"Email": "a@x.io", "HasOptedOutOfEmail": True}, {"Email": "b@x.io", "HasOptedOutOfEmail": False}]
    got = _records("userId = Email. traits.reachable is the opposite of Email Opt Out.", "segment.identify", frm="salesforce.Contact", rows=rows)
    assert [r["traits"]["reachable"] for r in got] == [False, True]


def test_an_if_that_sets_another_field_is_no_row_of_the_table_before_it() -> None:
    text = ("Email -> Email. If Lifecycle Stage is 'customer', set Rating to 'Hot'; otherwise 'Cold'. "
            "If Country/Region is 'Norway', set Industry to 'Nordics'; otherwise 'Other'.")
    got = _records(text, "salesforce.Lead")
    assert [(r["Rating"], r["Industry"]) for r in got] == [("Hot", "Other"), ("Cold", "Nordics")]


def test_skip_when_the_source_is_empty_after_a_copy_leaves_the_field_not_the_record() -> None:
    got = _records("Email -> Email; Copy City -> City; skip when City is unknown.", "salesforce.Lead")
    assert got == [{"Email": "Ann@Acme.io"}, {"Email": "bo@beta.org", "City": "Oslo"}]


def test_a_brief_with_a_platform_title_and_straight_copies() -> None:
    text = "Lead brief (HubSpot -> Salesforce Leads):\nEmail — straight copy\nFirst Name / Last Name — straight copies\nIndustry — straight copy of their industry"
    got = _records(text, "salesforce.Lead")
    assert got[1] == {"Email": "bo@beta.org", "FirstName": "Bo", "LastName": "Ng", "Industry": "Food"}


def test_a_guessed_filter_gives_way_to_the_exact_one_and_a_quoted_label_is_its_field() -> None:
    text = "Norwegian contacts only.\nEmail — straight copy\nNotes: only contacts whose 'Country/Region' is 'Norway'."
    assert _records(text, "salesforce.Lead") == [{"Email": "bo@beta.org"}]
    text = "Email — straight copy\nNotes: skip anyone whose 'Original Source' is 'PAID_SEARCH'."
    assert _records(text, "salesforce.Lead") == [{"Email": "bo@beta.org"}]
