"""Misreadings noticed in earlier rounds and mended: each sentence is new wording, checked by
previewing the draft on records (behaviour, not the rules' text)."""

from __future__ import annotations

from typing import Any

import pytest

from syncwright.mapping.draft.service import draft_mapping, preview_samples

ROWS = [
    {"email": "a@x.io", "lifecyclestage": "subscriber", "address": "1 A St", "city": "Oslo", "state": "", "firstname": "Ann", "lastname": "Lee"},
    {"email": "b@x.io", "lifecyclestage": "lead", "address": "2 B St", "city": "Rome", "state": "RM", "firstname": "Bo", "lastname": "Ng"},
    {"email": "c@x.io", "lifecyclestage": "customer", "address": "", "city": "", "state": "TX", "firstname": "Cy", "lastname": "Ott"},
]


def _preview(text: str, to: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    r = draft_mapping(text, "hubspot.contacts", to)
    assert r.mapping is not None and not r.problems, (r.problems, r.questions)
    prev = preview_samples(r.mapping, rows)
    assert prev is not None
    return list(prev["records"])


def _records(text: str) -> list[dict[str, Any]]:
    return _preview(text, "salesforce.Lead", ROWS)


@pytest.mark.parametrize(
    "text",
    [
        "Never sync subscribers or leads. Map email.",
        "Map email, but skip contacts that are subscribers or leads.",
        "Map email. Leave out subscribers and leads.",
    ],
)
def test_a_stage_list_ending_in_a_record_word_keeps_every_stage(text: str) -> None:
    # 'leads' is both the record noun and a stage: the last value of a list is not dropped as noise
    assert [r["Email"] for r in _records(text)] == ["c@x.io"]


@pytest.mark.parametrize(
    "text",
    [
        "Address fields: Street from address, City, State. Map email.",
        "Map email. Location details: Street from the address, City, State.",
    ],
)
def test_a_header_naming_a_group_of_fields_introduces_a_list(text: str) -> None:
    recs = _records(text)
    assert [(r.get("Street"), r.get("City"), r.get("State")) for r in recs] == [("1 A St", "Oslo", ""), ("2 B St", "Rome", "RM"), ("", "", "TX")]


def test_a_header_naming_one_field_is_still_that_field() -> None:
    assert [r.get("Street") for r in _records("Street: the address. Map email.")] == ["1 A St", "2 B St", ""]


MC_ROWS = [
    {"email": "a@x.io", "hs_email_optout": "true", "phone": "", "mobilephone": "(415) 555-0100", "lastname": "Lee", "firstname": "ann"},
    {"email": "b@x.io", "hs_email_optout": "false", "phone": "617-555-0123", "mobilephone": "", "lastname": "Ng", "firstname": "bo"},
    {"email": "c@x.io", "hs_email_optout": "", "phone": "", "mobilephone": "", "lastname": "Ott", "firstname": "cy"},
]


def _members(text: str, to: str = "mailchimp.members") -> list[dict[str, Any]]:
    return _preview(text, to, MC_ROWS)


@pytest.mark.parametrize(
    "text",
    [
        "When hs_email_optout says 'true' they land as unsubscribed; 'false' or blank gives subscribed. email_address = email.",
        "Opted-out contacts (hs_email_optout 'true') come in unsubscribed, everybody else subscribed. email_address = email.",
    ],
)
def test_a_picklist_the_values_imply(text: str) -> None:
    # the text never names 'status': its values (subscribed, unsubscribed) do
    assert [r.get("status") for r in _members(text)] == ["unsubscribed", "subscribed", "subscribed"]


def test_everyone_and_a_picklist_value_with_no_verb_is_a_constant() -> None:
    assert [r.get("status") for r in _members("email_address from email, and everybody pending.")] == ["pending"] * 3


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("userId = email. traits.company.name is what comes after the @ in the email.", "x.io"),
        ("userId = email. traits.company.name: the text following the @ of the email address.", "x.io"),
        ("userId = email. traits.company.name is the part of the email in front of the @.", "a"),
    ],
)
def test_the_side_of_the_at_sign_picks_the_email_part(text: str, want: str) -> None:
    assert _members(text, "segment.identify")[0]["traits"]["company"]["name"] == want


def test_a_field_list_with_spelled_out_separators_is_a_template() -> None:
    recs = _members("userId = email. traits.name is written surname first: last name, comma, space, first name (so 'Lee, ann').", "segment.identify")
    assert [r["traits"]["name"] for r in recs] == ["Lee, ann", "Ng, bo", "Ott, cy"]


def test_transform_words_in_brackets_name_no_field() -> None:
    # '(in title case)' asks for a transform; 'title' there is not the Title field
    recs = _records("Map email. FirstName should be the first name (in title case).")
    assert all("Title" not in r for r in recs) and [r["FirstName"] for r in recs] == ["Ann", "Bo", "Cy"]


GA4_ROWS = [{"email": "a@x.io", "lifecyclestage": "customer"}, {"email": "b@x.io", "lifecyclestage": "lead"}]


def _events(text: str) -> list[dict[str, Any]]:
    return _preview(text, "ga4.events", GA4_ROWS)


@pytest.mark.parametrize(
    "text",
    [
        "Log a GA4 trial_start event for every contact; client_id 'web'.",
        "client_id 'web'. Every contact triggers trial_start events.",
    ],
)
def test_a_snake_case_event_name_needs_no_determiner_next_to_it(text: str) -> None:
    assert [r["events"][0]["name"] for r in _events(text)] == ["trial_start", "trial_start"]


def test_a_param_named_before_a_colon_takes_what_follows() -> None:
    recs = _events("client_id 'web'. One stage_seen event per contact with a stage_name param: the lifecycle stage, upper-cased.")
    assert [r["events"][0]["params"]["stage_name"] for r in recs] == ["CUSTOMER", "LEAD"]


def test_a_destination_field_after_a_filter_is_its_own_rule() -> None:
    recs = _events("Send a purchase_done event only for contacts in the customer stage, with client_id 'shop'.")
    assert recs == [{"client_id": "shop", "events": [{"name": "purchase_done"}]}]


def test_an_ordinary_word_close_to_a_field_name_is_no_field() -> None:
    # 'treating' is within typo distance of 'Rating'; a typo keeps its first letter
    r = draft_mapping("Map email. Phone in E.164, treating it as a UK number.", "hubspot.contacts", "salesforce.Lead")
    assert r.mapping is not None and {x["to"] for x in r.mapping["rules"]} == {"Email", "Phone"}


def test_a_typo_of_a_field_name_is_still_that_field() -> None:
    assert [r.get("LastName") for r in _records("Map email and the lastnmae.")] == ["Lee", "Ng", "Ott"]


def test_a_quoted_value_right_after_a_named_field_is_its_constant() -> None:
    recs = _records("All new leads carry Rating 'Warm' and LeadSource 'Partner', no matter who they are. Map email.")
    assert {(r["Rating"], r["LeadSource"]) for r in recs} == {("Warm", "Partner")}


def test_bullets_with_clauses_of_their_own_stay_apart() -> None:
    text = "- Email from email\n- City from city; when that is blank, leave the field off\n- DoNotCall always true"
    recs = _records(text)
    assert recs == [{"Email": "a@x.io", "City": "Oslo", "DoNotCall": True}, {"Email": "b@x.io", "City": "Rome", "DoNotCall": True}, {"Email": "c@x.io", "DoNotCall": True}]


@pytest.mark.parametrize(
    "text",
    [
        "Email, FirstName and LastName, plus their city and state into the mailing address fields.",
        "Map email. Put city and state into the contact's mailing fields.",
    ],
)
def test_items_into_a_group_of_fields_each_find_their_own(text: str) -> None:
    recs = _preview(text, "salesforce.Contact", ROWS)
    assert [(r["MailingCity"], r["MailingState"]) for r in recs] == [("Oslo", ""), ("Rome", "RM"), ("", "TX")]
    assert all("MailingStreet" not in r for r in recs)


def test_a_pattern_shown_by_an_example_in_brackets() -> None:
    recs = _records("Map email. Description shows the person in the shape 'FirstName / LastName' (e.g. 'Ann / Lee').")
    assert [r["Description"] for r in recs] == ["Ann / Lee", "Bo / Ng", "Cy / Ott"]


SRC_ROWS = [{"email": f"{k}@x.io", "hs_analytics_source": k, "lifecyclestage": st} for k, st in
            (("PAID_SEARCH", "lead"), ("PAID_SOCIAL", "customer"), ("REFERRALS", "subscriber"), ("OFFLINE", "lead"), ("", "other"))]


@pytest.mark.parametrize(
    "text",
    [
        "LeadSource follows the original source. PAID_SEARCH plus PAID_SOCIAL are lumped together as 'Advertisement', REFERRALS gives 'Partner Referral'; everything else 'Web'. Map email.",
        "Map email. LeadSource from hs_analytics_source: PAID_SEARCH / PAID_SOCIAL => 'Advertisement'; REFERRALS => 'Partner Referral'; anything else => 'Web'.",
    ],
)
def test_a_value_table_read_from_its_keys_and_quoted_outputs(text: str) -> None:
    recs = _preview(text, "salesforce.Lead", SRC_ROWS)
    assert [r["LeadSource"] for r in recs] == ["Advertisement", "Advertisement", "Partner Referral", "Web", "Web"]


def test_a_value_table_written_output_first() -> None:
    recs = _preview("Map email. Rating: 'Hot' for the customer stage, 'Warm' for lead, and 'Cold' otherwise.", "salesforce.Lead", SRC_ROWS)
    assert [r["Rating"] for r in recs] == ["Warm", "Hot", "Cold", "Warm", "Cold"]


@pytest.mark.parametrize(
    "text",
    [
        "Every lead gets attached to its Salesforce account, matched on the company name. Map email.",
        "Map email; connect each lead to the right account through the company they work for.",
    ],
)
def test_the_account_link_from_its_ingredients(text: str) -> None:
    r = draft_mapping(text, "hubspot.contacts", "salesforce.Lead")
    assert r.mapping is not None
    assert {x["to"]: x.get("from") for x in r.mapping["rules"]} == {"Email": "email", "Company": "company"}


def test_an_account_link_inside_a_list_keeps_the_list() -> None:
    r = draft_mapping("Copy email and last name, and tie each lead to its account by company.", "hubspot.contacts", "salesforce.Lead")
    assert r.mapping is not None
    assert {x["to"]: x.get("from") for x in r.mapping["rules"]} == {"Email": "email", "LastName": "lastname", "Company": "company"}


def test_skip_aimed_at_a_field_leaves_the_field_out_not_the_record() -> None:
    recs = _preview("userId = email. traits.state is the state, skip that trait when it is blank.", "segment.identify", ROWS)
    assert [r.get("traits") for r in recs] == [None, {"state": "RM"}, {"state": "TX"}]


@pytest.mark.parametrize(
    "text",
    [
        "Only push contacts with a state (skip the ones where it is empty). Map email.",
        "Map email. Only contacts with a state.",
    ],
)
def test_a_filter_on_having_a_value_with_its_restatement(text: str) -> None:
    assert [r["Email"] for r in _records(text)] == ["b@x.io", "c@x.io"]
