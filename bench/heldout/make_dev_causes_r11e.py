"""Dev cases for round r11e (tuned on, unlike the held-out sets): the formal-specification
register of a Salesforce admin. Numbered 'The system shall ...' requirements, 'must',
'in the event that', 'null or empty', 'populate', 'derive', 'set to', 'exclude records where',
a 'Scope:' line, field labels qualified by their object ("the Lead's Annual Revenue"),
requirement ids (REQ-1, R2) and definition lists ('Field: ... Source: ... Rule: ...').
Expected records come from the cases README's semantics (oracle.py helpers).
Run: python bench/heldout/make_dev_causes_r11e.py  -> bench/heldout/dev_causes/dr11e-*.yaml"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from authoring import C, Case, G, H, L, M, Out, R, S, build, collector, rev
from oracle import OMIT, blank, e164, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)


def or_(v: str, d: str) -> str:
    return d if blank(v) else v


# --- copies, constants, defaults ----------------------------------------------------------------

@case("dr11e-01-scope-shall-populate", H, L, "Scope: HubSpot contacts to Salesforce Leads.\n1. The system shall populate the Lead's Email with the HubSpot contact's Email.\n2. The system shall populate the Lead's First Name and Last Name with the contact's First Name and Last Name respectively.\n3. The Lead's Lead Source shall be set to 'Web'.", HS)
def _(r: R) -> Out: return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "LeadSource": "Web"}


@case("dr11e-02-req-ids-null-or-empty", L, H, "REQ-1: The HubSpot contact's Email must equal the Lead's Email.\nREQ-2: The contact's Job Title shall be derived from the Lead's Title. In the event that the Lead's Title is null or empty, the Job Title shall be set to 'Not Provided'.\nREQ-3: The contact's Company Name shall be populated from the Lead's Company.", SFL)
def _(r: R) -> Out: return {"email": r["Email"], "jobtitle": or_(r["Title"], "Not Provided"), "company": r["Company"]}


@case("dr11e-03-definition-list", C, H, "Field: Email\nSource: Contact.Email\nRule: Direct copy.\n\nField: Phone Number\nSource: Contact.Phone (Business Phone)\nRule: Format as E.164, assuming US when no country code is present.\n\nField: Lifecycle Stage\nSource: none\nRule: Constant value 'lead'.", SFC)
def _(r: R) -> Out: return {"email": r["Email"], "phone": e164(r["Phone"]), "lifecyclestage": "lead"}


@case("dr11e-04-exclude-records-where", L, H, "Scope: Salesforce Lead to HubSpot contact synchronisation.\nR1. Exclude records where the Lead's Status is 'Closed - Not Converted'.\nR2. The contact's Email shall be the Lead's Email.\nR3. The contact's City shall be the Lead's City.", SFL)
def _(r: R) -> Out: return None if r["Status"] == "Closed - Not Converted" else {"email": r["Email"], "city": r["City"]}


@case("dr11e-05-fallback-shall-be-used", H, C, "1. The Contact's Email shall equal the HubSpot contact's Email.\n2. The Contact's Mobile Phone shall be derived from the HubSpot contact's Mobile Phone Number. In the event that the Mobile Phone Number is null or empty, the Phone Number shall be used. The value must be formatted as E.164 (default country US).\n3. In the event that both are null or empty, the Contact's Mobile Phone must not be populated.", HS)
def _(r: R) -> Out:
    v = r["mobilephone"] if not blank(r["mobilephone"]) else r["phone"]
    return keep({"Email": r["email"], "MobilePhone": e164(v) if not blank(v) else OMIT})


@case("dr11e-06-shall-not-be-populated", H, L, "R1. The Lead's Email shall be populated with the contact's Email.\nR2. The Lead's State/Province shall be populated with the contact's State/Region. The field shall not be populated in the event that the State/Region is null or empty.\nR3. The Lead's Company shall be populated with the contact's Company Name; if null or empty, set to '[not provided]'.", HS)
def _(r: R) -> Out: return keep({"Email": r["email"], "State": r["state"] if not blank(r["state"]) else OMIT, "Company": or_(r["company"], "[not provided]")})


# --- transforms ----------------------------------------------------------------------------------

@case("dr11e-07-title-case-shall", H, L, "REQ-01 The Lead's First Name and Last Name shall be the contact's First Name and Last Name converted to title case.\nREQ-02 The Lead's Email must be the contact's Email.\nREQ-03 The Lead's City shall be derived from the contact's City, converted to title case.", HS)
def _(r: R) -> Out: return {"FirstName": title(r["firstname"]), "LastName": title(r["lastname"]), "Email": r["email"], "City": title(r["city"])}


@case("dr11e-08-date-format", C, S, "Scope: Salesforce Contact to Segment identify.\n1. The userId shall be the Contact's Email.\n2. traits.birthday shall be derived from the Contact's Birthdate in YYYY-MM-DD format. In the event that the Birthdate is null or empty, traits.birthday shall be omitted.\n3. traits.title shall be the Contact's Title.", SFC)
def _(r: R) -> Out: return keep({"userId": r["Email"], "traits": keep({"birthday": r["Birthdate"] if not blank(r["Birthdate"]) else OMIT, "title": r["Title"]})})


@case("dr11e-09-created-date-iso", H, S, "1. The system shall set userId to the HubSpot contact's Email.\n2. The system shall set traits.createdAt to the date portion (YYYY-MM-DD) of the contact's Create Date.\n3. The system shall set traits.company.name to the contact's Company Name.", HS)
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"createdAt": r["createdate"][:10], "company": {"name": r["company"]}}}


@case("dr11e-10-number-whole", H, L, "R1. Lead.Email shall equal the contact's Email.\nR2. The Lead's Annual Revenue shall be the contact's Annual Revenue expressed as a number. In the event that the contact's Annual Revenue is null or empty, the Lead's Annual Revenue shall not be set.\nR3. The Lead's Employees shall be the contact's Number of Employees as an integer; where null or empty, set to 0.", HS)
def _(r: R) -> Out:
    return keep({"Email": r["email"], "AnnualRevenue": num(r["annualrevenue"]) if not blank(r["annualrevenue"]) else OMIT,
                 "NumberOfEmployees": int(num(r["numemployees"])) if not blank(r["numemployees"]) else 0})


@case("dr11e-11-first-word-upper", L, M, "Scope: Leads to the Mailchimp audience.\n1. email_address shall be the Lead's Email.\n2. merge_fields.FNAME shall be the first word of the Lead's First Name.\n3. merge_fields.LNAME shall be the Lead's Last Name in upper case.\n4. status shall be set to 'subscribed'.", SFL)
def _(r: R) -> Out: return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"].split()[0], "LNAME": r["LastName"].upper()}, "status": "subscribed"}


@case("dr11e-12-at-parts", H, S, "REQ-1 userId must be the HubSpot contact's Email.\nREQ-2 traits.username shall be derived as the portion of the contact's Email preceding the '@'.\nREQ-3 traits.website shall be derived as the portion of the Email following the '@'.", [r for r in HS if r["email"] == r["email"].lower()])
def _(r: R) -> Out: return {"userId": r["email"], "traits": {"username": r["email"].split("@")[0], "website": r["email"].split("@")[1]}}


@case("dr11e-13-lower-trim", M, H, "1. The HubSpot contact's Email shall be the Mailchimp member's email_address converted to lower case.\n2. The contact's First Name shall be the member's merge field FNAME with leading and trailing whitespace removed.\n3. The contact's Last Name shall be the member's LNAME.", MC)
def _(r: R) -> Out: return {"email": r["email_address"].lower(), "firstname": r["merge_fields"]["FNAME"].strip(), "lastname": r["merge_fields"]["LNAME"]}


# --- value tables --------------------------------------------------------------------------------

@case("dr11e-14-table-otherwise", H, L, "R1. The Lead's Email shall equal the contact's Email.\nR2. The Lead's Lead Source shall be derived from the contact's Original Source as follows:\n  - ORGANIC_SEARCH: Web\n  - PAID_SEARCH: Advertisement\n  - REFERRALS: Partner Referral\n  - any other value, including null or empty: Other", HS)
def _(r: R) -> Out:
    v = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "REFERRALS": "Partner Referral"}.get(r["hs_analytics_source"], "Other")
    return {"Email": r["email"], "LeadSource": v}


@case("dr11e-15-table-no-otherwise", L, H, "Scope: Lead to HubSpot contact.\n1. The contact's Email shall be populated with the Lead's Email.\n2. The contact's Lifecycle Stage shall be mapped from the Lead's Rating: 'Hot' maps to 'salesqualifiedlead'; 'Warm' maps to 'marketingqualifiedlead'; 'Cold' maps to 'lead'.", SFL)
def _(r: R) -> Out:
    return {"email": r["Email"], "lifecyclestage": {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}[r["Rating"]]}


@case("dr11e-16-table-status-equals", L, M, "REQ-1 email_address must be set to the Lead's Email.\nREQ-2 The member's status shall be derived from the Lead's Lead Status, where 'Closed - Not Converted' yields 'unsubscribed', 'Working - Contacted' yields 'pending', and all other values yield 'subscribed'.", SFL)
def _(r: R) -> Out:
    return {"email_address": r["Email"], "status": {"Closed - Not Converted": "unsubscribed", "Working - Contacted": "pending"}.get(r["Status"], "subscribed")}


# --- conditions, flags, filters ------------------------------------------------------------------

@case("dr11e-17-condition-greater-than", H, L, "R1. The Lead's Email shall be the contact's Email.\nR2. The Lead's Rating shall be set to 'Hot' in the event that the contact's Annual Revenue is greater than 5,000,000; otherwise it shall be set to 'Cold'. A null or empty Annual Revenue shall be treated as 'Cold'.", HS)
def _(r: R) -> Out:
    v = rev(r)
    return {"Email": r["email"], "Rating": "Hot" if v is not None and v > 5_000_000 else "Cold"}


@case("dr11e-18-boolean-flag", C, S, "1. userId shall be populated with the Contact's Email.\n2. traits.email_opt_out shall be true in the event that the Contact's Email Opt Out is checked, and false otherwise.", SFC)
def _(r: R) -> Out: return {"userId": r["Email"], "traits": {"email_opt_out": bool(r["HasOptedOutOfEmail"])}}


@case("dr11e-19-optout-string", L, H, "REQ-1 The HubSpot contact's Email shall be the Lead's Email.\nREQ-2 The contact's Unsubscribed from all email shall be set to the text 'true' where the Lead's Email Opt Out is true, and to the text 'false' where it is false.", SFL)
def _(r: R) -> Out: return {"email": r["Email"], "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("dr11e-20-exclude-opted-out", C, M, "Scope: Salesforce Contacts to Mailchimp members.\nR1. Exclude records where the Contact's Email Opt Out is true.\nR2. email_address shall be the Contact's Email.\nR3. status shall be set to 'subscribed'.\nR4. merge_fields.FNAME shall be the Contact's First Name.", SFC)
def _(r: R) -> Out: return None if r["HasOptedOutOfEmail"] else {"email_address": r["Email"], "status": "subscribed", "merge_fields": {"FNAME": r["FirstName"]}}


@case("dr11e-21-include-only", H, L, "1. Only contacts whose Country/Region is 'United States' shall be synchronised; all other records shall be excluded.\n2. The Lead's Email shall be the contact's Email.\n3. The Lead's Phone shall be the contact's Phone Number formatted as E.164 (default country US).", HS)
def _(r: R) -> Out: return {"Email": r["email"], "Phone": e164(r["phone"])} if r["country"] == "United States" else None


@case("dr11e-22-mc-vip-condition", M, H, "R1. The contact's Email shall be derived from the member's email_address.\nR2. The contact's Lead Status shall be set to 'OPEN_DEAL' where the member's VIP flag is true; otherwise 'NEW'.\nR3. The contact's First Name shall be the member's FNAME merge field.", MC)
def _(r: R) -> Out: return {"email": r["email_address"], "hs_lead_status": "OPEN_DEAL" if r["vip"] else "NEW", "firstname": r["merge_fields"]["FNAME"]}


# --- tags, nested, events, templates -------------------------------------------------------------

@case("dr11e-23-tags", L, M, "REQ-1 email_address shall be the Lead's Email.\nREQ-2 Every member shall receive the tag 'salesforce'.\nREQ-3 In the event that the Lead's Rating is 'Hot', the member shall additionally receive the tag 'hot-lead'.", SFL)
def _(r: R) -> Out: return {"email_address": r["Email"], "tags": ["salesforce", *(["hot-lead"] if r["Rating"] == "Hot" else [])]}


@case("dr11e-24-segment-address", L, S, "Scope: Lead to Segment identify call.\n1. userId must be set to the Lead's Email.\n2. traits.address.city shall be the Lead's City.\n3. traits.address.postalCode shall be the Lead's Zip/Postal Code; in the event that it is null or empty, it shall be omitted.\n4. traits.company.name shall be the Lead's Company.", SFL)
def _(r: R) -> Out:
    return keep({"userId": r["Email"], "traits": keep({"address": keep({"city": r["City"], "postalCode": r["PostalCode"] if not blank(r["PostalCode"]) else OMIT}), "company": {"name": r["Company"]}})})


@case("dr11e-25-ga4-event", L, G, "1. client_id shall be populated with the Lead's Email.\n2. The system shall emit a single event with events[0].name set to 'generate_lead'.\n3. events[0].params.value shall be the Lead's Annual Revenue as a number; in the event that it is null or empty, set to 0.\n4. events[0].params.currency shall be set to 'USD'.", SFL)
def _(r: R) -> Out:
    return {"client_id": r["Email"], "events": [{"name": "generate_lead", "params": {"value": num(r["AnnualRevenue"]) if not blank(r["AnnualRevenue"]) else 0, "currency": "USD"}}]}


@case("dr11e-26-template", L, H, "R1. The HubSpot contact's Email shall be the Lead's Email.\nR2. The contact's Message shall be populated with the text \"Imported from Salesforce: {Company} ({Lead Status})\", where {Company} is the Lead's Company and {Lead Status} is the Lead's Status.", SFL)
def _(r: R) -> Out: return {"email": r["Email"], "message": f"Imported from Salesforce: {r['Company']} ({r['Status']})"}


@case("dr11e-27-mc-merge-phone", H, M, "Field: email_address\nSource: HubSpot contact Email\nRule: Direct copy.\n\nField: merge_fields.PHONE\nSource: Mobile Phone Number, falling back to Phone Number\nRule: E.164 with US as the default country. Omit in the event that both are null or empty.\n\nField: status\nSource: none\nRule: Set to 'subscribed'.", HS)
def _(r: R) -> Out:
    v = r["mobilephone"] if not blank(r["mobilephone"]) else r["phone"]
    return keep({"email_address": r["email"], "merge_fields": keep({"PHONE": e164(v) if not blank(v) else OMIT}), "status": "subscribed"})


@case("dr11e-28-contact-dept-default", C, H, "REQ-1 The system shall populate the HubSpot contact's Email from the Salesforce Contact's Email.\nREQ-2 The contact's Industry shall be derived from the Contact's Department; in the event that the Department is null or empty, Industry shall be set to 'General'.\nREQ-3 The contact's Job Title shall be the Contact's Title in lower case.", SFC)
def _(r: R) -> Out: return {"email": r["Email"], "industry": or_(r["Department"], "General"), "jobtitle": r["Title"].lower()}


@case("dr11e-29-mc-to-lead", M, L, "Scope: Mailchimp members to Salesforce Leads.\nR1. The Lead's Email must be the member's email_address.\nR2. The Lead's Last Name shall be the member's LNAME; in the event that LNAME is null or empty, it shall be set to 'Unknown'.\nR3. The Lead's First Name shall be the member's FNAME, or 'Friend' if null or empty.\nR4. The Lead's Lead Source shall be set to 'Mailchimp'.", MC)
def _(r: R) -> Out:
    mf = r["merge_fields"]
    return {"Email": r["email_address"], "LastName": or_(mf["LNAME"], "Unknown"), "FirstName": or_(mf["FNAME"], "Friend"), "LeadSource": "Mailchimp"}


@case("dr11e-30-ga4-param-lower", H, G, "REQ-1 client_id shall be the HubSpot contact's Email.\nREQ-2 Each record shall produce one event, events[0].name, set to 'sign_up'.\nREQ-3 The event parameter 'method' shall be derived from the contact's Lifecycle Stage.", HS)
def _(r: R) -> Out: return {"client_id": r["email"], "events": [{"name": "sign_up", "params": {"method": r["lifecyclestage"]}}]}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "dev_causes")
