"""Round 57: sets 186 (a Doha marketer who writes each sync as the Power Automate flow he would build:
a trigger, Compose steps, Conditions with If yes / If no, a Switch, array variables, dynamic content
and expressions over triggerBody()) and 187 (a Stockholm analytics engineer who writes each sync as a
dbt model: a select over {{ source(...) }} with '--' comments for what SQL cannot say) opened as
training, with what any such writer's text can hold. Fresh wording; the held-out texts are not copied."""

from __future__ import annotations

from syncwright.mapping.draft.power_automate import power_automate
from syncwright.mapping.draft.sql_select import sql_select
from tests.mapping_draft.test_round16 import HS, MC, SFL, C, G, H, L, M, S, _col, _run

# --- a dbt model -----------------------------------------------------------------------------------


def test_a_dbt_model_reads_its_source_macro_and_lower_case_aliases() -> None:
    text = """-- models/sync/leads.sql
select
    email      as "Email",
    lastname   as "LastName",
    company    as "Company",
    'Web'      as "LeadSource"   -- fixed, the same on every lead
from {{ source('hubspot', 'contacts') }}
-- all plain copies: an empty value in HubSpot is the same empty value on the Lead
"""
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "", "Gamma"]
    assert _col(recs, "LeadSource") == ["Web", "Web", "Web"]
    assert questions == []  # the macro made the statement unreadable; the comments were questions


def test_a_model_comment_gives_what_sql_cannot_say() -> None:
    text = """select
    email as "Email",
    lastname as "LastName",
    phone as "Phone",   -- E.164; an empty phone: leave Phone out, no key at all
    company as "Company"
from {{ ref('stg_contacts') }}
"""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Phone") == ["+14155550100", "<absent>", "<absent>"]


def test_a_comment_after_the_model_names_the_field_it_formats() -> None:
    text = """select
    "Email" as email,
    "Phone" as phone
from {{ source('salesforce', 'lead') }}
-- phone in E.164 for the UK: digits only, drop the trunk 0, +44 in front
-- (a number with '+' keeps its own code)
"""
    recs, _ = _run(text, L, H, SFL)
    assert _col(recs, "phone") == ["+442079460321", "", ""]


def test_case_on_a_blank_test_is_a_default_and_a_join_keeps_its_blank_part() -> None:
    text = """select
    email as "Email",
    case when nullif(trim(company), '') is null then 'Private' else company end as "Company",
    case when nullif(trim(state), '') is null then city else city || ', ' || state end as "City"
from {{ source('hubspot', 'contacts') }}
"""
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "Private", "Gamma"]
    assert _col(recs, "City") == ["Austin, TX", "Lyon", "Bonn, NW"]
    assert questions == []


def test_coalesce_to_empty_and_a_cast_number_in_the_filters() -> None:
    text = """select
    email as "Email",
    lastname as "LastName"
from {{ source('hubspot', 'contacts') }}
where coalesce(lifecyclestage, '') <> 'lead'
  and cast(nullif(trim(numemployees), '') as int) > 50
"""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io"]


def test_snowflake_paths_arrays_and_a_tag_list_chosen_by_case() -> None:
    text = """select
    email_address as email,
    coalesce(nullif(trim(merge_fields:COMPANY), ''), 'Private') as company,
    case when array_contains('Webinar'::variant, tags) then 'lead' else 'subscriber' end as lifecyclestage
from {{ source('mailchimp', 'members') }}
"""
    recs, _ = _run(text, M, H, MC)
    assert _col(recs, "company") == ["Acme", "Private", "Private"]
    assert _col(recs, "lifecyclestage") == ["subscriber", "subscriber", "lead"]
    tags = """select
    email as email_address,
    case when lifecyclestage = 'customer' then array_construct('Newsletter', 'Buyer')
         else array_construct('Newsletter') end as tags
from {{ source('hubspot', 'contacts') }}
"""
    recs, _ = _run(tags, H, M, HS)
    assert [r["tags"] for r in recs] == [["Newsletter", "Buyer"], ["Newsletter"], ["Newsletter"]]


def test_a_fallback_between_fields_asks_only_whether_each_is_blank() -> None:
    text = """select
    email as "Email",
    lastname as "LastName",
    coalesce(nullif(trim(mobilephone), ''), nullif(trim(phone), '')) as "MobilePhone"
        -- neither filled -> leave MobilePhone out of the record
from {{ source('hubspot', 'contacts') }}
"""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "MobilePhone") == ["(415) 555-0100", "212-555-0101", "<absent>"]
    said = sql_select(
        "select coalesce(nullif(trim(company), ''), nullif(trim(lastname), ''), split_part(email, '@', 1)) as \"LastName\"\n"
        "from {{ source('hubspot', 'contacts') }}"
    )
    assert "LastName <- company; if empty, lastname; if that is empty too, the part of email before the @" in said


# --- a Power Automate flow -------------------------------------------------------------------------


def test_dynamic_content_and_expressions_are_fields_and_formulas() -> None:
    text = """Flow: Webinar sign-ups -> SF Lead
Trigger: When a HubSpot contact is created (webhook)

Salesforce - Create record (Leads):
  Email = triggerBody()?['email']
  Last Name = triggerBody()?['lastname']
  Company = if(empty(trim(triggerBody()?['company'])), 'Individual', triggerBody()?['company'])
  Title = toUpper(triggerBody()?['jobtitle'])
"""
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "Individual", "Gamma"]
    assert _col(recs, "Title") == ["CEO", "", "CTO"]
    assert questions == []


def test_a_compose_step_is_said_where_its_output_is_used() -> None:
    text = """Compose - Name line
concat(triggerBody()?['firstname'], ' ', triggerBody()?['lastname'])

Salesforce - Create record (Contacts):
  Email = triggerBody()?['email']
  Last Name = triggerBody()?['lastname']
  Description = Outputs of Compose - Name line
"""
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "Description") == ["ann LEE", "bo NG", "cy OZ"]


def test_a_condition_that_ends_the_run_is_a_filter_over_the_other_branch() -> None:
    only = """Condition: triggerBody()?['country'] is equal to 'Germany'
  If no: Terminate, nothing is created.
  If yes: Salesforce - Create record (Leads)
    Email = triggerBody()?['email']
    Last Name = triggerBody()?['lastname']
"""
    recs, _ = _run(only, H, L, HS)
    assert _col(recs, "Email") == ["cy@gamma.de"]
    skip = """Condition (Or group):
  triggerBody()?['lifecyclestage'] is equal to 'customer'
  Or triggerBody()?['hs_email_optout'] is equal to 'true'
If yes: skip the contact.
If no: Mailchimp - Add member
  Email Address = triggerBody()?['email']
"""
    recs, _ = _run(skip, H, M, HS)
    assert [r["email_address"] for r in recs] == ["bo@beta.org"]


def test_nested_conditions_setting_a_variable_are_cases_in_order() -> None:
    text = """Initialize variable varTier (String) = 'Standard'

Condition 1: triggerBody()?['annualrevenue'] is blank
  If yes: Set variable varTier = 'Unknown'
  If no:
    Condition 2: float(triggerBody()?['annualrevenue']) is greater than 5000000
      If yes: Set variable varTier = 'Key'
      If no: stays 'Standard'

Salesforce - Create record (Leads):
  Email = triggerBody()?['email']
  Last Name = triggerBody()?['lastname']
  Description = varTier
"""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Description") == ["Key", "Unknown", "Standard"]


def test_a_switch_is_a_value_table() -> None:
    text = """Switch on triggerOutputs()?['body/Rating']
  Case 'Hot' -> lifecyclestage = 'opportunity'
  Case 'Warm' -> 'lead'
  Default -> 'subscriber'

email = [Email]
"""
    recs, _ = _run(text, L, H, SFL)
    assert _col(recs, "lifecyclestage") == ["opportunity", "subscriber", "lead"]


def test_appended_tags_and_a_json_body() -> None:
    text = """Initialize variable varTags (Array) = ['Contacts']
Condition: triggerBody()?['country'] is equal to 'Germany'
  If yes: Append to array variable varTags -> 'DACH'

Email Address = [Email]
Tags = varTags
"""
    recs, _ = _run(text, H, M, HS)
    assert [r["tags"] for r in recs] == [["Contacts"], ["Contacts"], ["Contacts", "DACH"]]
    body = """HTTP - POST https://api.segment.io/v1/identify
Body:
{
  "userId": "@{toLower(triggerBody()?['email'])}",
  "traits": {
    "plan": "free",
    "title": "@{triggerBody()?['jobtitle']}"
  }
}
"""
    recs, _ = _run(body, H, S, HS)
    assert [r["traits"]["plan"] for r in recs] == ["free", "free", "free"]
    assert [r["traits"]["title"] for r in recs] == ["CEO", "", "CTO"]


def test_remove_property_on_a_blank_value_leaves_the_key_out() -> None:
    text = """Salesforce - Create record (Leads):
  Email = triggerBody()?['email']
  Last Name = triggerBody()?['lastname']
  Industry = triggerBody()?['industry']
      when Industry is blank -> removeProperty, the key is not sent
"""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Industry") == ["Software", "<absent>", "Food"]
    said = power_automate("Condition: varX is blank\n  If yes: do not map Phone at all.\n  If no: Phone = varX\nEmail = triggerBody()?['email']")
    assert "Phone = varX, left out when empty" in said


# --- wording any writer can use -------------------------------------------------------------------


def test_a_fact_about_the_source_is_no_rule() -> None:
    recs, _ = _run("Email -> Email. Last Name -> Last Name.\nEmails in this source are already all lower case.", H, L, HS)
    assert set(recs[0]) == {"Email", "LastName"}  # 'source' was a Lead Source written from the email


def test_why_a_table_has_no_otherwise_is_no_filter() -> None:
    text = """lifecyclestage from Rating: 'Hot' -> 'opportunity', 'Warm' -> 'lead', 'Cold' -> 'other'
All Leads have a Rating and only these three, no Default needed.
Only these three exist in our org.
email = Email"""
    recs, _ = _run(text, L, H, SFL)
    assert len(recs) == 3  # 'Default' was a country to keep


def test_a_dont_leave_out_for_blanks_gives_the_blank_its_value() -> None:
    text = """userId <- email
traits.reachable <- false when hs_email_optout is "true", true when it's "false"
Don't leave traits.reachable out for blanks - empty or spaces -> false."""
    recs, _ = _run(text, H, S, HS)
    assert [r["traits"].get("reachable") for r in recs] == [True, False, False]  # 'empty' and 'spaces' were table rows


def test_empty_or_only_spaces_then_a_fallback_said_with_it() -> None:
    text = "LNAME <- lastname. If it's blank or only spaces, use the part of the email after the @ instead.\nEmail -> Email Address"
    rows = [{**HS[0], "lastname": "   "}, HS[1]]
    recs, _ = _run(text, H, M, rows)
    assert [r["merge_fields"]["LNAME"] for r in recs] == ["acme.io", "NG"]


def test_a_formula_for_an_event_field_and_a_join_with_a_blank_part() -> None:
    text = """client_id = [email]
events[0].name =IF([Lifecycle Stage]="customer","buyer","visitor")
events[0].params.place =IF(ISBLANK(TRIM([State])),[City],[City]&", "&[State])"""
    recs, _ = _run(text, H, G, HS)
    assert [r["events"][0]["name"] for r in recs] == ["buyer", "visitor", "visitor"]
    assert [r["events"][0]["params"]["place"] for r in recs] == ["Austin, TX", "Lyon", "Bonn, NW"]


def test_a_flow_comparing_with_the_text_false_asks() -> None:
    flow = """userId = [Email]
traits.reachable
  Condition: triggerBody()?['hs_email_optout'] is equal to 'false'
    If yes: true
    If no: false
"""
    _, questions = _run(flow, H, S, HS)
    assert questions  # the flow compares the text ('' is no 'false'); read as 'not ticked' a blank would be reachable


def test_do_not_call_from_two_blank_numbers_said_in_prose() -> None:
    text = """Email <- email
Last Name <- lastname
Do Not Call = true when the contact has no number at all, meaning Phone number (phone) is empty and Mobile phone number (mobilephone) is empty.
If at least one of the two has something, Do Not Call = false."""
    recs, questions = _run(text, H, C, HS)
    assert _col(recs, "DoNotCall") == [False, False, True]  # the second test was lost behind the label's brackets
    assert questions == []


def test_a_tag_held_and_the_steps_of_a_us_number() -> None:
    text = """email <- email_address
lifecyclestage = 'customer' if they've got the tag 'Webinar', otherwise 'subscriber'"""
    recs, _ = _run(text, M, H, MC)
    assert _col(recs, "lifecyclestage") == ["subscriber", "subscriber", "customer"]
    phones = [{**HS[0], "phone": "1-415-555-0100"}, {**HS[2], "phone": "+49 228 555 0199"}]
    text = """Email <- email
Last Name <- lastname
Phone <- phone in E.164: digits only with '+' in front; a number with '+' keeps its own code.
No '+' means it's one of our US dealers, so '+1' goes in front.
If the digits are already 11 and start with 1, only add the '+'.
Everyone on this list has at least one number."""
    recs, questions = _run(text, H, L, phones)
    assert _col(recs, "Phone") == ["+14155550100", "+492285550199"]
    assert questions == []


def test_a_blank_said_after_the_bands_and_a_field_kept_off_when_blank() -> None:
    text = """Email -> Email
Rating from Annual revenue: more than 5000000 -> 'Hot', less than 1000000 -> 'Cold', otherwise 'Warm'.
Ojo: when Annual revenue is empty I want Rating = Cold, not Warm.
Employees <- Number of employees, as a whole number
Don't send Employees as 0 or as an empty value when Number of employees is empty - just leave Employees off the Lead."""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold"]
    assert _col(recs, "NumberOfEmployees") == [120, "<absent>", 8]  # the blank went over as an empty value


def test_which_values_are_fixed_said_again_is_no_rule() -> None:
    text = """client_id = email
events[0].name = 'signup'
events[0].params.programme = 'gold'
client_id is the email as is. name and programme are fixed text."""
    recs, _ = _run(text, H, G, HS)
    assert set(recs[0]) == {"client_id", "events"}  # 'name' was a field of its own, the first name copied into it
    assert recs[0]["events"][0] == {"name": "signup", "params": {"programme": "gold"}}


def test_bands_said_value_first_and_a_fallback_whose_field_comes_last() -> None:
    text = "Email -> Email\nRating: Hot above 5M revenue, Cold below 1M, Warm otherwise."
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Warm", "Cold"]  # it was a copy of the revenue into Rating
    text = "Email -> Email\nLast Name -> Last Name\nUse the mobile if there is one, otherwise the phone, for Phone."
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Phone") == ["(415) 555-0100", "212-555-0101", ""]
    assert "MobilePhone" not in recs[1]  # the mobile went to MobilePhone, the phone to Phone



def test_a_model_comment_asking_for_more_than_its_sql_is_read_not_dropped() -> None:
    text = """select
    email as "Email",
    lastname as "LastName",
    firstname as "FirstName",   -- title case please
    company as "Company"        -- empty -> 'Unknown'
from {{ source('hubspot', 'contacts') }}
"""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "FirstName") == ["Ann", "Bo", "Cy"]
    assert _col(recs, "Company") == ["Acme", "Unknown", "Gamma"]  # a model's comments went unread but for leave-out and E.164


def test_arithmetic_on_a_value_is_asked_about_not_drafted_as_a_copy() -> None:
    _, questions = _run("Email -> Email\nLast Name -> Last Name\nAnnual Revenue: annual revenue divided by 1000.", H, L, HS)
    assert any("arithmetic" in q for q in questions), questions  # it was a plain copy of the revenue, no question
