"""Round 37: a Toronto analyst's mappings written as SQL (set 124: SELECT ... AS with TRIM,
LOWER, INITCAP, COALESCE(NULLIF(TRIM(x), ''), 'lit'), CASE, WHERE, '--' comments, column lists
without their SELECT, ARRAY[...] of conditional tags) and an Athens agency's handover checklists
in Greek-shaped English (set 125: '✔' / '[x]' / '[ ]' items, en-dash sub-bullets, 'NB:' notes, 'to
be filled with: ... <Create Date as YYYY-MM-DD>', 'we want that ...', 'the same') opened as
training, and the round's own CSV rows for the never-opened set 121's register. The silent
readings found on the way: a value table's rows 'customer' -> 'Customer' were dropped as worked
examples, a rule cell's first '=' row was lost, 'but all in lower case' in one checklist item
lowered every item, 'Only accounts over a million in revenue' filtered on the company, 'Opted-in
contacts only' filtered on the country, '(US, +1)' lost its bracket, a tag restated by a comment
was written twice, 'emails are already lower case' in brackets wrote the email from the last
name, and a trimmed whitespace-only text stayed '  '. Fresh wording throughout; the held-out
texts are not copied."""

from __future__ import annotations

from syncwright.mapping.draft.service import draft_mapping
from tests.mapping_draft.test_round16 import HS, SFC, SFL, C, H, L, M, _col, _run

S, G = "segment.identify", "ga4.events"


def _questions(text: str, frm: str, to: str) -> list[str]:
    return [q["question"] for q in draft_mapping(text, frm, to).questions]


# --- a mapping written as a SELECT statement ----------------------------------------------------------


def test_a_select_statement_is_one_rule_per_projection() -> None:
    text = ("SELECT LOWER(email)                                   AS \"Email\",\n"
            "       INITCAP(firstname)                             AS \"FirstName\",\n"
            "       COALESCE(NULLIF(TRIM(lastname), ''), 'Unknown') AS \"LastName\",\n"
            "       COALESCE(NULLIF(company, ''), 'Not given')     AS \"Company\",\n"
            "       'Web'                                          AS \"LeadSource\"\n"
            "FROM hubspot.contacts;")
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"]
    assert _col(recs, "FirstName") == ["Ann", "Bo", "Cy"]
    assert _col(recs, "Company") == ["Acme", "Not given", "Gamma"]
    assert _col(recs, "LeadSource") == ["Web", "Web", "Web"]
    assert questions == []


def test_a_simple_case_is_a_value_table_with_its_else() -> None:
    text = ("SELECT email AS Email,\n"
            "       lastname AS LastName,\n"
            "       CASE lifecyclestage WHEN 'customer' THEN 'Customer' WHEN 'lead' THEN 'Lead' ELSE 'Prospect' END AS Description\n"
            "FROM hubspot.contacts")
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "Description") == ["Customer", "Lead", "Prospect"]


def test_a_searched_case_and_a_bracketed_predicate() -> None:
    text = ("SELECT email AS Email,\n"
            "       lastname AS LastName,\n"
            "       CASE WHEN annualrevenue > 1000000 THEN 'Hot' ELSE 'Cold' END AS Rating,\n"
            "       (hs_email_optout = 'true') AS HasOptedOutOfEmail\n"
            "FROM hubspot.contacts;")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold"]
    assert _col(recs, "HasOptedOutOfEmail") == [False, False, True]


def test_where_is_a_filter() -> None:
    text = ("SELECT email AS Email, lastname AS LastName, company AS Company\n"
            "FROM hubspot.contacts\n"
            "WHERE lifecyclestage <> 'subscriber' AND NULLIF(TRIM(company), '') IS NOT NULL;")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io"]


def test_a_column_list_without_select_and_its_line_comments() -> None:
    text = ("Columns for the Segment call:\n\n"
            "  email          AS userId\n"
            "  company        AS traits.company.name   -- blank -> leave name out\n"
            "  CAST(numemployees AS INT) AS traits.company.employee_count\n")
    recs, _ = _run(text, H, S, HS)
    assert recs[0]["traits"]["company"] == {"name": "Acme", "employee_count": 120}
    assert "name" not in recs[1]["traits"].get("company", {})


def test_conditional_tags_in_an_array_and_a_restating_comment() -> None:
    text = ("SELECT email AS email_address,\n"
            "       ARRAY_REMOVE(ARRAY['HubSpot', CASE WHEN lifecyclestage = 'customer' THEN 'Customer' END], NULL) AS tags\n"
            "FROM hubspot.contacts;\n"
            "-- 'HubSpot' on everyone, 'Customer' only when lifecyclestage = 'customer'.")
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "tags") == [["HubSpot", "Customer"], ["HubSpot"], ["HubSpot"]]


def test_a_concatenation_with_a_date_part_is_a_template() -> None:
    text = ("SELECT email AS Email, lastname AS LastName,\n"
            "       'Since ' || TO_CHAR(createdate, 'YYYY-MM-DD') || ' in ' || city AS Description\n"
            "FROM hubspot.contacts;")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Description")[0] == "Since 2023-03-14 in Austin"


def test_an_empty_literal_list_for_tags_and_a_dotted_alias() -> None:
    text = ("SELECT Email AS email_address,\n"
            "       FirstName AS merge_fields.FNAME,\n"
            "       '{}' AS tags\n"
            "FROM Contact;")
    recs, _ = _run(text, C, M, SFC)
    assert recs[0] == {"email_address": "ann@acme.io", "merge_fields": {"FNAME": "Ann"}, "tags": []}


def test_a_where_inside_a_sentence_of_a_sql_text() -> None:
    text = ("Mailable ones only (WHERE NULLIF(TRIM(Department), '') IS NOT NULL -- no department, no mail).\n"
            "SELECT Email AS email_address, LastName AS \"merge_fields.LNAME\" FROM Contact;")
    recs, _ = _run(text, C, M, SFC)
    assert _col(recs, "email_address") == ["ann@acme.io"]


def test_english_as_is_no_sql_alias() -> None:
    recs, questions = _run("client_id = email\nevent name = \"signup\"\nparams.value = annualrevenue as number", H, G, HS)
    assert recs[0]["events"][0]["params"]["value"] == 12000000
    assert questions == []


def test_a_statement_sqlglot_cannot_read_is_asked_about() -> None:
    questions = _questions("SELECT email AS Email, lastname AS LastName, FROBNICATE(( AS Company FROM x;", H, L)
    assert questions


# --- CSV rows ----------------------------------------------------------------------------------------


def test_platform_headers_say_which_column_is_the_source() -> None:
    text = "HubSpot property;Salesforce field;Mapping\nemail;Email;lower case\nfirstname;FirstName;\nlastname;LastName;upper case"
    recs, _ = _run(text, L, H, SFL)
    assert recs[0] == {"email": "ann@acme.io", "firstname": "Ann", "lastname": "LEE"}


def test_equals_rows_in_a_rule_cell_keep_their_first_row() -> None:
    text = ("Target;Source;Rule\nEmail;Email;\n"
            "lifecyclestage;Rating;\"Hot = customer; Warm = salesqualifiedlead; Cold = lead\"")
    recs, _ = _run(text, L, H, SFL)
    assert _col(recs, "lifecyclestage") == ["customer", "lead", "salesqualifiedlead"]


def test_an_unquoted_delimiter_in_the_rule_cell_stays_in_the_cell() -> None:
    text = "Target;Source;Rule\nEmail;email;\nNumberOfEmployees;numemployees;whole number; if empty leave out"
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "NumberOfEmployees") == [120, "<absent>", 8]


def test_a_value_subtable_under_csv_rows() -> None:
    text = ("Target;Source;Rule\nEmail;email;\nLastName;lastname;\nDescription;lifecyclestage;see table below\n\n"
            "HubSpot value;Salesforce value\ncustomer;Client\nlead;Prospect\nsubscriber;Reader")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Description") == ["Client", "Prospect", "Reader"]


def test_see_table_below_with_nothing_below_is_asked() -> None:
    questions = _questions("Target;Source;Rule\nEmail;email;\nDescription;lifecyclestage;see table below", H, L)
    assert any("not there" in q for q in questions)


def test_a_row_with_no_destination_is_asked_unless_it_says_not_needed() -> None:
    asked = _questions("| Target | Source | Notes |\n|---|---|---|\n| Email | email | |\n| | phone | E.164 |", H, L)
    assert any("phone names no target field" in q for q in asked)
    assert _questions("| Target | Source | Notes |\n|---|---|---|\n| Email | email | |\n| | fax | not needed |", H, L) == []


def test_a_tag_note_naming_the_source_is_no_copy_of_it() -> None:
    text = "Mailchimp field,Salesforce field,Rule\nemail_address,Email,\ntags,Department,\"add tag \"\"Sales team\"\" when Department = Sales\""
    recs, _ = _run(text, C, M, SFC)
    assert _col(recs, "tags") == [["Sales team"], []]


def test_first_one_that_is_filled_keeps_the_listed_order() -> None:
    text = "Target field;Source;Rule\nEmail;email;\nMobilePhone;\"mobilephone, phone\";\"first one that is filled, if both empty do not send\""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "MobilePhone") == ["(415) 555-0100", "212-555-0101", "<absent>"]


def test_trim_plus_lower_and_anything_else_or_empty() -> None:
    text = ("target;source;comment\nuserId;email;trim + lower\n"
            "traits.vip;lifecyclestage;\"true when lifecyclestage is customer, false when it is anything else or empty\"")
    recs, questions = _run(text, H, S, [{**HS[0], "email": " ANN@acme.io "}, *HS[1:]])
    assert _col(recs, "userId")[0] == "ann@acme.io"
    assert [r["traits"]["vip"] for r in recs] == [True, False, False]
    assert questions == []


def test_also_false_when_empty_in_brackets() -> None:
    text = "Email <- email\nHasOptedOutOfEmail <- hs_email_optout, true if it is 'true', false otherwise (also false when empty)"
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "HasOptedOutOfEmail") == [False, False, True]
    assert questions == []


# --- a handover checklist ----------------------------------------------------------------------------


def test_ticked_items_with_dash_subbullets_are_a_value_table() -> None:
    text = ("✔ Email → Email\n✔ Description, from the Lifecycle Stage:\n   \u2013 customer → Client\n   \u2013 lead → Prospect\n"
            "   \u2013 the other values, and also when the Lifecycle Stage is empty → Unknown")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Description") == ["Client", "Prospect", "Unknown"]


def test_a_format_in_one_item_stays_with_its_item() -> None:
    recs, _ = _run("[x] Email → Email, but all in upper case\n[x] Last Name → LastName\n[x] City → City", H, L, HS)
    assert _col(recs, "Email")[0] == "ANN@ACME.IO"
    assert _col(recs, "City") == ["Austin", "Lyon", "Bonn"]


def test_both_in_one_item_still_reaches_the_items_it_names() -> None:
    recs, _ = _run("email <- Email; firstname <- FirstName and lastname <- LastName, both in upper case", L, H, SFL)
    assert _col(recs, "firstname") == ["ANN", "BO", "CY"]


def test_what_the_boxes_mean_is_no_rule_and_an_empty_list_is_kept() -> None:
    recs, questions = _run("(the [ ] items are needed too, only not checked yet)\n[ ] Email → Email\n[x] Title → Title, the same", H, L, HS)
    assert _col(recs, "Title") == ["CEO", "", "CTO"]
    assert questions == []
    recs, _ = _run("email_address from Email. Also send the tags as an empty list [] so that no tags are added.", C, M, SFC)
    assert _col(recs, "tags") == [[], []]


def test_title_case_the_same() -> None:
    recs, questions = _run("✔ Email → Email\n✔ First Name → FirstName, title case\n✔ Last Name → LastName, title case the same", H, L, HS)
    assert _col(recs, "LastName") == ["Lee", "Ng", "Oz"]
    assert questions == []


def test_to_be_filled_with_bracketed_fields_and_an_example_note() -> None:
    text = ("[x] Email → Email\n[ ] Description, to be filled with: Customer since <Create Date as YYYY-MM-DD> in <City>\n"
            "    NB: example: Customer since 2021-01-31 in Athens")
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "Description")[0] == "Customer since 2023-03-14 in Austin"
    assert questions == []


def test_who_does_not_go_and_the_blank_ones_that_do() -> None:
    text = ("✔ Email → Email\n\nWho does NOT go to Salesforce:\n"
            "[x] contacts in Lifecycle Stage subscriber, they are only readers, we don't send them\n"
            "NB: in case the Lifecycle Stage is empty the contact goes normally.")
    recs, _ = _run(text, H, L, [*HS, {**HS[1], "email": "dee@delta.io", "lifecyclestage": ""}])
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org", "dee@delta.io"]


def test_for_all_the_others_false() -> None:
    recs, _ = _run("✔ Email → Email Address\n✔ VIP: true when Lifecycle Stage = customer, for all the others false", H, M, HS)
    assert _col(recs, "vip") == [True, False, False]


def test_false_for_every_other_and_false_also_when_empty() -> None:
    text = "Email -> Email Address\nVIP: true when the Department is \"Sales\", false for every other department, and false also in case the Department is empty"
    recs, questions = _run(text, C, M, SFC)
    assert _col(recs, "vip") == [True, False]
    assert questions == []


def test_a_quoted_label_in_a_condition_is_the_field() -> None:
    text = ("Only the contacts with \"Unsubscribed from all email\" = \"false\" go. In case it is \"true\" or it is empty, "
            "the contact does not go.\nEmail → Email")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io"]


def test_opted_in_contacts_only_is_no_place() -> None:
    text = "Opted-in contacts only.\nEmail -> Email Address\nOnly records where HasOptedOutOfEmail is false."
    recs, _ = _run(text, C, M, [*SFC, {**SFC[0], "Email": "x@y.z", "HasOptedOutOfEmail": True}])
    assert _col(recs, "email_address") == ["ann@acme.io", "bo@beta.org"]


def test_us_plus_one_in_brackets_and_no_field_at_all() -> None:
    text = ("userId = Email\ntraits.phone: the Phone Number in E.164 (US, +1), in case it is empty → the Mobile Phone Number, "
            "and in case both are empty → no traits.phone at all.")
    recs, _ = _run(text, H, S, HS)
    assert [r.get("traits", {}).get("phone", "<absent>") for r in recs] == ["+14155550100", "+12125550101", "<absent>"]


# --- the rest of the round ---------------------------------------------------------------------------


def test_value_rows_that_only_change_case_after_a_real_row_are_rows() -> None:
    text = "Email <- email\nLastName <- lastname\nDescription from lifecyclestage: 'subscriber' -> 'Reader', 'customer' -> 'Customer', 'lead' -> 'Lead'"
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Description") == ["Customer", "Lead", "Reader"]


def test_unread_rows_after_a_copy_leave_the_copy_and_ask() -> None:
    r = draft_mapping("Email;email\nLeadSource <- hs_analytics_source\nFrom;To\nORGANIC_SEARCH;Web\nPAID_SEARCH;Advertisement", H, L)
    assert r.mapping is not None and not r.problems
    assert r.questions


def test_default_then_otherwise_the_field_as_it_is() -> None:
    recs, questions = _run("Email -> Email\nDefault Company to \"Unknown\". Otherwise the company as it is.", H, L, HS)
    assert _col(recs, "Company") == ["Acme", "Unknown", "Gamma"]
    assert questions == []


def test_a_reply_agreeing_to_the_value_by_name() -> None:
    text = "> Email from email?\nYes.\n> Company from company, default \"Unknown\"?\nYes, \"Unknown\" is fine."
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "Unknown", "Gamma"]
    assert questions == []


def test_reasons_are_no_rules() -> None:
    text = ("Email -> Email\nIf company is empty Salesforce rejects the lead.\nCompany <- company, if empty \"Unknown\"\n"
            "Our sales reps type names in all sorts of ways, sadly.\nLastName <- lastname, trimmed")
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "Unknown", "Gamma"]
    assert questions == []


def test_a_trimmed_blank_text_is_empty() -> None:
    recs, _ = _run("Email -> Email\nTitle <- jobtitle, trimmed", H, L, [{**HS[0], "jobtitle": "   "}])
    assert recs[0]["Title"] == ""


def test_accounts_over_an_amount_in_revenue() -> None:
    recs, _ = _run("Only accounts over 1,000,000 in revenue.\nclient_id = email\nevent name = \"big_account\"", H, G, HS)
    assert [r["client_id"] for r in recs] == ["ann@acme.io"]


def test_a_bracketed_fact_is_no_rule() -> None:
    recs, _ = _run("Email list (emails are already lower case here):\nemail_address <- email\nmerge_fields.LNAME <- lastname", H, M, HS)
    assert _col(recs, "email_address") == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"]


def test_the_same_tag_said_twice_is_one_item() -> None:
    recs, _ = _run("email_address <- Email\nAdd the tag 'SF'.\n'SF' on everyone.", C, M, SFC)
    assert _col(recs, "tags") == [["SF"], ["SF"]]


# --- Gulf-shaped chat (the round's own texts for the never-opened set 123's register) ---------------


def test_chat_words_and_the_arabic_comma() -> None:
    text = ("salam habibi, for the Lead sync please:\n✅ email same like HubSpot email\n"
            "✅ put in Lead field Company the company name\u060c if it is not there then Unknown\n"
            "✅ Last Name take it from last name\n✅ Lead Source always Web inshallah\nyalla thanks")
    recs, questions = _run(text, H, L, HS)
    assert recs[1] == {"Email": "bo@beta.org", "Company": "Unknown", "LastName": "NG", "LeadSource": "Web"}
    assert questions == []


def test_the_rule_before_the_field_and_in_case_of_empty() -> None:
    text = "if empty then Unknown \u2014 for Company\nEmail take it from email\nTitle take it from job title in case of empty put Not Provided"
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "Unknown", "Gamma"]
    assert _col(recs, "Title") == ["CEO", "Not Provided", "CTO"]
    assert questions == []


def test_dont_bring_and_depends_on_with_give_rows() -> None:
    text = ("don't bring contacts with unsubscribed from all email true\nemail same like email\n"
            "Description it depends on lifecycle stage:\ncustomer give Client\nlead give Prospect\nany other thing or empty give Other")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org"]
    assert _col(recs, "Description") == ["Client", "Prospect"]


def test_condition_first_with_bare_values_and_no_comma_before_otherwise() -> None:
    recs, _ = _run("email address same like Email\nstatus: if Email Opt Out is true then unsubscribed otherwise subscribed",
                   C, M, [*SFC, {**SFC[0], "Email": "x@y.z", "HasOptedOutOfEmail": True}])
    assert _col(recs, "status") == ["subscribed", "subscribed", "unsubscribed"]


def test_event_name_always_and_an_empty_text_when_not_there() -> None:
    text = ("client id is the email\nevent name always crm_sync\n"
            "param industry take it from industry small letters, if it is not there put empty text \"\"")
    recs, questions = _run(text, H, G, HS)
    assert recs[1]["events"][0] == {"name": "crm_sync", "params": {"industry": ""}}
    assert recs[0]["events"][0]["params"]["industry"] == "software"
    assert questions == []
