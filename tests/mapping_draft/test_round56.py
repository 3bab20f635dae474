"""Round 56: sets 183 (a Quito growth marketer who writes each sync as the Make.com scenario she would
build: numbered modules, a filter between them, a Router's routes, fields mapped with Make's inline
functions over '1.email') and 185 (a Hobart coordinator who writes each brief as DO and DON'T lists
with ticks and crosses) opened as training, with what any such writer's text can hold: module names,
filters with Make's operators, routes with a fallback route, switch() over value rows, a variable set
in one module and used in the next, DON'T items that leave a field out rather than a record, and the
guards a DON'T list restates. Fresh wording; the held-out texts are not copied."""

from __future__ import annotations

from syncwright.mapping.draft.branch_blocks import branch_blocks
from syncwright.mapping.draft.dos_donts import dos_donts
from syncwright.mapping.draft.make_scenarios import make_scenarios
from tests.mapping_draft.test_round16 import HS, MC, SFC, SFL, C, G, H, L, M, S, _col, _run

# --- a Make scenario ---------------------------------------------------------------------------------


def test_module_names_go_and_module_references_are_the_fields() -> None:
    text = """1. HubSpot CRM - Watch Contacts (every contact)
2. Salesforce - Upsert a Record (Lead, matched on Email)
   Email = {{1.email}}
   Last Name = 1.lastname
   Company = {{ifempty(1.company; "Solo Traveller")}}
"""
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "Solo Traveller", "Gamma"]
    assert _col(recs, "LastName") == ["LEE", "NG", "OZ"]
    assert questions == []  # the module lines were questions, '{{1.email}}' no field


def test_inline_functions_nest_and_a_template_joins_its_parts() -> None:
    text = """Segment - Identify:
  User ID         {{lower(trim(1.email))}}
  traits.name     {{1.firstname}} {{1.lastname}}
  traits.title    {{upper(1.jobtitle)}}
"""
    recs, _ = _run(text, H, S, HS)
    assert [r["userId"] for r in recs] == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"]
    assert [r["traits"]["name"] for r in recs] == ["ann LEE", "bo NG", "cy OZ"]
    assert [r["traits"]["title"] for r in recs] == ["CEO", "", "CTO"]


def test_a_filter_with_make_operators_keeps_or_skips_records() -> None:
    only = """1. HubSpot CRM - Watch Contacts
   Filter: Country/Region | Text operators: Equal to | Germany
2. Salesforce - Upsert a Record (Lead, key Email)
   Email = 1.email
"""
    recs, _ = _run(only, H, L, HS)
    assert _col(recs, "Email") == ["cy@gamma.de"]
    both = """Filter "no customers, no opt-outs" (both must pass):
  - Lifecycle stage | Text operators: Not equal to | customer
  - hs_email_optout | Text operators: Not equal to | true
Email = 1.email
"""
    recs, _ = _run(both, H, L, HS)
    assert _col(recs, "Email") == ["bo@beta.org"]  # not-equal on both: either one sends the record away


def test_router_routes_are_cases_in_order_and_the_fallback_route_is_the_otherwise() -> None:
    text = """The Rating is a Router with three routes:

Route 1 - Filter: Annual revenue | Numeric operators: Greater than | 10000000 -> Rating = Hot
Route 2 - Filter: Annual revenue | Numeric operators: Greater than | 500000 -> Rating = Warm
Route 3 - fallback route (the rest) -> Rating = Cold

Email = 1.email
"""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Warm"]


def test_switch_over_value_rows_is_a_value_table() -> None:
    text = """Salesforce - Upsert a Record (Contact, key Email):
Department = switch(1.industry):
   Software -> "Tech Desk"
   Food     -> "Retail Desk"
   else     -> "Other Desk"
Email = 1.email
Last Name = 1.lastname
"""
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "Department") == ["Tech Desk", "Other Desk", "Retail Desk"]


def test_a_variable_set_in_one_module_is_said_where_it_is_used() -> None:
    text = """1. HubSpot CRM - Watch Contacts
2. Set variable "best" = {{ifempty(1.mobilephone; 1.phone)}}
3. Salesforce - Upsert a Record (Lead, key Email)
   Mobile Phone = the "best" variable, as typed
   Email = 1.email
"""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "MobilePhone") == ["(415) 555-0100", "212-555-0101", ""]


def test_an_if_function_with_true_and_false_is_a_checkbox() -> None:
    text = """Email Opt Out = {{if(1.hs_email_optout = "true"; true; false)}}
Email = 1.email
Last Name = 1.lastname
"""
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "HasOptedOutOfEmail") == [False, False, True]


def test_a_ga4_event_name_from_an_if_function() -> None:
    text = """client_id = 1.email
events[0].name = {{if(1.lifecyclestage = "customer"; "repeat_buyer"; "prospect")}}
"""
    recs, _ = _run(text, H, G, HS)
    assert [r["events"][0]["name"] for r in recs] == ["repeat_buyer", "prospect", "prospect"]


def test_a_function_with_no_reading_stays_as_written_and_liquid_is_not_make() -> None:
    said = make_scenarios("Email = 1.email\nFirst Name = {{capitalize(1.firstname)}}\nTitle = {{replace(1.jobtitle; \"x\"; \"y\")}}")
    # the references are fields, the calls Make's own words for the grammar to read or ask about
    assert said.splitlines() == ["Email = email", "First Name = {{capitalize(firstname)}}", 'Title = {{replace(jobtitle; "x"; "y")}}']
    liquid = "Email: {{ contact.email }}\nName: {{ contact.firstname | capitalize }}"
    assert make_scenarios(liquid) == liquid


# --- DO and DON'T lists ----------------------------------------------------------------------------------


def test_do_and_dont_headings_over_ticked_and_crossed_items() -> None:
    text = """DO:
✓ Email → Email
✓ Last name → Last Name
✓ Company name → Company, or "Independent" when it is empty

DON'T:
✗ Don't change Company name when it's got a value - copy it exactly as typed.
✗ Don't reformat the names themselves.

Cheers!
"""
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "Independent", "Gamma"]
    assert _col(recs, "LastName") == ["LEE", "NG", "OZ"]
    assert questions == []


def test_dont_send_a_blank_field_leaves_the_field_out_not_the_record() -> None:
    text = """DO:
- Email → Email
- Mobile Phone ← Mobile phone number
- Annual Revenue ← Annual revenue as a number

DON'T:
- Don't send a blank Mobile Phone - no mobile, no Mobile Phone.
- Don't send Annual Revenue when the contact's Annual revenue is empty (or only spaces) - leave it off.
"""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"]  # no record was skipped
    assert _col(recs, "MobilePhone") == ["<absent>", "212-555-0101", "<absent>"]
    assert _col(recs, "AnnualRevenue") == [12000000, "<absent>", 800000]


def test_dont_send_heading_over_records_is_a_skip_list() -> None:
    text = """DON'T send:
✗ contacts with Lifecycle stage "customer"
✗ contacts whose Country/Region is "Germany"

DO:
✓ Email → Email
✓ Last name → Last Name
"""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["bo@beta.org"]


def test_a_dont_written_as_its_heading_keeps_its_negation() -> None:
    said = dos_donts("DON'T: opt anyone out because the box is blank.\nDo: Email → Email")
    assert said.splitlines() == ["Don't opt anyone out because the box is blank.", "Email → Email"]
    assert dos_donts("Email -> Email\nDo send it today") == "Email -> Email\nDo send it today"


def test_dont_map_a_field_at_all_when_empty_leaves_it_out() -> None:
    text = "Email <- Email.\nAnnual revenue <- Annual Revenue as a number. When it's empty, don't map Annual revenue at all."
    recs, _ = _run(text, L, H, [{**SFL[0], "AnnualRevenue": "5000"}, {**SFL[1], "AnnualRevenue": ""}])
    assert _col(recs, "annualrevenue") == [5000, "<absent>"]


# --- what any writer's text can hold ------------------------------------------------------------------


def test_two_copies_joined_by_and_take_the_format_said_after_both() -> None:
    text = "Email = email\nFirst Name = firstname and Last Name = lastname, with every word starting with a capital letter."
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "FirstName") == ["Ann", "Bo", "Cy"]  # was First Name <- lastname, with no question
    assert _col(recs, "LastName") == ["Lee", "Ng", "Oz"]
    assert questions == []


def test_a_reason_ending_in_otherwise_is_no_otherwise_branch_of_the_table_above() -> None:
    text = """Lifecycle stage from Rating: Hot -> "customer", Warm -> "lead", Cold -> "subscriber".
Email <- Email, in lower case - HubSpot makes duplicates otherwise.
"""
    recs, _ = _run(text, L, H, SFL)
    assert _col(recs, "lifecyclestage") == ["customer", "subscriber", "lead"]


def test_a_nested_object_named_whole_is_no_field_of_it() -> None:
    text = "Segment - the address goes under traits.address.\ntraits.address.country = Mailing Country\nuserId = Email"
    recs, _ = _run(text, C, S, SFC)
    assert "street" not in recs[0]["traits"]["address"]  # 'the address' was read as the Mailing Street
    assert [r["traits"]["address"]["country"] for r in recs] == ["Austria", "France"]


def test_an_other_address_is_no_stage_value() -> None:
    text = "Email -> Email, Last Name -> Last Name. Mailing City -> City. Don't touch the Other address, only Mailing."
    recs, _ = _run(text, H, C, HS)
    assert len(recs) == 3  # 'only ... Other' was a filter on Lifecycle stage 'other'


def test_a_rule_after_a_branch_value_keeps_the_block_as_written() -> None:
    text = """If/then branch on Lead Source → Category:
- "Web" → "online". Also trim the City.
- None met → "other\""""
    assert branch_blocks(text) == text  # the tail is a rule of its own: never dropped with the remark
    plain = text.replace(". Also trim the City.", " (the website form)")
    assert branch_blocks(plain) == 'Category is "online" if Lead Source is "Web", otherwise "other".'


def test_a_status_from_mailchimp_with_a_make_filter_on_status() -> None:
    text = """1. MailChimp - Watch Subscribers
   Filter: Status | Text operators: Not equal to | cleaned
2. HubSpot CRM - Create/Update a Contact
   Email <- Email Address
   Company name <- {{ifempty(COMPANY; "Unknown")}}
"""
    recs, _ = _run(text, M, H, MC)
    assert _col(recs, "email") == ["ann@acme.io", "cy@gamma.de"]
    assert _col(recs, "company") == ["Acme", "Unknown"]


def test_a_join_whose_remark_says_what_a_blank_part_does() -> None:
    text = """HubSpot CRM - Create/Update a Contact:
   Email <- 1.Email
   Street address <- {{1.Country}}, {{1.City}}  -> country, comma, city. Ojo: when Country is empty or only spaces, send only the City, without the comma.
"""
    recs, _ = _run(text, L, H, SFL)
    assert _col(recs, "address") == ["United Kingdom, London", "Lyon", "Germany, Bonn"]


def test_a_placeholder_the_writer_forbids_is_no_default() -> None:
    text = """DO:
City → City
Country → Country/Region

DON'T:
Don't change anything on the way - no trimming, no capitals.
Don't skip a field because it's empty on the Lead, and don't put "N/A" or anything in it.
"""
    recs, _ = _run(text, L, H, SFL)
    assert _col(recs, "country") == ["United Kingdom", "", "Germany"]  # 'N/A' was the country's default
    assert _col(recs, "city") == ["London", "Lyon", "Bonn"]


def test_a_fallback_said_with_instead_and_a_table_head_over_the_do_heading() -> None:
    text = """Mobile Phone ← Mobile phone number; if that's empty or only spaces, Phone number instead.
Email → Email
Last name → Last Name
Rating comes off Lifecycle stage - three ways:

DO:
"customer" → "Hot"
"lead" → "Warm"
anything else → "Cold"
"""
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "MobilePhone") == ["(415) 555-0100", "212-555-0101", ""]
    assert "Phone" not in recs[0]  # 'Phone number instead' was a copy of its own to Phone


def test_a_module_line_whose_remark_says_a_rule_stays_as_written() -> None:
    said = make_scenarios("1. HubSpot CRM - Watch Contacts (only the customers)\n2. Salesforce - Upsert a Record (Lead, key = Email)\nEmail = 1.email")
    assert said.splitlines() == ["1. HubSpot CRM - Watch Contacts (only the customers)", "Email = email"]  # never dropped with the module's name
