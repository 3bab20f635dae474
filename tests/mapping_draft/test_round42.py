"""Round 42: a Notion page's markdown export (set 138) and a call's written summary (set 139)
opened as training, with the forms both showed any author can write: two note columns in one
table, a header naming the destination's object ('| Lead | Source | Notes |'), a fallback said in
a source cell ('phone, fallback mobilephone'), 'X (fixed text)', a skip over a list of
conditions, a template whose placeholders are defined beside it, and the blank-handling
phrases ('blank or missing -> pending', 'only when X has a value', 'a blank X is left out
entirely'). Several misreadings were silent: a page's 'Status: Ready' set the Lead's Status,
an unticked '[ ] trim' trimmed, 'skip when either of these is true:' kept the first condition's
records, a suggestion the call rejected was applied. Fresh wording; the held-out texts are not
copied."""

from __future__ import annotations

from syncwright.mapping.draft.huddle import read_summary
from syncwright.mapping.draft.notion import notion_page
from syncwright.mapping.draft.service import draft_mapping
from tests.mapping_draft.test_round16 import HS, MC, SFL, H, L, M, _col, _run

# --- a Notion page --------------------------------------------------------------------------------

PAGE = """# Leads from HubSpot
Owner: Ravi
Status: In review
Tags: leads, hubspot

💡 Rows with no rule are copies. An empty value stays empty.

| Lead field | Comes from | Rule | Notes |
|---|---|---|---|
| Email | email | | |
| LastName | lastname | | |
| Company | company | empty → "No company" | |
| Description | — | Imported by the sync (fixed text) | |

[x] lower-case Email
[ ] title-case LastName"""


def test_a_notion_pages_properties_and_unticked_boxes_are_no_rules() -> None:
    recs, _ = _run(PAGE, H, L, HS)
    assert "Status" not in recs[0] and "OwnerId" not in recs[0]  # 'Status: In review' describes the page
    assert _col(recs, "LastName") == ["LEE", "NG", "OZ"]  # the unticked box is off
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"]
    assert _col(recs, "Company") == ["Acme", "No company", "Gamma"]
    assert _col(recs, "Description") == ["Imported by the sync"] * 3


def test_the_notes_name_the_pages_properties_and_the_boxes_left_unticked() -> None:
    said, note = notion_page(PAGE)
    assert "Owner" not in said and "[ ]" not in said and "💡" not in said
    assert note is not None and "'Status: In review'" in note and "'title-case LastName'" in note


def test_a_status_line_under_a_heading_is_a_rule_not_a_pages_property() -> None:
    text = "# Mailchimp feed\nStatus: subscribed\nemail_address from email."
    assert notion_page(text) == (text, None)
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "status") == ["subscribed"] * 3


def test_a_checklists_open_box_outside_a_notion_page_is_still_a_rule() -> None:
    recs, _ = _run("Handover:\n[ ] Email -> Email, lower case\n[ ] Company -> Company", H, L, HS)
    assert _col(recs, "Company") == ["Acme", "", "Gamma"]


def test_a_rule_cell_pointing_at_a_toggle_takes_the_toggles_rows() -> None:
    page = """# Ratings
Owner: Ravi
Tags: scoring

| Field | Source | Rule |
|---|---|---|
| Email | email | same |
| Rating | annualrevenue | see toggle |

▸ Rating bands
    annual revenue above 10,000,000 → Hot
    annual revenue below 1,000,000 → Cold
    everything in between → Warm"""
    recs, _ = _run(page, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Warm", "Cold"]


# --- table shapes any author writes ---------------------------------------------------------------

def test_a_table_header_naming_the_destination_object_and_a_fallback_said_in_the_source_cell() -> None:
    text = """| Lead | Source | Notes |
|---|---|---|
| Email | email | |
| Phone | phone, fallback mobilephone | the office line when there is one, otherwise the mobile |
| LastName | lastname | title case |"""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Phone") == ["(415) 555-0100", "212-555-0101", ""]
    assert _col(recs, "LastName") == ["Lee", "Ng", "Oz"]
    assert "LeadSource" not in recs[0]  # 'Lead | Source' is two headers, not the LeadSource field


def test_a_header_that_only_names_the_two_systems_is_no_row() -> None:
    text = "| SF Lead | HubSpot | Rule |\n|---|---|---|\n| Email | email | |\n| City | city | upper case |"
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "City") == ["AUSTIN", "LYON", "BONN"]
    assert not any("SF Lead" in q for q in questions)


def test_a_template_cell_and_its_placeholders_defined_under_the_table() -> None:
    text = """| Field | Source | Rule |
|---|---|---|
| Email | email | |
| Description | createdate, lifecyclestage | Joined <day> as <stage> |

where <day> is the createdate's date part, YYYY-MM-DD, and <stage> is the lifecyclestage as it is."""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Description") == ["Joined 2023-03-14 as customer", "Joined 2023-07-02 as lead", "Joined 2022-11-20 as subscriber"]


# --- a call's summary -----------------------------------------------------------------------------

SUMMARY = """Call summary · lead push
Participants: Ana, Raj

Key points
- Email, LastName and Company are copied unchanged.
- Raj proposed putting "n/a" into Company when it is empty. The idea was rejected; an empty Company stays empty.
- It was agreed that City is upper-cased.

Open questions
- Should Title go over too? Resolved: no, not yet.
- Which Rating for each lifecycle stage? Resolved: customer → Hot, lead → Warm, subscriber → Cold.

Next steps
- Raj to set Company to "TBD" in the sandbox by Friday."""


def test_a_summarys_rejected_idea_and_next_steps_are_not_applied() -> None:
    recs, _ = _run(SUMMARY, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "", "Gamma"]
    assert _col(recs, "City") == ["AUSTIN", "LYON", "BONN"]
    assert _col(recs, "Rating") == ["Hot", "Warm", "Cold"]
    assert "Title" not in recs[0]


def test_the_notes_quote_what_the_summary_set_aside() -> None:
    said, note = read_summary(SUMMARY)
    assert "n/a" not in said and "TBD" not in said and "Participants" not in said
    assert note is not None and "The idea was rejected" in note and "TBD" in note


def test_a_text_that_is_no_summary_comes_back_as_it_was() -> None:
    text = "Decisions\nEmail from email. The leading 0 is dropped from the phone."
    assert read_summary(text) == (text, None)


# --- conditions, blanks and formats ---------------------------------------------------------------

def test_a_skip_over_a_list_of_conditions_skips_on_each() -> None:
    text = "Email from email.\nSkip the contact when any of these is true:\n  - lifecyclestage is \"subscriber\"\n  - company is empty"
    r = draft_mapping(text, H, L)
    assert r.mapping is not None
    assert [f["keep_if"] for f in r.mapping["filters"]] == [
        {"field": "lifecyclestage", "ne": "subscriber"},
        {"field": "company", "empty": False},
    ]


def test_blank_or_missing_heads_the_blank_row_and_a_rest_row_with_none_at_all() -> None:
    text = "email_address from email. status from hs_email_optout:\n- \"true\" → unsubscribed\n- blank or missing → pending\n- any other value, or none at all → subscribed"
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "status") == ["subscribed", "pending", "unsubscribed"]


def test_a_field_sent_only_when_it_has_a_value_is_left_out_not_skipped() -> None:
    recs, _ = _run("Email from email. Company is company, but only when company has a value. "
                   "Title from jobtitle; a blank jobtitle is left out entirely.", H, L, HS)
    assert len(recs) == 3
    assert "Company" not in recs[1] and "Title" not in recs[1] and recs[0]["Title"] == "CEO"


def test_a_format_said_before_a_list_of_pairs_applies_to_each() -> None:
    recs, _ = _run("Email from email. Upper-case City and State from city and state.", H, L, HS)
    assert _col(recs, "City") == ["AUSTIN", "LYON", "BONN"] and _col(recs, "State") == ["TX", "", "NW"]


def test_every_other_value_is_skipped_says_the_only_filter_again() -> None:
    r = draft_mapping("Email from email. Only contacts whose lifecycle stage is lead are sent. Every other stage, and a blank one, is skipped.", H, L)
    assert r.mapping is not None
    assert [f["keep_if"] for f in r.mapping["filters"]] == [{"field": "lifecyclestage", "eq": "lead"}]


def test_a_mailchimp_lead_with_an_exact_country_filter() -> None:
    recs, _ = _run("email from Email. Only Leads with Country exactly \"United Kingdom\" are synced.", L, H, SFL)
    assert _col(recs, "email") == ["ann@acme.io"]


def test_a_bracketed_condition_of_a_skip() -> None:
    recs, _ = _run("Cleaned members (status \"cleaned\") are excluded. email from email_address.", M, H, MC)
    assert _col(recs, "email") == ["ann@acme.io", "cy@gamma.de"]


def test_e164s_own_rules_said_as_clauses_of_a_cell_are_no_rules_of_their_own() -> None:
    text = ("| Field | Source | Rule |\n|---|---|---|\n| Email | email | |\n"
            "| MobilePhone | mobilephone | E.164 — US +1 by default; keeps its own code when it starts with +; 11 digits starting with 1 only get the + |")
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "MobilePhone") == ["", "+12125550101", ""]
    assert questions == []


def test_a_lookup_table_headed_by_the_word_its_row_points_with() -> None:
    page = """# Stage buckets
Owner: Ravi
Tags: leads

| Lead field | Comes from | Rule |
|---|---|---|
| Email | email | same |
| Rating | lifecyclestage | bucket ↓ |

| lifecyclestage | bucket |
|---|---|
| customer | Hot |
| lead | Warm |
| anything else | Cold |"""
    recs, _ = _run(page, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Warm", "Cold"]


def test_a_rejected_idea_named_by_whose_it_was() -> None:
    text = ("Huddle summary\nParticipants: Ana, Raj\n\nKey points\n- Email and City are copied.\n\n"
            "Decisions\nRaj's idea of also sending the company as Description was rejected.")
    recs, _ = _run(text, H, L, HS)
    assert "Description" not in recs[0] and _col(recs, "City") == ["Austin", "Lyon", "Bonn"]


def test_a_remark_that_a_field_is_always_filled_is_no_value() -> None:
    recs, _ = _run("Email from email. City from city, trimmed. City is always filled, it just has stray spaces.", H, L, HS)
    assert _col(recs, "City") == ["Austin", "Lyon", "Bonn"]


def test_a_next_step_that_is_a_rule_is_read_and_a_persons_task_is_not() -> None:
    text = ("Meeting summary\nQuick recap\nAna and Raj agreed on the lead push.\n\nNext steps\n"
            "- Email from email, lower-cased.\n- Raj will set Company to \"TBD\" in the sandbox on Monday.\n- City from city.")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"] and _col(recs, "City") == ["Austin", "Lyon", "Bonn"]
    assert "Company" not in recs[0]
    assert "TBD" in (read_summary(text)[1] or "")


# --- a help-desk ticket (set 142) and set 143's forms -----------------------------------------------

TICKET = """Subject: Leads for the Oakfield team

Ticket #51007 | Priority: Normal | Type: Task
Requester: Mira Holt | Assignee: CRM team

##- Please type your reply above this line -##

Mira Holt, Nov 12, 10:04

Hi team,

Please copy the email, last name and city from the contact onto the lead, and give every lead the Rating "Warm".

Thanks!
Mira Holt | Customer Success

Internal note (Jo P.): Correction: not "Warm", their reps filter on it. Use "Cold". Update: they don't want the city after all, so leave City out of the mapping.

This ticket was created via email."""


def test_a_help_desk_tickets_fields_are_no_rules_and_its_follow_ups_amend_the_request() -> None:
    recs, questions = _run(TICKET, H, L, HS)
    assert _col(recs, "Rating") == ["Cold"] * 3
    assert "Status" not in recs[0] and _col(recs, "LastName") == ["LEE", "NG", "OZ"]
    assert any("City out of the mapping" in q for q in questions)  # taken back after a sentence of several rules: asked, not applied


def test_the_notes_name_the_tickets_fields_and_the_corrections_applied() -> None:
    from syncwright.mapping.draft.helpdesk import read_ticket

    said, note = read_ticket(TICKET)
    assert "Priority" not in said and "Mira Holt |" not in said and "reply above" not in said
    assert note is not None and "'Priority: Normal'" in note and "Use \"Cold\"" in note


def test_a_format_heading_over_a_list_of_pairs_applies_to_each() -> None:
    recs, _ = _run("Trim (spaces before and after away):\n\u2013 firstname → FirstName\n\u2013 jobtitle → Title\n\nEmail from email.", H, L,
                   [{**HS[0], "firstname": "  ann ", "jobtitle": " CEO"}])
    assert recs[0]["FirstName"] == "ann" and recs[0]["Title"] == "CEO"


def test_a_field_named_in_quotes_is_the_field_and_a_value_after_is_stays_a_value() -> None:
    recs, _ = _run('Email from email. Phone: take "phone". If empty, take "mobilephone". "LeadSource" shall be "Web".', H, L, HS)
    assert _col(recs, "Phone") == ["(415) 555-0100", "212-555-0101", ""]
    assert _col(recs, "LeadSource") == ["Web"] * 3


def test_a_text_whose_only_rule_is_taken_back_asks_instead_of_crashing() -> None:
    # the start code raised IndexError in ticket.split_title on the empty text the correction left
    r = draft_mapping("Phone from phone.\nok scratch that, no Phone on this one.", H, L)
    assert r.mapping is None and any("no rule could be read" in q["question"] for q in r.questions)
