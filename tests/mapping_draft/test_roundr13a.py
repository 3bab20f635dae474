"""Round r13a's readers (set 29's causes: a marketer from Lyon writing French-flavoured English),
each on wording other than the set's and the dev cases': checked by previewing the draft on
records, plus a few pure rewrites of the canon's calques group."""

from __future__ import annotations

from typing import Any

from syncwright.mapping.draft.canon import canonical
from tests.mapping_draft.test_round11c import _records as records

ROWS = [
    {"email": "ann@acme.io", "firstname": "aNN", "lastname": "LEE", "company": "Acme", "phone": "(415) 555-0100", "mobilephone": "",
     "city": "oslo", "zip": "0150", "industry": "", "jobtitle": "", "hs_email_optout": "true", "lifecyclestage": "customer",
     "hs_analytics_source": "PAID_SEARCH", "annualrevenue": "2500000", "country": "Norway"},
    {"email": "bo@beta.org", "firstname": "Bo", "lastname": "ng", "company": "", "phone": "", "mobilephone": "212-555-0101",
     "city": "LIMA", "zip": "", "industry": "Retail", "jobtitle": "Buyer", "hs_email_optout": "", "lifecyclestage": "lead",
     "hs_analytics_source": "", "annualrevenue": "", "country": "Peru"},
]


def _records(text: str, to: str) -> list[dict[str, Any]]:
    return records(text, to, rows=ROWS)


def test_calques_read_as_the_words_the_grammar_knows() -> None:
    assert canonical("if the zip is void, use ⟦0⟧") == "if the zip is empty, use ⟦0⟧"
    assert canonical("the language depends of the country") == "the language depends on the country"
    assert "country code" in canonical("a number without indicative is from the US")
    assert canonical("traits.x: the city, only when it is informed") == "traits.x: the city; if it is empty, leave it out"


def test_society_void_and_portable_fix() -> None:
    text = ("The mail goes in Email. For the society, if it is void, write by default \"None\". "
            "MobilePhone is the portable phone, and if the portable is void, do not put MobilePhone at all. Phone = the fixed phone.")
    assert _records(text, "salesforce.Contact") == [
        {"Email": "ann@acme.io", "Phone": "(415) 555-0100"},
        {"Email": "bo@beta.org", "MobilePhone": "212-555-0101", "Phone": ""},
    ]  # salesforce.Contact has no Company: the sentence about it adds nothing there; the Lead below takes it
    lead = _records("Email <- the mail. Company <- the society name; in case it is void, put the value \"None\".", "salesforce.Lead")
    assert [r["Company"] for r in lead] == ["Acme", "None"]


def test_title_case_described_and_the_rest_in_small_letters_is_no_lower_case() -> None:
    text = "email = the email. firstname and city, each with an upper case letter at the start of each word, the rest in lower case."
    got = records(text, "hubspot.contacts", frm="hubspot.contacts", rows=ROWS)
    assert [(r.get("firstname"), r.get("city")) for r in got] == [("Ann", "Oslo"), ("Bo", "Lima")]


def test_tables_value_first_plural_verb_and_rest_rows() -> None:
    text = ("email_address = email. language depends of the country: \"Norway\" or \"Sweden\" give \"no\", "
            "any other country (or no country) gives \"en\".")
    assert [r["language"] for r in _records(text, "mailchimp.members")] == ["no", "en"]
    text = "userId = email. traits.tier : \"gold\" for the lifecycle stage \"customer\", and \"std\" for all the other stages."
    assert [r["traits"]["tier"] for r in _records(text, "segment.identify")] == ["gold", "std"]


def test_if_not_and_in_the_other_case() -> None:
    text = "Email = mail. When the industry is \"Retail\", inform Title with \"Shop\"; if not, with \"Office\"."
    assert [r["Title"] for r in _records(text, "salesforce.Lead")] == ["Office", "Shop"]


def test_event_params_named_with_of_the_event_and_with() -> None:
    text = ("client_id = the email. One event named \"sync\". In the params of the event, put tier = the lifecycle stage, "
            "and town = the city.")
    assert [r["events"][0]["params"] for r in _records(text, "ga4.events")] == [
        {"tier": "customer", "town": "oslo"}, {"tier": "lead", "town": "LIMA"}]


def test_only_filter_with_a_platform_and_a_destination_named_first() -> None:
    text = "Please sync to Segment only the contacts whose country is \"Peru\". userId = email; in traits.place the city, one space, then the country."
    assert _records(text, "segment.identify") == [{"userId": "bo@beta.org", "traits": {"place": "LIMA Peru"}}]


def test_chain_in_case_both_are_empty_and_a_bracketed_default() -> None:
    text = "userId = email. traits.role = the job title, or the industry in case the job title is empty, or \"none\" in case both are empty."
    assert [r["traits"]["role"] for r in _records(text, "segment.identify")] == ["none", "Buyer"]
    text = "client_id = email. One event \"rev\". Its params are : value = the annual revenue as a number (-1 in case the revenue is empty)."
    assert [r["events"][0]["params"]["value"] for r in _records(text, "ga4.events")] == [2500000, -1]
