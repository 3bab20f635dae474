"""Round 48: sets 159 (a Nairobi fundraising coordinator's formal emails, in Kenyan English) and 160 (a
Seoul marketer's Notion pages, in Korean-shaped English) opened as training, with what any such writer's
text can hold: a letter's courtesy and 'do the needful' lead-ins, numbered items over lettered rows, a
value table headed by an arrow between two fields, a Notion page's title, flat toggles, circled numbers,
middle-dot bullets, callout emoji, 'Field | Rule' tables with or without their header, 'same value' for a
copy and 'no value' for empty. Fresh wording; the held-out texts are not copied."""

from __future__ import annotations

from syncwright.mapping.draft.brief import brief_title
from syncwright.mapping.draft.fields import object_fields
from syncwright.mapping.draft.headless_tables import headless_tables
from syncwright.mapping.draft.service import draft_mapping
from syncwright.mapping.draft.text import split_sentences
from syncwright.mapping.draft.toggles import flat_toggles
from syncwright.mapping.draft.wide_marks import narrow_marks
from tests.mapping_draft.test_round16 import HS, MC, C, H, L, M, S, _col, _run

# --- a formal letter -------------------------------------------------------------------------------

LETTER = """Dear Otieno,

Trust you are keeping well.

For the alumni push to Salesforce, kindly do the needful as follows:
1. Email: take it across as it is.
2. Rating, based on the contact's Annual Revenue:
a) more than 5,000,000 -> Hot
b) less than 1,000,000 -> Cold
c) anything between those two -> Warm
3. Company: where the Company Name is blank, the same should be filled with "No organisation"; otherwise copy it exactly as it is.
NB: Where Annual Revenue is blank, the Rating should be Cold, since we know nothing of them yet.

Regards,
Akinyi"""


def test_a_letters_courtesy_and_lead_in_say_nothing_and_its_items_stay_apart() -> None:
    recs, questions = _run(LETTER, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"]
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold"]  # blank revenue: Cold, the NB's own value
    assert _col(recs, "Company") == ["Acme", "No organisation", "Gamma"]
    assert _col(recs, "AnnualRevenue") == ["<absent>"] * 3  # the NB set the Rating, not a default of the revenue
    assert questions == []


def test_a_numbered_item_after_lettered_rows_is_a_rule_of_its_own() -> None:
    text = ("1. Rating, from the Annual Revenue:\na) more than 5,000,000 -> Hot\nb) anything else -> Cold\n"
            "2. Employees on the Lead should be the Number of Employees, sent as a whole number (integer).\n3. Email as it is.")
    said = [s.text for s in split_sentences(text)]
    assert said[1].startswith("Employees on the Lead") and "Employees" not in said[0]
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold"]
    assert _col(recs, "NumberOfEmployees") == [120, "", 8]
    assert questions == []


def test_a_field_named_only_to_say_its_value_is_matched_exactly_sets_nothing() -> None:
    text = ('1. Only contacts whose Country/Region is exactly "Germany" should be sent.\n2. Email as is.\n'
            'NB: The country must match "Germany" exactly as written, with a capital G.')
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["cy@gamma.de"]
    assert _col(recs, "Country") == ["<absent>"]
    assert questions == []


def test_a_table_said_by_convert_as_per_the_table_below_is_read_from_the_field_it_names() -> None:
    text = ("Our Salesforce keeps Mailing Country as codes. Kindly convert the HubSpot Country/Region as per the table below:\n"
            "1. Mailing Country:\na) United States -> US\nb) Germany -> DE\nc) anything else -> XX\n"
            "These are the only countries our contacts have.\n2. Email as is.")
    recs, questions = _run(text, H, C, HS)
    assert _col(recs, "MailingCountry") == ["US", "XX", "DE"]
    assert questions == []


# --- a Notion page exported flat ---------------------------------------------------------------------

PAGE = """SF Lead: webinar import fix
▸ Scope: every HubSpot contact, no filter
Field | Rule
--- | ---
Email | email, same value
Last Name | all big letter (Lee → LEE)
Company | company name. No value → "Private"
💡 Same value = exactly same. No trim, no big/small letter change please.
▸ Phone
Phone on Lead: phone number first. No value → mobile phone number.
▸ Title
same value"""


def test_a_notion_page_with_a_field_rule_table_toggles_and_callouts_drafts_clean() -> None:
    recs, questions = _run(PAGE, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"]
    assert _col(recs, "LastName") == ["LEE", "NG", "OZ"]
    assert _col(recs, "Company") == ["Acme", "Private", "Gamma"]
    assert _col(recs, "Phone") == ["(415) 555-0100", "212-555-0101", ""]
    assert _col(recs, "Title") == ["CEO", "", "CTO"]
    assert questions == []


def test_a_flat_toggles_title_is_its_bodys_subject() -> None:
    assert flat_toggles("▸ Email\nsame value") == "Email: same value"
    assert flat_toggles("▸ Phone\nPhone on Lead: phone") == "Phone on Lead: phone"  # the body names it already
    assert flat_toggles("▸ Rating, from size\nmore than 100 → Hot\nless than 20 → Cold") == "Rating, from size:\nmore than 100 → Hot\nless than 20 → Cold"
    assert flat_toggles("▸ Scope: every contact") == "Scope: every contact"
    assert flat_toggles("Email -> Email") == "Email -> Email"


def test_circled_numbers_and_middle_dots_are_items() -> None:
    assert narrow_marks("① Email : same value\n② Company: trim, see ①") == "1. Email : same value\n2. Company: trim, see (1)"
    assert narrow_marks("params\n · brand : fixed") == "params\n - brand : fixed"
    assert narrow_marks("Email -> Email") == "Email -> Email"


def test_a_page_title_naming_one_platform_goes_and_a_rule_never_does() -> None:
    assert brief_title(["GA4 big account event", "client_id: email"]) == ["client_id: email"]
    assert brief_title(["Trade show leads -> SF", "Email -> Email"]) == ["Email -> Email"]
    assert brief_title(["Mailchimp status subscribed", "Email -> Email"]) == ["Mailchimp status subscribed", "Email -> Email"]
    assert brief_title(["GA4 event name depends on stage", "x"]) == ["GA4 event name depends on stage", "x"]
    assert brief_title(["Mailchimp tag rule"]) == ["Mailchimp tag rule"]  # a one-line text is the request


def test_a_field_table_without_its_header_is_given_one() -> None:
    lead = object_fields(L, "dst")
    assert headless_tables("Last Name | upper case\nCompany | company name", lead).splitlines()[:2] == ["Field | Rule", "--- | ---"]
    assert headless_tables("customer | Closed\nlead | Open", lead) == "customer | Closed\nlead | Open"  # a value table
    assert headless_tables("Field | Rule\nEmail | same value\nCompany | same value", lead).count("Field | Rule") == 1


def test_same_rule_points_across_a_pipe_table() -> None:
    text = "Field | Rule\n--- | ---\nFirst Name | every word start with capital, rest small letter\nLast Name | same rule as First Name\nEmail | same value"
    recs, questions = _run(text, H, C, HS)
    assert _col(recs, "FirstName") == ["Ann", "Bo", "Cy"]
    assert _col(recs, "LastName") == ["Lee", "Ng", "Oz"]
    assert questions == []


# --- Korean-shaped wording ----------------------------------------------------------------------------


def test_no_value_is_empty_whether_it_names_a_field_a_value_or_the_field_first() -> None:
    text = ("PHONE: phone number. If no value, mobile phone number.\nCOMPANY: company name. No value → email domain, part after @\n"
            "Email Address: email same value")
    recs, questions = _run(text, H, M, HS)
    assert [r["merge_fields"]["PHONE"] for r in recs] == ["(415) 555-0100", "212-555-0101", ""]
    assert [r["merge_fields"]["COMPANY"] for r in recs] == ["Acme", "beta.org", "Gamma"]
    assert questions == []


def test_a_skip_list_headed_these_contacts_skip() -> None:
    text = ('⚠️ These contacts skip, don\'t send to Salesforce:\n① Lifecycle stage is "customer".\n'
            '② Country/Region is exactly "Germany". German contacts are managed in our Berlin CRM.\nEmail | same value\nLast Name | same value')
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["bo@beta.org"]
    assert questions == []


def test_a_value_table_headed_by_an_arrow_between_two_fields() -> None:
    text = ("Mailchimp status from HubSpot opt-out\n'Unsubscribed from all email' → Mailchimp status\n\"true\" → unsubscribed\n"
            "\"false\" → subscribed\nno value → transactional\nEmail Address: email, same value")
    recs, questions = _run(text, H, M, HS)
    assert _col(recs, "status") == ["subscribed", "transactional", "unsubscribed"]
    assert questions == []
    # rows naming fields are a mapping, never a value table under the line above
    recs, _ = _run("email -> Email\nlastname -> Last Name\ncompany -> Company", H, L, HS)
    assert _col(recs, "LastName") == ["LEE", "NG", "OZ"] and _col(recs, "Company") == ["Acme", "", "Gamma"]


def test_a_band_between_two_numbers_and_both_fields_empty() -> None:
    text = ("Rating, from number of employees:\nmore than 1000 → Hot\nless than 10 → Cold\n10 ~ 1000 → Warm\nno value → Cold\n"
            "Do Not Call : true when phone number AND mobile phone number both no value. One of them has number → false\nEmail: same value")
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Warm", "Cold", "Cold"]
    assert _col(recs, "DoNotCall") == [False, False, True]
    assert questions == []


def test_ga4_params_under_middle_dots_with_no_value_defaults() -> None:
    text = ("client_id : HubSpot email, same value\nevent name : \"crm_sync\" (fixed)\nparams\n · brand : \"acme\" fixed\n"
            " · source : industry in small letter. No value → \"unknown\"")
    r = draft_mapping(text, H, "ga4.events")
    assert r.mapping is not None and r.questions == []
    rules = {x["to"]: x for x in r.mapping["rules"]}
    assert rules["events[0].params.brand"]["value"] == "acme"
    assert rules["events[0].params.source"]["default"] == "unknown" and rules["events[0].params.source"]["transform"] == ["lower"]


def test_a_quoted_label_opening_an_item_is_the_field() -> None:
    text = '"Unsubscribed from all email", as text: "true" where the status is unsubscribed, and "false" for any other status.\nemail from Email Address.'
    recs, questions = _run(text, M, H, MC)
    assert _col(recs, "hs_email_optout") == ["false", "false", "false"]
    assert questions == []


def test_segment_name_in_family_order_and_tags_by_condition() -> None:
    text = "userId : email, all small letter\ntraits.name : last name + one space + first name (Korean order, family name first)"
    recs, questions = _run(text, H, S, HS)
    assert [r["traits"]["name"] for r in recs] == ["LEE ann", "NG bo", "OZ cy"]
    assert questions == []
    text = ('Mailchimp tag rule\n① annual revenue more than 1,000,000 → tag "Big"\n② country/region = "Germany" → tag "DE"\n'
            'Both → "Big" first, "DE" after. None of them → tags = empty list [].\nEmail Address = email, same value')
    recs, questions = _run(text, H, M, HS)
    assert _col(recs, "tags") == [["Big"], [], ["DE"]]
    assert questions == []


def test_two_numbered_heads_each_over_lettered_rows_keep_their_own_rows() -> None:
    text = ("1. Rating, from the Annual Revenue:\na) more than 5,000,000 -> Hot\nb) anything else -> Cold\n"
            "2. Lead Status, from the Lifecycle Stage:\na) customer -> Closed - Converted\nb) anything else -> Open - Not Contacted\n"
            "3. Email as it is.")
    said = [s.text for s in split_sentences(text)]
    assert said[1].startswith("Lead Status, from the Lifecycle Stage:") and "customer -> Closed - Converted" in said[1]
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold"]
    assert _col(recs, "Status") == ["Closed - Converted", "Open - Not Contacted", "Open - Not Contacted"]
    assert questions == []
