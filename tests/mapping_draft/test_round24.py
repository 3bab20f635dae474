"""Round 24: set 78 (an agency project manager's meeting minutes) and set 79 (a Turkish
speaker's English, the verb at the end) opened as training. Each test words a family the
drafter misread in fresh sentences of its own and previews the draft on records, so a reading
is judged by what it writes. Several were silent wrongs before: 'Parked: phone numbers' mapped
the phone, a wrapped line read as a sentence of its own lost the fields after the wrap,
'when vip is false -> 'subscriber'' compared vip with true (its row never applied), 'leave out
Leads with Status X' wrote X into a status field, 'left out where state is empty' dropped the
record instead of the field, and 'Only Lead with Country X' wrote X into country."""

from __future__ import annotations

from tests.mapping_draft.test_round16 import HS, MC, SFC, SFL, C, H, L, M, S, _col, _records, _run
from tests.mapping_draft.test_round22 import G, _traits

# --- meeting minutes (set 78) -----------------------------------------------------------------------


def test_minutes_frame_is_no_rule_and_parked_items_map_nothing() -> None:
    text = ("Lead sync call 2 Dec - minutes\nAttendees: Ola, Ben\nPresent: Ken\n\n"
            "Agreed (all OB unless noted):\n- Email = HubSpot email (OB).\n- LastName = lastname (BK).\n\n"
            "Parked: phone numbers and the job title.\nAction items: Ben to check the city values.\nOpen points: none")
    recs, questions = _run(text, H, L, HS)
    assert recs[0] == {"Email": "ann@acme.io", "LastName": "LEE"}
    assert not questions


def test_an_indented_line_goes_on_with_the_wrapped_item_above_it() -> None:
    text = ("Decisions:\n1. Email = email; LastName = lastname. Title is the job title as it is; where the job title is empty, Title is set to\n"
            "   'Not given' (BK).")
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "Title") == ["CEO", "Not given", "CTO"]
    assert not questions


def test_decisions_in_reported_speech_are_rules() -> None:
    text = ("Decisions:\n1. It was decided to leave out contacts whose lifecycle stage is 'subscriber' (OB).\n"
            "2. We agreed that Title would be the job title, unchanged (BK).\n"
            "3. Client confirmed that where HubSpot has an empty value the empty value simply goes across as it is; nothing gets filled in.\n"
            "4. Email = email; LastName = lastname.")
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org"]
    assert _col(recs, "Title") == ["CEO", ""]
    assert not questions


def test_a_field_left_out_where_its_source_is_empty_keeps_the_record() -> None:
    text = ("userId = email. Address traits, copied as is: traits.address.city from city, "
            "traits.address.state from state, but left out where state is empty.")
    recs = _records(text, H, S, HS)
    assert len(recs) == 3
    assert _traits(recs, "address") == [{"city": "Austin", "state": "TX"}, {"city": "Lyon"}, {"city": "Bonn", "state": "NW"}]


def test_leave_out_records_with_a_value_is_a_skip_not_a_constant() -> None:
    text = "It was decided to leave out Leads with Rating 'Cold' (OB).\nemail = Lead Email; firstname = FirstName."
    recs = _records(text, L, H, SFL)
    assert recs == [{"email": "ann@acme.io", "firstname": "Ann"}, {"email": "cy@gamma.de", "firstname": "Cy"}]


def test_event_params_under_a_numbered_item_are_params() -> None:
    text = ("Decisions:\n1. client_id = the HubSpot email.\n2. Event name fixed to 'crm_sync'.\n3. Event params:\n"
            "   - origin: always 'crm'\n   - stage: lifecyclestage in upper case")
    recs = _records(text, H, G, HS)
    assert recs[1]["events"] == [{"name": "crm_sync", "params": {"origin": "crm", "stage": "LEAD"}}]


def test_a_trait_named_after_the_word_trait_and_a_type_bracket() -> None:
    text = ("userId = email.\nCustom trait segment from lifecycle stage: 'customer' -> paying; anything else -> free.\n"
            "Trait isOptedOut (true/false): true when hs_email_optout is 'true', false otherwise.")
    recs = _records(text, H, S, HS)
    assert _traits(recs, "segment") == ["paying", "free", "free"]
    assert _traits(recs, "isOptedOut") == [False, False, True]


def test_matched_on_email_before_a_colon_is_no_table_head() -> None:
    text = "Leads go into HubSpot, matched on email: HubSpot email = Lead Email. lastname = LastName."
    recs = _records(text, L, H, SFL)
    assert recs[0] == {"email": "ann@acme.io", "lastname": "Lee"}


# --- a Turkish speaker's English (set 79) --------------------------------------------------------


def test_verbs_at_the_end_are_read_in_english_order() -> None:
    text = ("Dear colleague,\n1) Email from email copy.\n2) Title from jobtitle; Title, if it is empty, 'Not known' write.\n"
            "3) Phone = phone; phone, if empty, mobilephone; if also mobilephone empty, Phone not write.\n"
            "4) NumberOfEmployees from numemployees as integer; numemployees, if empty, leave out.\nKolay gelsin!")
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "Title") == ["CEO", "Not known", "CTO"]
    assert _col(recs, "Phone") == ["(415) 555-0100", "212-555-0101", "<absent>"]
    assert _col(recs, "NumberOfEmployees") == [120, "<absent>", 8]
    assert not questions


def test_a_false_flag_row_keyed_by_its_condition_applies() -> None:
    for text in ("email = email_address. lifecyclestage 'customer' when vip is true, when vip false -> 'subscriber'.",
                 "email = email_address. lifecyclestage: when vip is true -> 'customer', when vip is false -> 'subscriber'."):
        assert _col(_records(text, M, H, MC), "lifecyclestage") == ["customer", "subscriber", "subscriber"]


def test_only_records_with_a_value_and_others_skip() -> None:
    text = "Dear colleague, only Contact with MailingCountry 'Austria' or 'Germany' to Mailchimp, others skip.\nemail_address from Email copy. Easy work to you!"
    recs, questions = _run(text, C, M, SFC)
    assert recs == [{"email_address": "ann@acme.io"}]
    assert not questions


def test_the_text_before_a_quoted_value_and_the_rest_said_after_its_words() -> None:
    text = ("Dear colleague, Mailchimp members to HubSpot:\n1) email = email_address, copy\n"
            "2) lastname = LNAME; LNAME, if empty, lastname leave out\n"
            "3) hs_email_optout: the text \"true\" when status is \"cleaned\", for every other status the text \"false\"\n"
            "4) hs_language = language; language, if empty, \"en\" write")
    recs, questions = _run(text, M, H, MC)
    assert recs[1] == {"email": "bo@beta.org", "lastname": "Ng", "hs_email_optout": "true", "hs_language": "fr"}
    assert _col(recs, "hs_email_optout") == ["false", "true", "false"]
    assert not questions


def test_records_with_a_value_we_dont_want_are_skipped() -> None:
    text = "Dear colleague,\nLeads with Rating 'Hot' we don't want, skip them. For the rest:\n1) email <- Email, copy\nKolay gelsin"
    recs, questions = _run(text, L, H, SFL)
    assert _col(recs, "email") == ["bo@beta.org", "cy@gamma.de"]
    assert not questions


def test_full_name_with_one_space_and_a_tag_bracket_for_the_blank() -> None:
    text = ("userId is HubSpot email. traits.name is full name: firstname + one space + lastname.")
    assert _traits(_records(text, H, S, HS), "name") == ["ann LEE", "bo NG", "cy OZ"]
    text = ("email_address from email. tags, in this order: 'Big' when annualrevenue more than 1,000,000 "
            "(revenue empty -> no this tag); 'Client' when lifecyclestage is 'customer'.")
    assert _col(_records(text, H, M, HS), "tags") == [["Big", "Client"], [], []]


def test_the_record_gets_a_value_in_a_field() -> None:
    text = ("- Email = email.\n- Company: client said the names have stray spaces, so it was agreed to trim leading and trailing "
            "spaces from company. Where company is empty (or only spaces) the Lead gets 'Unknown' in Company (PS).")
    recs = _records(text, H, L, [*HS, {**HS[0], "email": "dee@delta.io", "company": "  Delta  "}])
    assert _col(recs, "Company") == ["Acme", "Unknown", "Gamma", "Delta"]


def test_a_tags_fallback_said_after_it_replaces_the_item_instead_of_adding_two() -> None:
    text = ("email_address = email. Every member gets one tag: their company (HubSpot company). Where company is empty, "
            "the tag is the part of the email after the @ instead.")
    assert _col(_records(text, H, M, HS), "tags") == [["Acme"], ["beta.org"], ["Gamma"]]


def test_a_field_named_inside_a_part_of_phrase_is_the_fallbacks_source_not_its_target() -> None:
    text = "email = email_address. lastname = LNAME; where LNAME is empty, use the part of the email after the @ instead."
    recs = _records(text, M, H, [{**MC[0], "merge_fields": {**MC[0]["merge_fields"], "LNAME": ""}}, MC[1]])
    assert recs == [{"email": "ann@acme.io", "lastname": "acme.io"}, {"email": "bo@beta.org", "lastname": "Ng"}]
