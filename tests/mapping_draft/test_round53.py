"""Round 53: sets 174 (a Hsinchu data engineer's pseudo-Python: dict literals, helpers she names and
defines in comments, value functions, '# comments' saying the rest) and 175 (a Lima analyst who
specifies by worked example: 'HubSpot has "X" -> Salesforce should get "Y"', then 'i.e.' and the rule,
in Spanish-flavoured English) opened as training, with what any such writer's text can hold: a
fallback helper, a blank() test, a value function defined beside the dict, a join that skips blank
parts, a note that a key is left out, a comment over a filter, a value table defined below its use;
samples said with the platforms around them, a sample that is all a field's line says, 'Examples:'
over a table's rows, an 'i.e.' after the samples, a format in the writer's language, a greeting.
Fresh wording; the held-out texts are not copied."""

from __future__ import annotations

from syncwright.mapping.draft.samples import said_pairs, shown_format
from tests.mapping_draft.test_round16 import HS, MC, C, H, L, M, S, _col, _run

# --- pseudo-Python -------------------------------------------------------------------------------------------


def test_a_fallback_helper_is_the_first_filled_of_its_arguments() -> None:
    text = """# nvl(a, b): b when a is blank, else a
lead = {
    "Email":   c["email"],
    "Company": nvl(c["company"], "Unknown Co"),
    "City":    coalesce(c["city"], c["state"]),
}"""
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "Unknown Co", "Gamma"]  # the helper's line was asked about, no Company
    assert _col(recs, "City") == ["Austin", "Lyon", "Bonn"]
    assert not questions


def test_a_value_function_beside_the_dict_is_the_chain_it_returns() -> None:
    text = """def band(rev):
    if is_blank(rev):
        return "Cold"
    if float(rev) > 5000000:
        return "Hot"
    return "Warm"

lead = {"Email": c["email"], "Rating": band(c["annualrevenue"])}
# is_blank = None, "" or spaces"""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Warm"]


def test_a_blank_helper_in_a_filter_skips_the_empty_ones() -> None:
    text = """def to_member(c):
    if blank(c["company"]):   # no company, no newsletter
        return None
    return {"email_address": c["email"], "status": "subscribed"}"""
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "email_address") == ["ann@acme.io", "cy@gamma.de"]


def test_a_note_that_the_key_goes_when_blank_leaves_it_out() -> None:
    text = """identify = {
    "userId": c["email"],
    "traits": {
        "title": c["jobtitle"],     # empty -> drop this key
        "phone": c["phone"],        # only when non-blank; blank -> no phone trait at all
    },
}"""
    recs, _ = _run(text, H, S, HS)
    assert [sorted(r.get("traits", {})) for r in recs] == [["phone", "title"], [], ["title"]]  # both were sent empty, silently


def test_a_join_of_the_filled_parts_skips_a_blank_one_with_its_separator() -> None:
    text = """place = " / ".join(p for p in (c["city"], c["country"]) if p)
lead = {"Email": c["email"], "City": place}"""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "City") == ["Austin / United States", "Lyon", "Bonn / Germany"]


def test_text_added_to_a_date_cut_from_a_timestamp_is_a_template() -> None:
    text = """lead = {
    "Email": c["email"],
    "Description": "Signed up " + c["createdate"][:10] + " in " + c["City"],
}"""
    recs, questions = _run(text, H, L, HS[:1])
    assert _col(recs, "Description") == ["Signed up 2023-03-14 in Austin"]
    assert "City" not in recs[0] and not questions  # the City it reads was taken for a destination nobody wrote


def test_a_comment_over_a_filter_says_the_filter_again() -> None:
    text = """def lead(c):
    # opted out of every email -> not in Salesforce either
    if c["hs_email_optout"] == "true":
        return None
    return {"Email": c["email"], "LastName": c["lastname"], "Company": c["company"]}"""
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org"]
    assert all("HasOptedOutOfEmail" not in r for r in recs)
    assert not questions  # the comment was a sentence of its own, asked about


def test_a_value_table_defined_below_the_dict_is_read() -> None:  # (a guard: read so before this round too)
    text = """contact = {"Email": c["email"], "Department": TEAM[c["industry"]]}

TEAM = {"Software": "Engineering", "Food": "Catering"}"""
    recs, _ = _run(text, H, C, [HS[0], HS[2]])
    assert _col(recs, "Department") == ["Engineering", "Catering"]


# --- worked examples -----------------------------------------------------------------------------------------


def test_samples_said_with_the_platforms_around_them_show_copies() -> None:
    text = """Copied as they come:
- Email: e.g. "ann@acme.io" stays "ann@acme.io"
- Job Title -> Title: HubSpot has "CEO" -> Salesforce should get "CEO"
- City: HubSpot has "Austin" -> Salesforce should get "Austin"
Company: always "Acme"."""
    recs, questions = _run(text, H, L, HS[:2])
    assert _col(recs, "Title") == ["CEO", ""]
    assert _col(recs, "City") == ["Austin", "Lyon"]
    assert not questions


def test_a_sample_that_is_all_a_line_says_shows_the_format() -> None:
    assert said_pairs('- City: e.g. HubSpot has "SAN JOSE" -> Salesforce should get "San Jose"') == "- City: in title case"
    assert shown_format("  Rosa ", "Rosa") == "trimmed"
    assert shown_format(" LIMA", "Lima") == "trimmed and in title case"
    assert shown_format("Lima", "Cusco") is None
    recs, _ = _run('Email: the same of HubSpot.\n- Last Name: HubSpot has "LEE" -> Salesforce should get "Lee"', H, L, HS[:2])
    assert _col(recs, "LastName") == ["Lee", "Ng"]


def test_examples_over_rows_that_stay_are_the_rows_of_the_table_above() -> None:
    text = """For Mailchimp the Status comes from HubSpot "Unsubscribed from all email". Examples:
- "true" -> "unsubscribed"
- "false" -> "subscribed"
- empty -> "pending"
Email -> Email Address, the same of HubSpot."""
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "status") == ["subscribed", "pending", "unsubscribed"]  # the first row was dropped with the label


def test_an_ie_after_the_samples_says_the_rule_of_the_line_above_them() -> None:  # (a guard: this wording was read before)
    text = """The Lead Rating depends on the Annual Revenue. Examples:
- HubSpot has Annual Revenue 9000000 -> Salesforce Rating should be "Hot"
- HubSpot has 10000 -> "Cold"
i.e. more than 1,000,000 is Hot, and anything else is Cold.
Email: the same of HubSpot."""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold"]


def test_a_record_shown_whole_is_no_rule() -> None:
    text = """Tags for Mailchimp:
- Lifecycle Stage "customer" and Industry "Software" -> tags ["Buyer"]
- Lifecycle Stage "lead" and Industry "Food" -> tags []
i.e. "Buyer" when the Lifecycle Stage is "customer".
Email -> Email Address, the same of HubSpot."""
    recs, _ = _run(text, H, M, HS)
    assert [r.get("tags") for r in recs] == [["Buyer"], [], []]


def test_an_identity_row_of_a_value_table_stays_a_row() -> None:
    text = """Industry from HubSpot Industry:
- "Software" -> "Technology"
- "Food" -> "Food"
Anything else -> "Other"."""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Industry") == ["Technology", "Other", "Food"]


# --- the writer's own words ----------------------------------------------------------------------------------


def test_formats_said_in_spanish_words() -> None:
    text = """Buenos días equipo,
- First Name: each word with the first letter in mayúscula and the rest in minúsculas.
- Last Name: in mayúsculas.
- Email: the email in minúsculas.
Saludos
Lucía"""
    recs, questions = _run(text, H, L, HS[:1])
    assert recs[0]["FirstName"] == "Ann" and recs[0]["LastName"] == "LEE" and recs[0]["Email"] == "ann@acme.io"
    assert not questions


def test_one_tag_said_twice_is_one_tag() -> None:
    recs, _ = _run('Email -> Email Address. Tags: everybody gets the tag "CRM", i.e. tags = ["CRM"].', H, M, HS[:1])
    assert _col(recs, "tags") == [["CRM"]]


def test_the_field_right_after_first_is_tried_first() -> None:
    both = [{**HS[0], "phone": "111-555-0100", "mobilephone": "222-555-0100"}, HS[1]]
    recs, _ = _run("Email -> Email Address.\nPHONE: first the Mobile Phone Number; in case it comes empty, the Phone Number.", H, M, both)
    assert [r["merge_fields"]["PHONE"] for r in recs] == ["222-555-0100", "212-555-0101"]  # the merge field's own name was taken for the phone
    recs, _ = _run("Email -> Email Address.\nPHONE: first the Phone Number; in case it comes empty, the Mobile Phone Number.", H, M, both)
    assert [r["merge_fields"]["PHONE"] for r in recs] == ["111-555-0100", "212-555-0101"]


def test_a_reason_in_brackets_leaves_the_table_whole() -> None:
    text = 'Email -> Email. Email Opt Out -> hs_email_optout as text: ticked -> "true", not ticked -> "false" (as words, because HubSpot keeps strings).'
    recs, _ = _run(text, L, H, [{"Email": "a@x.io", "HasOptedOutOfEmail": True}, {"Email": "b@x.io", "HasOptedOutOfEmail": False}])
    assert _col(recs, "hs_email_optout") == ["true", "false"]  # the 'not ticked' row was lost


def test_not_the_members_with_a_status_is_a_skip() -> None:
    recs, _ = _run('Mailchimp -> HubSpot, but not the members with status "cleaned". Email: Email Address, the same.', M, H, MC)
    assert _col(recs, "email") == ["ann@acme.io", "cy@gamma.de"]
