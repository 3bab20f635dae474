"""Held-out set 83 for the offline mapping drafter.

Persona: Morgan, a growth marketer who writes every sync request as a PROMPT for an AI
assistant and forwards the same prompt to the engineer: a role line, "## Task", "## Context",
"## Rules", "## Constraints" / "## Do NOT", sometimes "## Output format", CAPS for emphasis
(IMPORTANT, NEVER, ALWAYS, ONLY), the odd "Think step by step." or "Example:" line.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h83-01 .. 08)
  hubspot.contacts -> salesforce.Contact   6  (09 .. 14)
  hubspot.contacts -> mailchimp.members    6  (15 .. 20)
  hubspot.contacts -> segment.identify     4  (21 .. 24)
  hubspot.contacts -> ga4.events           3  (25 .. 27)
  salesforce.Lead  -> hubspot.contacts     5  (28 .. 32)
  salesforce.Contact -> mailchimp.members  4  (33 .. 36)
  salesforce.Contact -> segment.identify   3  (37 .. 39)
  mailchimp.members -> hubspot.contacts    3  (40 .. 42)

Rule kinds per case: the brief's fixed table, authoring.RULE_KINDS (one table for every
set since set 76).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from authoring import (
    C,
    Case,
    G,
    H,
    L,
    M,
    S,
    build,
    collector,
    dflt,
    extended,
    hs,
    lower_emails,
    mc,
    omit_if_blank,
    sfc,
    sfl,
)
from oracle import OMIT, after_at, before_at, blank, day, e164, first_word, keep, num, title
from pools import HS, MC, SFC, SFL

CASES: list[Case] = []
case = collector(CASES)
R = dict[str, Any]
Out = R | None


def _gt(v: Any, n: float) -> bool:
    return not blank(v) and float(v) > n


def _first(*vals: Any) -> Any:
    return next((v for v in vals if not blank(v)), OMIT)


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Lead

@case("h83-01", H, L, """You are a senior integration engineer.

## Task
Create a sync from HubSpot contacts to Salesforce Leads.

## Rules
1. email -> Email. This is the match key.
2. firstname -> FirstName, lastname -> LastName.
3. company -> Company.
4. jobtitle -> Title.
5. phone -> Phone.
6. Lead Source: ALWAYS set it to the fixed value "Advertisement" on every lead.

## Constraints
- Copy values EXACTLY as they are in HubSpot. If a HubSpot value is empty, the Salesforce field gets the empty value too. NO defaults, NO cleanup.
- Do NOT map any other fields.""", HS)
def _01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "Phone": r["phone"], "LeadSource": "Advertisement"}


@case("h83-02", H, L, """You are a senior integration engineer. Think step by step.

## Task
Map HubSpot contacts into Salesforce Lead records.

## Context
Half our HubSpot data came in from spreadsheets, so some company names and cities have stray spaces around them, and plenty of contacts never filled in a job title.

## Rules
- Email: copy the HubSpot email as-is (match key).
- Last Name: copy lastname as-is.
- Company: take company and trim leading/trailing whitespace. IMPORTANT: if company is empty, use "Unknown Company".
- Title: jobtitle as-is; when it's blank, write "Not Provided" instead.
- City: city with the leading/trailing spaces trimmed off.

## Do NOT
- Do NOT change casing anywhere.
- Do NOT send any field that is not listed above.""", extended(
    HS,
    hs(email="sam.ortiz@bluepeak.com", firstname="Sam", lastname="Ortiz", company="  Bluepeak Labs ", city=" Denver  ",
       jobtitle="   "),
    hs(email="lin.wu@harborview.io", firstname="Lin", lastname="Wu", company="   ", city="Seattle ", jobtitle="Analyst"),
))
def _02(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"],
            "Company": "Unknown Company" if blank(r["company"]) else r["company"].strip(),
            "Title": dflt(r["jobtitle"], "Not Provided"), "City": r["city"].strip()}


@case("h83-03", H, L, """You are an expert CRM integration engineer.

## Task
Push HubSpot contacts to Salesforce as Leads.

## Rules
1. Email <- email. This is the match key.
2. FirstName <- firstname, converted to Title Case (first letter of each word upper-case, the rest lower-case).
3. LastName <- lastname, Title Case as well.
4. City <- city, Title Case.
5. Phone: use the contact's phone. If phone is empty, use mobilephone instead. If BOTH are empty, leave Phone OFF the lead entirely (do not send the key at all).

## Constraints
- Phone numbers are copied as they are, NO reformatting.
- Nothing else gets mapped.""", extended(
    HS,
    hs(email="ava.lindgren@frostbyte.se", firstname="AVA", lastname="lindgren", phone="", mobilephone="", city="stockholm"),
))
def _03(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "City": title(r["city"]), "Phone": _first(r["phone"], r["mobilephone"])})


_SRC_04 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
           "REFERRALS": "External Referral"}


@case("h83-04", H, L, """You are a senior integration engineer.

## Task
Sync HubSpot contacts to Salesforce Leads and translate the original traffic source into a Lead Source picklist value.

## Rules
- Email: the HubSpot email in all lower case. This is the match key.
- LastName: copy lastname.
- Company: copy company (empty stays empty).
- LeadSource, based on hs_analytics_source (Original Source):
  - ORGANIC_SEARCH -> "Web"
  - PAID_SEARCH -> "Advertisement"
  - PAID_SOCIAL -> "Advertisement"
  - REFERRALS -> "External Referral"
  - anything else, INCLUDING an empty source -> "Other"

## Output format
{Email, LastName, Company, LeadSource} and NOTHING else.""", extended(
    HS,
    hs(email="Jonas.Berg@Fjordline.no", firstname="Jonas", lastname="Berg", company="Fjordline", hs_analytics_source="OFFLINE"),
))
def _04(r: R) -> Out:
    return {"Email": r["email"].lower(), "LastName": r["lastname"], "Company": r["company"],
            "LeadSource": _SRC_04.get(r["hs_analytics_source"], "Other")}


@case("h83-05", H, L, """You are a senior integration engineer working on our lead routing.

## Task
Send HubSpot contacts to Salesforce as new Leads.

## Rules
Map these straight across, values unchanged:
* email -> Email (match key)
* firstname -> FirstName
* lastname -> LastName
* company -> Company

Set Lead Status (Status) to "Open - Not Contacted" on every lead.

## Do NOT
- NEVER sync a contact whose lifecycle stage is "customer".
- NEVER sync a contact whose hs_email_optout is "true". A blank hs_email_optout does NOT count as opted out, those contacts DO get synced.""",
      extended(
          HS,
          hs(email="omar.haddad@cedarlane.ae", firstname="Omar", lastname="Haddad", company="Cedarlane",
             lifecyclestage="customer", hs_email_optout="false"),
          hs(email="ines.moreno@solbrisa.es", firstname="Inés", lastname="Moreno", company="Solbrisa",
             lifecyclestage="opportunity", hs_email_optout="false"),
      ))
def _05(r: R) -> Out:
    if r["lifecyclestage"] == "customer" or r["hs_email_optout"] == "true":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h83-06", H, L, """You are a senior integration engineer. Think step by step before you write the mapping.

## Task
HubSpot contacts -> Salesforce Leads, with a Rating derived from revenue.

## Context
Sales wants to prioritise by company size.

## Rules
1. Email = email (match key). Company = company. Copy both unchanged.
2. Rating, from annualrevenue read as a number:
   - greater than 5,000,000 -> "Hot"
   - less than 1,000,000 -> "Cold"
   - everything in between -> "Warm"
   - IMPORTANT: if annualrevenue is empty, Rating = "Cold".
3. NumberOfEmployees (Employees) = numemployees as a whole number (integer). If numemployees is empty, do NOT set NumberOfEmployees at all.

## Output format
Email, Company, Rating, NumberOfEmployees (only when there is one).""", extended(
    HS,
    hs(email="zoe.chen@brightkite.com", firstname="Zoe", lastname="Chen", company="Brightkite", annualrevenue="5500000",
       numemployees="75"),
))
def _06(r: R) -> Out:
    rv = r["annualrevenue"]
    if blank(rv) or float(rv) < 1_000_000:
        rating = "Cold"
    elif float(rv) > 5_000_000:
        rating = "Hot"
    else:
        rating = "Warm"
    return keep({"Email": r["email"], "Company": r["company"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda v: int(float(v)))})


@case("h83-07", H, L, """You are a senior integration engineer.

## Task
Create Salesforce Leads from HubSpot contacts with clean names and phone numbers.

## Rules
- Email → Email, unchanged (this is how we match leads).
- FirstName → firstname in Title Case (Each Word Capitalised, rest lower case).
- LastName → lastname in Title Case.
- Phone → phone formatted as E.164. Numbers without a country code are US numbers (+1). Numbers that already start with + keep their own country code.
- If phone is empty → leave Phone out of the record. NEVER send an empty Phone.

Example: "(415) 555-0142" becomes "+14155550142".

## Do NOT
Do NOT use mobilephone. Do NOT map other fields.""", extended(
    HS,
    hs(email="ben.carter@quarry.io", firstname="BEN", lastname="carter", phone="1-303-555-0199"),
))
def _07(r: R) -> Out:
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": omit_if_blank(r["phone"], e164)})


@case("h83-08", H, L, """You are a senior integration engineer.

## Task
Only US contacts from HubSpot should become Salesforce Leads.

## Rules
1. FILTER: include ONLY contacts whose country is exactly "United States". Skip everyone else.
2. Email = email (match key), LastName = lastname. Plain copies.
3. Company = company in UPPER CASE.
4. Description = the text "Created in HubSpot on " followed by the create date as YYYY-MM-DD, then " via ", then the original source (hs_analytics_source) exactly as stored.

Example: a contact created 2023-03-14T15:02:11.000Z from ORGANIC_SEARCH gets Description "Created in HubSpot on 2023-03-14 via ORGANIC_SEARCH".

## Constraints
No other fields.""", extended(
    HS,
    hs(email="jordan.blake@tallgrass.co", firstname="Jordan", lastname="Blake", company="Tallgrass Co",
       country="United States", createdate="2024-02-20T13:15:00.000Z", hs_analytics_source="EMAIL_MARKETING"),
    hs(email="sara.lind@nordkap.no", firstname="Sara", lastname="Lind", company="Nordkap", country="Norway"),
))
def _08(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Company": r["company"].upper(),
            "Description": f"Created in HubSpot on {day(r['createdate'])} via {r['hs_analytics_source']}"}


# ---------------------------------------------------------------- hubspot.contacts -> salesforce.Contact

@case("h83-09", H, C, """You are a senior Salesforce integration engineer.

## Task
Sync HubSpot contacts to Salesforce Contacts, including the mailing address.

## Rules
- Email (match key) ← email
- First Name ← firstname
- Last Name ← lastname
- Mailing Street ← address
- Mailing City ← city
- Mailing State/Province ← state
- Mailing Zip/Postal Code ← zip
- Mailing Country ← country

## Constraints
- Straight copies. Do NOT reformat, trim or re-case anything.
- Empty HubSpot values are written as empty values; do NOT fill anything in.
- ONLY the fields above.""", HS)
def _09(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "MailingStreet": r["address"],
            "MailingCity": r["city"], "MailingState": r["state"], "MailingPostalCode": r["zip"],
            "MailingCountry": r["country"]}


@case("h83-10", H, C, """You are a senior integration engineer.

## Task
Keep the Salesforce Contact opt-out flags in line with HubSpot.

## Context
hs_email_optout in HubSpot is a text field holding "true" or "false", and it is sometimes empty.

## Rules
1. Email <- email (match key), LastName <- lastname. Copy as-is.
2. HasOptedOutOfEmail (Email Opt Out) is a real boolean: true when hs_email_optout is "true"; false when it is "false" OR empty.
3. DoNotCall: true when the contact has NO phone AND NO mobilephone (both empty). If either number is there, DoNotCall = false.

## Output format
Booleans must be JSON true/false, NOT strings.""", extended(
    HS,
    hs(email="felix.ng@tinroof.io", firstname="Felix", lastname="Ng", phone="", mobilephone="", hs_email_optout="false"),
    hs(email="ruth.adler@kiln.co", firstname="Ruth", lastname="Adler", phone="  ", mobilephone="", hs_email_optout=""),
))
def _10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"]) and blank(r["mobilephone"])}


@case("h83-11", H, C, """You are a senior integration engineer.

## Task
Map HubSpot contacts to Salesforce Contacts.

## Rules
* Email ← email, unchanged. Match key.
* FirstName ← firstname. IF firstname is empty, use the part of the email address BEFORE the "@" (e.g. "rosa.m@verdeagri.com" → "rosa.m").
* LastName ← lastname, unchanged.
* MobilePhone ← mobilephone; if that is empty, fall back to phone. Copy the number as it is.

## Do NOT
Do NOT touch any other Contact field.""", extended(
    lower_emails(HS),
    hs(email="rosa.m@verdeagri.com", firstname="", lastname="Martinez", mobilephone="", phone="303-555-0166"),
))
def _11(r: R) -> Out:
    return {"Email": r["email"], "FirstName": dflt(r["firstname"], before_at(r["email"])), "LastName": r["lastname"],
            "MobilePhone": dflt(r["mobilephone"], r["phone"])}


_SRC_12 = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
           "REFERRALS": "External Referral", "EMAIL_MARKETING": "Email"}


@case("h83-12", H, C, """You are a senior integration engineer.

## Task
HubSpot contact -> Salesforce Contact.

## Rules
1. Email = email (match key); LastName = lastname. Unchanged.
2. Lead Source is looked up from Original Source (hs_analytics_source) with this table:

| hs_analytics_source | LeadSource |
|---|---|
| ORGANIC_SEARCH | Web |
| PAID_SEARCH | Advertisement |
| PAID_SOCIAL | Advertisement |
| REFERRALS | External Referral |
| EMAIL_MARKETING | Email |

3. Department = industry converted to UPPER CASE. IMPORTANT: when industry is empty, omit Department from the record (do not send it).

## Do NOT
Do NOT add any other fields.""", [
    HS[0], HS[1], HS[3], HS[4],
    hs(email="mei.lin@jadepath.sg", firstname="Mei", lastname="Lin", hs_analytics_source="EMAIL_MARKETING",
       industry="retail"),
])
def _12(r: R) -> Out:
    return keep({"Email": r["email"], "LastName": r["lastname"], "LeadSource": _SRC_12[r["hs_analytics_source"]],
                 "Department": omit_if_blank(r["industry"], str.upper)})


@case("h83-13", H, C, """You are a senior integration engineer.

## Task
Move our sales-ready HubSpot contacts into Salesforce Contacts.

## Rules
- FILTER: sync ONLY contacts whose lifecyclestage is "marketingqualifiedlead" or "salesqualifiedlead". Every other contact is skipped.
- Email: the email lower-cased (match key).
- FirstName / LastName: copy firstname / lastname.
- Phone (Business Phone): phone; when phone is blank, use mobilephone instead. No formatting.
- LeadSource: ALWAYS "Web".

## Constraints
Nothing beyond these five fields.""", extended(
    HS,
    hs(email="Nina.Petrov@Orbitline.com", firstname="Nina", lastname="Petrov", lifecyclestage="salesqualifiedlead",
       phone="", mobilephone="720.555.0111"),
    hs(email="paul.kim@ridgeline.io", firstname="Paul", lastname="Kim", lifecyclestage="opportunity"),
))
def _13(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"].lower(), "FirstName": r["firstname"], "LastName": r["lastname"],
            "Phone": dflt(r["phone"], r["mobilephone"]), "LeadSource": "Web"}


@case("h83-14", H, C, """You are a senior integration engineer. Be precise.

## Task
HubSpot contacts → Salesforce Contacts.

## Rules
1. Email → Email as-is. This is the match key.
2. First Name and Last Name → Title Case (each word: first letter upper, rest lower).
3. Title → jobtitle with leading and trailing whitespace trimmed.
4. Contact Description, based on lifecyclestage:
   - "subscriber" → "Newsletter only"
   - "customer" → "Existing customer"
   - otherwise → "Prospect"

## Do NOT
- Do NOT send other fields.""", extended(
    HS,
    hs(email="tomas.reyes@altamar.cl", firstname="tomas", lastname="REYES", jobtitle="  Growth Lead ",
       lifecyclestage="evangelist"),
))
def _14(r: R) -> Out:
    desc = {"subscriber": "Newsletter only", "customer": "Existing customer"}.get(r["lifecyclestage"], "Prospect")
    return {"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
            "Title": r["jobtitle"].strip(), "Description": desc}


# ---------------------------------------------------------------- hubspot.contacts -> mailchimp.members

@case("h83-15", H, M, """You are a senior integration engineer.

## Task
Add HubSpot contacts to our Mailchimp audience.

## Rules
- email_address ← email (match key), unchanged.
- merge_fields.FNAME ← firstname. If the contact has no firstname (missing or empty), use "Friend".
- merge_fields.LNAME ← lastname, unchanged.
- merge_fields.PHONE ← phone, unchanged (empty stays empty).
- status: ALWAYS "subscribed".

## Do NOT
Do NOT map tags, language, vip or anything else.""", extended(
    HS,
    {k: v for k, v in hs(email="quinn.harper@lumenworks.io", lastname="Harper", phone="212-555-0175").items()
     if k != "firstname"},
    hs(email="ola.nordmann@fjell.no", firstname="", lastname="Nordmann"),
))
def _15(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": dflt(r.get("firstname"), "Friend"), "LNAME": r["lastname"], "PHONE": r["phone"]},
            "status": "subscribed"}


@case("h83-16", H, M, """You are a senior email-marketing integration engineer.

## Task
Sync HubSpot contacts to Mailchimp audience members.

## Context
HubSpot's hs_email_optout holds the text "true" or "false", or is empty when we never asked.

## Rules
1. email_address = the HubSpot email (match key).
2. status depends on hs_email_optout:
   - "true" → "unsubscribed"
   - "false" → "subscribed"
   - empty → "pending" (so they get a double opt-in email)
3. tags = ["hubspot-sync"] for every member.

## Output format
{"email_address": ..., "status": ..., "tags": ["hubspot-sync"]}""", HS)
def _16(r: R) -> Out:
    o = r["hs_email_optout"]
    status = "pending" if blank(o) else ("unsubscribed" if o == "true" else "subscribed")
    return {"email_address": r["email"], "status": status, "tags": ["hubspot-sync"]}


@case("h83-17", H, M, """You are a senior integration engineer.

## Task
Sync HubSpot contacts into Mailchimp and tag them for segmentation.

## Rules
- email_address: copy email (match key).
- First Name merge field (FNAME): copy firstname.
- tags — build the list in THIS order:
  1. add "big-account" if annualrevenue (as a number) is greater than 3,000,000. An empty annualrevenue does NOT qualify.
  2. add "customer" if lifecyclestage equals "customer".
  If neither applies, tags is an empty list [].

Example: a customer with revenue 9000000 → tags ["big-account", "customer"].""", extended(
    HS,
    hs(email="hana.novak@vltava.cz", firstname="Hana", lastname="Novak", lifecyclestage="customer", annualrevenue="9000000"),
))
def _17(r: R) -> Out:
    tags = (["big-account"] if _gt(r["annualrevenue"], 3_000_000) else []) + (
        ["customer"] if r["lifecyclestage"] == "customer" else [])
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "tags": tags}


@case("h83-18", H, M, """You are a senior integration engineer.

## Task
HubSpot contacts → Mailchimp members.

## Rules
1. email_address ← email. Match key.
2. FNAME ← ONLY the first word of firstname (e.g. "Mary Ellen" → "Mary").
3. PHONE ← phone, converted to E.164. If phone is empty, use mobilephone instead (also converted to E.164).
   - Numbers without a leading + are US numbers: prefix +1 (if a number already has 11 digits starting with 1, just add the +).
   - Numbers starting with + keep their country code; just strip the spaces and punctuation.

## Do NOT
Do NOT set status, tags or any other merge field.""", extended(
    HS,
    hs(email="maryellen.ross@tidepool.com", firstname="Mary Ellen", lastname="Ross", phone="",
       mobilephone="1 (646) 555-0150"),
))
def _18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]), "PHONE": e164(dflt(r["phone"], r["mobilephone"]))}}


@case("h83-19", H, M, """You are a senior integration engineer.

## Task
Copy HubSpot contacts into our Mailchimp B2B audience.

## Context
This audience is for business contacts only.

## Rules
- SKIP any contact whose company is blank (empty or only spaces). They are NOT synced.
- email_address = email (match key).
- status = "subscribed" for everyone synced.
- vip = true when lifecyclestage is "customer" or "evangelist"; otherwise vip = false.

## Constraints
JSON boolean for vip. No other fields.""", extended(
    HS,
    hs(email="kai.muller@kestrel-labs.de", firstname="Kai", lastname="Muller", company="Kestrel Labs",
       lifecyclestage="evangelist"),
    hs(email="luz.ortega@marisol.mx", firstname="Luz", lastname="Ortega", company="   ", lifecyclestage="customer"),
    hs(email="ravi.iyer@tarang.in", firstname="Ravi", lastname="Iyer", company="Tarang Foods", lifecyclestage="customer"),
))
def _19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "status": "subscribed",
            "vip": r["lifecyclestage"] in ("customer", "evangelist")}


@case("h83-20", H, M, """You are a senior integration engineer.

## Task
HubSpot contacts → Mailchimp members, with a company tag.

## Rules
1. email_address: email, unchanged (match key).
2. merge_fields.FNAME: firstname in Title Case. merge_fields.LNAME: lastname in Title Case.
3. tags: a list with exactly ONE tag = the contact's company name. If company is empty, use the email domain instead, i.e. the part after the "@" (example: "maria.garcia@fiestafoods.mx" → "fiestafoods.mx").
4. vip: true if annualrevenue is greater than 2,000,000; false otherwise. Empty annualrevenue → false.

## Do NOT
Do NOT set status.""", lower_emails(HS))
def _20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [dflt(r["company"], after_at(r["email"]))], "vip": _gt(r["annualrevenue"], 2_000_000)}


# ---------------------------------------------------------------- hubspot.contacts -> segment.identify

@case("h83-21", H, S, """You are a senior data engineer who owns our Segment integration.

## Task
Send a Segment identify call for every HubSpot contact.

## Rules
- userId: the email in lower case. This is the identity (match) key.
- traits.email: the email copied as-is (NO case change here).
- traits.firstName ← firstname; traits.lastName ← lastname (copies).
- traits.name: firstname + one space + lastname, exactly as stored. Example: "Priya" + "Raman" → "Priya Raman".

## Do NOT
Do NOT add anonymousId, timestamps or other traits.""", HS)
def _21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['firstname']} {r['lastname']}"}}


@case("h83-22", H, S, """You are a senior integration engineer.

## Task
Identify HubSpot contacts in Segment with their company traits.

## Rules
1. userId = email (match key), unchanged.
2. Everything company-related goes NESTED under traits.company:
   - traits.company.name ← company; when company is empty use "Independent".
   - traits.company.industry ← industry; when industry is empty, OMIT this key.
   - traits.company.employee_count ← numemployees as an integer; when numemployees is empty, OMIT this key.

## Output format
{"userId": "...", "traits": {"company": {"name": ..., "industry": ..., "employee_count": ...}}}""", HS)
def _22(r: R) -> Out:
    return keep({"userId": r["email"], "traits": {"company": {
        "name": dflt(r["company"], "Independent"), "industry": omit_if_blank(r["industry"]),
        "employee_count": omit_if_blank(r["numemployees"], lambda v: int(float(v)))}}})


@case("h83-23", H, S, """You are a senior integration engineer.

## Task
Segment identify calls from HubSpot contacts, with address and phone.

## Rules
- userId ← email (match key).
- traits.address.street ← address
- traits.address.city ← city
- traits.address.state ← state, BUT leave state out when it is empty.
- traits.address.postalCode ← zip
- traits.address.country ← country
- traits.phone ← phone in E.164; if phone is empty use mobilephone (E.164 too). US is the default country (+1) for numbers with no "+". If BOTH are empty, do NOT send traits.phone.

## Constraints
Address values are copied exactly. Nested objects, not dotted keys.""", extended(
    HS,
    hs(email="eli.brooks@saltmarsh.com", firstname="Eli", lastname="Brooks", phone="", mobilephone="",
       address="9 Dock Rd", city="Savannah", state="GA", zip="31401", country="United States"),
))
def _23(r: R) -> Out:
    ph = _first(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"], "traits": {
        "address": {"street": r["address"], "city": r["city"], "state": omit_if_blank(r["state"]),
                    "postalCode": r["zip"], "country": r["country"]},
        "phone": OMIT if ph is OMIT else e164(ph)}})


@case("h83-24", H, S, """You are a senior integration engineer. Think step by step.

## Task
HubSpot → Segment identify.

## Context
Some emails were pasted in with spaces and capitals.

## Rules
1. userId = email with surrounding whitespace trimmed, then lower-cased. (match key)
2. traits.title = jobtitle, copied unchanged.
3. traits.unsubscribed (custom trait, boolean): true if hs_email_optout is "true"; false if it's "false"; ALSO false if it's blank.
4. traits.annual_revenue (custom trait): annualrevenue as a number. Omit it when annualrevenue is empty.

## Do NOT
NEVER send the email as a trait.""", extended(
    HS,
    hs(email="  Sam.Lee@Ridgeway.io ", firstname="Sam", lastname="Lee", jobtitle="Data Lead", hs_email_optout="",
       annualrevenue="640000.5"),
))
def _24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(), "traits": {
        "title": r["jobtitle"], "unsubscribed": r["hs_email_optout"] == "true",
        "annual_revenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- hubspot.contacts -> ga4.events

@case("h83-25", H, G, """You are a senior analytics engineer.

## Task
Send one GA4 Measurement Protocol event per HubSpot contact.

## Rules
- client_id: ALWAYS the fixed string "hubspot-crm".
- Exactly one event, named "sign_up".
- Event params:
  - method: always "hubspot"
  - company: company, copied as-is
  - source: hs_analytics_source in lower case (if the source is empty, send an empty string)
  - signup_date: createdate as YYYY-MM-DD (date part only)

## Output format
{"client_id": "hubspot-crm", "events": [{"name": "sign_up", "params": {method, company, source, signup_date}}]}""", HS)
def _25(r: R) -> Out:
    return {"client_id": "hubspot-crm", "events": [{"name": "sign_up", "params": {
        "method": "hubspot", "company": r["company"], "source": r["hs_analytics_source"].lower(),
        "signup_date": day(r["createdate"])}}]}


@case("h83-26", H, G, """You are a senior analytics engineer.

## Task
Report high-value HubSpot contacts to GA4 as events.

## Rules
1. FILTER: send ONLY contacts with annualrevenue greater than 1,000,000. Contacts with an empty annualrevenue are NOT sent.
2. client_id = the part of the email before the "@".
3. One event named "qualified_account" with params:
   - value: annualrevenue as a number
   - currency: "USD" (constant)

Example: priya.raman@northwind.io with revenue 12000000 → client_id "priya.raman", value 12000000, currency "USD".""",
      lower_emails(HS))
def _26(r: R) -> Out:
    if not _gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]), "events": [{"name": "qualified_account", "params": {
        "value": num(r["annualrevenue"]), "currency": "USD"}}]}


@case("h83-27", H, G, """You are a senior analytics engineer.

## Task
Create a GA4 event for every HubSpot contact.

## Rules
- client_id ← email (copied unchanged).
- Event name:
  - "purchase" if lifecyclestage is "customer"
  - "generate_lead" for every other stage
- params.industry ← industry; IMPORTANT: if industry is empty send "unknown".
- params.country ← country, unchanged.

## Do NOT
Do NOT add currency or value.""", HS)
def _27(r: R) -> Out:
    name = "purchase" if r["lifecyclestage"] == "customer" else "generate_lead"
    return {"client_id": r["email"], "events": [{"name": name, "params": {
        "industry": dflt(r["industry"], "unknown"), "country": r["country"]}}]}


# ---------------------------------------------------------------- salesforce.Lead -> hubspot.contacts

@case("h83-28", L, H, """You are a senior integration engineer.

## Task
Bring Salesforce Leads into HubSpot as contacts.

## Rules
Field-for-field copy:
- Email → email (match key)
- FirstName → firstname
- LastName → lastname
- Company → company
- Title → jobtitle
- Phone → phone
- City → city
- PostalCode → zip
- Country → country

## Constraints
- IMPORTANT: values are copied EXACTLY. If a Salesforce field is empty, the HubSpot property is set to the empty value. No defaults, no skipping.
- Do NOT map Status, Rating, LeadSource or anything else.""", SFL)
def _28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"], "zip": r["PostalCode"],
            "country": r["Country"]}


@case("h83-29", L, H, """You are a senior integration engineer.

## Task
Sync Salesforce Leads to HubSpot contacts with lead status and opt-out.

## Rules
1. email ← Email (match key).
2. hs_lead_status (Lead Status) from the Salesforce Status:
   - "Open - Not Contacted" → "NEW"
   - "Working - Contacted" → "IN_PROGRESS"
   - "Closed - Converted" → "CONNECTED"
   - "Closed - Not Converted" → "UNQUALIFIED"
3. hs_email_optout ← HasOptedOutOfEmail, written as the TEXT "true" or "false" (HubSpot stores it as a string).""", SFL)
def _29(r: R) -> Out:
    st = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "CONNECTED",
          "Closed - Not Converted": "UNQUALIFIED"}[r["Status"]]
    return {"email": r["Email"], "hs_lead_status": st, "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h83-30", L, H, """You are a senior integration engineer.

## Task
Salesforce Leads → HubSpot contacts, with the lifecycle stage taken from Rating.

## Rules
- email: the lead's Email in lower case (match key).
- lifecyclestage from Rating:
  Hot = salesqualifiedlead
  Warm = marketingqualifiedlead
  Cold = lead
- annualrevenue: AnnualRevenue as a number. If AnnualRevenue is empty, do NOT set annualrevenue.

## Do NOT
No other properties.""", extended(
    SFL,
    sfl(Email="Tariq.Aziz@DuneCapital.com", FirstName="Tariq", LastName="Aziz", Company="Dune Capital", Rating="Warm",
        AnnualRevenue="750000.5"),
))
def _30(r: R) -> Out:
    stage = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}[r["Rating"]]
    return keep({"email": r["Email"].lower(), "lifecyclestage": stage,
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h83-31", L, H, """You are a senior integration engineer.

## Task
Sync our UK Salesforce Leads into HubSpot.

## Rules
- ONLY leads whose Country is "United Kingdom". Ignore all other leads.
- email ← Email (match key), unchanged.
- phone ← Phone in E.164, assuming UK (+44): drop the leading 0 of the national number. Numbers that already start with + keep their code.
- zip ← PostalCode in UPPER CASE.
- jobtitle ← Title; if Title is empty, use "Unknown".

Example: "020 7946 0321" → "+442079460321".""", extended(
    SFL,
    sfl(Email="olivia.hart@kestrelmedia.co.uk", FirstName="Olivia", LastName="Hart", Company="Kestrel Media", Title="",
        Phone="0161 496 0123", Street="1 Piccadilly", City="Manchester", PostalCode="m1 1aa", Country="United Kingdom"),
    sfl(Email="rhys.evans@cardiffbay.co.uk", FirstName="Rhys", LastName="Evans", Company="Cardiff Bay Ltd",
        Title="Founder", Phone="+44 29 2018 0000", Street="12 Bute St", City="Cardiff", PostalCode="cf10 5aa",
        Country="United Kingdom"),
    sfl(Email="aoife.byrne@liffey.ie", FirstName="Aoife", LastName="Byrne", Company="Liffey Labs",
        Phone="+353 1 555 0142", City="Dublin", PostalCode="D02 X285", Country="Ireland"),
))
def _31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "phone": e164(r["Phone"], "44"), "zip": r["PostalCode"].upper(),
            "jobtitle": dflt(r["Title"], "Unknown")}


@case("h83-32", L, H, """You are a senior integration engineer.

## Task
Salesforce Leads → HubSpot contacts.

## Rules
1. EXCLUDE leads whose Status is "Closed - Not Converted". Everything else syncs.
2. email ← Email (match key).
3. company ← Company; default "Unknown" when Company is empty.
4. address (Street Address) = Street + ", " + City.
   IMPORTANT: if Street is empty, address is just the City (no comma, no leading space).

Example: Street "200 Lake St", City "Chicago" → "200 Lake St, Chicago".""", extended(
    SFL,
    sfl(Email="lucas.moreau@verdure.fr", FirstName="Lucas", LastName="Moreau", Company="", Street="", City="Lyon",
        PostalCode="69002", Country="France", Status="Working - Contacted"),
))
def _32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    addr = r["City"] if blank(r["Street"]) else f"{r['Street']}, {r['City']}"
    return {"email": r["Email"], "company": dflt(r["Company"], "Unknown"), "address": addr}


# ---------------------------------------------------------------- salesforce.Contact -> mailchimp.members

@case("h83-33", C, M, """You are a senior integration engineer.

## Task
Sync Salesforce Contacts to Mailchimp.

## Rules
- email_address = Email in lower case (match key).
- status: "unsubscribed" when HasOptedOutOfEmail (Email Opt Out) is true, "subscribed" when it is false.
- tags, in this order:
  - ALWAYS "salesforce"
  - THEN "trade-show", only if LeadSource is "Trade Show"

## Do NOT
Do NOT map names or phone.""", SFC)
def _33(r: R) -> Out:
    return {"email_address": r["Email"].lower(), "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed",
            "tags": ["salesforce"] + (["trade-show"] if r["LeadSource"] == "Trade Show" else [])}


@case("h83-34", C, M, """You are a senior integration engineer.

## Task
Salesforce Contacts → Mailchimp members.

## Rules
1. Skip contacts with an empty Department (blank or whitespace). Do NOT sync them.
2. email_address ← Email (match key), unchanged.
3. merge_fields.PHONE ← Phone in E.164. Numbers without + are US numbers (+1).
4. language from MailingCountry:
   Germany → "de"
   Austria → "de"
   United States → "en"

## Output format
{"email_address", "merge_fields": {"PHONE"}, "language"}""", extended(
    SFC,
    sfc(Email="megan.price@tidewater.com", FirstName="Megan", LastName="Price", Department="Marketing",
        MailingCity="Raleigh", MailingCountry="United States", Phone="919-555-0164"),
    sfc(Email="tom.becker@hafenbau.de", FirstName="Tom", LastName="Becker", Department="  ", MailingCity="Hamburg",
        MailingCountry="Germany", Phone="(503) 555-0100"),
))
def _34(r: R) -> Out:
    if blank(r["Department"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en"}[r["MailingCountry"]]
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])}, "language": lang}


@case("h83-35", C, M, """You are a senior integration engineer.

## Task
Salesforce Contacts → Mailchimp audience.

## Rules
- email_address: Email, unchanged (match key).
- FNAME: FirstName; if FirstName is empty, use "there".
- LNAME: LastName, copied.
- vip: true ONLY when LeadSource equals "Trade Show". Any other value, including an empty LeadSource → false.
- status: "subscribed" for all.

Think step by step and double-check the vip logic.""", extended(
    SFC,
    sfc(Email="kim.lee@hanriver.kr", FirstName="", LastName="Lee", LeadSource="Trade Show"),
))
def _35(r: R) -> Out:
    return {"email_address": r["Email"], "merge_fields": {"FNAME": dflt(r["FirstName"], "there"), "LNAME": r["LastName"]},
            "vip": r["LeadSource"] == "Trade Show", "status": "subscribed"}


@case("h83-36", C, M, """You are a senior integration engineer.

## Task
Feed our German-language Mailchimp audience from Salesforce Contacts.

## Rules
- INCLUDE ONLY contacts whose MailingCountry is "Germany", "Austria" or "Switzerland". Everyone else is skipped.
- email_address ← Email (match key)
- FNAME ← FirstName, LNAME ← LastName (unchanged)
- language: always "de"
- status: always "subscribed"
- tags: an EMPTY list [], no tags at all.

## Do NOT
Do NOT set vip.""", extended(
    SFC,
    sfc(Email="nora.keller@seeblick.ch", FirstName="Nora", LastName="Keller", MailingCity="Zurich",
        MailingCountry="Switzerland"),
    sfc(Email="olivia.grant@maplegrove.ca", FirstName="Olivia", LastName="Grant", MailingCity="Toronto",
        MailingCountry="Canada"),
))
def _36(r: R) -> Out:
    if r["MailingCountry"] not in ("Germany", "Austria", "Switzerland"):
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "language": "de", "status": "subscribed", "tags": []}


# ---------------------------------------------------------------- salesforce.Contact -> segment.identify

@case("h83-37", C, S, """You are a senior integration engineer.

## Task
Identify Salesforce Contacts in Segment.

## Rules
1. userId = Email lower-cased (match key).
2. traits.email = Email exactly as stored.
3. traits.firstName = FirstName, traits.lastName = LastName.
4. traits.title = Title. BUT if Title is empty, leave traits.title out.
5. traits.phone = Phone, copied unchanged.

## Do NOT
Do NOT lower-case anything except userId.""", SFC)
def _37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(), "traits": {
        "email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
        "title": omit_if_blank(r["Title"]), "phone": r["Phone"]}})


@case("h83-38", C, S, """You are a senior integration engineer.

## Task
Segment identify for Salesforce Contacts, with a nested address.

## Rules
- userId ← Email (match key), unchanged.
- traits.address.city ← MailingCity, trimmed (remove leading/trailing spaces).
- traits.address.country ← MailingCountry; if MailingCountry is empty use "Unknown".

## Output format
{"userId": "...", "traits": {"address": {"city": "...", "country": "..."}}}""", extended(
    SFC,
    sfc(Email="jakob.maier@murtal.at", FirstName="Jakob", LastName="Maier", MailingCity="  Graz ", MailingCountry=""),
    sfc(Email="ana.ruiz@sierrasur.es", FirstName="Ana", LastName="Ruiz", MailingCity="Madrid  ", MailingCountry="Spain"),
))
def _38(r: R) -> Out:
    return {"userId": r["Email"], "traits": {"address": {
        "city": r["MailingCity"].strip(), "country": dflt(r["MailingCountry"], "Unknown")}}}


@case("h83-39", C, S, """You are a senior integration engineer.

## Task
Salesforce Contacts → Segment identify.

## Rules
- userId: Email (match key), as-is.
- traits.name: FirstName + " " + LastName.
- traits.phone: Phone in E.164; assume US (+1) when there's no "+".
- traits.lead_source (custom trait), mapped from LeadSource:
  - "Web" → "inbound"
  - "Trade Show" → "event"
  - ANY other value, and an empty LeadSource → "other"

## Do NOT
Do NOT send the raw LeadSource.""", extended(
    SFC,
    sfc(Email="raj.patel@sundial.com", FirstName="Raj", LastName="Patel", Phone="(650) 555-0133", LeadSource="Partner"),
))
def _39(r: R) -> Out:
    src = {"Web": "inbound", "Trade Show": "event"}.get(r["LeadSource"], "other")
    return {"userId": r["Email"], "traits": {"name": f"{r['FirstName']} {r['LastName']}", "phone": e164(r["Phone"]),
                                             "lead_source": src}}


# ---------------------------------------------------------------- mailchimp.members -> hubspot.contacts

@case("h83-40", M, H, """You are a senior integration engineer.

## Task
Mailchimp members → HubSpot contacts.

## Rules
1. email ← email_address (match key).
2. firstname ← FNAME in Title Case.
3. lastname ← LNAME in Title Case. If LNAME is empty, OMIT lastname.
4. company ← the COMPANY merge field; when it is empty use "Unknown".
5. hs_email_optout: the text "true" when status is "unsubscribed" or "cleaned"; the text "false" for any other status.

## Constraints
hs_email_optout is a STRING in HubSpot, not a boolean.""", MC)
def _40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]), "lastname": omit_if_blank(mf["LNAME"], title),
                 "company": dflt(mf["COMPANY"], "Unknown"),
                 "hs_email_optout": "true" if r["status"] in ("unsubscribed", "cleaned") else "false"})


@case("h83-41", M, H, """You are a senior integration engineer.

## Task
Push Mailchimp members into HubSpot.

## Rules
- EXCLUDE members whose status is "cleaned".
- email ← email_address (match key).
- firstname ← FNAME, unchanged.
- phone ← PHONE formatted as E.164 (no "+" means a US number, prefix +1). If PHONE is empty, do NOT send phone.
- lifecyclestage: "customer" when vip is true; "subscriber" when vip is false.

## Do NOT
No other properties.""", extended(
    MC,
    mc(merge={"FNAME": "Dana", "LNAME": "White", "PHONE": "415-555-0111", "COMPANY": "Cobalt Goods"},
       email_address="dana.white@cobaltgoods.com", status="pending", tags=[], language="en", vip=True),
))
def _41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "subscriber"})


@case("h83-42", M, H, """You are a senior integration engineer.

## Task
Mailchimp members → HubSpot contacts.

## Rules
1. email ← email_address (match key).
2. firstname ← first word of FNAME only.
3. company ← COMPANY merge field. If COMPANY is empty, fall back to the email's domain, i.e. the part AFTER the "@".
4. lifecyclestage ← "customer" when the member's tags include "Customer"; otherwise "lead".

Example: aiko.yamamoto@hanabi.jp with no company and the tag "Customer" → company "hanabi.jp", lifecyclestage "customer".""",
      extended(
          lower_emails(MC, "email_address"),
          mc(merge={"FNAME": "Ana Paula", "LNAME": "Costa", "PHONE": "", "COMPANY": ""},
             email_address="ana.costa@vinhedo.pt", status="subscribed", tags=["Webinar", "Customer"], language="pt",
             vip=False),
      ))
def _42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "company": dflt(mf["COMPANY"], after_at(r["email_address"])),
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "lead"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set83")
