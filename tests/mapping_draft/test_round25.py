"""Round 25: risks the round-24 review found, closed before they could bite. A later tag clause
naming a tag already listed became that tag's fallback whether or not it said 'empty' (the
second tag was lost for every record with a company: silent), and a first line naming a
'recap' was dropped as a minutes title even when it carried the rules."""

from __future__ import annotations

from syncwright.mapping.draft.service import draft_mapping
from tests.mapping_draft.test_round16 import HS, C, H, L, M, S, _col, _run
from tests.mapping_draft.test_round22 import G


def test_a_second_tag_clause_without_an_empty_word_adds_its_tags() -> None:
    text = "email_address from email. Tag every member with their company. Also tag them with the company and the industry."
    recs, _ = _run(text, H, M, HS)
    assert "Software" in recs[0]["tags"]  # ann's industry: a tag of its own, not the company's fallback


def test_a_tag_fallback_said_after_it_still_reads_as_one() -> None:
    """The round-24 reading the check must keep ('empty' is in the clause)."""
    text = "email_address from email. One tag: the company. Where the company is empty, the tag is the industry instead."
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "tags") == [["Acme"], [], ["Gamma"]]  # bo has neither: no tag


def test_a_recap_first_line_that_carries_rules_is_read() -> None:
    recs, questions = _run("Recap: Email from email, LastName from lastname, Company from company", H, L, HS)
    assert recs[0] == {"Email": "ann@acme.io", "LastName": "LEE", "Company": "Acme"}
    assert not questions


# --- a sync described as release notes (set 85) -----------------------------------------------------


def test_changelog_headings_are_labels_and_a_not_synced_item_writes_nothing() -> None:
    text = ("## [2.1.0] - HubSpot -> Salesforce Leads\n\n### Added\n- Lead Email now mirrors HubSpot email.\n"
            "- Lead Title is now filled from Job Title.\n\n### Not synced\n- the phone numbers\n"
            "- City and State are not part of this release.")
    recs, questions = _run(text, H, L, HS)
    assert recs[0] == {"Email": "ann@acme.io", "Title": "CEO"}
    assert not questions


def test_no_longer_sent_is_a_field_left_out() -> None:
    text = "### Changed\n- Lead Email = HubSpot email.\n- Lead Title now carries the Job Title.\n- Title is no longer sent when the Job Title is empty."
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Title") == ["CEO", "<absent>", "CTO"]


def test_the_first_of_these_that_is_not_empty_is_a_fallback_chain() -> None:
    text = ("Lead Email = HubSpot email. Lead Title is filled with the first of these that is not empty, in this order: "
            "Job Title, then Industry, then the fixed text 'Staff'.")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Title") == ["CEO", "Staff", "CTO"]


def test_a_rest_row_then_a_blank_row_keeps_the_rest_row() -> None:
    text = ("Email = email.\nLead Rating comes from Annual Revenue:\n  - above 10,000,000 -> 'Hot'\n  - below 1,000,000 -> 'Cold'\n"
            "  - anything in between -> 'Warm'\nA contact with no annual revenue (blank) is rated 'Cold'.")
    hs = [*HS, {**HS[0], "email": "di@delta.io", "annualrevenue": "5000000"}]
    recs, _ = _run(text, H, L, hs)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold", "Warm"]  # the rest row stayed for di; blank bo is Cold


def test_true_when_two_fields_are_both_empty_reads_both() -> None:
    text = "Email = email. DoNotCall is true when the contact has no Phone Number and no Mobile Phone Number, false otherwise."
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "DoNotCall") == [False, False, True]  # bo has a mobile: not both empty


# --- a Russian speaker's English (set 84) -------------------------------------------------------------


def test_must_be_filled_by_and_in_case_if_are_a_default() -> None:
    text = "Email of contact we write to Email. Title we take from job title. In case if job title is absent, Title must be filled by 'Specialist'."
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "Title") == ["CEO", "Specialist", "CTO"]
    assert not questions


def test_take_from_contact_and_write_to_is_a_copy() -> None:
    recs, _ = _run("Take email from contact and write to Email. Take city from contact and write it in upper case to City.", H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"]


def test_records_we_do_not_transfer_are_skipped() -> None:
    text = "Email from email, LastName from lastname. Contacts, whose lifecycle stage is 'subscriber', we do not transfer."
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org"]


def test_a_field_not_written_into_the_lead_is_left_out() -> None:
    text = "Email from email. Title from job title; when job title is not filled, Title is not written into lead."
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Title") == ["CEO", "<absent>", "CTO"]


def test_a_value_only_for_some_contacts_is_a_condition_not_a_filter() -> None:
    text = "email_address from email. vip = true only for contacts, whose lifecycle stage is 'customer'; for all others vip = false."
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "vip") == [True, False, False]  # every member is sent


def test_other_contacts_are_skipped_is_no_lifecycle_filter() -> None:
    text = "Only contacts whose country is 'Germany' go to Salesforce. Other contacts are skipped. Email from email, LastName from lastname."
    r = draft_mapping(text, H, L)
    assert r.mapping is not None
    assert "other" not in str(r.mapping.get("filters")), r.mapping.get("filters")


def test_a_spec_that_writes_the_key_itself_gets_no_required_field_it_did_not_ask_for() -> None:
    recs, _ = _run("Contacts from HubSpot we transfer to Salesforce Contact. Email from email, Title from job title.", H, C, HS)
    assert recs[0] == {"Email": "ann@acme.io", "Title": "CEO"}


def test_a_line_back_at_the_margin_ends_the_table_above_it() -> None:
    text = ("Email from email.\nRating is calculated from Annual Revenue:\n  more than 10000000 -> 'Hot'\n  everything between -> 'Warm'\n"
            "In case if annual revenue is not filled, Rating is 'Cold'.\nNumberOfEmployees from number of employees as integer.")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Warm"]  # cy's 800,000 is 'between'; bo's blank revenue is Cold
    assert _col(recs, "NumberOfEmployees") == [120, "", 8]


def test_a_type_named_before_the_values_is_one_rule() -> None:
    text = "userId from email. traits.optedOut: boolean. true when hs_email_optout is 'true'; false otherwise."
    recs, _ = _run(text, H, S, HS)
    assert [r["traits"]["optedOut"] for r in recs] == [False, False, True]


def test_params_of_event_without_an_article() -> None:
    text = "client_id from email. One event 'crm_sync'. Params of event: stage from lifecycle stage; plan <- industry."
    recs, _ = _run(text, H, G, HS)
    assert recs[0]["events"][0]["params"] == {"stage": "customer", "plan": "Software"}


def test_a_plain_line_after_a_not_synced_list_is_still_read() -> None:
    text = "### Not synced\n- the phone numbers\n- contacts whose lifecycle stage is 'subscriber'\n\nEmail from email. Title from job title."
    recs, _ = _run(text, H, L, HS)
    assert recs == [{"Email": "ann@acme.io", "Title": "CEO"}, {"Email": "bo@beta.org", "Title": ""}]  # cy (subscriber) skipped
