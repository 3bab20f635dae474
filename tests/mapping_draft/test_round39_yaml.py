"""Round 39: a platform engineer's mappings written as hand-typed YAML-ish config (set 130: keys
named after the destination's fields, 'from:' / 'transform:' / 'default:' blocks, 'values:' tables
with 'otherwise:', 'when: cond -> value' rows, 'skip_if:' / 'only_if:' filters, '|' pipes, '||'
fallbacks, tag items with conditions, '# comments'). yaml_config says each key as one rule line the
grammar reads; prose around the config stays as written. Fresh wording and field choices; the
held-out texts are not copied."""

from __future__ import annotations

from typing import Any

from syncwright.mapping.draft.service import draft_mapping
from syncwright.mapping.draft.yaml_config import yaml_config
from tests.mapping_draft.test_round16 import HS, MC, SFL, C, H, L, M

S = "segment.identify"


def _records(text: str, frm: str, to: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    r = draft_mapping(text, frm, to, samples=rows)
    assert r.preview is not None, r.questions
    return list(r.preview["records"])


def _col(records: list[dict[str, Any]], key: str) -> list[Any]:
    return [r.get(key, "<absent>") for r in records]


# --- what is not config stays as it was written -------------------------------------------------------


def test_prose_with_labels_and_colons_is_unchanged() -> None:
    for text in (
        "Note: the phone goes over as is.\nEmail: copy from email.\nFirstName: from first name, in title case.",
        "Email -> Email\nRating: 'Hot' when revenue is over 5M",
        "email_address : email (trimmed)\nstatus : 'subscribed'\nFNAME : firstname",
        "Goal: sync leads.\nOwner: marketing ops.\nDeadline: Friday.",
        "lead = {'Email': c['email'], 'LastName': c['lastname']}",
    ):
        assert yaml_config(text) == text


def test_a_key_that_cannot_be_said_keeps_its_lines() -> None:
    text = "Email: email\nLastName: lastname\nCompany:\n  from: company\n  transform: rot13\n"
    assert yaml_config(text).splitlines() == [
        "Email <- email",
        "LastName <- lastname",
        "Company:",
        "  from: company",
        "  transform: rot13",
    ]


# --- the rule lines said ---------------------------------------------------------------------------------


def test_blocks_pipes_fallbacks_and_constants_are_one_line_each() -> None:
    text = (
        "Leads from HubSpot, config style.\n"
        "Email: email | lowercase\n"
        "LastName:\n  from: lastname\n  transform: titlecase\n"
        "Phone:\n  from: phone || mobilephone\n  skip_if: both blank\n"
        "Company: {from: company, default: Self-employed}\n"
        "LeadSource: Referral        # const\n"
    )
    assert yaml_config(text).splitlines() == [
        "Leads from HubSpot, config style.",
        "Email <- email, in lower case",
        "LastName <- lastname, in title case",
        "Phone <- phone, else mobilephone, left out when empty",
        "Company <- company; if empty, 'Self-employed'",
        "LeadSource = 'Referral'",
    ]


def test_filters_tables_chains_and_tags_are_said_as_sentences() -> None:
    text = (
        'skip_if:\n  - hs_email_optout == "true"\n'
        "email_address: email\n"
        "language:\n  from: country\n  values:\n    Germany: de\n    United States: en\n  otherwise: fr\n"
        "tags:\n  - crm\n  - big-account: annualrevenue > 1000000\n"
    )
    assert yaml_config(text).splitlines() == [
        "Skip records where hs_email_optout is 'true'.",
        "email_address <- email",
        "language from country: 'Germany' -> 'de', 'United States' -> 'en', otherwise -> 'fr'",
        "Add the tag 'crm'. Add the tag 'big-account' if annualrevenue is more than 1000000.",
    ]


def test_a_comment_saying_what_a_blank_does_is_kept_and_a_restating_one_goes() -> None:
    text = (
        "Email: email                # unchanged\n"
        'Title:\n  from: jobtitle\n  transform: trim   # blank title -> send "n/a"\n'
        "City: city                  # copy, blank stays blank\n"
    )
    assert yaml_config(text).splitlines() == [
        "Email <- email",
        "Title <- jobtitle, trimmed; if empty, 'n/a'",
        "City <- city",
    ]


# --- drafted through the public API -----------------------------------------------------------------------


def test_hubspot_to_lead_with_a_default_a_trim_and_a_band() -> None:
    text = (
        "Config for the HubSpot -> SF Lead job.\n\n"
        "Email: email | lowercase\n"
        "LastName: lastname | titlecase\n"
        "Company:\n  from: company\n  default: Self-employed      # empty company -> Self-employed\n"
        "Rating:\n  when: annualrevenue > 1000000 -> Hot\n  else: Cold          # blank revenue too\n"
    )
    recs = _records(text, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"]
    assert _col(recs, "LastName") == ["Lee", "Ng", "Oz"]
    assert _col(recs, "Company") == ["Acme", "Self-employed", "Gamma"]
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold"]


def test_only_if_and_a_key_left_out_when_its_source_is_blank() -> None:
    text = (
        "only_if: lifecyclestage in [customer, lead]\n"
        "Email: email\n"
        "LastName: lastname\n"
        "MobilePhone:\n  from: mobilephone\n  omit_if_empty: yes\n"
    )
    recs = _records(text, H, C, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org"]
    assert _col(recs, "MobilePhone") == ["<absent>", "212-555-0101"]


def test_mailchimp_to_hubspot_with_a_choice_and_nested_sources() -> None:
    text = (
        "email: email_address\n"
        "firstname: merge_fields.FNAME | uppercase\n"
        "company:\n  from: merge_fields.COMPANY\n  default: Private\n"
        'lifecyclestage: "customer" if status == subscribed, otherwise "other"\n'
    )
    recs = _records(text, M, H, MC)
    assert _col(recs, "firstname") == ["ANN", "BO", "CY"]
    assert _col(recs, "company") == ["Acme", "Private", "Private"]
    assert _col(recs, "lifecyclestage") == ["customer", "other", "customer"]


def test_lead_to_identify_with_traits_a_table_and_a_joined_name() -> None:
    text = (
        "userId: Email\n"
        "traits:\n"
        '  name: "<FirstName> <LastName>"\n'
        "  tier:\n    from: Rating\n    values: {Hot: gold, Warm: silver}\n    otherwise: bronze\n"
        "  source: LeadSource\n"
    )
    recs = _records(text, L, S, SFL)
    assert [r["traits"]["name"] for r in recs] == ["Ann Lee", "Bo Ng", "Cy Oz"]
    assert [r["traits"]["tier"] for r in recs] == ["gold", "bronze", "silver"]
