"""Round 13 (the lead's part): a two-word catalog label written in its own case is that field,
even when its first word is one that never opens a mention ('Other Phone')."""

from __future__ import annotations

from syncwright.mapping.draft.fields import object_fields
from syncwright.mapping.draft.grammar import Grammar
from syncwright.mapping.draft.service import draft_mapping
from tests.mapping_draft.test_round11c import _records

ROWS = [
    {"Email": "ann@acme.io", "Phone": "+1 415 555 0100", "OtherPhone": "+44 20 7946 0000", "MobilePhone": ""},
    {"Email": "bo@beta.org", "Phone": "", "OtherPhone": "+49 30 123456", "MobilePhone": "+1 212 555 0101"},
]


def test_a_two_word_label_in_its_own_case_is_that_field() -> None:
    g = Grammar(object_fields("salesforce.Contact", "src"), object_fields("mailchimp.members", "dst"))
    named = g.resolve("Other Phone", "src")
    assert named is not None and named.best.path == "OtherPhone"


def test_other_phone_written_as_its_label_is_copied() -> None:
    text = "Map Email to email_address, and put the Other Phone into merge_fields.PHONE."
    assert _records(text, "mailchimp.members", frm="salesforce.Contact", rows=ROWS) == [
        {"email_address": "ann@acme.io", "merge_fields": {"PHONE": "+44 20 7946 0000"}},
        {"email_address": "bo@beta.org", "merge_fields": {"PHONE": "+49 30 123456"}},
    ]


HS_ROWS = [
    {"email": "ann@acme.io", "firstname": "Ann", "lastname": "Lee", "company": "Acme", "phone": "(415) 555-0100", "mobilephone": "",
     "lifecyclestage": "customer", "numemployees": "120"},
    {"email": "bo@beta.org", "firstname": "Bo", "lastname": "Ng", "company": "  ", "phone": "", "mobilephone": "212-555-0101",
     "lifecyclestage": "subscriber", "numemployees": ""},
]


def test_skipping_records_with_a_blank_field_keeps_the_filled_ones() -> None:
    for said in ("Skip contacts with a blank Company Name.", "Leave out leads that have an empty company.", "Exclude anyone with a missing company."):
        assert _records(f"Email = email. {said}", "salesforce.Lead", rows=HS_ROWS) == [{"Email": "ann@acme.io"}], said


def test_a_flag_whose_other_side_is_when_they_do() -> None:
    text = "Email = email. Do Not Call: true when they have no Phone Number (blank), false when they do."
    assert _records(text, "salesforce.Contact", rows=HS_ROWS) == [
        {"Email": "ann@acme.io", "DoNotCall": False},
        {"Email": "bo@beta.org", "DoNotCall": True},
    ]


def test_leave_out_with_a_bracket_naming_field_and_value() -> None:
    text = "Email Address: their email\nNotes: leave customers out (Lifecycle Stage 'customer')."
    assert _records(text, "mailchimp.members", rows=HS_ROWS) == [{"email_address": "bo@beta.org"}]


def test_bracketed_merge_tags_joined_by_a_slash_are_two_copies() -> None:
    text = "Email Address: their email\nFirst Name (FNAME) / Last Name (LNAME): straight copies"
    assert _records(text, "mailchimp.members", rows=HS_ROWS) == [
        {"email_address": "ann@acme.io", "merge_fields": {"FNAME": "Ann", "LNAME": "Lee"}},
        {"email_address": "bo@beta.org", "merge_fields": {"FNAME": "Bo", "LNAME": "Ng"}},
    ]


def test_a_head_written_as_label_and_bracketed_path_is_that_path() -> None:
    text = ("User ID: their email\nSize band (traits.company.plan) - 'Large' when Number of Employees is over 100, otherwise 'Small'\n"
            "Domain (traits.website) — the part of their email after the @")
    assert _records(text, "segment.identify", rows=HS_ROWS) == [
        {"userId": "ann@acme.io", "traits": {"company": {"plan": "Large"}, "website": "acme.io"}},
        {"userId": "bo@beta.org", "traits": {"company": {"plan": "Small"}, "website": "beta.org"}},
    ]


def test_same_formatting_gives_a_copy_the_formats_of_the_copy_before() -> None:
    for text in ("Email -> Email. Phone <- phone as E.164 (US); MobilePhone <- mobilephone, same format",
                 "Email -> Email. Copy Phone Number -> Phone, in E.164 (US). Copy Mobile Phone Number -> MobilePhone, formatted the same way."):
        assert _records(text, "salesforce.Lead", rows=[*HS_ROWS[:1], dict(HS_ROWS[1], phone="415 555 0111")]) == [
            {"Email": "ann@acme.io", "Phone": "+14155550100", "MobilePhone": ""},
            {"Email": "bo@beta.org", "Phone": "+14155550111", "MobilePhone": "+12125550101"},
        ], text


def test_or_between_two_valued_branches_separates_them() -> None:
    rows = [{"Email": "a@x.io", "HasOptedOutOfEmail": True}, {"Email": "b@y.io", "HasOptedOutOfEmail": False}]
    text = "Copy Email to email, and set hs_email_optout to the text 'true' when Email Opt Out is true or the text 'false' when it is false."
    assert _records(text, "hubspot.contacts", frm="salesforce.Lead", rows=rows) == [
        {"email": "a@x.io", "hs_email_optout": "true"},
        {"email": "b@y.io", "hs_email_optout": "false"},
    ]


def test_a_template_part_with_a_format_a_placeholder_cannot_carry_is_asked_not_a_crash() -> None:
    r = draft_mapping('Email = email. Description = "Created <createdate as DD.MM.YYYY>"', "hubspot.contacts", "salesforce.Lead")
    assert r.mapping is not None
    assert [x["to"] for x in r.mapping["rules"]] == ["Email"]
    assert any("Description" in q["question"] and "createdate" in q["question"] for q in r.questions)


def test_keep_if_is_a_filter_and_an_unquoted_truth_value_can_be_the_rest() -> None:
    assert _records("Email = email. Keep if Lifecycle Stage is 'customer'.", "salesforce.Lead", rows=HS_ROWS) == [{"Email": "ann@acme.io"}]
    assert _records("email_address = email; vip = true for customers, false for all the others", "mailchimp.members", rows=HS_ROWS) == [
        {"email_address": "ann@acme.io", "vip": True},
        {"email_address": "bo@beta.org", "vip": False},
    ]


def test_a_tag_for_a_plural_picklist_value_is_conditional() -> None:
    assert _records("email_address = email. Tag everyone with 'hubspot', and add 'vip' for customers.", "mailchimp.members", rows=HS_ROWS) == [
        {"email_address": "ann@acme.io", "tags": ["hubspot", "vip"]},
        {"email_address": "bo@beta.org", "tags": ["hubspot"]},
    ]


def test_mark_the_contact_as_a_label_with_its_value_in_brackets() -> None:
    rows = [{"Email": "a@x.io", "HasOptedOutOfEmail": True}, {"Email": "b@y.io", "HasOptedOutOfEmail": False}]
    text = "email = Email. Mark the contact as unsubscribed from all email (the text 'true') when Email Opt Out is ticked; otherwise the text 'false'."
    assert _records(text, "hubspot.contacts", frm="salesforce.Lead", rows=rows) == [
        {"email": "a@x.io", "hs_email_optout": "true"},
        {"email": "b@y.io", "hs_email_optout": "false"},
    ]


def test_a_sentence_on_what_a_blank_source_means_never_replaces_the_rule() -> None:
    rows = [dict(HS_ROWS[0], hs_email_optout="true"), dict(HS_ROWS[1], hs_email_optout="  ")]
    want = [{"email_address": "ann@acme.io", "status": "unsubscribed"}, {"email_address": "bo@beta.org", "status": "subscribed"}]
    head = "email_address = email. status is 'unsubscribed' if hs_email_optout is 'true', otherwise 'subscribed'."
    for tail in ("A blank opt-out counts as subscribed.", "If the opt-out is blank, it is subscribed."):
        r = draft_mapping(f"{head} {tail}", "hubspot.contacts", "mailchimp.members")
        assert r.mapping is not None
        status = next(x for x in r.mapping["rules"] if x["to"] == "status")
        assert set(status.get("table", {})) == {"true"}, tail  # no row keyed 'If the opt-out' or 'it'
        assert _records(f"{head} {tail}", "mailchimp.members", rows=rows) == want, tail


def test_values_of_another_field_are_never_read_as_places() -> None:
    rows = [{"Email": "a@x.io", "Department": "Sales", "MailingCountry": "Germany"}, {"Email": "b@y.io", "Department": "Legal", "MailingCountry": "Sales"}]
    for said in ("Only contacts in the Sales or Purchasing departments belong in this audience.",
                 "Only contacts whose Department is Sales or Purchasing belong in this audience."):
        assert _records(f"email_address = Email. {said}", "mailchimp.members", frm="salesforce.Contact", rows=rows) == [{"email_address": "a@x.io"}], said


def test_a_case_verb_is_for_its_own_fields_and_do_the_same_for_takes_it() -> None:
    rows = [{"Email": "a@x.io", "FirstName": "ann", "LastName": "LEE", "AnnualRevenue": "1200.5", "City": "oslo"}]
    text = "email = Email. Title-case firstname and lastname, and write AnnualRevenue to annualrevenue as a number."
    assert _records(text, "hubspot.contacts", frm="salesforce.Lead", rows=rows) == [{"email": "a@x.io", "firstname": "Ann", "lastname": "Lee", "annualrevenue": 1200.5}]
    text = "email = Email. Put FirstName into firstname in upper case, and do the same for City."
    assert _records(text, "hubspot.contacts", frm="salesforce.Lead", rows=rows) == [{"email": "a@x.io", "firstname": "ANN", "city": "OSLO"}]


def test_for_the_destination_object_is_a_frame_not_a_request_for_required_fields() -> None:
    r = draft_mapping("For the Salesforce contact, lower-case the HubSpot email before writing it to Email. Title takes the Job Title.", "hubspot.contacts", "salesforce.Contact")
    assert r.mapping is not None
    assert sorted(x["to"] for x in r.mapping["rules"]) == ["Email", "Title"]
