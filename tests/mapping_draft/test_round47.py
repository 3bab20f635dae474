"""Round 47: sets 157 (a Sao Paulo analyst's IT change-request forms, in Brazilian-Portuguese-shaped
English) and 158 (a Cork account manager's chatty handover document, hard-wrapped) opened as training,
with what any such writer's text can hold: a form's labels about the change around the request, 'case'
for if, 'inform' a value, amounts in reais, 'same rule' pointing at the line above, E.164 spelled out in
sentences, a table whose key is the stage 'other', prose wrapped at one margin, and a handover's
asides. Fresh wording; the held-out texts are not copied."""

from __future__ import annotations

from syncwright.mapping.draft.e164_lists import e164_lists
from syncwright.mapping.draft.other_key import other_key
from syncwright.mapping.draft.request_forms import request_form
from syncwright.mapping.draft.same_rule import same_rules
from syncwright.mapping.draft.service import draft_mapping
from syncwright.mapping.draft.wrapped import join_wrapped
from tests.mapping_draft.test_round16 import HS, MC, SFC, C, H, L, M, S, _col, _run

# --- a change-request form ---------------------------------------------------------------------------

FORM = """Short description: Leads from the site with company and rating
Requester: Joana Lima (CRM Ops)
Business justification: The inside sales team in Recife needs the site contacts in Salesforce the
same day, and today they type them by hand.
Detailed request (field by field):
1. Email -> Email of the Lead.
2. Company = Company Name; case it is empty, inform "Sem empresa".
3. Rating by the Annual Revenue: more than R$ 5.000.000 -> Hot; otherwise Cold.
Acceptance test: contact Bo without company -> Company "Sem empresa", Rating Cold. The Lead must have Title empty."""


def test_a_change_request_forms_labels_about_the_change_go() -> None:
    said = request_form(FORM)
    assert said.splitlines()[0] == "1. Email -> Email of the Lead."
    assert "Requester" not in said and "Recife" not in said and "Acceptance" not in said and "Title empty" not in said
    assert request_form("Description: the Lead's notes\nEmail -> Email") == "Description: the Lead's notes\nEmail -> Email"
    assert request_form("Requester: Ana\nEmail -> Email") == "Requester: Ana\nEmail -> Email"  # one label is no form


def test_a_change_request_form_drafts_its_request_only() -> None:
    recs, questions = _run(FORM, H, L, HS)
    assert _col(recs, "Company") == ["Acme", "Sem empresa", "Gamma"]
    assert _col(recs, "Rating") == ["Hot", "Cold", "Cold"]
    assert _col(recs, "Title") == ["<absent>"] * 3 and _col(recs, "Description") == ["<absent>"] * 3
    assert questions == []


# --- Brazilian-Portuguese habits ---------------------------------------------------------------------


def test_case_is_if_in_the_middle_of_a_sentence_and_inform_fills_a_value() -> None:
    text = ("Email Address = Email.\nPHONE = Phone Number; case it is empty, the Mobile Phone Number.\n"
            "Status: inform always the value subscribed, for every register of this integration.")
    recs, questions = _run(text, H, M, HS)
    assert [r["merge_fields"]["PHONE"] for r in recs] == ["(415) 555-0100", "212-555-0101", ""]
    assert _col(recs, "status") == ["subscribed"] * 3
    assert questions == []


def test_registers_are_records_and_a_fixed_value_for_all_is_a_constant() -> None:
    text = "Registers with First Name empty are not sent.\nEmail Address = Email.\nLanguage: pt, fixed for all."
    recs, _ = _run(text, H, M, [*HS, {**HS[0], "email": "x@y.io", "firstname": "  "}])
    assert _col(recs, "email_address") == ["ann@acme.io", "bo@beta.org", "cy@gamma.de"]
    assert _col(recs, "language") == ["pt"] * 3


def test_the_same_rule_points_at_the_line_above() -> None:
    text = "Email Address = Email\nFNAME = First Name with the first letter of each word capital and the rest small\nLNAME = Last Name, same rule"
    assert "LNAME = Last Name, with the first letter of each word capital and the rest small" in same_rules(text)
    recs, _ = _run(text, H, M, HS)
    assert [r["merge_fields"]["LNAME"] for r in recs] == ["Lee", "Ng", "Oz"]


def test_a_checkbox_said_checked_and_not_checked_with_its_empty_case() -> None:
    text = ("Email -> Email of the Contact.\nEmail Opt Out (checkbox): checked (true) case the HubSpot field Unsubscribed from all email "
            'is "true"; not checked (false) case it is "false". Case it is empty, we have no consent registered, so checked (true).\n'
            "Do Not Call (checkbox): checked (true) case the contact has Phone Number empty AND Mobile Phone Number empty. "
            "Case at least one of the two is filled, not checked (false).")
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "HasOptedOutOfEmail") == [False, True, True]
    assert _col(recs, "DoNotCall") == [False, False, True]


def test_a_date_part_plus_a_text_plus_a_field() -> None:
    text = 'Email -> Email.\nDescription = the Create Date, only the day in format YYYY-MM-DD, plus the text " / " plus the Lifecycle Stage.'
    recs, _ = _run(text, H, L, HS)
    assert _col(recs, "Description") == ["2023-03-14 / customer", "2023-07-02 / lead", "2022-11-20 / subscriber"]


def test_a_tag_whose_condition_comes_first_and_an_empty_list_said_backwards() -> None:
    text = 'Email Address = Email.\nTags: every member receives the tag "Base". Case Industry is Food, also the tag "Gourmet", after "Base".'
    recs, _ = _run(text, H, M, HS)
    assert _col(recs, "tags") == [["Base"], ["Base"], ["Base", "Gourmet"]]
    recs, _ = _run("Email Address = Email.\nTags = list empty ([]), to remove the tags old.", H, M, HS)
    assert _col(recs, "tags") == [[], [], []]


def test_a_trait_not_sent_when_its_field_is_empty() -> None:
    text = "userId = Email\ntraits.title = Job Title, but only case it is filled. Job Title empty -> the trait title is not sent."
    recs, _ = _run(text, H, S, HS)
    assert [r.get("traits", {}).get("title", "<absent>") for r in recs] == ["CEO", "<absent>", "CTO"]


def test_vip_said_of_the_member_and_the_members_without_a_tag() -> None:
    text = ("email = Email Address.\nLead Status = OPEN_DEAL case the member is VIP; NEW case not VIP.\n"
            'Lifecycle Stage = customer case the member has the tag "Customer"; members without this tag -> subscriber')
    recs, _ = _run(text, M, H, MC)
    assert _col(recs, "hs_lead_status") == ["OPEN_DEAL", "NEW", "NEW"]
    assert _col(recs, "lifecyclestage") == ["customer", "subscriber", "subscriber"]


def test_contacts_with_a_field_empty_skip_said_with_a_colon() -> None:
    text = "Contacts with Mailing City empty (or only spaces): skip, they don't go to Mailchimp.\nEmail Address = Email."
    recs, _ = _run(text, C, M, [*SFC, {**SFC[0], "Email": "z@z.io", "MailingCity": "  "}])
    assert len(recs) == len([r for r in SFC if (r.get("MailingCity") or "").strip()])


# --- E.164 spelled out in sentences ------------------------------------------------------------------


def test_e164_spelled_out_in_sentences_after_the_ask_goes() -> None:
    text = ("PHONE = Phone Number in E.164. Number starting with + keeps its code. Number with 11 digits starting with 1 already "
            "has the code, only put +. Number without + is American. Case it is empty, don't send PHONE.")
    said = e164_lists(text)
    assert "keeps its code" not in said and "11 digits" not in said
    assert "Number without + is American." in said and "don't send PHONE" in said  # the region said stays for the grammar
    uk = "Phone in E.164. A number without + is British: put +44 in front."
    assert e164_lists(uk) == uk  # another region is not what the transform assumes: kept
    recs, questions = _run("Email Address = Email.\n" + text, H, M, HS)
    assert [r.get("merge_fields", {}).get("PHONE", "<absent>") for r in recs] == ["+14155550100", "<absent>", "<absent>"]
    assert questions == []


# --- a table over the stage 'other' ------------------------------------------------------------------


def test_a_bare_other_key_beside_a_rest_row_is_the_stage_other() -> None:
    text = ("Email -> Email.\nLead Status from Lifecycle Stage:\n  customer -> Closed - Converted\n  other -> Closed - Not Converted\n"
            "  any other stage, or no stage at all -> Open - Not Contacted")
    assert '  "other" -> Closed - Not Converted' in other_key(text)
    assert other_key("Rating:\n  customer -> Hot\n  other -> Cold") == "Rating:\n  customer -> Hot\n  other -> Cold"
    recs, _ = _run(text, H, L, [*HS, {**HS[0], "email": "o@o.io", "lifecyclestage": "other"}])
    assert _col(recs, "Status") == ["Closed - Converted", "Open - Not Contacted", "Open - Not Contacted", "Closed - Not Converted"]


# --- a handover document -----------------------------------------------------------------------------

HANDOVER = """The HubSpot -> Mailchimp one (Acme)

Ok this one's for Acme Foods (the Austin crowd). FYI this feeds their weekly newsletter, which the owner
reads himself every Sunday. Match on Email Address (= HubSpot email) and set the tags:

"Big spender" if the Annual Revenue is more than 1000000 (if it's blank, they don't get it)
"Germany" if Country is exactly Germany

FNAME and LNAME from first and last name, but tidied: first letter of each word a capital, the rest lower
case. Language: en for all of them, the client is fierce particular about that. Don't mind the PHONE
field, the owner fills that one himself. That's your lot. Any bother, ring Maeve."""


def test_a_handover_sections_asides_go_and_its_wrapped_lines_join() -> None:
    recs, questions = _run(HANDOVER, H, M, HS)
    assert _col(recs, "tags") == [["Big spender"], [], ["Germany"]]
    assert [r["merge_fields"]["FNAME"] for r in recs] == ["Ann", "Bo", "Cy"]
    assert [r["merge_fields"]["LNAME"] for r in recs] == ["Lee", "Ng", "Oz"]
    assert _col(recs, "language") == ["en"] * 3
    assert questions == []


def test_prose_wrapped_short_of_the_margin_is_one_sentence() -> None:
    text = ("Email -> Email, the match key, copied over as it is from the HubSpot side of things, nothing fancy.\n"
            "The Lead Status is Working - Contacted for a salesqualifiedlead. For every other stage in their funnel at all\n"
            "it's Open - Not Contacted, says Maeve.")
    assert "funnel at all it's Open" in join_wrapped(text, same_margin=True)
    short = "Email -> Email\nstatus -> Status"
    assert join_wrapped(short, same_margin=True) == short


def test_a_fallback_said_the_other_way_round_and_if_there_is_no() -> None:
    text = ('Email -> Email.\nTitle: same idea, the job title if there is one, and "Unknown" if there isn\'t.\n'
            'Company: if there\'s no company name in HubSpot put in "Not Provided", otherwise copy the company over exactly as it is.')
    recs, questions = _run(text, H, L, HS)
    assert _col(recs, "Title") == ["CEO", "Unknown", "CTO"]
    assert _col(recs, "Company") == ["Acme", "Not Provided", "Gamma"]
    assert questions == []


def test_ticked_when_a_field_says_true_and_also_when_it_is_empty() -> None:
    text = ("Email -> Email for the match.\nEmail Opt Out: ticked (true) if HubSpot's Unsubscribed from all email says true. ALSO ticked "
            "if that field is empty, because no answer is no consent. Only unticked (false) when HubSpot says false.\n"
            "Do Not Call: ticked if there's no mobile phone number in HubSpot, unticked if there is one.")
    recs, _ = _run(text, H, C, HS)
    assert _col(recs, "HasOptedOutOfEmail") == [False, True, True]
    assert _col(recs, "DoNotCall") == [True, False, True]


def test_the_start_codes_form_reading_is_still_a_draft() -> None:  # a guard: a form with no request label is read as it was
    text = "Requester: Ana\nBusiness justification: speed\nEmail -> Email"
    assert request_form(text) == text
    r = draft_mapping("Email -> Email", H, L)
    assert r.mapping is not None
