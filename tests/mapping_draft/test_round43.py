"""Round 43: a screen recording's auto transcript (set 145) and a sheet pasted with its comment
threads (set 146) opened as training, with what any sheet or table can hold: empty cells that keep their column,
an example column, a dash for no source, a target column named by its platform, a legend saying
an empty rule is a copy; a spoken heading ('And the params.') no longer writes a param called
'the'. Fresh wording; the held-out texts
are not copied."""

from __future__ import annotations

from syncwright.mapping.draft.service import draft_mapping
from syncwright.mapping.draft.sheet_comments import sheet_comments
from syncwright.mapping.draft.transcript import read_screen
from tests.mapping_draft.test_round16 import HS, H, L, M, _col, _run

G = "ga4.events"

# --- a screen recording's transcript ------------------------------------------------------------

LOOM = """0:00
Okay so, um, hi, this is the leads one. You should see my screen.
0:06
So email goes to Email, as it is. Last name, this field here, goes to Last Name.
0:15
And Lead Source, that's this dropdown down here, is always Seminar - Partner, so, seminar, space, dash, space, partner.
0:29
Okay, that's it, let me know."""


def test_a_screen_transcripts_stamps_pointers_and_spelt_values_go() -> None:
    said = read_screen(LOOM)
    assert "0:06" not in said and "this field here" not in said and "this dropdown" not in said
    assert "space, dash" not in said and "Seminar - Partner" in said
    assert len(said.splitlines()) == 4  # one line a stamped passage


def test_a_screen_transcript_drafts_its_rules() -> None:
    recs, questions = _run(LOOM, H, L, HS)
    assert _col(recs, "LastName") == ["LEE", "NG", "OZ"]
    assert _col(recs, "LeadSource") == ["Seminar - Partner"] * 3
    assert not any(w in q for q in questions for w in ("screen", "dash", "Seminar", "Last"))


def test_a_value_spelt_letter_by_letter_after_it_is_said_goes() -> None:
    text = "0:00 This is GA4, contacts into events.\n0:04 The client_id is always web-sync. w e b dash s y n c. Same for all.\n0:12 Event name is always crm_touch."
    recs, questions = _run(text, H, G, HS)
    assert {r["client_id"] for r in recs} == {"web-sync"}
    assert not any("dash" in q for q in questions)


def test_a_spoken_params_heading_heads_the_passages_items_and_names_no_param() -> None:
    text = ("0:00 Contacts into GA4.\n0:03 client_id is always crm. Event name is always crm_touch.\n"
            "0:09 And the params. stage is the lifecycle stage, copied. trade is the industry, lowercased.")
    r = draft_mapping(text, H, G)
    assert not any(".params.the" in q["question"] for q in r.questions)
    recs, _ = _run(text, H, G, HS)
    assert [e["events"][0]["params"].get("trade") for e in recs] == ["software", "", "food"]
    assert [e["events"][0]["params"].get("stage") for e in recs] == ["customer", "lead", "subscriber"]


def test_a_typed_text_with_times_in_it_is_no_transcript() -> None:
    text = "Email -> Email.\nThe sync runs at 9:30 and 17:45 every day."
    assert read_screen(text) == text


# --- a sheet with its comment threads -----------------------------------------------------------

SHEET = """Source field\tTarget field\tRule\tStatus
email\tEmail\tcopy\tdone
lastname\tLastName\tcopy\ttodo
company\tCompany\tempty -> "n/a"\tdone
phone\tPhone\tcopy\tcut

(the status col is only where I am with testing)

Comment on C4 (Mia): is "n/a" fine for the reps, or something longer?
Reply (Joe): use "No company" instead of "n/a"
[Resolved]
Comment on D5 (Mia): why cut?
Reply (Joe): reps dial from the phone system, not from the lead
Marked as resolved"""


def test_a_sheets_tracker_column_and_its_cut_rows_are_set_aside() -> None:
    said, note = sheet_comments(SHEET)
    assert "todo" not in said and "phone\tPhone" not in said and "[Resolved]" not in said
    assert note is not None and "'phone | Phone | copy'" in note and "cut" in note
    assert "testing" not in said and "where I am with testing" in note


def test_a_comments_question_goes_and_its_answer_is_the_rule() -> None:
    recs, _ = _run(SHEET, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "No company", "Gamma"]
    assert "Phone" not in recs[0]


def test_a_question_the_reply_only_agrees_to_is_kept_as_said() -> None:
    text = """Source field\tTarget field\tRule
email\temail_address\tcopy
lastname\tLNAME\tcopy

Comment on C3 (Mia): LNAME in upper case too?
Reply (Joe): yes
[Resolved]"""
    recs, _ = _run(text, H, M, HS)
    assert [r["merge_fields"]["LNAME"] for r in recs] == ["LEE", "NG", "OZ"]


def test_a_status_column_of_values_is_a_column_not_a_tracker() -> None:
    text = "Source\tTarget\tStatus\nemail\tEmail\tactive\nComment on A2 (Mia): ok"
    assert sheet_comments(text)[0].splitlines()[1] == "email\tEmail\tactive"


# --- a sheet's rows: empty cells keep their column, an example column is no rule ------------------

def test_a_tab_row_keeps_its_empty_rule_cell_and_its_example_is_no_rule() -> None:
    text = "Blank Rule = copy as is.\n\nSource\tTarget\tRule\tExample\nemail\tEmail\t\tann@acme.io\nlastname\tLastName\t\tLEE -> Lee\ncompany\tCompany\tupper case\tACME"
    r = draft_mapping(text, H, L)
    assert r.questions == []
    assert any("a table's legend, no rule" in n for n in r.notes)
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "LastName") == ["LEE", "NG", "OZ"]  # the example 'LEE -> Lee' is no title case
    assert _col(recs, "Company") == ["ACME", "", "GAMMA"]


def test_a_dash_in_a_sheets_source_cell_is_no_source() -> None:
    text = "Source field\tTarget field\tRule\nemail\temail_address\tlower case\n\u2014\ttags\talways \"hubspot\"\n\u2014\tstatus\t\"subscribed\" for everyone"
    recs, questions = _run(text, H, M, HS)
    assert [r["tags"] for r in recs] == [["hubspot"]] * 3
    assert [r["status"] for r in recs] == ["subscribed"] * 3
    assert questions == []


def test_a_column_named_by_the_destinations_platform_beside_the_source_is_the_target() -> None:
    text = "Source field\tGA4 field\tRule\n\u2014\tclient_id\talways \"crm\"\n\u2014\tevent name\talways \"crm_touch\"\nIndustry\tparams.trade\tlower case\nLifecycle Stage\tparam: stage\tcopy"
    recs, _ = _run(text, H, G, HS)
    assert {r["client_id"] for r in recs} == {"crm"}
    assert [e["events"][0]["params"].get("trade") for e in recs] == ["software", "", "food"]
    assert [e["events"][0]["params"].get("stage") for e in recs] == ["customer", "lead", "subscriber"]  # 'param: stage' names its kind


# --- spoken values ---------------------------------------------------------------------------------

def test_a_value_spelt_with_its_capitals_is_quoted_where_it_is_said() -> None:
    said = read_screen("0:00 Company goes to Company, and if it is empty, No Firm Given, capital N, capital F, capital G.\n0:09 Email to Email.")
    assert "'No Firm Given'" in said and "capital" not in said
    text = "0:00 Email goes to Email.\n0:04 Company goes to Company, and if it is empty, put Nobody. Nobody with a capital N.\n0:12 That's it."
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "Nobody", "Gamma"]


def test_a_path_said_with_dot_is_the_path() -> None:
    text = "0:00 userId is the email, um, as it is.\n0:05 And traits dot company dot name is the company name.\n0:11 Okay, that's it."
    recs, _ = _run(text, H, "segment.identify", HS)
    assert [r["traits"]["company"]["name"] for r in recs] == ["Acme", "", "Gamma"]


def test_the_recordings_opening_words_are_no_rule() -> None:
    text = "0:00 Okay so, hi, this is the rating one, contacts into leads.\n0:05 Email goes to Email.\n0:09 Rating is always Warm."
    recs, questions = _run(text, H, L, HS)
    assert questions == [] and _col(recs, "Rating") == ["Warm"] * 3


# --- a GA4 event's custom params said by their bare names ------------------------------------------

def test_a_ga4_params_bare_name_and_its_source_is_that_param() -> None:
    text = "client_id is always 'crm'. Event name is always 'crm_touch'.\njoined_on: createdate as YYYY-MM-DD\ntrade = the industry, lowercased"
    recs, questions = _run(text, H, G, HS)
    assert questions == []
    assert [e["events"][0]["params"].get("joined_on") for e in recs] == ["2023-03-14", "2023-07-02", "2022-11-20"]
    assert [e["events"][0]["params"].get("trade") for e in recs] == ["software", "", "food"]


def test_a_bare_name_is_no_param_for_another_destination_or_without_a_source() -> None:
    r = draft_mapping("Email -> Email.\njoined_on: createdate as YYYY-MM-DD", H, L)
    assert not any("params" in str(x["to"]) for x in (r.mapping or {}).get("rules", []))
    r = draft_mapping("client_id is always 'crm'. Event name is always 'crm_touch'.\nga4: the event goes out nightly", H, G)
    assert not any(".params.ga4" in str(x["to"]) for x in (r.mapping or {}).get("rules", []))


def test_the_measurement_protocols_name_is_the_destination_not_a_field() -> None:
    for scope in ("One GA4 Measurement Protocol event per contact.", "GA4 Measurement Protocol event for each contact."):
        r = draft_mapping(f"{scope}\nclient_id is always 'crm'. Event name is always 'crm_touch'.", H, G)
        assert r.questions == [], scope


def test_a_rows_status_field_is_no_tracker_column() -> None:
    text = "Source\tTarget\tRule\nemail_address\tEmail\tas is\nstatus\tUnsubscribed from all email\t\"true\" if unsubscribed, else \"false\"\nComment on C3 (Mia): ok"
    said, note = sheet_comments(text)
    assert "status\tUnsubscribed from all email" in said and "tracker" not in (note or "")
