"""Round 49: sets 162 (a Munich CRM manager's inline e-mail replies, in German-shaped English) and 163 (a
Manila marketer's phone-chat messages, in Filipino English) opened as training, with what any such writer's
text can hold: numbered quoted questions answered under each quote, an answer that is a table, a question
about records left out answered 'Yes, two groups:', 'per default', 'resp.' between two values, 'Mio.',
texting shorthand ('b4', 'dnt', 'bcoz'), Tagalog particles and words ('lang', 'po', 'wag na isama',
'walang'), 'A / B -> <case format>' and a checkbox's 'checked' / 'not checked'. Fresh wording; the held-out
texts are not copied."""

from __future__ import annotations

from syncwright.mapping.draft.chat_corrections import chat_corrections
from syncwright.mapping.draft.text import expand_abbreviations
from tests.mapping_draft.test_round16 import HS, MC, C, H, L, M, S, _col, _run

# --- a numbered inline reply -------------------------------------------------------------------------

REPLY = """Hello Sam,

please find my answers below.

> 1. Lead Source?
Per default "Partner" for every lead, they all come through the reseller portal.

> 2. Company: as is, or trimmed?
Trimmed please, our import leaves spaces.

> 3. Phone on the Lead: phone number or mobile phone number?
The phone number, no formatting.

> 4. And contacts without a phone number?
Then Phone is not to be sent at all.

> 5. Email = Email, 1:1?
Correct.

BR Lena"""


def test_a_numbered_inline_reply_reads_each_answer_under_its_question() -> None:
    rows = [{**HS[0], "company": "  Acme "}, *HS[1:]]
    recs, questions = _run(REPLY, H, L, rows)
    assert _col(recs, "LeadSource") == ["Partner"] * 3
    assert _col(recs, "Company")[::2] == ["Acme", "Gamma"]
    assert _col(recs, "Phone") == ["(415) 555-0100", "<absent>", "<absent>"]
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"]
    assert not any("'> " in q or "'1'" in q for q in questions)  # the quote marks and the list's numbers are no sentences


def test_a_numbered_question_answered_by_a_table_is_the_tables_caption() -> None:
    text = """> 1. Rating mapping?
customer -> Hot
lead -> Warm
subscriber -> Cold

> 2. Email?
as it is"""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Warm", "Cold"]
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"]


def test_a_question_about_records_left_out_answered_with_groups_skips_each_group() -> None:
    text = """> 1. Are there contacts that should NOT become a Lead?
Yes, two groups:
a) contacts with lifecycle stage "subscriber", they only get the newsletter
b) contacts with Country/Region "Germany" - the German team calls them itself, they shall not land in Salesforce
Contacts with empty country are transferred normally.

> 2. Email?
1:1"""
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org"]


def test_a_field_asked_about_when_another_is_empty_takes_the_answer_then() -> None:
    text = """> 1. LNAME: as in HubSpot, or changed?
1:1 from last name.

> 2. LNAME in case the last name is empty?
Then the part of the email after the @.

> 3. Email Address?
1:1"""
    rows = [HS[0], {**HS[1], "lastname": ""}, HS[2]]
    recs, _ = _run(text, H, M, rows)
    assert [r["merge_fields"].get("LNAME") for r in recs] == ["LEE", "beta.org", "OZ"]


def test_a_question_naming_the_field_heads_an_elliptical_answer() -> None:
    text = """> 1. Status for new members?
"subscribed" for all, they agreed at checkout.

> 2. userId for Segment?
The HubSpot email in small letters."""
    recs, _ = _run(text.split("\n\n> 2.")[0], H, M, HS)
    assert _col(recs, "status") == ["subscribed"] * 3
    recs, _ = _run("> 1. userId for Segment?\nThe HubSpot email in small letters.\n\n> 2. traits.name?\nfirst name, as it is", H, S,
                   [{**HS[0], "email": "Ann@Acme.io"}])
    assert _col(recs, "userId") == ["ann@acme.io"]


# --- German-shaped English -----------------------------------------------------------------------------

def test_resp_between_two_values_is_either_of_them() -> None:
    text = 'VIP = true in case lifecycle stage is "customer" resp. "subscriber". All other stages -> false.\nEmail Address = email'
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "vip") == [True, False, True]


def test_a_field_to_be_filled_with_a_value_and_an_empty_value_kept_empty() -> None:
    text = ('Description is to be filled with "Fair 2025" on every lead.\nCompany: in case empty, "Private person".\n'
            'Title: then it is to be transferred empty as well. No placeholder, no "n/a".\nEmail 1:1')
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Description") == ["Fair 2025"] * 3
    assert _col(recs, "Company") == ["Acme", "Private person", "Gamma"]
    assert "n/a" not in [str(v) for r in recs for v in r.values()]


def test_mio_does_not_end_a_sentence() -> None:
    assert expand_abbreviations("more than 3000000 (3 Mio. €) -> Hot") == "more than 3000000 (3 million €) -> Hot"


def test_a_checkbox_said_checked_and_not_checked() -> None:
    text = ('Email Opt Out from "Unsubscribed from all email": "true" in HubSpot -> checked (true), "false" -> not checked (false). '
            "In case the HubSpot field is empty: not checked (false) as well.\nEmail 1:1")
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "HasOptedOutOfEmail") == [False, False, True]


# --- a phone chat in Filipino English ------------------------------------------------------------------

def test_texting_shorthand_is_spelled_out() -> None:
    said = expand_abbreviations("get the part b4 the @, dnt send it bcoz SF needs Philippines = PH")
    assert said == "get the part before the @, don't send it because SF needs Philippines = PH"


def test_tagalog_particles_and_words_in_a_chat() -> None:
    text = """Kuya HS -> SF Contact po
customers lang po (lifecycle stage = customer), yung iba wag na
Email copy lang po
Phone = phone number, if blank wag na isama yung Phone sa record
if walang city, dnt send Mailing City
Mailing City = city in ALL CAPS"""
    recs, questions = _run(text, H, C, HS)
    assert _col(recs, "Email") == ["ann@acme.io"]
    assert _col(recs, "Phone") == ["(415) 555-0100"]
    assert _col(recs, "MailingCity") == ["AUSTIN"]
    assert not any("hs_language" in q for q in questions)
    recs, _ = _run("Phone = phone number, if blank wag na isama yung Phone\nMailing City = city\nif walang city, dnt send Mailing City\n"
                   "Email copy lang", H, C, [HS[1], {**HS[2], "city": ""}])
    assert _col(recs, "Phone") == ["<absent>", "<absent>"]
    assert _col(recs, "MailingCity") == ["Lyon", "<absent>"]


def test_two_fields_before_one_case_format_both_take_it() -> None:
    text = "fname, lname = FNAME, LNAME w/ capital first letter each word, small the rest\nemail = Email Address"
    recs, _ = _run(text, M, H, [{**MC[0], "merge_fields": {**MC[0]["merge_fields"], "FNAME": "ann marie", "LNAME": "VAN DYKE"}}])
    assert (recs[0]["firstname"], recs[0]["lastname"]) == ("Ann Marie", "Van Dyke")
    text = "FNAME / LNAME -> capital first letter each word tapos small the rest\nEmail Address = email"
    recs, _ = _run(text, H, M, HS)
    assert [(r["merge_fields"]["FNAME"], r["merge_fields"]["LNAME"]) for r in recs] == [("Ann", "Lee"), ("Bo", "Ng"), ("Cy", "Oz")]


def test_a_copy_with_its_empty_value_after_a_semicolon_and_a_fallback_chain_with_arrows() -> None:
    text = ('company name = COMPANY; blank -> Walk-in Customer\nemail = Email Address')
    recs, _ = _run(text, M, H, MC)
    assert _col(recs, "company") == ["Acme", "Walk-in Customer", "Walk-in Customer"]
    text = 'Title = job title -> if blank, industry -> if blank still, "Shopper"\nEmail copy'
    recs, _ = _run(text, H, C, [HS[0], {**HS[1], "industry": "Retail"}, {**HS[2], "jobtitle": "", "industry": ""}])
    assert _col(recs, "Title") == ["CEO", "Retail", "Shopper"]


def test_a_two_letter_code_table_under_an_equals_head() -> None:
    text = "Mailing Country sa SF = 2-letter code pls:\nUnited States = US\nGermany = DE\nPhilippines = PH\nEmail copy"
    recs, _ = _run(text, H, C, [HS[0], HS[2]])
    assert _col(recs, "MailingCountry") == ["US", "DE"]
    assert _col(recs, "Phone") == ["<absent>", "<absent>"]


def test_a_chat_typo_corrected_with_an_asterisk_is_fixed_where_it_was_typed() -> None:
    assert chat_corrections("only revenue more than 2,000,00\n*2,000,000\nEmail copy") == "only revenue more than 2,000,000\nEmail copy"
    assert chat_corrections("customer -> Hott\nlead -> Warm\n*Hot for customer 😅\nx") == "customer -> Hot\nlead -> Warm\nx"
    assert chat_corrections("* a bullet\n* another bullet") == "* a bullet\n* another bullet"  # bullets, no correction
    assert chat_corrections("Rating = Hot\n*Cold") == "Rating = Hot\n*Cold"  # nothing close enough above: left as written
    text = "Email copy lang\nKuya Rating sa Lead po, from lifecycle stage:\ncustomer -> Hott\nlead -> Warm\n*Hot for customer\nother stages -> Cold"
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Warm", "Cold"]


def test_only_these_records_said_with_lang_before_a_colon() -> None:
    text = "Kuya GA4 ulit, big contacts lang: annual revenue more than 1,000,000\nclient_id = email\nevent name \"big_contact\""
    recs, _ = _run(text, H, "ga4.events", HS)
    assert _col(recs, "client_id") == ["ann@acme.io"]


def test_answers_that_skip_all_except_some_and_a_checkbox_with_two_values() -> None:
    text = """> 1. Should all contacts be transferred?
All except the ones with lifecycle stage "subscriber".

> 2. Email Address?
1:1

> 3. Status?
Unsubscribed from all email checked -> unsubscribed; not checked -> subscribed.

> 4. Tags?
An empty list [] - the old tags from the import are to be removed.

Lena
--
Lena Vogt
Marketing Operations | Bergwerk GmbH
Tel. +49 89 5555 0199"""
    recs, questions = _run(text, H, M, HS)
    assert _col(recs, "email_address") == ["ann@acme.io", "bo@beta.org"]
    assert _col(recs, "tags") == [[], []]
    assert not any("Vogt" in q or "Bergwerk" in q or "'Lena'" in q for q in questions)  # the signature and its name: no questions


def test_no_then_only_is_the_filter_and_the_rest_not_says_nothing() -> None:
    text = '> 1. All contacts into the new audience?\nNo, only contacts with Country/Region "Germany". The rest not (also not the ones with empty country).\n\n> 2. Email Address?\nemail, 1:1'
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "email_address") == ["cy@gamma.de"]
