"""Round 38: a growth engineer's mappings written as Python-flavoured pseudocode (set 127: dict
literals keyed by the destination's names and fed from "c['email']", if/elif/else chains,
"x or y or 'Default'", f-strings, 'if c['x'].strip(): out['X'] = ...' for a key sent only when
filled, 'if ...: return None  # skip', tags built with append, '#' comments defining helpers).
python_code reads the code with the ast module and says each key as one rule line; prose around
the code stays as written, and code it cannot say stays as code (the grammar asks). Fresh wording
and fresh field choices throughout; the held-out texts are not copied."""

from __future__ import annotations

from syncwright.mapping.draft.python_code import python_code
from syncwright.mapping.draft.service import draft_mapping
from tests.mapping_draft.test_round16 import HS, MC, C, H, L, M, _col, _run

S, G = "segment.identify", "ga4.events"


def _questions(text: str, frm: str, to: str) -> list[str]:
    return [q["question"] for q in draft_mapping(text, frm, to).questions]


# --- what is not Python stays as it was written -------------------------------------------------------


def test_prose_with_colons_equals_and_braces_is_unchanged() -> None:
    for text in ("Email -> Email\nRating: 'Hot' when revenue is over 5M = our biggest accounts",
                 "traits.name = firstname + ' ' + lastname\nDescription = \"Since {createdate}\"",
                 "tags = ['Webinar', 'Partner'] for everyone; {FNAME} stays as is",
                 "SELECT email AS Email FROM hubspot.contacts WHERE company <> '';",
                 "if the phone is empty: leave it out. else: copy it\n"):
        assert python_code(text) == text


def test_code_that_reads_no_record_is_left_alone() -> None:
    text = "Constants for everyone:\nstatus = 'subscribed'\nlanguage = 'en'\nmerge = {'SOURCE': 'crm'}"
    assert python_code(text) == text


def test_pseudocode_that_does_not_parse_is_left_as_written_and_asked_about() -> None:
    text = "lead = {'Email': c['email'], 'Company': c['company'] unless it is blank ??}"
    assert python_code(text) == text
    assert _questions(text, H, L)


# --- dict literals -----------------------------------------------------------------------------------


def test_a_dict_literal_with_formats_fallbacks_and_a_constant() -> None:
    text = ("lead = {\n"
            "    'Email':     c['email'].strip().lower(),\n"
            "    'LastName':  c['lastname'].title(),\n"
            "    'Company':   c['company'] or c['jobtitle'] or 'Self-employed',\n"
            "    'LeadSource': 'Partner',\n"
            "}")
    assert python_code(text).splitlines() == ["Email <- email, trimmed and in lower case", "LastName <- lastname, in title case",
                                              "Company <- company, else jobtitle; if empty, 'Self-employed'", "LeadSource = 'Partner'"]
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "LastName") == ["Lee", "Ng", "Oz"]
    assert _col(recs, "Company") == ["Acme", "Self-employed", "Gamma"]
    assert _col(recs, "LeadSource") == ["Partner"] * 3
    assert questions == []


def test_nested_dicts_and_keyword_arguments_are_dotted_paths() -> None:
    text = ("company = {'name': rec['company'], 'industry': rec.get('industry')}\n"
            "identify(userId=rec['email'], traits={'city': rec['city'], 'company': company})")
    said = python_code(text)
    assert "traits.company.name <- company" in said and "userId <- email" in said
    recs, _ = _run(text, H, S, HS)
    assert {r["userId"]: r["traits"] for r in recs}["ann@acme.io"] == {"city": "Austin", "company": {"name": "Acme", "industry": "Software"}}


def test_entries_written_without_their_braces_are_still_a_dict() -> None:
    text = ("Members from contacts:\n"
            "'email_address': c['email'],\n"
            "'merge_fields': {'LNAME': c['lastname'].upper(), 'FNAME': c['firstname']},")
    assert python_code(text).splitlines()[1:] == ["email_address <- email", "merge_fields.LNAME <- lastname, in upper case",
                                                  "merge_fields.FNAME <- firstname"]


# --- keys sent only when filled, locals, chains -------------------------------------------------------


def test_a_key_set_under_a_test_of_its_own_source_is_left_out_when_empty() -> None:
    text = ("out = {'Email': c['email'], 'LastName': c['lastname']}\n"
            "if c['industry'].strip():\n"
            "    out['Industry'] = c['industry'].upper()\n"
            "cell = c['mobilephone'] or c['phone']\n"
            "if cell:\n"
            "    out['MobilePhone'] = cell")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Industry") == ["SOFTWARE", "<absent>", "FOOD"]
    assert _col(recs, "MobilePhone") == ["(415) 555-0100", "212-555-0101", "<absent>"]


def test_a_test_of_another_field_is_no_left_out_rule() -> None:
    text = "out = {'Email': c['email']}\nif c['country'] == 'Germany':\n    out['Title'] = c['jobtitle']"
    said = python_code(text)
    assert "left out when empty" not in said and "out['Title'] = c['jobtitle']" in said


def test_an_if_elif_chain_on_one_field_is_a_value_table() -> None:
    text = ("stage = c['lifecyclestage']\n"
            "if stage == 'customer':\n    kind = 'Existing'\n"
            "elif stage in ('lead', 'subscriber'):\n    kind = 'Prospect'\n"
            "else:\n    kind = 'Unknown'\n"
            "lead = {'Email': c['email'], 'LastName': c['lastname'], 'Description': kind}")
    assert "Description from lifecyclestage: 'customer' -> 'Existing', 'lead' -> 'Prospect', 'subscriber' -> 'Prospect', otherwise -> 'Unknown'" \
        in python_code(text)
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Description") == ["Existing", "Prospect", "Prospect"]


def test_comparisons_in_a_chain_and_later_tests_that_override_a_first_value() -> None:
    text = ("lead = {'Email': c['email'], 'LastName': c['lastname'], 'Rating': 'Cold'}\n"
            "if float(c['annualrevenue'] or 0) >= 500_000:\n    lead['Rating'] = 'Warm'\n"
            "if float(c['annualrevenue'] or 0) > 5_000_000:\n    lead['Rating'] = 'Hot'")
    assert "Rating = 'Hot' if annualrevenue is more than 5000000, 'Warm' if annualrevenue is at least 500000, otherwise 'Cold'" in python_code(text)
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Rating") == ["Hot", "Cold", "Warm"]


def test_a_conditional_expression_and_a_test_as_a_value() -> None:
    text = ("{'Email': c['email'], 'LastName': c['lastname'],\n"
            " 'Status': 'Working' if c['lifecyclestage'] == 'customer' else 'New',\n"
            " 'HasOptedOutOfEmail': c['hs_email_optout'] == 'true'}")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Status") == ["Working", "New", "New"]
    assert _col(recs, "HasOptedOutOfEmail") == [False, False, True]


def test_a_value_chosen_by_two_different_tests_stays_code() -> None:
    text = "{'Email': c['email'], 'Rating': 'Hot' if c['country'] == 'Germany' and float(c['annualrevenue']) > 5 else 'Cold'}"
    assert "'Rating': 'Hot' if" in python_code(text)


# --- filters -----------------------------------------------------------------------------------------


def test_return_none_is_a_skip_and_a_negative_test_keeps_the_others() -> None:
    text = ("def to_lead(x):\n"
            "    if x['hs_email_optout'] == 'true':\n        return None  # unsubscribed\n"
            "    if x['country'] not in ('United States', 'Germany'):\n        return None\n"
            "    return {'Email': x['email'], 'LastName': x['lastname']}")
    said = python_code(text)
    assert "Skip records where hs_email_optout is 'true'." in said
    assert "Only records where country is 'United States' or 'Germany'." in said
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io"]


def test_continue_in_a_loop_is_a_skip_and_dict_calls_are_dicts() -> None:
    text = ("for m in members:\n"
            "    if m['status'] == 'cleaned':\n        continue\n"
            "    push(dict(email=m['email_address'], firstname=m['merge_fields']['FNAME']))")
    said = python_code(text)
    assert said.splitlines() == ["Skip records where status is 'cleaned'.", "email <- email_address", "firstname <- merge_fields.FNAME"]
    recs, _ = _run(text, M, H, MC)
    assert _col(recs, "email") == ["ann@acme.io", "cy@gamma.de"]


# --- tags, joined text, parts, lookups ---------------------------------------------------------------


def test_tags_appended_under_tests_and_an_empty_list() -> None:
    text = ("labels = ['crm']\n"
            "if c['lifecyclestage'] == 'lead':\n    labels.append('warm')\n"
            "if not c['company']:\n    labels.append('no-company')\n"
            "member = {'email_address': c['email'], 'tags': labels}")
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "tags") == [["crm"], ["crm", "warm", "no-company"], ["crm"]]
    recs, _ = _run("{'email_address': c['email'], 'tags': []}", H, M, HS)
    assert _col(recs, "tags") == [[], [], []]


def test_an_f_string_with_a_date_slice_and_a_plain_concatenation() -> None:
    text = ("{'Email': c['email'], 'LastName': c['lastname'],\n"
            " 'Description': f\"{c['industry']} account since {c['createdate'][:10]}\",\n"
            " 'Title': c['jobtitle'] + ' / ' + c['city']}")
    said = python_code(text)
    assert "Description = \"{industry} account since {createdate as YYYY-MM-DD}\"" in said
    assert "Title = jobtitle + ' / ' + city" in said
    recs, _ = _run(text, H, L, HS)
    assert recs[0]["Description"] == "Software account since 2023-03-14"


def test_split_parts_and_a_lookup_table_with_a_default() -> None:
    text = ("REGION = {'United States': 'AMER', 'Germany': 'EMEA'}\n"
            "contact = {\n"
            "    'Email': c['email'],\n"
            "    'LastName': c['email'].split('@')[0],\n"
            "    'Department': REGION.get(c['country'], 'Other'),\n"
            "}")
    assert "Department from country: 'United States' -> 'AMER', 'Germany' -> 'EMEA', otherwise -> 'Other'" in python_code(text)
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "LastName") == ["ann", "bo", "cy"]
    assert _col(recs, "Department") == ["AMER", "Other", "EMEA"]


# --- comments, helpers, prose around the code --------------------------------------------------------


def test_a_helper_a_comment_defines_is_its_format_and_the_comment_goes() -> None:
    text = ("# fix_name(s) -> title case: first letter of each word up, the rest down\n"
            "#                ('ANN' -> 'Ann')\n"
            "{'Email': c['email'], 'LastName': fix_name(c['lastname'])}   # every contact has a last name")
    said = python_code(text)
    assert "fix_name" not in said and "LastName <- lastname, in title case" in said
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "LastName") == ["Lee", "Ng", "Oz"]


def test_a_comment_about_empty_values_is_the_rules_note_and_others_are_sentences() -> None:
    text = ("{\n"
            "  'Email': c['email'],     # the key\n"
            "  'City': c['city'],       # blank city -> leave the field out\n"
            "}\n"
            "# nothing else goes over")
    said = python_code(text).splitlines()
    assert said == ["Email <- email", "City <- city, left out when empty", "nothing else goes over"]  # (the leave-off in the rule's words, round 53)


def test_a_record_read_in_the_prose_is_its_field_and_a_code_fence_goes() -> None:
    text = ("Audience sync, the id is c['email'] as it is.\n"
            "```python\n"
            "traits = {'title': c['jobtitle'], 'city': c['city'].upper()}\n"
            "```")
    said = python_code(text)
    assert said.splitlines() == ["Audience sync, the id is email as it is.", "traits.title <- jobtitle", "traits.city <- city, in upper case"]


def test_a_local_set_first_and_overridden_under_tests_and_a_filled_or_other_choice() -> None:
    text = ("tier = 'small'\n"
            "if int(c['numemployees'] or 0) >= 100:\n    tier = 'large'\n"
            "if c['lifecyclestage'] == 'subscriber':\n    tier = 'none'\n"
            "lead: dict = {'Email': c['email'], 'LastName': c['lastname'], 'Description': tier}\n"
            "lead.update(Title=c['jobtitle'] if c['jobtitle'] else c['industry'])")
    said = python_code(text)
    assert "Description = 'none' if lifecyclestage is 'subscriber', 'large' if numemployees is at least 100, otherwise 'small'" in said
    assert "Title <- jobtitle, else industry" in said
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Description") == ["large", "small", "none"]


def test_a_dict_variable_as_a_lists_one_item_is_the_first_event() -> None:
    text = ("event = {'name': 'crm_sync', 'params': {'stage': c['lifecyclestage'], 'employees': int(c['numemployees'] or 0)}}\n"
            "payload = {'client_id': c['email'].split('@')[0], 'events': [event]}")
    said = python_code(text)
    assert said.splitlines()[:2] == ["events[0].name = 'crm_sync'", "events[0].params.stage <- lifecyclestage"]
    recs, _ = _run(text, H, G, HS)
    assert _col(recs, "client_id") == ["ann", "bo", "cy"]
    assert [r["events"][0]["params"]["stage"] for r in recs] == ["customer", "lead", "subscriber"]
