"""Round 44: sets 147 (Vietnamese-shaped emails) and 149 (WhatsApp messages in Indonesian-shaped
English) opened as training, with what any such writer's text can hold: a chat export's date-and-time
stamps, 'big letter' / 'small letter' for the cases, 'no send' for don't send, a word of the writer's
own language for empty, 'same same as HubSpot' for a copy, an honorific in the greeting, 'mean ...'
before the condition an 'only' describes, a value table's otherwise row said with where its values
are, a compound 'emailfield'. Fresh wording; the held-out texts are not copied."""

from __future__ import annotations

from syncwright.mapping.draft.chat_stamps import plain_stamps
from syncwright.mapping.draft.service import draft_mapping
from tests.mapping_draft.test_round16 import HS, MC, SFL, C, H, L, M, _col, _run

# --- a chat app's export stamps ---------------------------------------------------------------------

IOS = """[09:14, 21/11/2026] Dewi: Email from email
[09:15, 21/11/2026] Dewi: LastName from lastname, make it big letter
[09:16, 21/11/2026] Dewi: Company take from Company Name, if kosong put "Private"
[09:18, 21/11/2026] Dewi: thx"""


def test_one_writers_whatsapp_stamps_and_name_go() -> None:
    said = plain_stamps(IOS)
    assert "21/11/2026" not in said and "Dewi" not in said
    assert said.splitlines()[0] == "Email from email"


def test_a_whatsapp_export_drafts_its_rules() -> None:
    recs, questions = _run(IOS, H, L, HS)
    assert _col(recs, "LastName") == ["LEE", "NG", "OZ"]
    assert _col(recs, "Company") == ["Acme", "Private", "Gamma"]
    assert not any("2026" in q or "Dewi" in q for q in questions)


def test_an_android_export_between_two_people_keeps_who_spoke_for_the_thread_reader() -> None:
    text = ("21/11/2026, 09:14 - Dewi: email_address from email\n21/11/2026, 09:15 - Bayu: ok\n"
            "21/11/2026, 09:16 - Dewi: FNAME from first name, make it title case\n21/11/2026, 09:17 - Bayu: noted")
    said = plain_stamps(text)
    assert "2026" not in said and said.splitlines()[1] == "Bayu: ok"
    recs, questions = _run(text, H, M, HS)
    assert [r["merge_fields"]["FNAME"] for r in recs] == ["Ann", "Bo", "Cy"]
    assert not any("2026" in q or "Bayu" in q for q in questions)


def test_one_stamp_is_no_export() -> None:
    text = "[09:14, 21/11/2026] the sync ran, thanks.\nEmail from email"
    assert plain_stamps(text) == text


# --- words for the cases, for don't, for empty ------------------------------------------------------

def test_big_and_small_letters_are_the_cases() -> None:
    recs, _ = _run("Email from email, make it small letter. State from state, all big letter.", H, L,
                   [{**HS[0], "email": "Ann@Acme.IO", "state": "tx"}])
    assert recs[0]["Email"] == "ann@acme.io" and recs[0]["State"] == "TX"


def test_two_fields_then_their_case_without_a_verb_case_both() -> None:
    recs, _ = _run("Email copy. FirstName, LastName title case pls.", H, L, HS)
    assert _col(recs, "FirstName") == ["Ann", "Bo", "Cy"] and _col(recs, "LastName") == ["Lee", "Ng", "Oz"]


def test_no_send_is_dont_send() -> None:
    recs, _ = _run("Email same same. Employees: NumberOfEmployees as whole number. In case empty then don't fill, no send this field.",
                   H, L, HS)
    assert _col(recs, "NumberOfEmployees") == [120, "<absent>", 8]


def test_a_word_of_the_writers_language_for_empty() -> None:
    recs, _ = _run("email from email_address. company = COMPANY, if vacío put 'Unknown'.", M, H, MC)
    assert _col(recs, "company") == ["Acme", "Unknown", "Unknown"]


def test_same_as_the_source_platform_is_a_copy_never_its_name() -> None:
    recs, _ = _run("Email same same as HubSpot. Company same like HubSpot.", H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"]
    assert _col(recs, "Company") == ["Acme", "", "Gamma"]


def test_a_merge_field_named_after_the_words_merge_field() -> None:
    recs, _ = _run("email: email_address\ncompany: merge field COMPANY, empty -> 'Unknown'", M, H, MC)
    assert _col(recs, "company") == ["Acme", "Unknown", "Unknown"]


def test_trim_said_with_both_ends() -> None:
    recs, _ = _run("Email same same. Last Name: take from Last Name, cut the space at begin and at end.", H, L,
                   [{**HS[0], "lastname": "  Lee "}])
    assert recs[0]["LastName"] == "Lee"


# --- filters: the other fields, the format's 'only', 'mean ...' ---------------------------------------

def test_other_field_not_send_is_no_filter_on_the_stage_other() -> None:
    r = draft_mapping("Email, Last Name, Company same same from HubSpot. Only these 3 field, other field not send.", H, L)
    assert r.mapping is not None and not r.mapping.get("filters")


def test_only_some_fields_is_no_filter_on_their_names() -> None:
    r = draft_mapping("FNAME from first name. only send email_address (from email) and FNAME, nothing else.", H, M)
    assert r.mapping is not None and not r.mapping.get("filters")


def test_a_phone_formats_only_and_region_make_no_country_filter() -> None:
    recs, _ = _run("Email copy. Phone: take phone.\nThen change to E.164: keep digit only and put +1 in front (US).", H, L, HS)
    assert len(recs) == 3


def test_only_then_mean_and_the_condition_filters_on_the_condition() -> None:
    recs, _ = _run("Hi anh Khoa, please only sync contact who already buy, mean Lifecycle Stage 'customer', other stage no need.\n"
                   "Email same same", H, C, HS)
    assert _col(recs, "Email") == ["ann@acme.io"]


def test_the_sync_named_before_a_skip_leaves_the_skip() -> None:
    recs, _ = _run("email from Email.\nSF Lead -> HubSpot, but lead with Rating 'Cold' no need, skip", L, H, SFL)
    assert _col(recs, "email") == ["ann@acme.io", "cy@gamma.de"]
    recs, _ = _run("email_address from email.\nfor the newsletter audience in Mailchimp, contact without company no need sync", H, M, HS)
    assert [r["email_address"] for r in recs] == ["ann@acme.io", "cy@gamma.de"]


def test_an_honorific_in_the_greeting_is_no_rule() -> None:
    r = draft_mapping("Dear mas Bayu,\n\nEmail same same.\nLast Name same same.", H, L)
    assert not any("Bayu" in q["question"] for q in r.questions)


# --- value tables ------------------------------------------------------------------------------------

def test_the_systems_before_a_value_tables_head_leave_the_head() -> None:
    text = "SF Lead -> HubSpot, Country pls:\nUnited Kingdom -> UK\nGermany -> DE\nemail from Email"
    recs, _ = _run(text, L, H, SFL)
    assert _col(recs, "country") == ["UK", "", "DE"]


def test_an_otherwise_row_said_with_where_its_values_are() -> None:
    text = ("Email same same. Lead Source from HubSpot Original Source:\nPAID_SEARCH -> Advertisement\n"
            "Other value not in this list, or Original Source empty -> Other")
    rows = [{**HS[0], "hs_analytics_source": s} for s in ("PAID_SEARCH", "DIRECT_TRAFFIC", "")]
    recs, _ = _run(text, H, L, rows)
    assert _col(recs, "LeadSource") == ["Advertisement", "Other", "Other"]


def test_a_country_code_tables_head() -> None:
    recs, _ = _run("Email copy.\nMailingCountry put country code, not full name: United States = US, Germany = DE", H, C,
                   [HS[0], HS[2]])
    assert _col(recs, "MailingCountry") == ["US", "DE"]


# --- words: compounds, a line wrapped after 'because', the platform between field and source ---------

def test_a_compound_field_word_is_the_field() -> None:
    recs, _ = _run("Fields:\n- Email: emailfield\n- LastName: lastname", H, C, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"]


def test_a_line_wrapped_after_because_is_one_sentence() -> None:
    text = ("Field Email: please change all to lowercase. The sales team says the duplicates come in because\n"
            "upper case email.\nLast Name same same.")
    recs, _ = _run(text, H, L, [{**HS[0], "email": "Ann@Acme.IO"}])
    assert recs[0]["Email"] == "ann@acme.io"


def test_the_platform_between_field_and_source() -> None:
    recs, _ = _run("Email copy. State in SF from HubSpot state, upper case.", H, L, HS)
    assert _col(recs, "State") == ["TX", "", "NW"]


# --- a value table's last rows, said as statements; a condition with '=' before its arrow ------------

def test_the_other_values_and_empty_said_after_a_tables_rows() -> None:
    text = "Email copy.\nRating from Lifecycle Stage:\ncustomer -> Hot\nlead -> Warm\nthe other stages all Cold\nempty also Cold"
    rows = [{**HS[0], "lifecyclestage": s} for s in ("customer", "lead", "subscriber", "")]
    recs, _ = _run(text, H, L, rows)
    assert _col(recs, "Rating") == ["Hot", "Warm", "Cold", "Cold"]


def test_a_condition_with_an_equals_sign_before_its_arrow() -> None:
    recs, _ = _run("email_address: email same same\nvip: Lifecycle Stage = 'customer' -> true. Other stage, or Lifecycle Stage empty -> false.",
                   H, M, [*HS, {**HS[1], "lifecyclestage": ""}])
    assert [r.get("vip") for r in recs] == [True, False, False, False]


def test_an_omission_said_as_two_noun_phrases() -> None:
    recs, _ = _run("Email copy. MobilePhone: from mobilephone. No mobilenumber: no MobilePhone field.", H, C, HS)
    assert _col(recs, "MobilePhone") == ["<absent>", "212-555-0101", "<absent>"]


def test_no_need_send_before_leaving_the_field_out_skips_no_record() -> None:
    # (a guard on this round's own 'no send' row, which made 'no need send' a skip of the record)
    recs, _ = _run("Email copy.\nMailingState from state.\nno need send, just leave MailingState out if kosong", H, C, HS)
    assert _col(recs, "MailingState") == ["TX", "<absent>", "NW"]


def test_what_counts_as_empty_and_no_need_other_make_no_filter() -> None:
    r = draft_mapping("Email copy. Phone: mobilephone; if it is empty, phone. (Spaces only = empty.)\n"
                      "MailingCountry from country. our HubSpot only have these 3 countries, so no need other", H, C)
    assert r.mapping is not None and not r.mapping.get("filters")


def test_kinds_of_records_that_shall_not_go_over_a_list() -> None:
    text = ("Two kinds of contacts shall not become leads:\n- hs_email_optout is 'true'\n- country is 'Germany'\n\n"
            "Email, LastName, Company resp. City from email, lastname, company resp. city.")
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Email") == ["ann@acme.io", "bo@beta.org"]
    assert _col(recs, "City") == ["Austin", "Lyon"]
