"""Round 52: sets 172 (a Pune growth lead's SQL-flavoured Slack pseudo-queries: SELECT ... AS, CASE, COALESCE,
'-- comments', WHERE clauses) and 173 (a Bergen marketing manager's 'Field | What to do' tables over a
hard-wrapped 'Rules:' paragraph in formal Scandinavian English, with Norwegian glosses) opened as training,
with what any such writer's text can hold: a field no rule may write said in words, a join's fallback to its
other part, a spec table headed by a platform's fields and an instructions column, a wrapped paragraph of
rules, a denied send-away word, a gloss in the writer's language, thousands set apart by spaces, a row that
points at the rules, SQL comments under their projection, a CASE with a comment on its ELSE line.
Fresh wording; the held-out texts are not copied."""

from __future__ import annotations

from syncwright.mapping.draft.e164_lists import e164_lists
from syncwright.mapping.draft.wrapped import join_wrapped
from tests.mapping_draft.test_round16 import HS, MC, SFL, C, H, L, M, S, _col, _run

HS2 = HS[:2]  # ann (a customer with a company and a phone) and bo (a lead with blanks)

# --- a field no rule may write, said in words ---------------------------------------------------------------


def test_a_field_sent_nowhere_is_no_copy_of_it() -> None:
    text = """Email -> Email, Last Name -> Last Name, Company Name -> Company.
Do not send the phone number.
Fax: not needed."""
    recs, _ = _run(text, H, L, HS2)
    assert _col(recs, "Phone") == ["<absent>", "<absent>"]  # 'do not send the phone number' was read as a copy of it
    assert _col(recs, "Fax") == ["<absent>", "<absent>"]
    assert _col(recs, "Company") == ["Acme", ""]


def test_a_field_out_of_scope_takes_out_what_a_wish_drafted_by_a_synonym() -> None:
    text = """[3] Segment address traits

As the support lead I want the address on each Segment profile so that agents see where people are.

Done when:
- traits.address.city = City, traits.address.country = Country/Region (copies)
- userId = Email
Out of scope: street address - don't send it."""
    recs, _ = _run(text, H, S, HS2)
    assert all("street" not in r.get("traits", {}).get("address", {}) for r in recs)
    assert [r["traits"]["address"]["city"] for r in recs] == ["Austin", "Lyon"]


def test_a_skip_of_records_is_still_a_filter() -> None:
    recs, _ = _run("Email -> Email Address. Skip customers.", H, M, HS2)
    assert _col(recs, "email_address") == ["bo@beta.org"]


# --- a join's fallback to its other part --------------------------------------------------------------------


def test_a_join_falls_back_to_its_other_part_when_one_is_blank() -> None:
    text = """email_address = Email
FNAME = First Name + " " + Company Name
Company Name blank -> just the First Name, no space at the end"""
    recs, questions = _run(text, H, M, HS2)
    assert [r["merge_fields"]["FNAME"] for r in recs] == ["ann Acme", "bo"]  # was a copy of the company alone
    assert not questions


def test_just_one_part_when_there_is_no_other_is_the_same_fallback() -> None:
    text = "email_address = Email. FNAME = First Name and Company Name with a space; just the first name when there is no company name."
    recs, _ = _run(text, H, M, HS2)
    assert [r["merge_fields"]["FNAME"] for r in recs] == ["ann Acme", "bo"]


# --- a spec table headed by a platform's fields, over a wrapped paragraph of rules --------------------------

SPEC = """Good morning,

The list for the autumn campaign: HubSpot contacts to Salesforce Leads.

Salesforce Lead field | What to do
Email | copy HubSpot Email
Last Name (etternavn) | copy HubSpot Last Name
Company | copy HubSpot Company Name
Rating | decided from HubSpot Annual Revenue, see rules

Rules: Rating shall be "Hot" when Annual Revenue is more than 10 000 000 and "Cold" for everything
else. Please observe that every copy shall be exact, with no trimming and no change of capital
letters. In case Company Name is empty, the Company field shall be sent as empty text; it shall not
be left out.

Kind regards,
Solveig"""


def test_a_spec_table_of_platform_fields_and_instructions_over_wrapped_rules() -> None:
    recs, questions = _run(SPEC, H, L, HS2)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org"]  # 'shall not be left out' sends nobody away
    assert _col(recs, "LastName") == ["LEE", "NG"]
    assert _col(recs, "Company") == ["Acme", ""]
    assert _col(recs, "Rating") == ["Hot", "Cold"]  # the row pointing at the rules is no copy of the revenue
    assert not questions


def test_a_row_pointing_at_rules_that_write_nothing_is_asked() -> None:
    text = """Field | What to do
Email | copy HubSpot Email
Rating | decided from HubSpot Annual Revenue, see rules"""
    _, questions = _run(text, H, L, HS2)
    assert any("Rating" in q and "points at the rules" in q for q in questions)


def test_a_wrapped_line_that_opens_with_the_prefix_the_line_above_gives_goes_on_from_it() -> None:
    text = """Rules: every number in E.164, digits only; one with its own code keeps it, and one without is a
US number and gets
+1 in front (eleven digits starting with 1: only the plus). In case Phone Number is empty, Phone
shall be left out."""
    # the spelled-out E.164 keeps the line that finishes the sentence above it (round 52: it was cut off,
    # and 'In case Phone Number is empty,' was left a sentence of its own)
    kept = e164_lists(text)
    assert "gets\n+1 in front" in kept or "gets +1 in front" in kept
    joined = join_wrapped(kept, same_margin=True)
    assert "a\nUS number" not in joined and "gets\n+1" not in joined
    assert "Phone\nshall" not in joined


def test_a_gloss_in_the_writers_language_does_not_hide_the_field() -> None:
    text = """Only Austrian contacts, please: Country/Region (land) must be exactly "Austria".
Email -> Email Address"""
    rows = [{**HS[0], "country": "Austria"}, HS[1]]
    recs, _ = _run(text, H, M, rows)
    assert _col(recs, "email_address") == ["ann@acme.io"]


def test_a_denied_format_stays_off_the_field() -> None:
    text = """email_address = Email
FNAME = First Name in title case
LNAME = Last Name as it stands
Kindly note that LNAME is not title-cased, only FNAME."""
    recs, _ = _run(text, H, M, HS2)
    assert [r["merge_fields"]["LNAME"] for r in recs] == ["LEE", "NG"]
    assert [r["merge_fields"]["FNAME"] for r in recs] == ["Ann", "Bo"]


def test_the_only_values_there_are_is_no_place_filter() -> None:
    text = """language from the Mailing Country: "Austria" -> "de", "France" -> "fr"
email_address = Email
The two countries above are the only ones in our Contacts."""
    recs, _ = _run(text, C, M, [{"Email": "ann@acme.io", "MailingCountry": "Austria"}, {"Email": "bo@beta.org", "MailingCountry": "France"}])
    assert _col(recs, "language") == ["de", "fr"]


# --- SQL ----------------------------------------------------------------------------------------------------


def test_sql_is_not_blank_a_boolean_projection_and_its_comment() -> None:
    text = """SELECT
    email AS email_address,
    'subscribed' AS status,                      -- fixed
    (lifecyclestage = 'customer') AS vip         -- true only for customers
FROM hubspot.contacts
WHERE company IS NOT BLANK;"""
    recs, _ = _run(text, H, M, HS2)
    assert _col(recs, "email_address") == ["ann@acme.io"]  # 'IS NOT BLANK' lost its NOT and kept only the blank
    assert _col(recs, "vip") == [True]
    assert _col(recs, "status") == ["subscribed"]


def test_sql_named_functions_and_comments_under_their_projection() -> None:
    text = """SELECT
    email_address AS email,
    FIRST_WORD(merge_fields.FNAME) AS firstname,
    COALESCE(merge_fields.COMPANY, SPLIT_PART(email_address, '@', 2)) AS company,
        -- company as it is; if blank then the domain
FROM mailchimp.members;"""
    rows = [{**MC[0], "merge_fields": {**MC[0]["merge_fields"], "FNAME": "Ann Marie"}}, MC[1]]
    recs, _ = _run(text, M, H, rows)
    assert _col(recs, "firstname") == ["Ann", "Bo"]
    assert _col(recs, "company") == ["Acme", "beta.org"]


def test_sql_a_phone_function_naming_its_region() -> None:
    text = """SELECT
    Email AS email,
    E164_UK(Phone) AS phone
FROM salesforce.Lead;"""
    recs, _ = _run(text, L, H, SFL[:1])
    assert _col(recs, "phone") == ["+442079460321"]  # the region in the function's name, not the US default


def test_a_case_whose_else_line_has_a_comment_keeps_its_else() -> None:
    text = """userId <- Email
traits.channel <- CASE LeadSource
                      WHEN 'Web' THEN 'digital'
                      ELSE 'offline'    -- any other source, blank also
                  END"""
    recs, questions = _run(text, L, S, SFL)
    assert [r["traits"]["channel"] for r in recs] == ["digital", "offline", "digital"]
    assert not questions


def test_a_salesforce_checkbox_written_with_quoted_words_gets_booleans() -> None:
    text = """SELECT
    email AS Email,
    lastname AS LastName,
    CASE WHEN hs_email_optout = 'true' THEN 'true' ELSE 'false' END AS HasOptedOutOfEmail
FROM hubspot.contacts;"""
    recs, _ = _run(text, H, C, [{**HS[0], "hs_email_optout": "true"}, HS[1]])
    assert _col(recs, "HasOptedOutOfEmail") == [True, False]  # Salesforce takes JSON booleans, never the words


def test_a_hubspot_checkbox_keeps_the_quoted_words() -> None:
    text = "email = email_address. hs_email_optout: 'true' for unsubscribed members, 'false' for everyone else."
    recs, _ = _run(text, M, H, [{**MC[0], "status": "unsubscribed"}, MC[1]])
    assert _col(recs, "hs_email_optout") == ["true", "false"]  # HubSpot's API holds its checkboxes as the strings


def test_assignments_with_sql_comments_read_the_comment_as_its_own_sentence() -> None:
    text = """client_id            = email                 -- copy
events[0].name       = 'crm_sync'            -- fixed
params.source_crm    = 'hubspot'             -- fixed
params.created_on    = LEFT(createdate, 10)  -- date only"""
    r = _run(text, H, "ga4.events", HS2)[0]
    assert [e["events"][0]["params"] for e in r] == [{"source_crm": "hubspot", "created_on": "2023-03-14"}, {"source_crm": "hubspot", "created_on": "2023-07-02"}]


def test_a_comment_saying_a_value_or_blank_under_a_checkbox_case_takes_the_blanks_first() -> None:
    text = """SELECT
    email    AS Email,
    lastname AS LastName,
    CASE WHEN hs_email_optout = 'false' THEN false ELSE true END AS HasOptedOutOfEmail,
        -- 'true' or blank -> true, to be safe
    CASE WHEN phone IS BLANK AND mobilephone IS BLANK THEN true ELSE false END AS DoNotCall
FROM hubspot.contacts;"""
    recs, questions = _run(text, H, C, HS)
    assert _col(recs, "HasOptedOutOfEmail") == [False, True, True]  # the blank one took 'is not true' -> false before
    assert _col(recs, "DoNotCall") == [False, False, True]
    assert not questions
