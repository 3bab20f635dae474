"""Dev cases for round 12c (tuned on, unlike the held-out sets): the workflow register of a
marketing-automation specialist (set 30 as training), in sentences set 30 does not use. Causes:
a workflow's name, trigger, goal and delay lines (no rule); enrollment criteria and suppression
lines (filters, 'is any of', 'contains', 'EXCEPT those whose'); 'Copy property value: A -> B';
'format data: ...' after a copy; 'is known' / 'is unknown'; an 'If/then branch on X for D:' over
indented rows (a value table) or over 'if ...: set ...' rows (a fallback); 'Else (...): ...';
'set D to A + ' ' + B'; 'tag with X' for some records; a later format line for a fallback;
'with these params:' over indented params; 'if X is known set D to true, else false'; a sync's
name or a heading before an instruction that names its own field; 'D is the opposite of S'. Then the
brief register (set 28, opened late): a title naming the two platforms with an arrow, 'D — straight
copy (of S)', 'A / B — straight copies', 'Notes:' lines, 'D — from S: rows', a vague 'X leads only'
beside the exact filter, a quoted param name before a dash, a source field's quoted label in a condition,
'ticked (true)'.
Expected records come from the cases README's semantics (oracle.py helpers).
Run: python bench/heldout/make_dev_causes_12c.py  -> bench/heldout/dev_causes/d12c-*.yaml"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from authoring import C, Case, G, H, L, M, Out, R, S, build, collector
from oracle import OMIT, blank, e164, keep, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


def or_(v: str, d: str) -> str:
    return d if blank(v) else v


@case("d12c-01-workflow-name-trigger-goal", H, L,
      "Workflow: Inbound lead handoff\nTrigger: contact is created.\nCopy property value: Email -> Email\n"
      "Copy property value: Company Name -> Company (if Company Name is unknown, set Company to 'Not provided')\n"
      "Goal: every inbound contact reaches Salesforce", HS)
def _01(r: R) -> Out:
    return {"Email": r["email"], "Company": or_(r["company"], "Not provided")}


@case("d12c-02-enrollment-any-of", H, C,
      "Enrollment criteria: Lifecycle Stage is any of 'customer', 'evangelist'.\n"
      "Action: Copy Email -> Email, format data: lowercase.\nAction: Copy Last Name -> LastName, format data: uppercase.\n"
      "Delay: 1 day", HS)
def _02(r: R) -> Out:
    if r["lifecyclestage"] not in ("customer", "evangelist"):
        return None
    return {"Email": r["email"].lower(), "LastName": r["lastname"].upper()}


@case("d12c-03-except-contains", H, M,
      "Enrollment criteria: all contacts EXCEPT those whose Original Source contains 'SOCIAL'.\n"
      "Step 1: Copy Email -> email_address.\nStep 2: Action: set status to 'subscribed'.", HS)
def _03(r: R) -> Out:
    if "SOCIAL" in r["hs_analytics_source"]:
        return None
    return {"email_address": r["email"], "status": "subscribed"}


@case("d12c-04-branch-table", H, S,
      "Copy property value: Email -> userId.\nIf/then branch on Lifecycle Stage for traits.tier:\n"
      "  is equal to 'customer' -> 'gold'\n  is any of 'lead', 'subscriber' -> 'bronze'\n  Else (every other stage) -> 'silver'", HS)
def _04(r: R) -> Out:
    t = {"customer": "gold", "lead": "bronze", "subscriber": "bronze"}
    return {"userId": r["email"], "traits": {"tier": t.get(r["lifecyclestage"], "silver")}}


@case("d12c-05-branch-fallback-format", H, C,
      "Copy property value: Email -> Email.\nIf/then branch on Phone:\n  if Mobile Phone Number is known: set Phone to Mobile Phone Number\n"
      "  if Mobile Phone Number is unknown and Phone Number is known: set Phone to Phone Number\n  Else (both unknown): don't send Phone\n"
      "Format data: Phone in E.164, assume US when there is no country code.", HS)
def _05(r: R) -> Out:
    src = r["mobilephone"] if not blank(r["mobilephone"]) else r["phone"]
    return keep({"Email": r["email"], "Phone": OMIT if blank(src) else e164(src)})


@case("d12c-06-known-copy-else-constant", L, H,
      "Copy property value: Email -> email.\nIf/then branch: if Title is known, copy it to Job Title; if Title is unknown, set Job Title to 'Staff'.\n"
      "If/then branch: if Rating is equal to 'Hot', set Lead Status to 'OPEN'. Else: set Lead Status to 'NEW'.", SFL)
def _06(r: R) -> Out:
    return {"email": r["Email"], "jobtitle": or_(r["Title"], "Staff"), "hs_lead_status": "OPEN" if r["Rating"] == "Hot" else "NEW"}


@case("d12c-07-template-plus-and-tag-branch", H, M,
      "Copy Email -> email_address. Action: set property FNAME to First Name + ' ' + Last Name.\n"
      "Tag with 'crm'. If/then branch: if Lifecycle Stage is any of 'lead', 'subscriber', also tag with 'nurture'.", HS)
def _07(r: R) -> Out:
    tags = ["crm", *(["nurture"] if r["lifecyclestage"] in ("lead", "subscriber") else [])]
    return {"email_address": r["email"], "merge_fields": {"FNAME": f"{r['firstname']} {r['lastname']}"}, "tags": tags}


@case("d12c-08-event-with-these-params", H, G,
      "Trigger: Lifecycle Stage is equal to 'customer'.\nCopy property value: Email -> client_id.\n"
      "Event: one event named 'purchase' with these params:\n  company = Company Name, format data: trim whitespace\n  plan = 'pro'", HS)
def _08(r: R) -> Out:
    if r["lifecyclestage"] != "customer":
        return None
    return {"client_id": r["email"], "events": [{"name": "purchase", "params": {"company": r["company"].strip(), "plan": "pro"}}]}


@case("d12c-09-known-flag", C, S,
      "Step 1: Copy Email -> userId.\nStep 2: If/then branch: if Department is known, set traits.has_department to true; "
      "if Department is unknown, set traits.has_department to false.", SFC)
def _09(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"has_department": not blank(r["Department"])}}


@case("d12c-10-suppression-pipe-rows", M, H,
      "Suppression: members where status is equal to 'cleaned' are not enrolled.\nCopy email_address -> Email.\n"
      "Set Preferred language from language:\n  'it' -> 'Italian' | 'en' -> 'English'\n  'pt' -> 'Portuguese'", MC)
def _10(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    lang = {"it": "Italian", "en": "English", "pt": "Portuguese"}
    return keep({"email": r["email_address"], "hs_language": lang.get(r["language"], OMIT)})


@case("d12c-11-title-case-known-omit", C, M,
      "Data sync workflow for the newsletter.\nCopy Email -> email_address.\nCopy FirstName -> FNAME, format data: title case. "
      "If FirstName is unknown, don't send FNAME.\nAction: set status to 'subscribed'.", SFC)
def _11(r: R) -> Out:
    return keep({"email_address": r["Email"], "merge_fields": keep({"FNAME": OMIT if blank(r["FirstName"]) else title(r["FirstName"])}),
                 "status": "subscribed"})


@case("d12c-12-sync-name-heading", C, S,
      "Consent sync to Segment: set traits.unsubscribed to true when Email Opt Out is true, and to false when it is false. "
      "userId = Email.", SFC)
def _12(r: R) -> Out:
    return {"traits": {"unsubscribed": bool(r["HasOptedOutOfEmail"])}, "userId": r["Email"]}


@case("d12c-13-heading-before-instruction", L, H,
      "Basic fields: copy Email into email and LastName into lastname.\nRating flags: set Lead Status to 'OPEN' when Rating is 'Hot', "
      "and to 'NEW' otherwise.", SFL)
def _13(r: R) -> Out:
    return {"email": r["Email"], "lastname": r["LastName"], "hs_lead_status": "OPEN" if r["Rating"] == "Hot" else "NEW"}


@case("d12c-14-opposite-flag", C, S,
      "userId from the Email. traits.marketable is the opposite of Email Opt Out.", SFC)
def _14(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"marketable": not r["HasOptedOutOfEmail"]}}


@case("d12c-15-format-after-two-pairs", L, H,
      "Copy property value: Email -> email.\nCopy FirstName -> firstname and LastName -> lastname, format data: uppercase.", SFL)
def _15(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"].upper(), "lastname": r["LastName"].upper()}


@case("d12c-16-if-set-long-label", M, H,
      "Copy email_address -> Email.\nIf/then branch: if status is any of 'unsubscribed', 'cleaned', set Unsubscribed from all email "
      "to the text 'true'. Else: set it to the text 'false'.", MC)
def _16(r: R) -> Out:
    return {"email": r["email_address"], "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"}


@case("d12c-17-two-branches-two-fields", L, H,
      "Copy Email -> email.\nIf/then branch: if Rating is equal to 'Hot', set Lead Status to 'OPEN'. Else: set it to 'NEW'.\n"
      "If/then branch: if Email Opt Out is true, set Unsubscribed from all email to the text 'true'; else set it to the text 'false'.", SFL)
def _17(r: R) -> Out:
    return {"email": r["Email"], "hs_lead_status": "OPEN" if r["Rating"] == "Hot" else "NEW",
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("d12c-18-skip-when-unknown-after-copy", C, S,
      "Step 1: Copy Email -> userId.\nStep 2: Copy Birthdate -> traits.birthday; skip when Birthdate is unknown.", SFC)
def _18(r: R) -> Out:
    return keep({"userId": r["Email"], "traits": OMIT if blank(r["Birthdate"]) else {"birthday": r["Birthdate"]}})


# --- the brief register (set 28 opened as training late in round 12c) ----------------------------

@case("d12c-19-brief-title-and-straight-copies", H, C,
      "Contact push spec (HubSpot -> Salesforce Contacts)\nEmail — direct copy\nFirst Name & Last Name — plain copies\n"
      "Title — straight copy of the Job Title; 'Staff' if blank", HS)
def _19(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Title": or_(r["jobtitle"], "Staff")}


@case("d12c-20-brief-notes-filter-and-label-condition", H, M,
      "Email Address — exact copy of their email\nStatus — fixed value 'subscribed'\n"
      "NB: leave out anyone whose 'Unsubscribed from all email' is 'true'.", HS)
def _20(r: R) -> Out:
    if r["hs_email_optout"] == "true":
        return None
    return {"email_address": r["email"], "status": "subscribed"}


@case("d12c-21-brief-source-then-rows", L, H,
      "Email — straight copy\nLead Status — from the Rating: 'Hot' -> 'OPEN'; 'Warm' -> 'IN_PROGRESS'; anything else -> 'NEW'", SFL)
def _21(r: R) -> Out:
    st = {"Hot": "OPEN", "Warm": "IN_PROGRESS"}
    return {"email": r["Email"], "hs_lead_status": st.get(r["Rating"], "NEW")}


@case("d12c-22-brief-vague-title-filter-then-exact", C, S,
      "German contacts only.\nUser ID — straight copy of their Email\nCity (traits.address.city) — straight copy of Mailing City\n"
      "Notes: only contacts whose Mailing Country is 'Germany'.", SFC)
def _22(r: R) -> Out:
    if r["MailingCountry"] != "Germany":
        return None
    return {"userId": r["Email"], "traits": {"address": {"city": r["MailingCity"]}}}


@case("d12c-23-brief-event-param-quoted-name", H, G,
      "Client ID — straight copy of their email\nEvent name — fixed value 'sign_up'\nEvent param 'plan' — 'trial'\n"
      "Event param 'source' — Original Source, lower-cased; 'none' if blank", HS)
def _23(r: R) -> Out:
    return {"client_id": r["email"], "events": [{"name": "sign_up", "params": {"plan": "trial", "source": or_(r["hs_analytics_source"].lower(), "none")}}]}


@case("d12c-24-brief-checked-in-brackets", L, H,
      "Email — straight copy\nUnsubscribed from all email — the text 'true' when Email Opt Out is checked (true), the text 'false' otherwise", SFL)
def _24(r: R) -> Out:
    return {"email": r["Email"], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "dev_causes")
