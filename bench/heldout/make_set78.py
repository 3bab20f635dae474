"""Held-out set 78 for the offline mapping drafter.

Persona: a project manager at a marketing agency who writes up every client call as MEETING
MINUTES for the developer: a 'Sync call <date> - minutes' header, 'Attendees:' (names only),
'Decisions:' / 'Agreed:' / 'Action items:' / 'Open points:' / 'Parked:' sections, decisions in
past tense and reported speech with the decider's initials ('(JK)'), sometimes numbered,
sometimes bulleted. Parked / out-of-scope items are NOT done and do not change the output.

Pair distribution (42 cases):
  hubspot.contacts -> salesforce.Lead      8  (h78-01 .. 08)
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

import textwrap
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
    first_filled,
    gt,
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


def t(s: str) -> str:
    return textwrap.dedent(s).strip()


# ---------------------------------------------------------------- HubSpot -> Salesforce Lead

@case("h78-01", H, L, t("""
    Sync call 12 Nov - minutes
    Attendees: Jana, Karl, Tomas

    Decisions:
    1. HubSpot contacts will be created in Salesforce as Leads. The Lead Email is taken from the HubSpot email (JK).
    2. It was agreed that FirstName, LastName and Company would be copied straight across from HubSpot firstname,
       lastname and company, and Title from jobtitle. Client confirmed that where HubSpot has an empty value the
       empty value simply goes across as it is; nothing gets filled in (KM).
    3. We agreed that the lead source would be fixed to Web for every lead (LeadSource = 'Web').

    Parked: phone numbers, to be picked up on the next call.
    Open points: none
    """), HS)
def _01(r: R) -> Out:
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Title": r["jobtitle"], "LeadSource": "Web"}


@case("h78-02", H, L, t("""
    Sync call 14 Nov - minutes
    Attendees: Jana, Priti, Tomas

    Agreed:
    - Lead Email comes from the HubSpot email field, unchanged (JK).
    - LastName and City are copied as they are from lastname and city.
    - Company: client said the HubSpot company names often have stray spaces, so it was agreed to trim leading and
      trailing spaces from company. Where company is empty (or only spaces) the Lead gets 'Unknown' in Company (PS).
    - Title is copied from jobtitle as it is; if jobtitle is empty (or only spaces) Title is set to 'Not provided' (PS).

    Parked: mapping of the address fields.
    Open points: none
    """), extended(HS, hs(email="sam.ortiz@bluepeak.co", firstname="Sam", lastname="Ortiz",
                          company="  Bluepeak Co  ", jobtitle="   ", city="Denver")))
def _02(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "City": r["city"],
            "Company": "Unknown" if blank(r["company"]) else r["company"].strip(),
            "Title": dflt(r["jobtitle"], "Not provided")}


@case("h78-03", H, L, t("""
    Sync call 19 Nov - minutes
    Attendees: Karl, Tomas, Ulrike

    Decisions:
    1. Email on the Lead = HubSpot email, copied unchanged (KM).
    2. FirstName and LastName were agreed to be put into title case from firstname / lastname (first letter of each
       word upper case, the rest lower case) because the HubSpot data is a mix of capitals (UB).
    3. Phone: client confirmed the Lead Phone should take the HubSpot phone as it is; if phone is empty, the
       mobilephone instead; if both are empty the Phone field is left off the Lead altogether (KM).

    Action items: Tomas to check the fax numbers in HubSpot (not part of this sync).
    Open points: none
    """), extended(HS, hs(email="olga.petrova@vectra.io", firstname="OLGA", lastname="petrova",
                          phone="", mobilephone="")))
def _03(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"Email": r["email"], "FirstName": title(r["firstname"]), "LastName": title(r["lastname"]),
                 "Phone": OMIT if ph is None else ph})


@case("h78-04", H, L, t("""
    Sync call 21 Nov - minutes
    Attendees: Jana, Priti

    Agreed (all JK unless noted):
    * Lead Email = the HubSpot email converted to lower case.
    * LastName and Company are copied from lastname and company as they are, empty values included.
    * LeadSource is set from the HubSpot original source (hs_analytics_source):
        'ORGANIC_SEARCH' -> Web
        'PAID_SEARCH' -> Advertisement
        'PAID_SOCIAL' -> Advertisement
        'REFERRALS' -> External Referral
      Any other source, and contacts where the source is empty, get 'Other' (PS).

    Parked: Industry picklist mapping.
    Open points: none
    """), extended(HS, hs(email="Ravi.Shah@Tidewater.com", lastname="Shah", company="Tidewater",
                          hs_analytics_source="OFFLINE")))
def _04(r: R) -> Out:
    table = {"ORGANIC_SEARCH": "Web", "PAID_SEARCH": "Advertisement", "PAID_SOCIAL": "Advertisement",
             "REFERRALS": "External Referral"}
    return {"Email": r["email"].lower(), "LastName": r["lastname"], "Company": r["company"],
            "LeadSource": table.get(r["hs_analytics_source"], "Other")}


@case("h78-05", H, L, t("""
    Sync call 26 Nov - minutes
    Attendees: Karl, Tomas, Ulrike, Jana

    Decisions:
    1. It was decided to leave out contacts who have opted out of email, i.e. hs_email_optout is "true". Contacts
       with "false" or an empty opt-out value are still synced (UB).
    2. It was also decided to leave out contacts whose lifecycle stage is 'customer'; they are already in
       Salesforce (KM).
    3. For everyone else the Lead gets Email, FirstName, LastName and Company copied unchanged from HubSpot email,
       firstname, lastname and company.
    4. Status on every new Lead is fixed to 'Open - Not Contacted' (JK).

    Parked: lead owner assignment rules.
    Open points: none
    """), extended(HS, hs(email="ben.carter@oakridge.com", firstname="Ben", lastname="Carter", company="Oakridge",
                          lifecyclestage="customer", hs_email_optout="false")))
def _05(r: R) -> Out:
    if r["hs_email_optout"] == "true" or r["lifecyclestage"] == "customer":
        return None
    return {"Email": r["email"], "FirstName": r["firstname"], "LastName": r["lastname"], "Company": r["company"],
            "Status": "Open - Not Contacted"}


@case("h78-06", H, L, t("""
    Sync call 28 Nov - minutes
    Attendees: Jana, Priti, Karl

    Agreed:
    - Email and LastName on the Lead copied unchanged from HubSpot email and lastname (KM).
    - Rating is driven by HubSpot annual revenue (annualrevenue): more than 5,000,000 = 'Hot', less than 1,000,000 =
      'Cold', anything in between = 'Warm'. Client confirmed contacts with no annual revenue at all are rated
      'Cold' (JK).
    - NumberOfEmployees is to be filled from numemployees as a whole number; where numemployees is empty the field
      is left off the Lead (PS).

    Parked: AnnualRevenue field itself, client still checking currencies.
    Open points: none
    """), extended(HS, hs(email="nina.berg@fjordline.no", lastname="Berg", annualrevenue="60000000",
                          numemployees="1200")))
def _06(r: R) -> Out:
    rev = r["annualrevenue"]
    if blank(rev):
        rating = "Cold"
    elif float(rev) > 5_000_000:
        rating = "Hot"
    elif float(rev) < 1_000_000:
        rating = "Cold"
    else:
        rating = "Warm"
    return keep({"Email": r["email"], "LastName": r["lastname"], "Rating": rating,
                 "NumberOfEmployees": omit_if_blank(r["numemployees"], lambda v: int(float(v)))})


@case("h78-07", H, L, t("""
    Sync call 3 Dec - minutes
    Attendees: Tomas, Ulrike

    Decisions:
    1. Lead Email = HubSpot email, copied as is (UB).
    2. Client confirmed the phone should go in international format: Lead Phone is the HubSpot phone in E.164,
       assuming a US number unless it already starts with + and its own country code. Contacts with no phone get no
       Phone field on the Lead (UB).
    3. FirstName and City were agreed in title case (each word capitalised, rest lower case), taken from firstname
       and city (TH).

    Parked: mobile numbers.
    Open points: none
    """), HS)
def _07(r: R) -> Out:
    return keep({"Email": r["email"], "Phone": omit_if_blank(r["phone"], e164),
                 "FirstName": title(r["firstname"]), "City": title(r["city"])})


@case("h78-08", H, L, t("""
    Sync call 5 Dec - minutes
    Attendees: Jana, Karl

    Agreed:
    1. Only contacts in lifecycle stage 'marketingqualifiedlead' or 'salesqualifiedlead' are sent over as Leads;
       all other stages are not synced (JK).
    2. Email and LastName copied unchanged from HubSpot email and lastname.
    3. Country on the Lead is the HubSpot country in upper case (KM).
    4. Description is built as: Source: <hs_analytics_source> / created <createdate as YYYY-MM-DD>
       e.g. "Source: ORGANIC_SEARCH / created 2023-03-14" (KM).

    Open points: none
    Parked: syncing lifecycle stage changes back to HubSpot.
    """), extended(HS, hs(email="lucas.moreau@atelier.ca", lastname="Moreau", lifecyclestage="salesqualifiedlead",
                          hs_analytics_source="EMAIL_MARKETING", country="Canada",
                          createdate="2024-02-20T13:15:00.000Z"),
                   hs(email="eva.lind@norrsken.se", lastname="Lind", lifecyclestage="opportunity")))
def _08(r: R) -> Out:
    if r["lifecyclestage"] not in ("marketingqualifiedlead", "salesqualifiedlead"):
        return None
    return {"Email": r["email"], "LastName": r["lastname"], "Country": r["country"].upper(),
            "Description": f"Source: {r['hs_analytics_source']} / created {day(r['createdate'])}"}


# ---------------------------------------------------------------- HubSpot -> Salesforce Contact

@case("h78-09", H, C, t("""
    Sync call 9 Dec - minutes
    Attendees: Priti, Tomas, Ulrike

    Decisions:
    - HubSpot contacts go to Salesforce Contacts. Email comes from the HubSpot email, LastName from lastname, both
      copied unchanged (PS).
    - Address goes into the Mailing address fields, copied as is: MailingStreet from address, MailingCity from city,
      MailingState from state, MailingPostalCode from zip, MailingCountry from country. Where a HubSpot value is
      empty the empty value is copied too (UB).

    Parked: Other* address fields - not used by the client.
    Open points: none
    """), HS)
def _09(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "MailingStreet": r["address"],
            "MailingCity": r["city"], "MailingState": r["state"], "MailingPostalCode": r["zip"],
            "MailingCountry": r["country"]}


@case("h78-10", H, C, t("""
    Sync call 10 Dec - minutes
    Attendees: Jana, Karl

    Agreed:
    1. Email and LastName on the Contact copied unchanged from HubSpot email and lastname.
    2. HasOptedOutOfEmail is true when hs_email_optout is "true"; it is false when hs_email_optout is "false" and
       also when it is empty (JK).
    3. DoNotCall is true for contacts with no phone (HubSpot phone empty) and false for everyone who has a phone;
       mobilephone plays no part in this (KM).

    Parked: Phone field mapping itself.
    Open points: none
    """), HS)
def _10(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"], "HasOptedOutOfEmail": r["hs_email_optout"] == "true",
            "DoNotCall": blank(r["phone"])}


@case("h78-11", H, C, t("""
    Sync call 11 Dec - minutes
    Attendees: Tomas, Ulrike, Priti

    Decisions:
    1. Contact Email = HubSpot email, copied unchanged; LastName = lastname, copied unchanged (TH).
    2. FirstName from firstname. For contacts with no first name the client wanted the part of the email before
       the @ instead (e.g. 'support.desk' for support.desk@quillpress.com) (UB).
    3. Title: take jobtitle; if that is empty, use industry; if both are empty, 'Staff' (PS).

    Parked: Department.
    Open points: none
    """), lower_emails(extended(HS, hs(email="support.desk@quillpress.com", firstname="", lastname="Quill",
                                       jobtitle="", industry="Publishing"))))
def _11(r: R) -> Out:
    return {"Email": r["email"], "LastName": r["lastname"],
            "FirstName": before_at(r["email"]) if blank(r["firstname"]) else r["firstname"],
            "Title": first_filled(r["jobtitle"], r["industry"]) or "Staff"}


@case("h78-12", H, C, t("""
    Sync call 16 Dec - minutes
    Attendees: Jana, Karl, Priti

    Agreed:
    - Contact Email comes from the HubSpot email, unchanged (JK).
    - LeadSource is set from lifecycle stage as follows (KM):
        subscriber -> Web
        lead -> Web
        marketingqualifiedlead -> Advertisement
        salesqualifiedlead -> Phone Inquiry
        customer -> Word of mouth
    - MailingCountry = HubSpot country in upper case.
    - Department = HubSpot industry in upper case; when industry is empty Department is not set at all (PS).

    Parked: mapping HubSpot owner to Salesforce OwnerId.
    Open points: none
    """), HS)
def _12(r: R) -> Out:
    table = {"subscriber": "Web", "lead": "Web", "marketingqualifiedlead": "Advertisement",
             "salesqualifiedlead": "Phone Inquiry", "customer": "Word of mouth"}
    return keep({"Email": r["email"], "LeadSource": table[r["lifecyclestage"]], "MailingCountry": r["country"].upper(),
                 "Department": omit_if_blank(r["industry"], str.upper)})


@case("h78-13", H, C, t("""
    Sync call 17 Dec - minutes
    Attendees: Karl, Ulrike

    Decisions:
    1. It was decided that only contacts whose country is 'United States' are synced to Salesforce Contacts for
       now. Everyone else is left out (KM).
    2. Email on the Contact is the HubSpot email in lower case (UB).
    3. LastName copied unchanged from lastname.
    4. Phone = HubSpot phone as it is, or mobilephone when phone is empty (UB).
    5. Description fixed to 'Imported from HubSpot' on every Contact (KM).

    Parked: rest of the world, phase 2.
    Open points: none
    """), extended(HS, hs(email="Tom.Reed@Gulfstar.com", lastname="Reed", country="United States", phone="",
                          mobilephone="(713) 555-0166")))
def _13(r: R) -> Out:
    if r["country"] != "United States":
        return None
    return {"Email": r["email"].lower(), "LastName": r["lastname"],
            "Phone": first_filled(r["phone"], r["mobilephone"]), "Description": "Imported from HubSpot"}


@case("h78-14", H, C, t("""
    Sync call 18 Dec - minutes
    Attendees: Jana, Tomas

    Agreed:
    * Email = HubSpot email, copied as is.
    * FirstName = firstname with the leading and trailing spaces trimmed off (TH).
    * LastName = lastname in title case (first letter of each word upper case, the rest lower case) (TH).
    * Department from lifecycle stage: 'customer' -> Customer Success, 'opportunity' -> Sales; every other stage,
      and an empty stage, -> Marketing (JK).

    Parked: Title / jobtitle, client to send a clean-up list first.
    Open points: none
    """), extended(HS, hs(email="owen.hale@brightmoor.co.uk", firstname="  Owen ", lastname="HALE",
                          lifecyclestage="opportunity"),
                   hs(email="ivy.chen@lotusway.sg", firstname="Ivy ", lastname="chen", lifecyclestage="")))
def _14(r: R) -> Out:
    dept = {"customer": "Customer Success", "opportunity": "Sales"}.get(r["lifecyclestage"], "Marketing")
    return {"Email": r["email"], "FirstName": r["firstname"].strip(), "LastName": title(r["lastname"]),
            "Department": dept}


# ---------------------------------------------------------------- HubSpot -> Mailchimp

@case("h78-15", H, M, t("""
    Sync call 7 Jan - minutes
    Attendees: Priti, Ulrike, Karl

    Decisions:
    1. HubSpot contacts are added to the Mailchimp audience; email_address comes from the HubSpot email (PS).
    2. Merge fields FNAME and LNAME copied as they are from firstname and lastname.
    3. status is 'subscribed' for all of them (UB).
    4. language comes from HubSpot hs_language; client confirmed that where a contact has no hs_language (missing
       or empty) the member gets 'en' (KM).

    Parked: PHONE merge field.
    Open points: none
    """), extended(HS, hs(email="greta.schulz@hafenkontor.de", firstname="Greta", lastname="Schulz",
                          hs_language="de")))
def _15(r: R) -> Out:
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"], "LNAME": r["lastname"]},
            "status": "subscribed", "language": dflt(r.get("hs_language"), "en")}


@case("h78-16", H, M, t("""
    Sync call 9 Jan - minutes
    Attendees: Jana, Tomas

    Agreed:
    - email_address = HubSpot email; FNAME merge field = firstname, both copied unchanged (JK).
    - Member status from hs_email_optout: "true" -> unsubscribed, "false" -> subscribed. Where the opt-out value is
      empty the client wanted 'pending' so those people get the double opt-in email (TH).
    - Every member gets the one tag 'hubspot-sync' (JK).

    Parked: LNAME.
    Open points: none
    """), HS)
def _16(r: R) -> Out:
    v = r["hs_email_optout"]
    status = "pending" if blank(v) else ("unsubscribed" if v == "true" else "subscribed")
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "status": status,
            "tags": ["hubspot-sync"]}


@case("h78-17", H, M, t("""
    Sync call 13 Jan - minutes
    Attendees: Karl, Priti

    Decisions:
    1. email_address from the HubSpot email and FNAME from firstname, unchanged (KM).
    2. Tags were agreed as follows, in this order (PS):
       a) 'big-account' when annual revenue (annualrevenue) is over 3,000,000. Contacts with no revenue don't get it.
       b) 'customer' when lifecycle stage is 'customer'.
       Members that qualify for neither get an empty tag list.

    Parked: vip flag, client to define.
    Open points: none
    """), extended(HS, hs(email="omar.haddad@desertrose.ae", firstname="Omar", lifecyclestage="customer",
                          annualrevenue="9000000")))
def _17(r: R) -> Out:
    tags = []
    if gt(r["annualrevenue"], 3_000_000):
        tags.append("big-account")
    if r["lifecyclestage"] == "customer":
        tags.append("customer")
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "tags": tags}


@case("h78-18", H, M, t("""
    Sync call 15 Jan - minutes
    Attendees: Jana, Ulrike, Tomas

    Agreed:
    1. email_address = HubSpot email, copied unchanged (JK).
    2. FNAME = only the first word of firstname (so 'Anna Louise' becomes 'Anna') (UB).
    3. LNAME = lastname, copied as is.
    4. PHONE merge field: client confirmed the phone should go in international format (E.164), treated as a US
       number unless it already starts with + and a country code. Use the HubSpot phone; where phone is empty use
       mobilephone instead (TH).

    Parked: address merge field.
    Open points: none
    """), extended(HS, hs(email="anna.lee@brookfield.com", firstname="Anna Louise", lastname="Lee", phone="",
                          mobilephone="312 555 0161")))
def _18(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": first_word(r["firstname"]), "LNAME": r["lastname"],
                             "PHONE": e164(first_filled(r["phone"], r["mobilephone"]))}}


@case("h78-19", H, M, t("""
    Sync call 20 Jan - minutes
    Attendees: Priti, Karl

    Decisions:
    - It was decided to leave out contacts with no company (company empty or just spaces) (PS).
    - For the rest: email_address from the HubSpot email and FNAME from firstname, copied unchanged.
    - status fixed to 'subscribed' (KM).
    - vip is true when lifecycle stage is 'salesqualifiedlead' or 'customer', false for every other stage (KM).

    Parked: tags.
    Open points: none
    """), extended(HS, hs(email="ruth.adler@kestrel-labs.com", firstname="Ruth", company="Kestrel Labs",
                          lifecyclestage="customer"),
                   hs(email="paul.ng@harborpoint.sg", firstname="Paul", company="   ")))
def _19(r: R) -> Out:
    if blank(r["company"]):
        return None
    return {"email_address": r["email"], "merge_fields": {"FNAME": r["firstname"]}, "status": "subscribed",
            "vip": r["lifecyclestage"] in ("salesqualifiedlead", "customer")}


@case("h78-20", H, M, t("""
    Sync call 22 Jan - minutes
    Attendees: Jana, Tomas, Priti

    Agreed:
    1. email_address = HubSpot email, as is (JK).
    2. FNAME and LNAME from firstname and lastname, both in title case (capital first letter per word, rest lower).
    3. Each member gets one tag: their company name (HubSpot company). Where company is empty, the tag is the part
       of the email after the @ instead, e.g. 'fiestafoods.mx' (PS).
    4. vip = true when numemployees is more than 30; false otherwise, and false when numemployees is empty (TH).

    Parked: status - stays with the audience default for now.
    Open points: none
    """), lower_emails(HS))
def _20(r: R) -> Out:
    return {"email_address": r["email"],
            "merge_fields": {"FNAME": title(r["firstname"]), "LNAME": title(r["lastname"])},
            "tags": [after_at(r["email"]) if blank(r["company"]) else r["company"]],
            "vip": gt(r["numemployees"], 30)}


# ---------------------------------------------------------------- HubSpot -> Segment

@case("h78-21", H, S, t("""
    Sync call 27 Jan - minutes
    Attendees: Karl, Ulrike

    Decisions:
    1. Each HubSpot contact becomes a Segment identify call. userId is the HubSpot email in lower case (KM).
    2. Traits email, firstName and lastName are copied unchanged from email, firstname and lastname.
    3. Trait name = firstname + a space + lastname, e.g. 'Priya Raman' (UB).

    Parked: company traits.
    Open points: none
    """), HS)
def _21(r: R) -> Out:
    return {"userId": r["email"].lower(),
            "traits": {"email": r["email"], "firstName": r["firstname"], "lastName": r["lastname"],
                       "name": f"{r['firstname']} {r['lastname']}"}}


@case("h78-22", H, S, t("""
    Sync call 29 Jan - minutes
    Attendees: Jana, Priti

    Agreed:
    - userId = HubSpot email exactly as it is (JK).
    - Company traits (traits.company):
      * company.name from company; if company is empty it is set to 'Independent' (PS).
      * company.industry from industry, left out when industry is empty.
      * company.employee_count = numemployees as a whole number, left out when numemployees is empty (PS).
    - No other traits for now.

    Parked: company.plan.
    Open points: none
    """), HS)
def _22(r: R) -> Out:
    return keep({"userId": r["email"],
                 "traits": {"company": {"name": dflt(r["company"], "Independent"),
                                        "industry": omit_if_blank(r["industry"]),
                                        "employee_count": omit_if_blank(r["numemployees"], lambda v: int(float(v)))}}})


@case("h78-23", H, S, t("""
    Sync call 3 Feb - minutes
    Attendees: Tomas, Ulrike, Karl

    Decisions:
    1. userId = HubSpot email, unchanged (TH).
    2. Address traits (traits.address), copied as is: street from address, city from city, postalCode from zip,
       country from country. state from state, but left out where state is empty (UB).
    3. Trait phone: client confirmed the phone should go in international format (E.164, US assumed unless the
       number starts with + and its own code). Take phone; if empty, mobilephone; if both empty, no phone trait
       (KM).

    Parked: createdAt.
    Open points: none
    """), extended(HS, hs(email="leo.grant@summitpeak.com", phone="", mobilephone="", city="Denver", state="CO",
                          zip="80202", address="1700 Lincoln St")))
def _23(r: R) -> Out:
    ph = first_filled(r["phone"], r["mobilephone"])
    return keep({"userId": r["email"],
                 "traits": {"address": {"street": r["address"], "city": r["city"], "state": omit_if_blank(r["state"]),
                                        "postalCode": r["zip"], "country": r["country"]},
                            "phone": OMIT if ph is None else e164(ph)}})


@case("h78-24", H, S, t("""
    Sync call 5 Feb - minutes
    Attendees: Jana, Karl

    Agreed:
    - userId = the HubSpot email with surrounding spaces trimmed and then lower-cased (JK).
    - Trait email = HubSpot email copied exactly as it is; trait title = jobtitle copied as is (KM).
    - Trait emailOptIn (true/false): false when hs_email_optout is "true", true when it is "false"; an empty opt-out
      value counts as opted in, so true (JK).
    - Trait annualRevenue = annualrevenue as a number; left out where annual revenue is empty (KM).

    Parked: address traits.
    Open points: none
    """), extended(HS, hs(email="  Leo.Park@Brightline.io ", jobtitle="Growth Lead", annualrevenue="350000")))
def _24(r: R) -> Out:
    return keep({"userId": r["email"].strip().lower(),
                 "traits": {"email": r["email"], "title": r["jobtitle"],
                            "emailOptIn": r["hs_email_optout"] != "true",
                            "annualRevenue": omit_if_blank(r["annualrevenue"], num)}})


# ---------------------------------------------------------------- HubSpot -> GA4

@case("h78-25", H, G, t("""
    Sync call 10 Feb - minutes
    Attendees: Priti, Tomas

    Decisions:
    1. One GA4 Measurement Protocol event per HubSpot contact. client_id = the HubSpot email, copied unchanged (PS).
    2. Event name fixed to 'contact_synced' (TH).
    3. Event params:
       - platform: always 'hubspot'
       - source: hs_analytics_source in lower case; where the source is empty, 'unknown'
       - created_on: createdate as YYYY-MM-DD (TH)

    Parked: user_properties.
    Open points: none
    """), HS)
def _25(r: R) -> Out:
    src = r["hs_analytics_source"]
    return {"client_id": r["email"],
            "events": [{"name": "contact_synced",
                        "params": {"platform": "hubspot", "source": "unknown" if blank(src) else src.lower(),
                                   "created_on": day(r["createdate"])}}]}


@case("h78-26", H, G, t("""
    Sync call 12 Feb - minutes
    Attendees: Jana, Ulrike

    Agreed:
    1. Only contacts with annual revenue (annualrevenue) above 1,000,000 are sent to GA4. Contacts with no revenue
       are not sent (JK).
    2. client_id = the part of the HubSpot email before the @ (UB).
    3. One event per contact, named 'generate_lead', with params currency = 'USD' and value = annualrevenue as a
       number (JK).

    Parked: user_id.
    Open points: none
    """), lower_emails(HS))
def _26(r: R) -> Out:
    if not gt(r["annualrevenue"], 1_000_000):
        return None
    return {"client_id": before_at(r["email"]),
            "events": [{"name": "generate_lead", "params": {"currency": "USD", "value": num(r["annualrevenue"])}}]}


@case("h78-27", H, G, t("""
    Sync call 14 Feb - minutes
    Attendees: Karl, Priti, Tomas

    Decisions:
    - client_id = the HubSpot email, unchanged (KM).
    - Event name: 'purchase' for contacts whose lifecycle stage is 'customer'; 'generate_lead' for every other stage (PS).
    - Params: job_title from jobtitle, or 'unknown' where jobtitle is empty; country copied as is from country (TH).

    Parked: value / currency, client still deciding.
    Open points: none
    """), HS)
def _27(r: R) -> Out:
    return {"client_id": r["email"],
            "events": [{"name": "purchase" if r["lifecyclestage"] == "customer" else "generate_lead",
                        "params": {"job_title": dflt(r["jobtitle"], "unknown"), "country": r["country"]}}]}


# ---------------------------------------------------------------- Salesforce Lead -> HubSpot

@case("h78-28", L, H, t("""
    Sync call 19 Feb - minutes
    Attendees: Jana, Karl

    Decisions (all JK):
    1. Salesforce Leads are pushed into HubSpot contacts, matched on email: HubSpot email = Lead Email.
    2. Straight copies, no changes: firstname <- FirstName, lastname <- LastName, company <- Company,
       jobtitle <- Title, phone <- Phone, city <- City.
    3. Where a Lead field is empty, the empty value is copied over as well; nothing is filled in.

    Parked: lead status.
    Open points: none
    """), SFL)
def _28(r: R) -> Out:
    return {"email": r["Email"], "firstname": r["FirstName"], "lastname": r["LastName"], "company": r["Company"],
            "jobtitle": r["Title"], "phone": r["Phone"], "city": r["City"]}


@case("h78-29", L, H, t("""
    Sync call 21 Feb - minutes
    Attendees: Ulrike, Priti

    Agreed:
    - HubSpot email = Lead Email; lastname = LastName; both unchanged (UB).
    - hs_lead_status mapped from Lead Status (PS):
        'Open - Not Contacted' -> NEW
        'Working - Contacted' -> IN_PROGRESS
        'Closed - Converted' -> OPEN_DEAL
        'Closed - Not Converted' -> UNQUALIFIED
    - hs_email_optout is written as the text "true" when HasOptedOutOfEmail is ticked and the text "false" when it
      isn't (UB).

    Parked: Rating.
    Open points: none
    """), SFL)
def _29(r: R) -> Out:
    table = {"Open - Not Contacted": "NEW", "Working - Contacted": "IN_PROGRESS", "Closed - Converted": "OPEN_DEAL",
             "Closed - Not Converted": "UNQUALIFIED"}
    return {"email": r["Email"], "lastname": r["LastName"], "hs_lead_status": table[r["Status"]],
            "hs_email_optout": "true" if r["HasOptedOutOfEmail"] else "false"}


@case("h78-30", L, H, t("""
    Sync call 24 Feb - minutes
    Attendees: Jana, Tomas, Karl

    Decisions:
    1. HubSpot email = the Lead Email in lower case (TH).
    2. lifecyclestage from Rating: 'Hot' -> salesqualifiedlead, 'Warm' -> marketingqualifiedlead, 'Cold' -> lead (JK).
    3. annualrevenue = Lead AnnualRevenue as a number; where AnnualRevenue is empty the field is left out (KM).

    Parked: lead source mapping.
    Open points: none
    """), extended(SFL, sfl(Email="Nadia.Khan@Orchid-Group.ae", Rating="Warm", AnnualRevenue="7500000.5")))
def _30(r: R) -> Out:
    table = {"Hot": "salesqualifiedlead", "Warm": "marketingqualifiedlead", "Cold": "lead"}
    return keep({"email": r["Email"].lower(), "lifecyclestage": table[r["Rating"]],
                 "annualrevenue": omit_if_blank(r["AnnualRevenue"], num)})


@case("h78-31", L, H, t("""
    Sync call 26 Feb - minutes
    Attendees: Priti, Ulrike

    Agreed:
    - This flow is for the UK office only: only Leads whose Country is 'United Kingdom' are synced (PS).
    - HubSpot email = Lead Email and lastname = LastName, copied unchanged.
    - Client confirmed the phone should go in international format: HubSpot phone = Lead Phone in E.164, assuming a
      UK number (drop the leading 0, prefix +44) unless it already starts with + (UB).
    - country = Lead Country in upper case (UB).
    - jobtitle = Title; where Title is empty, 'Not recorded' (PS).

    Parked: other countries.
    Open points: none
    """), extended(SFL, sfl(Email="isla.reid@thistlehome.co.uk", LastName="Reid", Phone="07700 900123",
                            Country="United Kingdom", Title=""),
                   sfl(Email="owen.price@valleytech.co.uk", LastName="Price", Phone="+44 161 555 0123",
                       Country="United Kingdom", Title="IT Manager")))
def _31(r: R) -> Out:
    if r["Country"] != "United Kingdom":
        return None
    return {"email": r["Email"], "lastname": r["LastName"], "phone": e164(r["Phone"], "44"),
            "country": r["Country"].upper(), "jobtitle": dflt(r["Title"], "Not recorded")}


@case("h78-32", L, H, t("""
    Sync call 3 Mar - minutes
    Attendees: Jana, Karl, Tomas

    Decisions:
    1. It was decided to leave out Leads with Status 'Closed - Not Converted' (KM).
    2. HubSpot email = Lead Email and firstname = FirstName, copied unchanged.
    3. jobtitle = Title + ' at ' + Company, e.g. 'CEO at Baobab Energy'. Where Title is empty, jobtitle is just the
       Company on its own (JK).
    4. country = Lead Country; if Country is empty, 'Not specified' (TH).

    Parked: Street / PostalCode.
    Open points: none
    """), extended(SFL, sfl(Email="mateo.rojas@andesfoods.cl", FirstName="Mateo", Title="", Company="Andes Foods",
                            Country="", Status="Working - Contacted")))
def _32(r: R) -> Out:
    if r["Status"] == "Closed - Not Converted":
        return None
    jt = r["Company"] if blank(r["Title"]) else f"{r['Title']} at {r['Company']}"
    return {"email": r["Email"], "firstname": r["FirstName"], "jobtitle": jt,
            "country": dflt(r["Country"], "Not specified")}


# ---------------------------------------------------------------- Salesforce Contact -> Mailchimp

@case("h78-33", C, M, t("""
    Sync call 5 Mar - minutes
    Attendees: Ulrike, Priti

    Agreed:
    1. Salesforce Contacts go into the Mailchimp audience. email_address = the Contact Email in lower case (UB).
    2. FNAME merge field = FirstName, unchanged.
    3. status: 'unsubscribed' when HasOptedOutOfEmail is true, 'subscribed' when it is false (PS).
    4. Tags: every member gets 'salesforce'; contacts whose LeadSource is 'Trade Show' also get 'trade-show' after
       it (PS).

    Parked: LNAME, language.
    Open points: none
    """), SFC)
def _33(r: R) -> Out:
    tags = ["salesforce"] + (["trade-show"] if r["LeadSource"] == "Trade Show" else [])
    return {"email_address": r["Email"].lower(), "merge_fields": {"FNAME": r["FirstName"]},
            "status": "unsubscribed" if r["HasOptedOutOfEmail"] else "subscribed", "tags": tags}


@case("h78-34", C, M, t("""
    Sync call 7 Mar - minutes
    Attendees: Jana, Karl

    Decisions:
    - It was decided to leave out Contacts with no Department (Department empty) (JK).
    - email_address = Contact Email, unchanged.
    - PHONE merge field: Contact Phone in international E.164 format, read as a US number unless it already starts
      with + and its own country code (KM).
    - language from MailingCountry: 'Germany' -> de, 'Austria' -> de, 'United States' -> en (JK).

    Parked: tags.
    Open points: none
    """), extended(SFC, sfc(Email="maya.ortiz@bayline.com", FirstName="Maya", Department="Marketing",
                            MailingCountry="United States", Phone="212-555-0100")))
def _34(r: R) -> Out:
    if blank(r["Department"]):
        return None
    lang = {"Germany": "de", "Austria": "de", "United States": "en"}[r["MailingCountry"]]
    return {"email_address": r["Email"], "merge_fields": {"PHONE": e164(r["Phone"])}, "language": lang}


@case("h78-35", C, M, t("""
    Sync call 10 Mar - minutes
    Attendees: Tomas, Priti, Ulrike

    Agreed:
    1. email_address = Contact Email, copied unchanged (TH).
    2. FNAME = FirstName; where FirstName is empty we agreed on 'Friend' so the greeting still works (PS).
    3. vip is true for Contacts whose LeadSource is 'Trade Show'; any other LeadSource, including an empty one, is
       vip false (UB).
    4. status fixed to 'subscribed' for everyone (UB).

    Parked: opt-out handling, legal to confirm.
    Open points: none
    """), extended(SFC, sfc(Email="noor.aziz@crescentbay.my", FirstName="", LeadSource="Trade Show")))
def _35(r: R) -> Out:
    return {"email_address": r["Email"], "merge_fields": {"FNAME": dflt(r["FirstName"], "Friend")},
            "vip": r["LeadSource"] == "Trade Show", "status": "subscribed"}


@case("h78-36", C, M, t("""
    Sync call 12 Mar - minutes
    Attendees: Jana, Karl

    Decisions:
    1. Only Contacts that have NOT opted out of email (HasOptedOutOfEmail false) go to Mailchimp (JK).
    2. email_address, FNAME and LNAME copied unchanged from Email, FirstName and LastName.
    3. status 'subscribed' and email_type 'html' for all members (KM).
    4. tags: an empty list for every member, the client will tag by hand (KM).

    Parked: PHONE.
    Open points: none
    """), SFC)
def _36(r: R) -> Out:
    if r["HasOptedOutOfEmail"]:
        return None
    return {"email_address": r["Email"], "merge_fields": {"FNAME": r["FirstName"], "LNAME": r["LastName"]},
            "status": "subscribed", "email_type": "html", "tags": []}


# ---------------------------------------------------------------- Salesforce Contact -> Segment

@case("h78-37", C, S, t("""
    Sync call 17 Mar - minutes
    Attendees: Priti, Tomas

    Agreed:
    - userId = the Contact Email in lower case (PS).
    - Traits email, firstName, lastName copied unchanged from Email, FirstName, LastName.
    - Trait title from Title and trait department from Department, as they are; where either is empty that trait
      is not sent at all (TH).

    Parked: birthday.
    Open points: none
    """), SFC)
def _37(r: R) -> Out:
    return keep({"userId": r["Email"].lower(),
                 "traits": {"email": r["Email"], "firstName": r["FirstName"], "lastName": r["LastName"],
                            "title": omit_if_blank(r["Title"]), "department": omit_if_blank(r["Department"])}})


@case("h78-38", C, S, t("""
    Sync call 19 Mar - minutes
    Attendees: Jana, Ulrike

    Decisions:
    1. userId = Contact Email, unchanged (JK).
    2. Trait firstName = FirstName, unchanged.
    3. traits.address.city = MailingCity with leading/trailing spaces trimmed (UB).
    4. traits.address.country = MailingCountry; 'Unknown' where MailingCountry is empty (UB).

    Parked: street and postal code.
    Open points: none
    """), extended(SFC, sfc(Email="zoe.kim@ridgeway.com", FirstName="Zoe", MailingCity="  Denver ",
                            MailingCountry="")))
def _38(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"firstName": r["FirstName"],
                       "address": {"city": r["MailingCity"].strip(),
                                   "country": dflt(r["MailingCountry"], "Unknown")}}}


@case("h78-39", C, S, t("""
    Sync call 24 Mar - minutes
    Attendees: Karl, Priti, Jana

    Agreed:
    1. userId = Contact Email as it is (KM).
    2. Client confirmed the phone should go in international format: trait phone = Phone in E.164, US assumed
       unless it already starts with + (PS).
    3. Trait name = FirstName, a space, LastName (e.g. 'Felix Wagner').
    4. Custom trait channel from LeadSource: 'Web' -> inbound, 'Trade Show' -> event; anything else, empty included,
       -> other (JK).

    Parked: account / company traits.
    Open points: none
    """), SFC)
def _39(r: R) -> Out:
    return {"userId": r["Email"],
            "traits": {"phone": e164(r["Phone"]), "name": f"{r['FirstName']} {r['LastName']}",
                       "channel": {"Web": "inbound", "Trade Show": "event"}.get(r["LeadSource"], "other")}}


# ---------------------------------------------------------------- Mailchimp -> HubSpot

@case("h78-40", M, H, t("""
    Sync call 2 Apr - minutes
    Attendees: Tomas, Ulrike

    Decisions:
    1. Mailchimp members are synced into HubSpot contacts; HubSpot email = email_address, unchanged (TH).
    2. firstname = FNAME in title case (first letter of each word capitalised, rest lower case).
    3. lastname = LNAME in title case; where LNAME is empty, lastname is left off (UB).
    4. hs_language = the member's language; 'en' where language is empty (TH).
    5. hs_email_optout is the text "true" for members with status 'unsubscribed' and the text "false" for every
       other status (UB).

    Parked: tags.
    Open points: none
    """), extended(MC, mc({"FNAME": "ELSA", "LNAME": "berg"}, email_address="elsa.berg@nordicvale.se", language="",
                          status="subscribed")))
def _40(r: R) -> Out:
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": title(mf["FNAME"]),
                 "lastname": omit_if_blank(mf["LNAME"], title), "hs_language": dflt(r["language"], "en"),
                 "hs_email_optout": "true" if r["status"] == "unsubscribed" else "false"})


@case("h78-41", M, H, t("""
    Sync call 4 Apr - minutes
    Attendees: Jana, Priti, Karl

    Agreed:
    - It was decided to leave out members whose status is 'cleaned' (JK).
    - HubSpot email = email_address and firstname = FNAME, both copied unchanged.
    - Client confirmed the phone should go in international format: phone = PHONE merge field in E.164, US assumed
      unless it starts with + and a country code; members with no PHONE get no phone field (PS).
    - lifecyclestage = 'customer' when the member is vip (vip true), otherwise 'lead' (KM).

    Parked: hs_language.
    Open points: none
    """), extended(MC, mc({"FNAME": "Ada", "PHONE": "212.555.0143"}, email_address="ada.novak@lumenworks.com",
                          vip=True, status="subscribed")))
def _41(r: R) -> Out:
    if r["status"] == "cleaned":
        return None
    mf = r["merge_fields"]
    return keep({"email": r["email_address"], "firstname": mf["FNAME"], "phone": omit_if_blank(mf["PHONE"], e164),
                 "lifecyclestage": "customer" if r["vip"] else "lead"})


@case("h78-42", M, H, t("""
    Sync call 8 Apr - minutes
    Attendees: Ulrike, Tomas

    Decisions:
    1. HubSpot email = email_address, unchanged (UB).
    2. firstname = the first word of FNAME only ('Mary Kate' -> 'Mary') (TH).
    3. lastname = LNAME; where LNAME is empty, sales asked for the part of the email after the @ instead
       (e.g. 'hanabi.jp') so they can tell the company (UB).
    4. lifecyclestage = 'customer' for members tagged 'Customer', 'subscriber' for all others (TH).

    Parked: phone.
    Open points: none
    """), lower_emails(extended(MC, mc({"FNAME": "Mary Kate", "LNAME": ""}, email_address="mary.kate@greenleaf.ie",
                                       tags=["Webinar", "Customer"])), "email_address"))
def _42(r: R) -> Out:
    mf = r["merge_fields"]
    return {"email": r["email_address"], "firstname": first_word(mf["FNAME"]),
            "lastname": after_at(r["email_address"]) if blank(mf["LNAME"]) else mf["LNAME"],
            "lifecyclestage": "customer" if "Customer" in r["tags"] else "subscriber"}


if __name__ == "__main__":
    build(CASES, Path(__file__).parent / "set78")
