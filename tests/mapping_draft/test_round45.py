"""Round 45: sets 150 (an Indian-English manager's office emails) and 151 (Teams chats in Polish-shaped
English) opened as training, with what any such writer's text can hold: a forwarded email's headers and
the note on top that changes a rule, a table pasted as aligned columns with a serial-number column,
lakh and crore, 'the same' for 'it', 'itself' for emphasis, Teams' per-message headers and a reply's
quote, 'please to', 'how it is', 'when is empty', a correction 'not X, I mean Y'. Fresh wording; the
held-out texts are not copied."""

from __future__ import annotations

from syncwright.mapping.draft.aligned_tables import pipe_aligned
from syncwright.mapping.draft.chat_stamps import plain_stamps, teams_headers
from syncwright.mapping.draft.corrections import apply_corrections
from syncwright.mapping.draft.mail_headers import mail_headers
from syncwright.mapping.draft.service import draft_mapping
from tests.mapping_draft.test_round16 import HS, MC, SFC, C, G, H, L, M, S, _col, _run

# --- a forwarded email ------------------------------------------------------------------------------

FORWARD = """Meena, also put "Unknown" for blank company instead. -Arjun

---------- Forwarded message ----------
From: Meena Iyer
Date: Tue, 1 Dec 2026 at 10:02
To: Karthik
Cc: Arjun Rao
Subject: contacts to SF leads

Hi Karthik,

Email -> Lead Email as it is. Company Name -> Company; if blank put "NA".

Regards,
Meena"""


def test_a_forwards_marker_and_headers_go_and_its_note_is_read_last() -> None:
    said = mail_headers(FORWARD)
    assert "Forwarded" not in said and "Cc:" not in said and "-Arjun" not in said
    assert not said.lstrip().startswith("Meena,")
    assert said.index("instead") > said.index("NA")  # the later word reads after the rule it changes
    assert said.rstrip().endswith("Meena")  # before the forwarded message's sign-off


def test_the_note_on_top_changes_the_forwarded_rule() -> None:
    recs, questions = _run(FORWARD, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "Unknown", "Gamma"]
    assert not any("Cc" in q or "Forwarded" in q for q in questions)


def test_a_text_without_a_forward_marker_is_left_as_it_is() -> None:
    text = "From: the HubSpot side. To: the Lead. Email -> Email."
    assert mail_headers(text) == text


def test_a_note_adding_a_skip_is_read() -> None:
    text = ("Karthik, also keep out the contacts whose Lifecycle Stage is subscriber, those are with the nurture team.\n\n"
            "-----Original Message-----\nFrom: Meena\nSent: Monday\nSubject: sync\n\nEmail -> Lead Email. Last Name -> Last Name.")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org"]


# --- a table pasted as aligned columns --------------------------------------------------------------

ALIGNED = """Rating on the lead from HubSpot Lifecycle Stage, PFB:

S.No   HubSpot Stage      SF Rating
1      customer           Hot
2      lead               Warm
3      subscriber         Cold

Email -> Lead Email."""


def test_aligned_columns_become_a_pipe_table_without_the_serial_column() -> None:
    said = pipe_aligned(ALIGNED)
    assert "| HubSpot Stage | SF Rating |" in said and "| lead | Warm |" in said
    assert "S.No" not in said and "| 1 |" not in said


def test_an_aligned_value_table_drafts_its_rows() -> None:
    recs, _ = _run(ALIGNED, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Warm", "Cold"]


def test_a_tab_separated_value_table_drafts_its_rows() -> None:
    text = "Email -> Email.\n\nHubSpot Stage\tSF Rating\ncustomer\tHot\nlead\tWarm\nsubscriber\tCold\n"
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Warm", "Cold"]


def test_prose_with_double_spaces_and_a_sheet_with_empty_cells_stay_as_they_are() -> None:
    prose = "Email to Email.  Then the names.\nFirst Name to First Name.  Title case.\nLast Name to Last Name."
    assert pipe_aligned(prose) == prose
    sheet = "Source\tTarget\tRule\nEmail\tEmail\t\nCity\tCity\t\n"
    assert pipe_aligned(sheet) == sheet


def test_an_sql_case_is_no_aligned_table() -> None:
    text = "rating := CASE stage\n  WHEN 'customer'   THEN 'Hot'\n  WHEN 'lead'       THEN 'Warm'\nEND"
    assert pipe_aligned(text) == text


def test_a_pipe_tables_serial_column_goes() -> None:
    text = "Sr. No. | HubSpot | SF Lead\n1 | Email | Email\n2 | City | City\n"
    assert pipe_aligned(text).splitlines()[:2] == ["| HubSpot | SF Lead |", "| Email | Email |"]


def test_rows_with_a_spaced_hyphen_and_codes_under_a_head_are_a_table() -> None:
    text = "Email -> Email.\nMailing Country from HubSpot country:\nUnited States - USA\nGermany - DEU\n"
    recs, _ = _run(text, H, C, [HS[0], HS[2]])
    assert _col(recs, "MailingCountry") == ["USA", "DEU"]


# --- Indian English ---------------------------------------------------------------------------------

def test_lakh_and_crore_are_numbers() -> None:
    recs, _ = _run("Email -> Email. Rating from annual revenue: above 1 crore -> Hot; below 10 lakh (1,000,000) -> Cold; "
                   "in between -> Warm. Blank revenue -> Cold itself.", H, L,
                   [HS[0], HS[1], HS[2], {**HS[0], "annualrevenue": "4000000"}])
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold", "Warm"]


def test_the_same_is_it() -> None:
    recs, _ = _run("Email -> Email. Phone: take Phone Number. Convert the same to E.164, US by default.", H, L, HS)
    assert recs[0]["Phone"] == "+14155550100"


def test_a_fixed_value_for_every_record_after_an_arrow() -> None:
    recs, questions = _run("1. Email -> Lead Email\n2. Lead Source -> \"Partner Event\", fixed value for every lead", H, L, HS)
    assert _col(recs, "LeadSource") == ["Partner Event"] * 3
    assert not questions


def test_a_value_the_field_must_not_get_is_no_default() -> None:
    recs, _ = _run("Email -> Email. Phone goes to Phone in E.164. If Phone is blank, don't send Phone at all (no empty value, no \"+1\").",
                   H, L, HS)
    assert _col(recs, "Phone") == ["+14155550100", "<absent>", "<absent>"]


def test_a_flag_true_above_a_number_and_false_when_blank_is_false_below_it() -> None:
    recs, _ = _run("email_address from email. vip true if Annual Revenue is more than 1,000,000. Blank revenue -> false.", H, M, HS)
    assert _col(recs, "vip") == [True, False, False]


def test_a_reason_before_a_skip_and_a_skip_said_of_no_one() -> None:
    recs, _ = _run("Email -> Email. Where Country is not \"Germany\", we should not send.", H, L, HS)
    assert _col(recs, "Email") == ["cy@gamma.de"]


def test_a_list_head_with_then_send_to() -> None:
    recs, _ = _run("Email -> Email.\nFirst Name, Last Name: remove start/end spaces, then send to First Name / Last Name.", H, L,
                   [{**HS[0], "firstname": " Ann ", "lastname": " Lee"}])
    assert recs[0]["FirstName"] == "Ann" and recs[0]["LastName"] == "Lee"


def test_the_same_fields_on_the_lead_in_title_case_cases_each() -> None:
    recs, _ = _run("Email -> Email. First Name, Last Name and City go to the same fields on the lead, in title case.", H, L, HS)
    assert _col(recs, "LastName") == ["Lee", "Ng", "Oz"] and _col(recs, "FirstName") == ["Ann", "Bo", "Cy"]
    assert _col(recs, "City") == ["Austin", "Lyon", "Bonn"]


def test_a_container_heading_carries_into_every_item_under_it() -> None:
    text = "userId = Email.\nTraits:\n- title: Job Title, copy.\n- annual_revenue: Annual Revenue as a number. If revenue is blank, leave it out."
    recs, _ = _run(text, H, S, HS)
    assert [r["traits"].get("annual_revenue", "<absent>") for r in recs] == [12000000, "<absent>", 800000]


def test_one_tag_falls_back_not_the_list() -> None:
    recs, _ = _run("email_address from email. Tags: one tag with the Company Name. If company is blank, use the email domain instead, "
                   "i.e. the part after the @.", H, M, HS)
    assert _col(recs, "tags") == [["Acme"], ["beta.org"], ["Gamma"]]


# --- Teams and Polish-shaped English ----------------------------------------------------------------

TEAMS = """Ola Nowak 10:14
Contacts -> SF Leads
email -> Email, copy how it is
Last Name - please to trim the spaces on begin and end
Ola Nowak 10:16 Edited
Company - copy it, and in case of empty fill with "Private person"
"""


def test_teams_headers_of_one_writer_go() -> None:
    said = teams_headers(TEAMS)
    assert "10:14" not in said and "Ola" not in said and "Edited" not in said


def test_a_teams_chat_in_polish_shaped_english_drafts() -> None:
    recs, questions = _run(TEAMS, H, L, [{**HS[0], "lastname": "  Lee "}, HS[1]])
    assert _col(recs, "LastName") == ["Lee", "NG"]
    assert _col(recs, "Company") == ["Acme", "Private person"]
    assert not any("10:1" in q for q in questions)


def test_a_teams_dialogue_keeps_who_spoke_and_drops_a_replys_quote() -> None:
    text = ("[09:00] Nowak, Ola\nemail -> Email\n[09:01] Smith, Tom\nand the rating?\n[09:03] Nowak, Ola\n"
            "Replying to \"the rating?\"\nRating always Warm")
    said = plain_stamps(text)
    assert "Tom: and the rating?" in said and "Replying" not in said and "[09" not in said


def test_a_correction_not_x_i_mean_y() -> None:
    text = "Email -> Email. Skip contacts whose lifecycle stage is lead.\ncorrection: not lead, I mean subscriber ones we skip."
    out, notes = apply_corrections(text)
    assert "stage is subscriber" in out and notes
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org"]


def test_a_bound_said_again_with_the_number_it_replaces() -> None:
    text = "Email -> Email. Only contacts with number of employees more than 10. Employees -> Employees.\nsorry, I checked, it should be more than 100 employees, not 10"
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io"]


def test_for_other_stages_is_the_rest_not_the_stage_other() -> None:
    recs, _ = _run("email_address from email. VIP = true when lifecycle stage is customer, for other stages false.", H, M, HS)
    assert _col(recs, "vip") == [True, False, False]


def test_a_department_it_is_a_key_not_a_pronoun() -> None:
    recs, _ = _run("userId = Email. traits.team from Department: Sales -> sales; IT -> tech; other or empty -> other", C, S,
                   [SFC[0], {**SFC[1], "Department": "IT"}])
    assert [r["traits"]["team"] for r in recs] == ["sales", "tech"]


def test_rows_of_condition_then_tag_and_an_empty_list_when_none() -> None:
    text = ("email_address from email. tags, two rules: annual revenue more than 1 000 000 -> tag \"Big\"; lifecycle stage is "
            "customer -> tag \"Customer\"; can be both, then first \"Big\". When none of them, tags = empty list")
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "tags") == [["Big", "Customer"], [], []]


def test_a_title_case_said_with_each_word_first() -> None:
    recs, _ = _run("email -> email. first name, last name = FNAME, LNAME with first letter of each word big, rest small", M, H,
                   [{**MC[0], "merge_fields": {"FNAME": "ANN MARIE", "LNAME": "lee"}}])
    assert recs[0]["firstname"] == "Ann Marie" and recs[0]["lastname"] == "Lee"


def test_a_quoted_label_before_a_left_arrow_is_the_field() -> None:
    recs, _ = _run("email <- Email Address\n- \"Unsubscribed from all email\" <- the text \"true\" when the Mailchimp status is unsubscribed "
                   "or cleaned, \"false\" for any other status", M, H, MC)
    assert _col(recs, "hs_email_optout") == ["false", "true", "false"]


def test_no_rule_reads_a_lead_list_as_the_stage_lead() -> None:
    r = draft_mapping("US leads only!! Only contacts with Country exactly \"United States\" go.\nEmail copy", H, L)
    assert r.mapping is not None
    assert all("lifecyclestage" not in str(f) for f in r.mapping.get("filters", []))


def test_event_params_rows_with_a_spaced_hyphen() -> None:
    recs, _ = _run("client_id = email.\nevent name always \"crm\"\nevent params:\n  industry - Industry in lower case\n  stage - Lifecycle Stage",
                   H, G, HS[:1])
    assert recs[0]["events"][0]["params"] == {"industry": "software", "stage": "customer"}
